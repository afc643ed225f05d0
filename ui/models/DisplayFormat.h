#pragma once

#include <QLocale>
#include <QString>

namespace credit::ui {

// The locale numbers are written in for a UI language: "fr" -> 23,1 %, 135 000; "en" -> 23.1%,
// 135,000. Kept apart from QLocale::system() so the language menu decides, not the machine.
QLocale localeForLanguage(const QString& language);

// A probability (0-1) as a percentage with one decimal, in the language's convention.
QString formatPercent(double probability, const QLocale& locale);

// A round percentage for a scale tick with no useless decimals: "0,2 %", "5 %", "99,9 %".
QString formatTickPercent(double probability, const QLocale& locale);

// Percentage points with an explicit sign ("+4,2 pts" / "-3.1 pts"), so a screen reader and a
// colour-blind reader both get the direction from the text alone.
QString formatSignedPoints(double points, const QLocale& locale);

// An amount with digit grouping and no decimals.
QString formatAmount(double amount, const QLocale& locale);

} // namespace credit::ui
