#include "model/CrossValidationTrainer.h"

#include "model/DMatrix.h"
#include "model/Metrics.h"
#include "model/StratifiedKFold.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace credit::model {
namespace {

std::vector<float> selectLabels(std::span<const float> labels, std::span<const std::size_t> rows)
{
    std::vector<float> out;
    out.reserve(rows.size());
    for (const std::size_t row : rows) {
        out.push_back(labels[row]);
    }
    return out;
}

// The positive share after class weighting: the right starting probability for the trees.
double weightedPositiveShare(std::span<const float> labels, double scalePosWeight)
{
    double positives = 0;
    for (const float label : labels) {
        positives += label > 0.5f ? 1 : 0;
    }
    const double negatives = static_cast<double>(labels.size()) - positives;
    return scalePosWeight * positives / (scalePosWeight * positives + negatives);
}

TrainingParameters withBaseScore(TrainingParameters parameters, std::span<const float> labels)
{
    if (parameters.baseScore <= 0.0) {
        parameters.baseScore = weightedPositiveShare(labels, parameters.scalePosWeight);
    }
    return parameters;
}

} // namespace

nlohmann::json ImbalanceVariantResult::summaryJson() const
{
    return {
        {"name", name},
        {"scale_pos_weight", scalePosWeight},
        {"fold_auc", foldAuc},
        {"fold_best_rounds", foldBestRounds},
        {"mean_fold_auc", meanFoldAuc},
        {"std_fold_auc", stdFoldAuc},
        {"oof_auc", oofAuc},
        {"oof_average_precision", oofAveragePrecision},
        {"oof_brier", oofBrier},
        {"oof_ks", oofKs},
        {"final_rounds", finalRounds},
        {"threshold", threshold.threshold},
        {"oof_cost", threshold.cost},
        {"oof_cost_per_client", threshold.costPerClient},
        {"oof_recall", threshold.confusion.recall()},
        {"oof_precision", threshold.confusion.precision()},
        {"oof_confusion",
         {{"tp", threshold.confusion.truePositives},
          {"fp", threshold.confusion.falsePositives},
          {"tn", threshold.confusion.trueNegatives},
          {"fn", threshold.confusion.falseNegatives}}},
    };
}

nlohmann::json CrossValidationResult::metricsJson() const
{
    nlohmann::json variantsJson = nlohmann::json::array();
    for (const auto& variant : variants) {
        variantsJson.push_back(variant.summaryJson());
    }
    return {{"chosen_variant", chosen().name},
            {"chosen", chosen().summaryJson()},
            {"variants", variantsJson}};
}

CrossValidationTrainer::CrossValidationTrainer(CrossValidationOptions options)
    : options_(std::move(options))
{
    if (options_.maxRounds < 1 || options_.earlyStoppingPatience < 1 ||
        options_.minimumRounds < 0) {
        throw std::invalid_argument(
            "cross-validation needs maxRounds >= 1, patience >= 1 and minimumRounds >= 0");
    }
}

CrossValidationResult CrossValidationTrainer::train(const features::FeatureValues& values,
                                                    std::span<const float> labels) const
{
    if (static_cast<std::size_t>(values.rows()) != labels.size()) {
        throw std::invalid_argument("cross-validation: " + std::to_string(values.rows()) +
                                    " feature rows but " + std::to_string(labels.size()) +
                                    " labels");
    }
    const double positives =
        std::count_if(labels.begin(), labels.end(), [](float label) { return label > 0.5f; });
    const double negatives = static_cast<double>(labels.size()) - positives;

    std::vector<ImbalanceVariantResult> variants;
    if (options_.compareClassWeighting) {
        variants.push_back(runVariant("unweighted", 1.0, values, labels));
        variants.push_back(runVariant("scale_pos_weight", negatives / positives, values, labels));
    } else {
        variants.push_back(
            runVariant("as_configured", options_.parameters.scalePosWeight, values, labels));
    }
    std::size_t chosen = 0;
    for (std::size_t i = 1; i < variants.size(); ++i) {
        if (variants[i].threshold.cost < variants[chosen].threshold.cost) {
            chosen = i;
        }
    }
    TrainingParameters finalParameters = options_.parameters;
    finalParameters.scalePosWeight = variants[chosen].scalePosWeight;
    finalParameters = withBaseScore(finalParameters, labels);
    Booster finalModel = trainFinal(finalParameters, variants[chosen].finalRounds, values, labels,
                                    variants[chosen].name);
    return CrossValidationResult{std::move(variants), chosen, finalParameters,
                                 std::move(finalModel)};
}

