#pragma once

#include "explain/Explanation.h"

#include <string>

namespace credit::explain {

// Numbers as an advisor reads them, in French and English: "202 500 €" / "€202,500",
// "34 ans" / "34 years", "12 %" / "12%", "0,21" / "0.21". Missing values (NaN) read
// "non renseigné" / "not provided".
LocalizedText formatAmount(double euros);
LocalizedText formatYearsFromDays(double days); // DAYS_* offsets are negative: -12,500 -> 34 years
LocalizedText formatEmployment(double daysEmployed); // also handles the 365243 "not employed"
LocalizedText formatPercent(double share, int decimals = 0); // share 0-1
LocalizedText formatDecimal(double value, int decimals);
LocalizedText formatCount(double count, const LocalizedText& singular, const LocalizedText& plural);
LocalizedText formatPoints(double points); // "+3,2 pts" / "+3.2 pts"
LocalizedText notProvided();

// "72e" / "72nd"
LocalizedText formatOrdinal(int value);

// Digits grouped by thousands with the language's separators; `decimals` after the point.
std::string groupDigits(double value, int decimals, const std::string& language);

} // namespace credit::explain
