#pragma once

#include "common/LocalizedText.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace credit::fairness {

// One measured figure with its 95 % bootstrap interval, or the reason it cannot be measured
// ("no client in this group", "no defaulter in this group"): never a NaN that a chart would draw
// as zero or a table print as "nan".
struct Estimate {
    std::optional<double> value;
    std::optional<double> low;  // 2.5th percentile of the bootstrap resamples
    std::optional<double> high; // 97.5th percentile
    std::string notComputable;  // why there is no value (English; the views translate)

    bool computable() const { return value.has_value(); }
    static Estimate missing(std::string reason)
    {
        return {std::nullopt, std::nullopt, std::nullopt, std::move(reason)};
    }
};

// One group of a grouping (women, 25-34, married, with children).
struct GroupFairness {
    std::string key; // stable id ("F", "25-34", "Married", "with_children")
    LocalizedText label;
    std::size_t count = 0;
    std::size_t defaults = 0;
    Estimate defaultRate;
    Estimate approvalRate;          // probability below the threshold
    Estimate auc;                   // ROC AUC within the group
    Estimate falseRefusalRate;      // refused among clients who repaid
    Estimate defaulterApprovalRate; // approved among clients who defaulted
    Estimate approvalRatio;         // approval rate / the grouping's highest approval rate
    Estimate falseRefusalGap;       // false-refusal rate minus the grouping's lowest
    // approvalRatio < FairnessThresholds::approvalRatioFlag: a screening signal to look into,
    // not a finding of discrimination.
    bool flagged = false;
};

// Groups of one attribute: gender, age band, family status, children.
struct GroupingFairness {
    std::string key;    // "gender", "age_band", "family_status", "children"
    std::string column; // the source column ("CODE_GENDER", "DAYS_BIRTH", ...)
    LocalizedText label;
    std::vector<GroupFairness> groups;
    std::string referenceGroup; // the most-approved group's key ("" when none is computable)
    std::optional<double> largestFalseRefusalGap; // highest minus lowest false-refusal rate
};

// How well the model's own features stand in for one excluded attribute.
struct ProxyFeature {
    std::string feature;
    double auc = 0.5; // univariate, folded to >= 0.5 (a feature predicting either way)
};

struct ProxyCheck {
    std::string column;   // the excluded attribute
    std::string target;   // what was predicted ("CODE_GENDER = F", "HOUR_APPR_PROCESS_START >= 12")
    std::size_t rows = 0; // sample rows used
    Estimate crossValidatedAuc; // gradient-boosted trees on all the model's features, k-fold
    std::vector<ProxyFeature> strongest; // largest univariate AUC first
};

struct FairnessReport {
    static constexpr int kFormatVersion = 1;

    std::string probabilities; // what was measured: "out-of-fold" (training) or "bundle" (scored)
    double threshold = 0.0;
    std::size_t rows = 0;
    std::size_t defaults = 0;
    int resamples = 0; // bootstrap resamples behind every interval
    double approvalRatioFlag = 0.8;
    std::vector<GroupingFairness> groupings;
    std::vector<ProxyCheck> proxies;
    std::vector<std::string> excludedColumns; // the bundle's feature policy
};

} // namespace credit::fairness
