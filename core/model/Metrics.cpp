#include "model/Metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace credit::model {
namespace {

void checkSizes(std::span<const float> labels, std::span<const float> scores, const char* metric)
{
    if (labels.size() != scores.size()) {
        throw std::invalid_argument(std::string(metric) + ": " + std::to_string(labels.size()) +
                                    " labels but " + std::to_string(scores.size()) + " scores");
    }
    if (labels.empty()) {
        throw std::invalid_argument(std::string(metric) + ": no rows");
    }
}

bool isPositive(float label)
{
    return label > 0.5f;
}

std::vector<std::size_t> orderByScoreDescending(std::span<const float> scores)
{
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    return order;
}

// Cumulative true/false positives at each distinct score, from the highest score down: the
// building block of the ROC, PR and KS computations.
struct ThresholdCounts {
    double threshold;
    double truePositives;
    double falsePositives;
};

std::vector<ThresholdCounts> countsAtDistinctScores(std::span<const float> labels,
                                                    std::span<const float> scores,
                                                    double& positives, double& negatives,
                                                    const char* metric)
{
    checkSizes(labels, scores, metric);
    const auto order = orderByScoreDescending(scores);
    std::vector<ThresholdCounts> counts;
    double tp = 0;
    double fp = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t row = order[i];
        if (std::isnan(scores[row])) {
            throw std::invalid_argument(std::string(metric) + ": score of row " +
                                        std::to_string(row) + " is NaN");
        }
        (isPositive(labels[row]) ? tp : fp) += 1;
        const bool lastOfTie = i + 1 == order.size() || scores[order[i + 1]] != scores[row];
        if (lastOfTie) {
            counts.push_back({scores[row], tp, fp});
        }
    }
    positives = tp;
    negatives = fp;
    return counts;
}

void requireBothClasses(double positives, double negatives, const char* metric)
{
    if (positives == 0 || negatives == 0) {
        throw std::invalid_argument(
            std::string(metric) + " needs both classes; got " +
            std::to_string(static_cast<long long>(positives)) + " positives and " +
            std::to_string(static_cast<long long>(negatives)) + " negatives");
    }
}

} // namespace

double ConfusionMatrix::recall() const
{
    const std::size_t positives = truePositives + falseNegatives;
    return positives == 0 ? 0.0
                          : static_cast<double>(truePositives) / static_cast<double>(positives);
}

double ConfusionMatrix::precision() const
{
    const std::size_t predicted = truePositives + falsePositives;
    return predicted == 0 ? 0.0
                          : static_cast<double>(truePositives) / static_cast<double>(predicted);
}

double ConfusionMatrix::businessCost(const CostMatrix& costs) const
{
    return static_cast<double>(falseNegatives) * costs.falseNegativeCost +
           static_cast<double>(falsePositives) * costs.falsePositiveCost;
}

double ConfusionMatrix::costPerClient(const CostMatrix& costs) const
{
    return total() == 0 ? 0.0 : businessCost(costs) / static_cast<double>(total());
}

double rocAuc(std::span<const float> labels, std::span<const float> scores)
{
    double positives = 0;
    double negatives = 0;
    const auto counts = countsAtDistinctScores(labels, scores, positives, negatives, "ROC AUC");
    requireBothClasses(positives, negatives, "ROC AUC");
    // Trapezoids between consecutive distinct thresholds: a tie group contributes a diagonal
    // segment, i.e. each tied positive/negative pair counts one half.
    double area = 0;
    double previousTp = 0;
    double previousFp = 0;
    for (const auto& point : counts) {
        area += (point.falsePositives - previousFp) * (point.truePositives + previousTp) / 2.0;
        previousTp = point.truePositives;
        previousFp = point.falsePositives;
    }
    return area / (positives * negatives);
}

double averagePrecision(std::span<const float> labels, std::span<const float> scores)
{
    double positives = 0;
    double negatives = 0;
    const auto counts =
        countsAtDistinctScores(labels, scores, positives, negatives, "average precision");
    if (positives == 0) {
        throw std::invalid_argument("average precision needs at least one positive");
    }
    double ap = 0;
    double previousRecall = 0;
    for (const auto& point : counts) {
        const double recall = point.truePositives / positives;
        const double precision = point.truePositives / (point.truePositives + point.falsePositives);
        ap += (recall - previousRecall) * precision;
        previousRecall = recall;
    }
    return ap;
}

double brierScore(std::span<const float> labels, std::span<const float> scores)
{
    checkSizes(labels, scores, "Brier score");
    double sum = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double error = static_cast<double>(scores[i]) - (isPositive(labels[i]) ? 1.0 : 0.0);
        sum += error * error;
    }
    return sum / static_cast<double>(labels.size());
}

double ksStatistic(std::span<const float> labels, std::span<const float> scores)
{
    double positives = 0;
    double negatives = 0;
    const auto counts = countsAtDistinctScores(labels, scores, positives, negatives, "KS");
    requireBothClasses(positives, negatives, "KS");
    double best = 0;
    for (const auto& point : counts) {
        best = std::max(best, point.truePositives / positives - point.falsePositives / negatives);
    }
    return best;
}

ConfusionMatrix confusionAt(std::span<const float> labels, std::span<const float> scores,
                            double threshold)
{
    checkSizes(labels, scores, "confusion matrix");
    ConfusionMatrix matrix;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const bool predictedPositive = static_cast<double>(scores[i]) >= threshold;
        if (isPositive(labels[i])) {
            ++(predictedPositive ? matrix.truePositives : matrix.falseNegatives);
        } else {
            ++(predictedPositive ? matrix.falsePositives : matrix.trueNegatives);
        }
    }
    return matrix;
}

std::vector<CurvePoint> rocCurve(std::span<const float> labels, std::span<const float> scores)
{
    double positives = 0;
    double negatives = 0;
    const auto counts = countsAtDistinctScores(labels, scores, positives, negatives, "ROC curve");
    requireBothClasses(positives, negatives, "ROC curve");
    std::vector<CurvePoint> curve{{0.0, 0.0, counts.front().threshold}};
    for (const auto& point : counts) {
        curve.push_back(
            {point.falsePositives / negatives, point.truePositives / positives, point.threshold});
    }
    return curve;
}

std::vector<CurvePoint> precisionRecallCurve(std::span<const float> labels,
                                             std::span<const float> scores)
{
    double positives = 0;
    double negatives = 0;
    const auto counts = countsAtDistinctScores(labels, scores, positives, negatives, "PR curve");
    if (positives == 0) {
        throw std::invalid_argument("PR curve needs at least one positive");
    }
    std::vector<CurvePoint> curve{{0.0, 1.0, counts.front().threshold}};
    for (const auto& point : counts) {
        curve.push_back({point.truePositives / positives,
                         point.truePositives / (point.truePositives + point.falsePositives),
                         point.threshold});
    }
    return curve;
}

} // namespace credit::model
