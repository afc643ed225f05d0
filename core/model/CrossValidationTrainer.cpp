#include "model/CrossValidationTrainer.h"

#include "common/FreeMemory.h"
#include "common/NumberFormat.h"
#include "model/BoosterAverage.h"
#include "model/DMatrix.h"
#include "model/FoldOnSharedMatrix.h"
#include "model/LockstepTraining.h"
#include "model/Metrics.h"
#include "model/ParallelTasks.h"
#include "model/StratifiedKFold.h"
#include "model/TreeShapExplainer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numeric>
#include <optional>
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

// One booster trained on one fold's training rows.
struct MemberResult {
    int bestRounds = 0;             // best iteration + 1
    std::vector<float> predictions; // validation rows: probabilities alone, margins when bagged
};

// Mean-curve round selection: every (variant, fold, member) booster trains in step, each
// variant a group of its own; a variant stops when patience runs out on the mean of its folds'
// validation curves (members counted as folds of their own), and all its folds are cut at the
// mean curve's best round. The variants train together rather than one after the other: on the
// shared matrix a booster costs tens of MB, and 2 variants x 3 or 5 folds keep two workers busy
// where 3 or 5 alone leave one idle in every other wave. Curves do not depend on what else
// trains (LockstepTraining), so the result is the same either way.
void trainOnMeanCurve(const CrossValidationOptions& options, int threads, const DMatrix& shared,
                      std::span<const float> labels, std::span<const Fold> folds,
                      std::span<const ImbalanceVariantResult> variants,
                      std::span<MemberResult> memberResults)
{
    const auto members = static_cast<std::size_t>(options.baggingMembers);
    const std::size_t perVariant = folds.size() * members;
    const int warmUpRounds = std::clamp(options.minimumRounds, 1, options.maxRounds);
    std::vector<bool> stopped(variants.size(), false);
    const auto meanCurveDone = [&](std::size_t variant,
                                   std::span<const std::vector<double>> curves) {
        stopped[variant] =
            findPeak(meanCurve(curves), warmUpRounds, options.earlyStoppingPatience).stopped;
        return stopped[variant];
    };
    // Ten rounds per step: the barrier between steps costs little, the rounds trained past
    // the stop at most nine per fold.
    constexpr int kStepRounds = 10;
    const auto maxRounds = static_cast<std::size_t>(options.maxRounds);
    std::vector<LockstepJob> jobs;
    for (std::size_t variant = 0; variant < variants.size(); ++variant) {
        for (std::size_t slot = 0; slot < perVariant; ++slot) {
            TrainingParameters parameters = options.parameters;
            parameters.scalePosWeight = variants[variant].scalePosWeight;
            parameters.seed += static_cast<unsigned>(slot % members);
            jobs.push_back({slot / members, parameters, variant});
        }
    }
    const int workers = std::min(threads, static_cast<int>(jobs.size()));
    LockstepTraining training(shared, labels, folds, std::move(jobs), workers);
    // Each variant counts maxRounds steps; one that stops completes its share of the bar.
    const auto report = [&](int rounds) {
        if (!options.progress)
            return;
        std::size_t done = 0;
        std::string stillTraining;
        for (std::size_t variant = 0; variant < variants.size(); ++variant) {
            done += stopped[variant] ? maxRounds : static_cast<std::size_t>(rounds);
            if (!stopped[variant])
                stillTraining += (stillTraining.empty() ? "" : ", ") + variants[variant].name;
        }
        options.progress({stillTraining, 0, static_cast<int>(folds.size()), 0,
                          static_cast<int>(members), rounds - 1, options.maxRounds,
                          std::numeric_limits<double>::quiet_NaN(), done,
                          variants.size() * maxRounds});
    };
    // The round every fold of a variant would be cut at now: its validation margins are kept
    // then, so the out-of-fold predictions below need no prediction on the quantised matrix.
    const auto meanCurveBest = [&](std::size_t, std::span<const std::vector<double>> curves) {
        return findPeak(meanCurve(curves), warmUpRounds, options.earlyStoppingPatience).bestRound;
    };
    training.run(
        options.maxRounds, kStepRounds, meanCurveDone, [&](int rounds, int) { report(rounds); },
        meanCurveBest);
    std::fill(stopped.begin(), stopped.end(), true); // the cap reached counts as stopped
    report(options.maxRounds);
    for (std::size_t variant = 0; variant < variants.size(); ++variant) {
        std::vector<std::vector<double>> curves;
        for (std::size_t slot = 0; slot < perVariant; ++slot)
            curves.push_back(training.curve(variant * perVariant + slot));
        const int rounds = selectedRounds(RoundSelection::MeanCurve, curves, warmUpRounds,
                                          options.earlyStoppingPatience);
        for (std::size_t slot = 0; slot < perVariant; ++slot) {
            auto& result = memberResults[variant * perVariant + slot];
            result.bestRounds = rounds;
            result.predictions =
                training.predictValidation(variant * perVariant + slot, rounds, members > 1);
        }
    }
}

