#pragma once

#include "drift/DriftThresholds.h"
#include "drift/FeatureDrift.h"
#include "drift/ScoreDrift.h"

#include <optional>
#include <string>
#include <vector>

namespace credit::drift {

// The dataset-level view: how many compared features drifted.
struct DatasetDriftSummary {
    std::size_t featureCount = 0; // compared features (Unavailable ones excluded)
    std::size_t stable = 0;
    std::size_t warning = 0;
    std::size_t alert = 0;
    std::size_t unavailable = 0;
    double driftedShare = 0.0; // (warning + alert) / featureCount
    // Alert when driftedShare >= thresholds.driftedShareAlert; Warning when at least one feature
    // is in alert; Stable otherwise.
    DriftStatus status = DriftStatus::Stable;
};

struct DriftReport {
    std::string referenceSource;
    std::string currentSource;
    std::string generatedAtUtc;
    DriftThresholds thresholds;
    std::size_t referenceRows = 0;
    std::size_t currentRows = 0;
    std::vector<FeatureDrift> features;         // most severe first
    std::vector<std::string> absentFromCurrent; // reference features the current data lacks
    DatasetDriftSummary summary;
    std::optional<ScoreDrift> scores;
};

} // namespace credit::drift
