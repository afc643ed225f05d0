#include "model/FoldOnSharedMatrix.h"

#include "model/Metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace credit::model {

std::vector<float> foldRowWeights(std::size_t rowCount, std::span<const std::size_t> trainRows,
                                  std::span<const float> labels, double scalePosWeight)
{
    if (labels.size() != rowCount)
        throw std::invalid_argument("fold weights: " + std::to_string(labels.size()) +
                                    " labels for " + std::to_string(rowCount) + " rows");
    std::vector<float> weights(rowCount, 0.0f);
    const auto positiveWeight = static_cast<float>(scalePosWeight);
    for (const std::size_t row : trainRows) {
        if (row >= rowCount)
            throw std::out_of_range("fold weights: training row " + std::to_string(row) + " of " +
                                    std::to_string(rowCount));
        weights[row] = labels[row] == 1.0f ? positiveWeight : 1.0f;
    }
    return weights;
}

FoldOnSharedMatrix::FoldOnSharedMatrix(const DMatrix& shared, std::span<const float> labels,
                                       std::span<const std::size_t> trainRows,
                                       std::span<const std::size_t> validationRows,
                                       const TrainingParameters& parameters)
    : shared_(shared), labels_(labels),
      weights_(foldRowWeights(shared.rows(), trainRows, labels, parameters.scalePosWeight)),
      validationRows_(validationRows.begin(), validationRows.end()),
      booster_(std::vector<const DMatrix*>{&shared})
{
    validationLabels_.reserve(validationRows_.size());
    for (const std::size_t row : validationRows_) {
        if (row >= labels.size())
            throw std::out_of_range("fold: validation row " + std::to_string(row) + " of " +
                                    std::to_string(labels.size()));
        validationLabels_.push_back(labels[row]);
    }
    booster_.setParameters(parameters);
    // No tree yet: every row's margin is the base score's.
    margins_ = booster_.predictMargin(shared_);
}

double FoldOnSharedMatrix::boostRound()
{
    const std::size_t rows = shared_.rows();
    std::vector<float> gradient(rows);
    std::vector<float> hessian(rows);
    // XGBoost 1.7's binary:logistic gradient (regression_loss.h), weighted per row.
    for (std::size_t row = 0; row < rows; ++row) {
        const float weight = weights_[row];
        if (weight == 0.0f) {
            gradient[row] = 0.0f;
            hessian[row] = 0.0f;
            continue;
        }
        const float probability = 1.0f / (1.0f + std::exp(-margins_[row]));
        gradient[row] = (probability - labels_[row]) * weight;
        hessian[row] = std::max(probability * (1.0f - probability), 1e-16f) * weight;
    }
    booster_.boostOneIter(shared_, gradient, hessian);
    ++rounds_;
    // The booster's prediction cache for the shared matrix is up to date after the round: this
    // is a copy, not a prediction.
    margins_ = booster_.predictMargin(shared_);
    if (validationRows_.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::vector<float> probabilities;
    probabilities.reserve(validationRows_.size());
    for (const std::size_t row : validationRows_)
        probabilities.push_back(1.0f / (1.0f + std::exp(-margins_[row])));
    return rocAuc(validationLabels_, probabilities);
}

std::vector<float> FoldOnSharedMatrix::predictValidation(int rounds, bool margin) const
{
    if (rounds < 1 || rounds > rounds_)
        throw std::invalid_argument("fold: predictions from " + std::to_string(rounds) +
                                    " rounds asked of a booster trained for " +
                                    std::to_string(rounds_));
    const auto all = margin ? booster_.predictMargin(shared_, rounds)
                            : booster_.predictProbability(shared_, rounds);
    std::vector<float> validation;
    validation.reserve(validationRows_.size());
    for (const std::size_t row : validationRows_)
        validation.push_back(all[row]);
    return validation;
}

std::vector<float> FoldOnSharedMatrix::validationMargins() const
{
    std::vector<float> validation;
    validation.reserve(validationRows_.size());
    for (const std::size_t row : validationRows_)
        validation.push_back(margins_[row]);
    return validation;
}

void prepareSharedMatrix(const DMatrix& shared, const TrainingParameters& parameters)
{
    // One round of a throwaway booster makes XGBoost build (and cache in the matrix) the bins
    // every booster with the same max_bin then reads.
    Booster booster(std::vector<const DMatrix*>{&shared});
    booster.setParameters(parameters);
    std::vector<float> gradient(shared.rows(), 0.0f);
    std::vector<float> hessian(shared.rows(), 1.0f);
    booster.boostOneIter(shared, gradient, hessian);
}

} // namespace credit::model
