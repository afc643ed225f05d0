#pragma once

#include <QLocale>
#include <QString>

namespace credit::ui {

// The locale numbers are written in for a UI language: "fr" -> 23,1 %, 135 000; "en" -> 23.1%,
// 135,000. Kept apart from QLocale::system() so the language menu decides, not the machine.
QLocale localeForLanguage(const QString& language);

// The language of the catalogue installed for the interface, "fr" or "en": the English catalogue
// translates this marker into "en", and French (the source language) leaves it alone. A widget
// receiving QEvent::LanguageChange reads it to switch its data-driven texts (core's bilingual
// LocalizedText, number formats) together with its tr() texts, without being told.
QString interfaceLanguage();

// A probability (0-1) as a percentage with one decimal, in the language's convention.
QString formatPercent(double probability, const QLocale& locale);

// A round percentage for a scale tick with no useless decimals: "0,2 %", "5 %", "99,9 %".
QString formatTickPercent(double probability, const QLocale& locale);

// Percentage points with an explicit sign ("+4,2 pts" / "-3.1 pts"), so a screen reader and a
// colour-blind reader both get the direction from the text alone.
QString formatSignedPoints(double points, const QLocale& locale);

// A decision as the lists show it, with a shape as well as a word: "✓ Accordé" / "✗ Refusé".
QString decisionLabel(bool granted);

// An amount with digit grouping and no decimals.
QString formatAmount(double amount, const QLocale& locale);

} // namespace credit::ui
