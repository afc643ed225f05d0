#pragma once

#include "features/FeatureMatrix.h"

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace credit::model {

// Owns an XGBoost DMatrix. Built from row-major floats with NaN as missing (the layout of
// features::FeatureMatrix). XGBoost copies the values, so the source may go away afterwards.
class DMatrix {
public:
    DMatrix(std::span<const float> rowMajorValues, std::size_t rows, std::size_t columns);
    explicit DMatrix(const features::FeatureValues& values);
    explicit DMatrix(const features::FeatureMatrix& matrix);
    // XGBoost's QuantileDMatrix: only the histogram bin of every value (`maxBin` bins per
    // feature, the training parameters' max_bin), without the copy of the values a plain
    // DMatrix keeps, so a fraction of its memory. For `hist` training on all its rows and
    // prediction on them; a booster trained on it must use the same max_bin.
    static DMatrix quantised(const features::FeatureValues& values, int maxBin, int threads);

    DMatrix(DMatrix&&) noexcept = default;
    DMatrix& operator=(DMatrix&&) noexcept = default;
    DMatrix(const DMatrix&) = delete;
    DMatrix& operator=(const DMatrix&) = delete;
    ~DMatrix() = default;

    // Labels are 0/1 (1 = payment difficulties); one per row.
    void setLabels(std::span<const float> labels);
    void setWeights(std::span<const float> weights);

    std::size_t rows() const { return rows_; }
    std::size_t columns() const { return columns_; }

private:
    friend class Booster;
    DMatrix(void* handle, std::size_t rows, std::size_t columns);
    void* handle() const { return handle_.get(); }

    struct Release {
        void operator()(void* handle) const noexcept;
    };
    std::unique_ptr<void, Release> handle_;
    std::size_t rows_ = 0;
    std::size_t columns_ = 0;
};

// Copies the given rows of a row-major matrix into a new one, keeping their order.
features::FeatureValues selectRows(const features::FeatureValues& values,
                                   std::span<const std::size_t> rowIndices);

} // namespace credit::model
