#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace credit::model {

struct Fold {
    std::vector<std::size_t> trainRows;      // ascending
    std::vector<std::size_t> validationRows; // ascending
};

// Splits rows into k folds that each keep the share of positives (labels > 0.5): positives and
// negatives are shuffled separately and dealt round-robin, so fold sizes and positive counts
// differ by at most one. Deterministic for a given seed on every platform (own Fisher-Yates on
// mt19937_64, whose output the standard fixes, instead of std::shuffle).
std::vector<Fold> stratifiedKFold(std::span<const float> labels, int folds, std::uint64_t seed);

} // namespace credit::model
