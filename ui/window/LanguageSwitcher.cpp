#include "window/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace credit::ui {

LanguageSwitcher::LanguageSwitcher() = default;

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QString LanguageSwitcher::catalogueFor(const QString& language)
{
    return QStringLiteral(":/i18n/credit_advisor_%1.qm").arg(language);
}

bool LanguageSwitcher::setLanguage(const QString& language)
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    m_language = QStringLiteral("fr");

    bool loaded = true;
    if (language != QStringLiteral("fr")) {
        auto translator = std::make_unique<QTranslator>();
        loaded = translator->load(catalogueFor(language));
        if (loaded) {
            QCoreApplication::installTranslator(translator.get());
            m_appTranslator = std::move(translator);
            m_language = language;
        }
    }
    // Standard buttons and dialogs (file dialog, message boxes) in the same language.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    return loaded;
}

} // namespace credit::ui
