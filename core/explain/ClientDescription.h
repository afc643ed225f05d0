#pragma once

#include "data/HomeCreditDataset.h"
#include "explain/ClientFacts.h"
#include "explain/FeatureLabels.h"
#include "explain/HistorySummary.h"

#include <optional>

namespace credit::explain {

// The client's main facts, as the facts panel shows them. `client` holds one applicant (row 0)
// with their history rows.
ClientFacts describeClient(const data::HomeCreditDataset& client);

// The client's value for one explanation group, in words. For an application column the raw
// value is used; for an engineered ratio the feature's value (`featureValue`); for a history
// group the history summary.
LocalizedText describeGroupValue(const GroupLabel& label, const data::Table& application,
                                 const HistorySummary& history, std::optional<double> featureValue);

// A numeric value as the group's kind shows it (used for features and reference values alike).
LocalizedText formatValue(ValueKind kind, double value);

} // namespace credit::explain
