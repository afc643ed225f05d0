#pragma once

#include "features/FeatureMatrix.h"
#include "model/DMatrix.h"
#include "model/TrainingParameters.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace credit::model {

// Exact TreeSHAP contributions: rows x (features + 1), the last column is the bias (the
// model's expected margin); each row sums to the row's margin (log-odds).
using ContributionMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Owns an XGBoost booster; move-only, and no raw handle ever leaves it. Every failing C call
// throws XgbError. Prediction calls on one Booster must not run concurrently with training.
class Booster {
public:
    // `cache` lists the matrices used for training and evaluation: XGBoost keeps their
    // predictions between rounds, which keeps per-round evaluation cheap.
    explicit Booster(const std::vector<const DMatrix*>& cache = {});
    static Booster fromBytes(std::span<const std::uint8_t> bytes);

    Booster(Booster&&) noexcept = default;
    Booster& operator=(Booster&&) noexcept = default;
    Booster(const Booster&) = delete;
    Booster& operator=(const Booster&) = delete;
    ~Booster() = default;

    void setParameter(const std::string& name, const std::string& value);
    void setParameters(const TrainingParameters& parameters);
    // A params file's object: every key/value goes to XGBoost as it is.
    void setParameters(const nlohmann::json& object);
    void setThreads(int threads);

    void updateOneIter(int round, const DMatrix& train);
    // One round from gradients computed by the caller (one per row of `train`): how several
    // boosters train on different rows of one shared matrix (model::FoldOnSharedMatrix).
    void boostOneIter(const DMatrix& train, std::span<float> gradient, std::span<float> hessian);
    // XGBoost's evaluation line, e.g. "[12]\tvalid-auc:0.771".
    std::string evaluate(int round,
                         const std::vector<std::pair<std::string, const DMatrix*>>& sets);
    // The value of `metric` (as configured by eval_metric) on one matrix after `round`.
    double evaluateMetric(int round, const DMatrix& data, const std::string& metric);

    // `treeRounds` limits prediction to the first rounds (0 = all), e.g. the best round found
    // by early stopping.
    std::vector<float> predictProbability(const DMatrix& data, int treeRounds = 0) const;
    std::vector<float> predictMargin(const DMatrix& data, int treeRounds = 0) const;
    ContributionMatrix predictContributions(const DMatrix& data, int treeRounds = 0) const;

    // In-place prediction from dense row-major floats (NaN missing), without building a
    // DMatrix: the fast path for scoring one client. Call setThreads(1) for single rows.
    float predictProbabilityInPlace(std::span<const float> row) const;
    float predictMarginInPlace(std::span<const float> row) const;
    std::vector<float> predictProbabilityInPlace(const features::FeatureValues& rows) const;
    std::vector<float> predictMarginInPlace(const features::FeatureValues& rows) const;

    // Universal Binary JSON model (trees and learner parameters; not the training config).
    std::vector<std::uint8_t> serialize() const;
    // The same model as XGBoost's JSON document (learner, trees with their covers), parsed.
    nlohmann::json modelJson() const;

    std::size_t featureCount() const;
    int boostedRounds() const;

private:
    std::vector<float> predictFromDMatrix(const DMatrix& data, int type, int treeRounds,
                                          std::vector<std::size_t>* shape) const;
    std::vector<float> predictDense(const float* values, std::size_t rows, std::size_t columns,
                                    int type) const;
    void* handle() const { return handle_.get(); }

    struct Release {
        void operator()(void* handle) const noexcept;
    };
    std::unique_ptr<void, Release> handle_;
};

} // namespace credit::model