ImbalanceVariantResult emptyVariant(std::string name, double scalePosWeight, std::size_t rows)
{
    ImbalanceVariantResult result;
    result.name = std::move(name);
    result.scalePosWeight = scalePosWeight;
    result.oofProbabilities.assign(rows, std::numeric_limits<float>::quiet_NaN());
    return result;
}

// Fold figures, out-of-fold predictions and threshold from the variant's finished trainings,
// `slots` ordered fold by fold, `members` per fold.
void completeVariant(ImbalanceVariantResult& result, std::span<const Fold> folds,
                     std::span<const MemberResult> slots, std::size_t members,
                     std::span<const float> labels, const CostMatrix& costs, bool calibrate)
{
    double allBestRounds = 0;
    for (std::size_t f = 0; f < folds.size(); ++f) {
        const Fold& fold = folds[f];
        const auto foldSlots = slots.subspan(f * members, members);
        std::vector<float> probabilities(fold.validationRows.size());
        if (members == 1) {
            probabilities = foldSlots[0].predictions;
        } else {
            // The mean of the members' margins, then the logistic: the bagged model is additive
            // in log-odds, like the merged final booster whose TreeSHAP values explain it.
            for (std::size_t i = 0; i < probabilities.size(); ++i) {
                double margin = 0;
                for (const MemberResult& member : foldSlots) {
                    margin += member.predictions[i];
                }
                probabilities[i] = TreeShapExplainer::probabilityOf(
                    static_cast<float>(margin / static_cast<double>(members)));
            }
        }
        for (std::size_t i = 0; i < fold.validationRows.size(); ++i) {
            result.oofProbabilities[fold.validationRows[i]] = probabilities[i];
        }
        // Our own tie-aware AUC, so fold and OOF figures come from one definition.
        result.foldAuc.push_back(rocAuc(selectLabels(labels, fold.validationRows), probabilities));
        double foldRounds = 0;
        for (const MemberResult& member : foldSlots) {
            foldRounds += member.bestRounds;
        }
        allBestRounds += foldRounds;
        result.foldBestRounds.push_back(
            static_cast<int>(std::lround(foldRounds / static_cast<double>(members))));
    }

    const double k = static_cast<double>(folds.size());
    result.meanFoldAuc = std::accumulate(result.foldAuc.begin(), result.foldAuc.end(), 0.0) / k;
    double variance = 0;
    for (const double auc : result.foldAuc) {
        variance += (auc - result.meanFoldAuc) * (auc - result.meanFoldAuc);
    }
    result.stdFoldAuc = std::sqrt(variance / k);
    result.finalRounds =
        static_cast<int>(std::lround(allBestRounds / (k * static_cast<double>(members))));
    // Ranking figures on the model's own scores (calibration is monotone: it changes none).
    result.oofAuc = rocAuc(labels, result.oofProbabilities);
    result.oofAveragePrecision = averagePrecision(labels, result.oofProbabilities);
    result.oofKs = ksStatistic(labels, result.oofProbabilities);
    result.oofBrierUncalibrated = brierScore(labels, result.oofProbabilities);
    result.reliabilityUncalibrated = reliabilityBins(labels, result.oofProbabilities);
    result.oofEceUncalibrated = expectedCalibrationError(result.reliabilityUncalibrated);
    // The rule: calibrate a class-weighted variant (weighting inflates its
    // probabilities by design) or one whose out-of-fold ECE is poor; a model already calibrated
    // keeps its own scale, since a refit that wins in-sample log-loss can still move ECE the
    // wrong way (seen on the demo data).
    const bool weighted = result.scalePosWeight != 1.0;
    const bool poorlyCalibrated = result.oofEceUncalibrated > kPoorCalibrationEce;
    result.calibrationReason =
        !calibrate         ? "calibration turned off"
        : weighted         ? "class-weighted variant"
        : poorlyCalibrated ? "out-of-fold ECE above " + common::formatFixed(kPoorCalibrationEce, 2)
                           : "already calibrated (out-of-fold ECE at most " +
                                 common::formatFixed(kPoorCalibrationEce, 2) + ")";
    if (calibrate && (weighted || poorlyCalibrated)) {
        std::vector<double> margins(result.oofProbabilities.size());
        for (std::size_t i = 0; i < margins.size(); ++i)
            margins[i] = marginOfProbability(result.oofProbabilities[i]);
        const auto fitted = PlattCalibration::fit(margins, labels);
        // A slope that is not positive would reverse the ranking: keep the model's own scale.
        if (std::isfinite(fitted.slope) && fitted.slope > 0 && std::isfinite(fitted.intercept)) {
            result.calibration = fitted;
            for (std::size_t i = 0; i < margins.size(); ++i)
                result.oofProbabilities[i] =
                    static_cast<float>(result.calibration.probabilityAt(margins[i]));
        }
    }
    result.oofBrier = brierScore(labels, result.oofProbabilities);
    result.reliability = reliabilityBins(labels, result.oofProbabilities);
    result.oofEce = expectedCalibrationError(result.reliability);
    // On the scale the advisor is shown, so "refused from 45 %" means 45 % on screen.
    result.threshold = searchThreshold(labels, result.oofProbabilities, costs);
}

} // namespace

