#pragma once

#include "explain/Explanation.h"

#include <QString>

#include <vector>

namespace credit::ui {

// One bar of the contribution chart and one line of its data-table twin, already in the UI
// language. Positive points raise the risk (adverse), negative lower it (favourable).
struct ContributionRow {
    QString label;
    QString clientValue; // empty for the "other variables" remainder
    double points = 0.0;
    bool adverse() const { return points > 0.0; }
};

// The rows to draw, largest effect first. Beyond `maxRows` the smaller effects are summed into
// one "Autres variables (n)" row so that the bars still add up to the whole explanation.
std::vector<ContributionRow> contributionRows(const explain::Explanation& explanation,
                                              const QString& language, std::size_t maxRows = 10);

} // namespace credit::ui
