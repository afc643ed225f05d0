#pragma once

#include "features/HistoryIndex.h"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace credit::features {

// Reusable buffers of one worker thread, so aggregating an applicant allocates nothing once warm.
struct BlockScratch {
    std::vector<double> values;
    std::vector<double> perRow;
    std::vector<std::uint32_t> positions;
    std::vector<std::size_t> levelCounts;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> slotPositions; // (key slot, position)
};

// Per category (index into the vocabulary's categories): values whose level was unseen at fit.
using UnseenCounts = std::vector<std::size_t>;

// The features of one table (application, bureau, ...), bound to one dataset's columns.
// `compute` is the one definition of those features: the batch transform and the single-client
// transform both call it with an applicant's row ranges, so their values are bit-identical.
class FeatureBlock {
public:
    virtual ~FeatureBlock() = default;

    // False when the block's table is absent from the dataset: its features are then NaN.
    bool present() const { return present_; }
    std::size_t firstOutput() const { return firstOutput_; }
    std::size_t endOutput() const { return endOutput_; }

    // Writes the block's outputs into out[firstOutput(), endOutput()).
    virtual void compute(const HistoryIndex& index, const ApplicantHistory& history,
                         BlockScratch& scratch, double* out, UnseenCounts& unseen) const = 0;

protected:
    bool present_ = true;
    std::size_t firstOutput_ = 0;
    std::size_t endOutput_ = 0;
};

} // namespace credit::features
