#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace credit::ui {

// Installs the translator of the chosen UI language. French is the source language of every
// string, so "fr" needs no catalogue; "en" loads the English catalogue compiled into the
// library (:/i18n/credit_advisor_en.qm). Qt's own dialogs follow through qtbase_<lang>.qm
// when the system has it.
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
