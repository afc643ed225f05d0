#include "model/Booster.h"

#include "common/NumberFormat.h"
#include "model/XgbError.h"

#include <stdexcept>
#include <xgboost/c_api.h>

namespace credit::model {
namespace {

std::string predictConfig(int type, int treeRounds)
{
    return R"({"type": )" + std::to_string(type) +
           R"(, "training": false, "iteration_begin": 0, "iteration_end": )" +
           std::to_string(treeRounds) + R"(, "strict_shape": false})";
}

} // namespace

void Booster::Release::operator()(void* handle) const noexcept
{
    XGBoosterFree(handle);
}

Booster::Booster(const std::vector<const DMatrix*>& cache)
{
    std::vector<DMatrixHandle> handles;
    handles.reserve(cache.size());
    for (const DMatrix* matrix : cache) {
        handles.push_back(matrix->handle());
    }
    BoosterHandle raw = nullptr;
    checkXgb(XGBoosterCreate(handles.empty() ? nullptr : handles.data(),
                             static_cast<bst_ulong>(handles.size()), &raw),
             "XGBoosterCreate");
    handle_.reset(raw);
}

Booster Booster::fromBytes(std::span<const std::uint8_t> bytes)
{
    Booster booster(std::vector<const DMatrix*>{});
    checkXgb(XGBoosterLoadModelFromBuffer(booster.handle(), bytes.data(),
                                          static_cast<bst_ulong>(bytes.size())),
             "XGBoosterLoadModelFromBuffer (" + std::to_string(bytes.size()) + " bytes)");
    return booster;
}

void Booster::setParameter(const std::string& name, const std::string& value)
{
    checkXgb(XGBoosterSetParam(handle(), name.c_str(), value.c_str()),
             "XGBoosterSetParam (" + name + " = " + value + ")");
}

void Booster::setParameters(const TrainingParameters& parameters)
{
    for (const auto& [name, value] : parameters.toXgboost()) {
        setParameter(name, value);
    }
}

void Booster::setParameters(const nlohmann::json& object)
{
    // Going through TrainingParameters validates known keys and passes the rest untouched.
    setParameters(TrainingParameters::fromJson(object));
}

void Booster::setThreads(int threads)
{
    setParameter("nthread", std::to_string(threads));
}

void Booster::updateOneIter(int round, const DMatrix& train)
{
    checkXgb(XGBoosterUpdateOneIter(handle(), round, train.handle()),
             "XGBoosterUpdateOneIter (round " + std::to_string(round) + ")");
}

void Booster::boostOneIter(const DMatrix& train, std::span<float> gradient,
                           std::span<float> hessian)
{
    if (gradient.size() != train.rows() || hessian.size() != train.rows())
        throw std::invalid_argument("boostOneIter: " + std::to_string(gradient.size()) +
                                    " gradients and " + std::to_string(hessian.size()) +
                                    " hessians for " + std::to_string(train.rows()) + " rows");
    checkXgb(XGBoosterBoostOneIter(handle(), train.handle(), gradient.data(), hessian.data(),
                                   static_cast<bst_ulong>(gradient.size())),
             "XGBoosterBoostOneIter (" + std::to_string(train.rows()) + " rows)");
}

std::string Booster::evaluate(int round,
                              const std::vector<std::pair<std::string, const DMatrix*>>& sets)
{
    std::vector<DMatrixHandle> handles;
    std::vector<const char*> names;
    for (const auto& [name, matrix] : sets) {
        handles.push_back(matrix->handle());
        names.push_back(name.c_str());
    }
    const char* result = nullptr;
    checkXgb(XGBoosterEvalOneIter(handle(), round, handles.data(), names.data(),
                                  static_cast<bst_ulong>(handles.size()), &result),
             "XGBoosterEvalOneIter (round " + std::to_string(round) + ")");
    return result ? std::string(result) : std::string{};
}

double Booster::evaluateMetric(int round, const DMatrix& data, const std::string& metric)
{
    const std::string line = evaluate(round, {{"eval", &data}});
    const std::string key = "eval-" + metric + ":";
    const auto at = line.find(key);
    if (at == std::string::npos) {
        throw std::runtime_error("XGBoost evaluation \"" + line + "\" has no metric \"" + metric +
                                 "\" (is eval_metric set to it?)");
    }
    return common::parseLeadingDouble(std::string_view(line).substr(at + key.size()));
}

std::vector<float> Booster::predictFromDMatrix(const DMatrix& data, int type, int treeRounds,
                                               std::vector<std::size_t>* shape) const
{
    const std::string config = predictConfig(type, treeRounds);
    const bst_ulong* outShape = nullptr;
    bst_ulong outDim = 0;
    const float* outResult = nullptr;
    checkXgb(XGBoosterPredictFromDMatrix(handle(), data.handle(), config.c_str(), &outShape,
                                         &outDim, &outResult),
             "XGBoosterPredictFromDMatrix (type " + std::to_string(type) + ", " +
                 std::to_string(data.rows()) + " rows)");
    std::size_t total = 1;
    for (bst_ulong i = 0; i < outDim; ++i) {
        total *= static_cast<std::size_t>(outShape[i]);
        if (shape) {
            shape->push_back(static_cast<std::size_t>(outShape[i]));
        }
    }
    // The result buffer belongs to the booster and is overwritten by the next call: copy now.
    return std::vector<float>(outResult, outResult + total);
}

std::vector<float> Booster::predictProbability(const DMatrix& data, int treeRounds) const
{
    return predictFromDMatrix(data, 0, treeRounds, nullptr);
}

std::vector<float> Booster::predictMargin(const DMatrix& data, int treeRounds) const
{
    return predictFromDMatrix(data, 1, treeRounds, nullptr);
}

ContributionMatrix Booster::predictContributions(const DMatrix& data, int treeRounds) const
{
    std::vector<std::size_t> shape;
    const std::vector<float> values = predictFromDMatrix(data, 2, treeRounds, &shape);
    const auto columns = static_cast<Eigen::Index>(data.columns() + 1);
    const auto rows = static_cast<Eigen::Index>(data.rows());
    if (static_cast<Eigen::Index>(values.size()) != rows * columns) {
        throw std::runtime_error("XGBoost returned " + std::to_string(values.size()) +
                                 " contributions for " + std::to_string(rows) + " rows x " +
                                 std::to_string(columns) + " columns");
    }
    return Eigen::Map<const ContributionMatrix>(values.data(), rows, columns);
}

std::vector<float> Booster::predictDense(const float* values, std::size_t rows, std::size_t columns,
                                         int type) const
{
    // __array_interface__ of the caller's buffer: XGBoost reads it without copying.
    const std::string arrayInterface =
        R"({"data": [)" + std::to_string(reinterpret_cast<std::uintptr_t>(values)) +
        R"(, true], "shape": [)" + std::to_string(rows) + ", " + std::to_string(columns) +
        R"(], "typestr": "<f4", "version": 3})";
    // cache_id 0 is required by 1.7's in-place predictor; NaN is written by hand because
    // nlohmann::json would turn it into null.
    const std::string config = R"({"type": )" + std::to_string(type) +
                               R"(, "training": false, "iteration_begin": 0, "iteration_end": 0,)"
                               R"( "strict_shape": false, "cache_id": 0, "missing": NaN})";
    const bst_ulong* outShape = nullptr;
    bst_ulong outDim = 0;
    const float* outResult = nullptr;
    checkXgb(XGBoosterPredictFromDense(handle(), arrayInterface.c_str(), config.c_str(), nullptr,
                                       &outShape, &outDim, &outResult),
             "XGBoosterPredictFromDense (type " + std::to_string(type) + ", " +
                 std::to_string(rows) + " rows x " + std::to_string(columns) + " columns)");
    std::size_t total = 1;
    for (bst_ulong i = 0; i < outDim; ++i) {
        total *= static_cast<std::size_t>(outShape[i]);
    }
    return std::vector<float>(outResult, outResult + total);
}

float Booster::predictProbabilityInPlace(std::span<const float> row) const
{
    return predictDense(row.data(), 1, row.size(), 0).at(0);
}

float Booster::predictMarginInPlace(std::span<const float> row) const
{
    return predictDense(row.data(), 1, row.size(), 1).at(0);
}

std::vector<float> Booster::predictProbabilityInPlace(const features::FeatureValues& rows) const
{
    return predictDense(rows.data(), static_cast<std::size_t>(rows.rows()),
                        static_cast<std::size_t>(rows.cols()), 0);
}

std::vector<float> Booster::predictMarginInPlace(const features::FeatureValues& rows) const
{
    return predictDense(rows.data(), static_cast<std::size_t>(rows.rows()),
                        static_cast<std::size_t>(rows.cols()), 1);
}

std::vector<std::uint8_t> Booster::serialize() const
{
    bst_ulong length = 0;
    const char* bytes = nullptr;
    checkXgb(XGBoosterSaveModelToBuffer(handle(), R"({"format": "ubj"})", &length, &bytes),
             "XGBoosterSaveModelToBuffer (ubj)");
    const auto* begin = reinterpret_cast<const std::uint8_t*>(bytes);
    return std::vector<std::uint8_t>(begin, begin + length);
}

nlohmann::json Booster::modelJson() const
{
    bst_ulong length = 0;
    const char* bytes = nullptr;
    checkXgb(XGBoosterSaveModelToBuffer(handle(), R"({"format": "json"})", &length, &bytes),
             "XGBoosterSaveModelToBuffer (json)");
    return nlohmann::json::parse(bytes, bytes + length);
}

std::size_t Booster::featureCount() const
{
    bst_ulong count = 0;
    checkXgb(XGBoosterGetNumFeature(handle(), &count), "XGBoosterGetNumFeature");
    return static_cast<std::size_t>(count);
}

int Booster::boostedRounds() const
{
    int rounds = 0;
    checkXgb(XGBoosterBoostedRounds(handle(), &rounds), "XGBoosterBoostedRounds");
    return rounds;
}

} // namespace credit::model
