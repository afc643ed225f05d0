#pragma once

#include "data/Table.h"
#include "drift/DriftReport.h"
#include "drift/DriftThresholds.h"
#include "drift/FeatureDrift.h"
#include "drift/ReferenceProfile.h"

#include <span>
#include <string>
#include <vector>

namespace credit::drift {

// A numeric feature: PSI on the reference's bins (+ a missing bin) and two-sample KS on the
// non-missing values (exact when the profile holds its sorted sample, else from percentiles).
FeatureDrift compareNumeric(const FeatureProfile& reference, std::span<const double> currentValues,
                            const DriftThresholds& thresholds);

// A categorical feature given as the current level names and their counts: PSI and chi-square
// over the union of levels plus a missing bin. Levels new in the current data are kept (empty
// on the reference side, so PSI uses the empty-bin share for them).
FeatureDrift compareCategory(const FeatureProfile& reference,
                             std::span<const std::string> currentLevels,
                             std::span<const double> currentLevelCounts, double currentMissing,
                             const DriftThresholds& thresholds);

// Dispatches on the reference type; a type mismatch gives an Unavailable result with a note.
FeatureDrift compareColumn(const FeatureProfile& reference, const data::Column& current,
                           const DriftThresholds& thresholds);

DatasetDriftSummary summarise(std::span<const FeatureDrift> features,
                              const DriftThresholds& thresholds);

// Alert first, then Warning, Unavailable, Stable; within a status by PSI descending, then by
// p-value ascending, then by name so the order is stable.
void sortBySeverity(std::vector<FeatureDrift>& features);

// Every feature of the reference profile compared with the same-named column of `current`,
// sorted by severity, with the dataset summary. Validates the thresholds first.
DriftReport analyseDrift(const ReferenceProfile& reference, const data::Table& current,
                         std::string currentSource, const DriftThresholds& thresholds = {});

} // namespace credit::drift
