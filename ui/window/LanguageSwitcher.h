#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace credit::ui {

// Installs the translator of the chosen UI language from the catalogues compiled into the
// library (:/i18n/credit_advisor_<lang>.qm). French is the source language of every string, so
// its catalogue only holds plural forms; "en" holds every string. Qt's own dialogs follow through
// qtbase_<lang>.qm when the system has it.
class LanguageSwitcher {
public:
    LanguageSwitcher();
    ~LanguageSwitcher();
    LanguageSwitcher(const LanguageSwitcher&) = delete;
    LanguageSwitcher& operator=(const LanguageSwitcher&) = delete;

    // Returns false (and stays in French) if the catalogue for `language` cannot be loaded.
    bool setLanguage(const QString& language);
    QString language() const { return m_language; }

    static QString catalogueFor(const QString& language);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
