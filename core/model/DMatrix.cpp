#include "model/DMatrix.h"

#include "model/XgbError.h"

#include <limits>
#include <stdexcept>
#include <string>
#include <xgboost/c_api.h>

namespace credit::model {

void DMatrix::Release::operator()(void* handle) const noexcept
{
    XGDMatrixFree(handle);
}

DMatrix::DMatrix(std::span<const float> rowMajorValues, std::size_t rows, std::size_t columns)
    : rows_(rows), columns_(columns)
{
    if (rowMajorValues.size() != rows * columns) {
        throw std::invalid_argument("DMatrix: " + std::to_string(rowMajorValues.size()) +
                                    " values do not fill " + std::to_string(rows) + " rows x " +
                                    std::to_string(columns) + " columns");
    }
    DMatrixHandle raw = nullptr;
    checkXgb(XGDMatrixCreateFromMat(rowMajorValues.data(), static_cast<bst_ulong>(rows),
                                    static_cast<bst_ulong>(columns),
                                    std::numeric_limits<float>::quiet_NaN(), &raw),
             "XGDMatrixCreateFromMat (" + std::to_string(rows) + " x " + std::to_string(columns) +
                 ")");
    handle_.reset(raw);
}

DMatrix::DMatrix(const features::FeatureValues& values)
    : DMatrix(std::span<const float>(values.data(), static_cast<std::size_t>(values.size())),
              static_cast<std::size_t>(values.rows()), static_cast<std::size_t>(values.cols()))
{}

DMatrix::DMatrix(const features::FeatureMatrix& matrix) : DMatrix(matrix.values) {}

void DMatrix::setLabels(std::span<const float> labels)
{
    if (labels.size() != rows_) {
        throw std::invalid_argument("DMatrix: " + std::to_string(labels.size()) + " labels for " +
                                    std::to_string(rows_) + " rows");
    }
    checkXgb(XGDMatrixSetFloatInfo(handle(), "label", labels.data(),
                                   static_cast<bst_ulong>(labels.size())),
             "XGDMatrixSetFloatInfo (label)");
}

void DMatrix::setWeights(std::span<const float> weights)
{
    if (weights.size() != rows_) {
        throw std::invalid_argument("DMatrix: " + std::to_string(weights.size()) + " weights for " +
                                    std::to_string(rows_) + " rows");
    }
    checkXgb(XGDMatrixSetFloatInfo(handle(), "weight", weights.data(),
                                   static_cast<bst_ulong>(weights.size())),
             "XGDMatrixSetFloatInfo (weight)");
}

features::FeatureValues selectRows(const features::FeatureValues& values,
                                   std::span<const std::size_t> rowIndices)
{
    features::FeatureValues selected(static_cast<Eigen::Index>(rowIndices.size()), values.cols());
    for (std::size_t i = 0; i < rowIndices.size(); ++i) {
        selected.row(static_cast<Eigen::Index>(i)) =
            values.row(static_cast<Eigen::Index>(rowIndices[i]));
    }
    return selected;
}

} // namespace credit::model
