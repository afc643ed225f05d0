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
    const auto install = [this](const QString& candidate) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(catalogueFor(candidate)))
            return false;
        QCoreApplication::installTranslator(translator.get());
        m_appTranslator = std::move(translator);
        return true;
    };
    bool loaded = install(language);
    m_language = loaded ? language : QStringLiteral("fr");
    if (language == QStringLiteral("fr")) {
        // French is the source language: its catalogue only adds plural forms, so a missing
        // one is not a failure.
        loaded = true;
    } else if (!loaded) {
        install(m_language);
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
