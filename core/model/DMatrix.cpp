#include "model/DMatrix.h"

#include "model/XgbError.h"

#include <algorithm>
#include <cstdint>
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

DMatrix::DMatrix(void* handle, std::size_t rows, std::size_t columns)
    : handle_(handle), rows_(rows), columns_(columns)
{}

namespace {

// XGBoost reads a QuantileDMatrix's data through an iterator over batches: here one batch, the
// whole row-major matrix, handed over by its __array_interface__ (read, not copied).
struct SingleBatch {
    DMatrixHandle proxy = nullptr;
    std::string arrayInterface;
    bool delivered = false;
};

int nextBatch(DataIterHandle handle)
{
    auto* batch = static_cast<SingleBatch*>(handle);
    if (batch->delivered)
        return 0;
    batch->delivered = true;
    return XGProxyDMatrixSetDataDense(batch->proxy, batch->arrayInterface.c_str()) == 0 ? 1 : -1;
}

void resetBatches(DataIterHandle handle)
{
    static_cast<SingleBatch*>(handle)->delivered = false;
}

} // namespace

DMatrix DMatrix::quantised(const features::FeatureValues& values, int maxBin, int threads)
{
    const auto rows = static_cast<std::size_t>(values.rows());
    const auto columns = static_cast<std::size_t>(values.cols());
    DMatrixHandle proxyRaw = nullptr;
    checkXgb(XGProxyDMatrixCreate(&proxyRaw), "XGProxyDMatrixCreate");
    const std::unique_ptr<void, Release> proxy(proxyRaw);
    SingleBatch batch;
    batch.proxy = proxyRaw;
    batch.arrayInterface = R"({"data": [)" +
                           std::to_string(reinterpret_cast<std::uintptr_t>(values.data())) +
                           R"(, true], "shape": [)" + std::to_string(rows) + ", " +
                           std::to_string(columns) + R"(], "typestr": "<f4", "version": 3})";
    // NaN written by hand: a JSON library would turn it into null.
    const std::string config = R"({"missing": NaN, "nthread": )" +
                               std::to_string(std::max(1, threads)) + R"(, "max_bin": )" +
                               std::to_string(maxBin) + "}";
    DMatrixHandle raw = nullptr;
    checkXgb(XGQuantileDMatrixCreateFromCallback(&batch, proxyRaw, nullptr, resetBatches, nextBatch,
                                                 config.c_str(), &raw),
             "XGQuantileDMatrixCreateFromCallback (" + std::to_string(rows) + " x " +
                 std::to_string(columns) + ")");
    return DMatrix(raw, rows, columns);
}

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