ImbalanceVariantResult CrossValidationTrainer::runVariant(const std::string& name,
                                                          double scalePosWeight,
                                                          const features::FeatureValues& values,
                                                          std::span<const float> labels) const
{
    TrainingParameters parameters = options_.parameters;
    parameters.scalePosWeight = scalePosWeight;
    parameters.evalMetric = "auc";

    ImbalanceVariantResult result;
    result.name = name;
    result.scalePosWeight = scalePosWeight;
    result.oofProbabilities.assign(labels.size(), std::numeric_limits<float>::quiet_NaN());

    const auto folds = stratifiedKFold(labels, options_.folds, options_.seed);
    const int warmUpRounds = std::clamp(options_.minimumRounds, 1, options_.maxRounds);
    for (std::size_t f = 0; f < folds.size(); ++f) {
        const Fold& fold = folds[f];
        DMatrix train(selectRows(values, fold.trainRows));
        train.setLabels(selectLabels(labels, fold.trainRows));
        DMatrix validation(selectRows(values, fold.validationRows));
        validation.setLabels(selectLabels(labels, fold.validationRows));

        const std::vector<float> trainLabels = selectLabels(labels, fold.trainRows);
        Booster booster({&train, &validation});
        booster.setParameters(withBaseScore(parameters, trainLabels));
        double bestAuc = -1;
        // Patience counts from the end of the warm-up, not from round 0.
        int bestRound = warmUpRounds - 1;
        for (int round = 0; round < options_.maxRounds; ++round) {
            booster.updateOneIter(round, train);
            const double auc = booster.evaluateMetric(round, validation, "auc");
            if (round >= warmUpRounds - 1 && auc > bestAuc) {
                bestAuc = auc;
                bestRound = round;
            }
            if (options_.progress) {
                options_.progress({name, static_cast<int>(f), static_cast<int>(folds.size()), round,
                                   options_.maxRounds, auc});
            }
            if (round - bestRound >= options_.earlyStoppingPatience) {
                break;
            }
        }
        const auto probabilities = booster.predictProbability(validation, bestRound + 1);
        for (std::size_t i = 0; i < fold.validationRows.size(); ++i) {
            result.oofProbabilities[fold.validationRows[i]] = probabilities[i];
        }
        // Our own tie-aware AUC, so fold and OOF figures come from one definition.
        result.foldAuc.push_back(rocAuc(selectLabels(labels, fold.validationRows), probabilities));
        result.foldBestRounds.push_back(bestRound + 1);
    }

    const double k = static_cast<double>(folds.size());
    result.meanFoldAuc = std::accumulate(result.foldAuc.begin(), result.foldAuc.end(), 0.0) / k;
    double variance = 0;
    for (const double auc : result.foldAuc) {
        variance += (auc - result.meanFoldAuc) * (auc - result.meanFoldAuc);
    }
    result.stdFoldAuc = std::sqrt(variance / k);
    result.finalRounds = static_cast<int>(std::lround(
        std::accumulate(result.foldBestRounds.begin(), result.foldBestRounds.end(), 0.0) / k));
    result.oofAuc = rocAuc(labels, result.oofProbabilities);
    result.oofAveragePrecision = averagePrecision(labels, result.oofProbabilities);
    result.oofBrier = brierScore(labels, result.oofProbabilities);
    result.oofKs = ksStatistic(labels, result.oofProbabilities);
    result.threshold = searchThreshold(labels, result.oofProbabilities, options_.costs);
    return result;
}

Booster CrossValidationTrainer::trainFinal(const TrainingParameters& parameters, int rounds,
                                           const features::FeatureValues& values,
                                           std::span<const float> labels,
                                           const std::string& variant) const
{
    DMatrix all(values);
    all.setLabels(labels);
    Booster booster({&all});
    booster.setParameters(withBaseScore(parameters, labels));
    const int folds = options_.folds;
    for (int round = 0; round < rounds; ++round) {
        booster.updateOneIter(round, all);
        if (options_.progress) {
            options_.progress(
                {variant, folds, folds, round, rounds, std::numeric_limits<double>::quiet_NaN()});
        }
    }
    return booster;
}

} // namespace credit::model
