#pragma once

#include <string_view>

namespace credit::drift {

// Verdict for one feature, the score distribution or the whole dataset. Ordered by severity so
// reports can sort on it. Unavailable: nothing to compare (no values on one side, type mismatch).
enum class DriftStatus { Stable = 0, Warning = 1, Alert = 2, Unavailable = 3 };

// Lower-case English key used in JSON ("stable", "warning", "alert", "unavailable").
std::string_view toKey(DriftStatus status);
// French words shown to users ("Stable", "Dérive modérée", "Dérive forte", "Non comparable").
std::string_view frenchLabel(DriftStatus status);
// Higher is worse; Unavailable ranks between Warning and Stable (it needs a look, not an alarm).
int severityRank(DriftStatus status);

} // namespace credit::drift
