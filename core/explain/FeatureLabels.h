#pragma once

#include "explain/Explanation.h"

#include <string>
#include <string_view>
#include <vector>

namespace credit::explain {

// How a group's client value is put into words.
enum class ValueKind {
    Amount,      // money: "202 500 €"
    AgeFromDays, // DAYS_BIRTH: "34 ans"
    YearsAgo,    // DAYS_REGISTRATION, DAYS_ID_PUBLISH: "il y a 12 ans"
    Employment,  // DAYS_EMPLOYED, with the "not employed" sentinel
    Score,       // 0-1 scores: "0,21"
    Percent,     // shares and ratios: "12 %"
    Decimal,     // other ratios: "1,15"
    Count,       // whole numbers: "2"
    Flag,        // yes/no
    Category,    // a level, translated when we know it
    Hour,        // "14 h"
    History,     // a summary of related-table rows (see HistorySummary)
};

struct GroupLabel {
    std::string key;
    LocalizedText label;
    ValueKind kind;
    // For reasons: what a high value means in words ("élevé"/"high" unless better words exist).
    LocalizedText high{"élevé", "high"};
    LocalizedText low{"bas", "low"};
    // The French label's noun is feminine ("Note de la région", "Moyenne des scores externes"):
    // the comparison "plus élevée que ..." must agree with it.
    bool feminineFr = false;
};

// The label of a FeatureSpec labelKey (see core/features/FeatureSpec.h for the key scheme), or
// nullptr when the catalogue has none. Every key a fitted spec can produce has one; a test walks
// a spec fitted on real data and fails on any key without a label in both languages.
const GroupLabel* findGroupLabel(std::string_view key);

// Every key the catalogue knows (for tests and docs).
std::vector<std::string> knownGroupKeys();

// A category level in words ("Cash loans" -> "Prêt en espèces" / "Cash loan"); the level as
// written in the data when we have no translation.
LocalizedText categoryLevelLabel(std::string_view column, std::string_view level);

} // namespace credit::explain