nlohmann::json ImbalanceVariantResult::summaryJson() const
{
    return {
        {"name", name},
        {"scale_pos_weight", scalePosWeight},
        {"fold_auc", foldAuc},
        {"fold_best_rounds", foldBestRounds},
        {"round_selection", roundSelection},
        {"mean_fold_auc", meanFoldAuc},
        {"std_fold_auc", stdFoldAuc},
        {"oof_auc", oofAuc},
        {"oof_average_precision", oofAveragePrecision},
        {"oof_brier", oofBrier},
        {"oof_brier_uncalibrated", oofBrierUncalibrated},
        {"oof_ece", oofEce},
        {"oof_ece_uncalibrated", oofEceUncalibrated},
        {"calibration", calibration.toJson()},
        {"calibration_reason", calibrationReason},
        {"reliability", model::toJson(reliability)},
        {"reliability_uncalibrated", model::toJson(reliabilityUncalibrated)},
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
            {"variants", variantsJson},
            {"bagging_members", baggingMembers}};
}

CrossValidationTrainer::CrossValidationTrainer(CrossValidationOptions options)
    : options_(std::move(options))
{
    if (options_.maxRounds < 1 || options_.earlyStoppingPatience < 1 ||
        options_.minimumRounds < 0) {
        throw std::invalid_argument(
            "cross-validation needs maxRounds >= 1, patience >= 1 and minimumRounds >= 0");
    }
    if (options_.baggingMembers < 1 || options_.parallelJobs < 0) {
        throw std::invalid_argument("cross-validation needs baggingMembers >= 1 (got " +
                                    std::to_string(options_.baggingMembers) +
                                    ") and parallelJobs >= 0 (got " +
                                    std::to_string(options_.parallelJobs) + ")");
    }
}

int CrossValidationTrainer::workerCount() const
{
    return options_.parallelJobs > 0 ? options_.parallelJobs : hardwareThreads();
}

int CrossValidationTrainer::jobCount(std::size_t trainings) const
{
    return static_cast<int>(
        std::min<std::size_t>(trainings, static_cast<std::size_t>(workerCount())));
}

