#pragma once

#include "fairness/FairnessReport.h"
#include "fairness/ProtectedGroups.h"

#include <cstdint>
#include <span>
#include <vector>

namespace credit::fairness {

struct BootstrapOptions {
    int resamples = 1000;
    std::uint64_t seed = 42;
    // Rows x resamples one analysis may draw: on full-size data (307,511 applicants) 1,000
    // resamples would cost more than the training run, so the count drops to budget / rows,
    // never below minimumResamples; the report states the count used.
    std::size_t budget = 60'000'000;
    int minimumResamples = 100;
    double approvalRatioFlag = 0.8; // screening heuristic (the US "four-fifths" rule of thumb)
    int threads = 0; // resamples run concurrently; 0 = hardware threads. Same results for any.
};

// The resample count the options give for `rows` rows.
int resamplesFor(std::size_t rows, const BootstrapOptions& options);

// Per group of every grouping: count, default rate, approval rate (probability below the
// threshold), AUC, false-refusal rate (refused among repaid), approval among defaulters, the
// approval-rate ratio to the most-approved group (flagged below the option's flag) and the
// false-refusal gap to the lowest group, each with a 95 % percentile bootstrap interval from
// resampling all applicants with replacement (so group sizes vary between resamples, as they
// would between portfolios). `labels` are 0/1, `probabilities` in [0, 1], both one per row of
// the groupings. Throws std::invalid_argument when the lengths disagree.
std::vector<GroupingFairness> measureGroups(std::span<const float> labels,
                                            std::span<const float> probabilities, double threshold,
                                            const std::vector<Grouping>& groupings,
                                            const BootstrapOptions& options, int resamples);

} // namespace credit::fairness