int CrossValidationTrainer::finalModelThreads(int configured) const
{
    if (configured != 1)
        return configured; // a count the parameters ask for (0 = all hardware threads)
    return std::max(1, workerCount() / options_.baggingMembers);
}

DMatrix CrossValidationTrainer::sharedMatrix(const features::FeatureValues& values) const
{
    DMatrix shared = DMatrix::quantised(values, options_.parameters.maxBin, workerCount());
    // Building it leaves a few hundred MB of sketch scratch in glibc's free lists at full size
    // (bench/training_memory: 283 MB of 2.6 GB); hand it back before the long training.
    common::releaseFreeMemory();
    return shared;
}

CrossValidationResult CrossValidationTrainer::train(const features::FeatureValues& values,
                                                    std::span<const float> labels) const
{
    if (static_cast<std::size_t>(values.rows()) != labels.size()) {
        throw std::invalid_argument("cross-validation: " + std::to_string(values.rows()) +
                                    " feature rows but " + std::to_string(labels.size()) +
                                    " labels");
    }
    return train(sharedMatrix(values), labels);
}

CrossValidationResult CrossValidationTrainer::train(DMatrix shared,
                                                    std::span<const float> labels) const
{
    if (shared.rows() != labels.size()) {
        throw std::invalid_argument("cross-validation: " + std::to_string(shared.rows()) +
                                    " matrix rows but " + std::to_string(labels.size()) +
                                    " labels");
    }
    const double positives =
        std::count_if(labels.begin(), labels.end(), [](float label) { return label > 0.5f; });
    const double negatives = static_cast<double>(labels.size()) - positives;

    std::vector<ImbalanceVariantResult> variants;
    if (options_.compareClassWeighting) {
        variants.push_back(emptyVariant("unweighted", 1.0, labels.size()));
        variants.push_back(emptyVariant("scale_pos_weight", negatives / positives, labels.size()));
    } else {
        variants.push_back(
            emptyVariant("as_configured", options_.parameters.scalePosWeight, labels.size()));
    }

    // One quantised matrix of every row, built once: every (variant, fold, member) training
    // reads it (model::FoldOnSharedMatrix: rows outside the fold weigh nothing) with its own
    // Booster and result slot, predicts its validation rows from it, and the final model trains
    // on it; no fold copies its rows. Its labels serve the final model's built-in objective.
    shared.setLabels(labels);
    const auto folds = stratifiedKFold(labels, options_.folds, options_.seed);
    const auto members = static_cast<std::size_t>(options_.baggingMembers);
    const std::size_t jobs = variants.size() * folds.size() * members;
    std::vector<MemberResult> memberResults(jobs);
    const int warmUpRounds = std::clamp(options_.minimumRounds, 1, options_.maxRounds);
    if (options_.roundSelection == RoundSelection::MeanCurve) {
        trainOnMeanCurve(options_, jobCount(jobs), shared, labels, folds, variants, memberResults);
    } else {
        std::mutex progressMutex;
        // Each fold training counts maxRounds steps: one per round, and the rounds early stopping
        // skipped when it stops. The bar then moves every round, not once per fold (a fold of the
        // full-size portfolio trains for minutes), and still ends exactly at the total.
        std::size_t stepsDone = 0;
        const std::size_t stepsTotal = jobs * static_cast<std::size_t>(options_.maxRounds);
        prepareSharedMatrix(shared, options_.parameters);
        runTasks(jobs, jobCount(jobs), [&](std::size_t job) {
            const std::size_t member = job % members;
            const std::size_t f = (job / members) % folds.size();
            const ImbalanceVariantResult& variant = variants[job / (members * folds.size())];
            const Fold& fold = folds[f];

            TrainingParameters parameters = options_.parameters;
            parameters.scalePosWeight = variant.scalePosWeight;
            parameters.evalMetric = "auc";
            parameters.seed += static_cast<unsigned>(member);
            FoldOnSharedMatrix training(
                shared, labels, fold.trainRows, fold.validationRows,
                withBaseScore(parameters, selectLabels(labels, fold.trainRows)));
            double bestAuc = -1;
            // Patience counts from the end of the warm-up, not from round 0.
            int bestRound = warmUpRounds - 1;
            // The validation margins of the best round, kept as it is found: predicting them
            // afterwards would read every row back from the quantised matrix's bins.
            std::vector<float> bestMargins;
            for (int round = 0; round < options_.maxRounds; ++round) {
                const double auc = training.boostRound();
                const bool improved = round >= warmUpRounds - 1 && auc > bestAuc;
                if (improved) {
                    bestAuc = auc;
                    bestRound = round;
                }
                // The warm-up's last round is the best one until a later round beats it.
                if (improved || round == warmUpRounds - 1)
                    bestMargins = training.validationMargins();
                const bool stopping = round - bestRound >= options_.earlyStoppingPatience ||
                                      round + 1 == options_.maxRounds;
                if (options_.progress) {
                    const std::lock_guard lock(progressMutex);
                    stepsDone +=
                        stopping ? static_cast<std::size_t>(options_.maxRounds - round) : 1;
                    options_.progress({variant.name, static_cast<int>(f),
                                       static_cast<int>(folds.size()), static_cast<int>(member),
                                       static_cast<int>(members), round, options_.maxRounds, auc,
                                       stepsDone, stepsTotal});
                }
                if (stopping) {
                    break;
                }
            }
            MemberResult& slot = memberResults[job];
            slot.bestRounds = bestRound + 1;
            // One member: XGBoost's own probabilities, as before bagging existed. Several: their
            // margins, averaged below.
            slot.predictions = std::move(bestMargins);
            if (members == 1)
                for (float& value : slot.predictions)
                    value = TreeShapExplainer::probabilityOf(value);
        });
    }
    for (std::size_t v = 0; v < variants.size(); ++v) {
        const std::span<const MemberResult> slots(memberResults.data() + v * folds.size() * members,
                                                  folds.size() * members);
        variants[v].roundSelection = std::string(roundSelectionName(options_.roundSelection));
        completeVariant(variants[v], folds, slots, members, labels, options_.costs,
                        options_.calibrate);
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
    // The final model is one training (or `members`): the workers the folds shared go inside
    // its trees instead of idling. At full size that halves its 190 s on two cores. XGBoost's
    // histogram sums then depend on the thread count, so the count is recorded with the
    // parameters (training_parameters.nthread): the same data, seed and count give the same model.
    finalParameters.threads = finalModelThreads(finalParameters.threads);
    Booster finalModel = trainFinal(finalParameters, variants[chosen].finalRounds, shared, labels,
                                    variants[chosen].name);
    return CrossValidationResult{std::move(variants), chosen, finalParameters,
                                 std::move(finalModel), options_.baggingMembers};
}

Booster CrossValidationTrainer::trainFinal(const TrainingParameters& parameters, int rounds,
                                           const DMatrix& all, std::span<const float> labels,
                                           const std::string& variant) const
{
    const auto members = static_cast<std::size_t>(options_.baggingMembers);
    std::vector<std::optional<Booster>> trained(members);
    std::mutex progressMutex;
    std::size_t roundsDone = 0;
    const std::size_t roundsTotal = members * static_cast<std::size_t>(rounds);
    runTasks(members, jobCount(members), [&](std::size_t member) {
        Booster booster({&all});
        TrainingParameters memberParameters = parameters;
        memberParameters.seed += static_cast<unsigned>(member);
        booster.setParameters(withBaseScore(memberParameters, labels));
        const int folds = options_.folds;
        for (int round = 0; round < rounds; ++round) {
            booster.updateOneIter(round, all);
            if (options_.progress) {
                const std::lock_guard lock(progressMutex);
                ++roundsDone;
                options_.progress({variant, folds, folds, static_cast<int>(member),
                                   static_cast<int>(members), round, rounds,
                                   std::numeric_limits<double>::quiet_NaN(), roundsDone,
                                   roundsTotal});
            }
        }
        trained[member].emplace(std::move(booster));
    });
    if (members == 1) {
        return std::move(*trained[0]);
    }
    std::vector<Booster> boosters;
    for (auto& booster : trained) {
        boosters.push_back(std::move(*booster));
    }
    return averageBoosters(boosters);
}

} // namespace credit::model
