#include "training/SelectionStudy.h"

#include "common/NumberFormat.h"
#include "model/LockstepTraining.h"
#include "model/StratifiedKFold.h"

#include <algorithm>
#include <chrono>
#include <sstream>
#include <stdexcept>

namespace credit::training {

namespace {

using Curves = std::vector<std::vector<double>>; // one validation curve per fold of a repeat

// Whether a repeat's folds have trained far enough for every held-out figure: each fold's own
// early stopping, the mean curve, and the mean curve of every leave-one-fold-out subset.
bool everyRuleStopped(std::span<const std::vector<double>> curves, int warmUp, int patience)
{
    for (const auto& curve : curves)
        if (!model::findPeak(curve, warmUp, patience).stopped)
            return false;
    if (!model::findPeak(model::meanCurve(curves), warmUp, patience).stopped)
        return false;
    if (curves.size() < 3)
        return true; // leaving one out leaves a single curve, checked above
    for (std::size_t left = 0; left < curves.size(); ++left) {
        Curves others;
        for (std::size_t k = 0; k < curves.size(); ++k)
            if (k != left)
                others.push_back(curves[k]);
        if (!model::findPeak(model::meanCurve(others), warmUp, patience).stopped)
            return false;
    }
    return true;
}

features::FeatureValues selectColumns(const features::FeatureValues& values,
                                      std::span<const std::size_t> columns)
{
    features::FeatureValues out(values.rows(), static_cast<Eigen::Index>(columns.size()));
    for (Eigen::Index row = 0; row < values.rows(); ++row)
        for (std::size_t c = 0; c < columns.size(); ++c)
            out(row, static_cast<Eigen::Index>(c)) =
                values(row, static_cast<Eigen::Index>(columns[c]));
    return out;
}

// One family set measured on every repeat's folds: the held-out fold AUCs under each round
// selection, in repeat-major order.
struct Measurement {
    std::vector<double> perFold;
    std::vector<double> meanCurve;

    const std::vector<double>& under(model::RoundSelection selection) const
    {
        return selection == model::RoundSelection::MeanCurve ? meanCurve : perFold;
    }
};

class Study {
public:
    Study(const features::FeatureValues& values, std::span<const float> labels,
          const SelectionOptions& options)
        : values_(values), labels_(labels), options_(options),
          warmUp_(std::clamp(options.minimumRounds, 1, options.maxRounds))
    {
        for (int repeat = 0; repeat < options.repeats; ++repeat)
            for (auto& fold : model::stratifiedKFold(
                     labels, options.folds, options.seed + static_cast<std::uint64_t>(repeat)))
                folds_.push_back(std::move(fold));
    }

    Measurement measure(std::span<const std::size_t> columns) const
    {
        const bool all = columns.size() == static_cast<std::size_t>(values_.cols());
        const features::FeatureValues reduced =
            all ? features::FeatureValues() : selectColumns(values_, columns);
        const features::FeatureValues& matrix = all ? values_ : reduced;
        const int threads =
            options_.parallelJobs > 0 ? options_.parallelJobs : model::hardwareThreads();
        const auto k = static_cast<std::size_t>(options_.folds);
        // One matrix for every fold of every repeat: the folds train on it by row weights.
        const model::DMatrix shared =
            model::DMatrix::quantised(matrix, options_.parameters.maxBin, threads);
        Measurement measurement;
        // One repeat at a time: only its k fold boosters are alive, so memory does not grow
        // with the repeats (the curves do not depend on what else trains).
        for (int repeat = 0; repeat < options_.repeats; ++repeat) {
            const std::span<const model::Fold> folds(
                folds_.data() + static_cast<std::size_t>(repeat) * k, k);
            std::vector<model::LockstepJob> jobs;
            for (std::size_t fold = 0; fold < k; ++fold)
                jobs.push_back({fold, options_.parameters, 0});
            model::LockstepTraining training(shared, labels_, folds, std::move(jobs), threads);
            training.run(options_.maxRounds, 10,
                         [&](std::size_t, std::span<const std::vector<double>> curves) {
                             return everyRuleStopped(curves, warmUp_,
                                                     options_.earlyStoppingPatience);
                         });
            Curves curves;
            for (std::size_t fold = 0; fold < k; ++fold)
                curves.push_back(training.curve(fold));
            for (std::size_t fold = 0; fold < k; ++fold) {
                measurement.perFold.push_back(heldOutFoldAuc(model::RoundSelection::PerFold, curves,
                                                             fold, warmUp_,
                                                             options_.earlyStoppingPatience));
                measurement.meanCurve.push_back(heldOutFoldAuc(model::RoundSelection::MeanCurve,
                                                               curves, fold, warmUp_,
                                                               options_.earlyStoppingPatience));
            }
        }
        return measurement;
    }

private:
    const features::FeatureValues& values_;
    std::span<const float> labels_;
    const SelectionOptions& options_;
    int warmUp_;
    std::vector<model::Fold> folds_;
};

std::vector<double> minus(const std::vector<double>& a, const std::vector<double>& b)
{
    std::vector<double> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] = a[i] - b[i];
    return out;
}

double mean(const std::vector<double>& values)
{
    double total = 0;
    for (const double value : values)
        total += value;
    return values.empty() ? 0.0 : total / static_cast<double>(values.size());
}

std::string signedFixed(double value, int decimals)
{
    return (value >= 0 ? "+" : "") + common::formatFixed(value, decimals);
}

} // namespace

double heldOutFoldAuc(model::RoundSelection selection, std::span<const std::vector<double>> curves,
                      std::size_t fold, int warmUpRounds, int patience)
{
    if (fold >= curves.size() || curves[fold].empty())
        throw std::invalid_argument("held-out fold AUC: fold " + std::to_string(fold) +
                                    " has no curve");
    Curves others;
    for (std::size_t k = 0; k < curves.size(); ++k)
        if (k != fold)
            others.push_back(curves[k]);
    if (others.empty())
        others.push_back(curves[fold]); // one fold alone: nothing else to choose from
    const int rounds = model::selectedRounds(selection, others, warmUpRounds, patience);
    const auto& own = curves[fold];
    return own[static_cast<std::size_t>(std::min<int>(rounds, static_cast<int>(own.size())) - 1)];
}

SelectionResult runSelectionStudy(const features::FeatureSpec& spec,
                                  const features::FeatureValues& values,
                                  std::span<const float> labels, const SelectionOptions& options)
{
    if (options.repeats < 1 || options.folds < 2)
        throw std::invalid_argument("selection needs at least 1 repeat and 2 folds (got " +
                                    std::to_string(options.repeats) + " and " +
                                    std::to_string(options.folds) + ")");
    if (spec.features.size() != static_cast<std::size_t>(values.cols()) ||
        labels.size() != static_cast<std::size_t>(values.rows()))
        throw std::invalid_argument("selection: the spec, the feature matrix and the labels "
                                    "do not describe the same rows and columns");
    const auto started = std::chrono::steady_clock::now();

    SelectionResult result;
    result.rows = labels.size();
    result.positives = static_cast<std::size_t>(
        std::count_if(labels.begin(), labels.end(), [](float label) { return label > 0.5f; }));
    result.allColumns = spec.features.size();
    std::ostringstream protocol;
    protocol << "repeated stratified cross-validation, " << options.repeats << " repeats x "
             << options.folds << " folds (fold seeds " << options.seed << " to "
             << options.seed + static_cast<std::uint64_t>(options.repeats - 1)
             << "), the same folds for every candidate; per fold, XGBoost's validation AUC at "
                "the round count chosen from the other folds' curves (early stopping patience "
             << options.earlyStoppingPatience << ", warm-up " << options.minimumRounds
             << "); class weighting as configured (scale_pos_weight "
             << common::formatFixed(options.parameters.scalePosWeight, 2) << ")";
    result.protocol = protocol.str();
    result.roundRule = "the round selection with the higher mean held-out fold AUC on the full "
                       "set is kept (both cost the same)";
    result.familyRule =
        familyRuleText(options.noiseStandardErrors) +
        "; then, while the families kept lose to all families by more than the same noise "
        "margin, the dropped family whose removal cost most is added back";

    std::vector<std::vector<std::size_t>> columnsOf(features::allFeatureFamilies().size());
    for (std::size_t column = 0; column < spec.features.size(); ++column)
        columnsOf[static_cast<std::size_t>(features::familyOf(spec.features[column]))].push_back(
            column);
    std::size_t present = 0;
    for (const auto& columns : columnsOf)
        present += columns.empty() || columns.size() == spec.features.size() ? 0 : 1;

    const Study study(values, labels, options);
    std::size_t done = 0;
    std::size_t total = 2 + present;
    const auto report = [&](const std::string& what) {
        if (options.progress)
            options.progress(what, done, total);
    };
    auto columnsWithout = [&](const features::FeatureFamilySelection& families) {
        std::vector<std::size_t> columns;
        for (std::size_t column = 0; column < spec.features.size(); ++column)
            if (families.enabled(features::familyOf(spec.features[column])))
                columns.push_back(column);
        return columns;
    };

    // 1. The full set, and the round selection.
    report("all families");
    const auto everything = columnsWithout(features::FeatureFamilySelection::all());
    const Measurement full = study.measure(everything);
    ++done;
    ++result.configurations;
    result.meanCurveGain = PairedDifferences::of(minus(full.meanCurve, full.perFold));
    ++result.comparisons;
    result.roundSelection = result.meanCurveGain.mean > 0 ? model::RoundSelection::MeanCurve
                                                          : model::RoundSelection::PerFold;
    const auto& baseline = full.under(result.roundSelection);
    result.baselineAuc = mean(baseline);

    // 2. Each family dropped in turn from the full set.
    for (const auto family : features::allFeatureFamilies()) {
        FamilyEvidence evidence{
            family, columnsOf[static_cast<std::size_t>(family)].size(), std::nullopt, true, {}};
        if (evidence.columns == 0) {
            evidence.decision = "not compared: no column in this data (stays on)";
        } else if (evidence.columns == spec.features.size()) {
            evidence.decision = "not compared: the only family with columns (stays on)";
        } else {
            report("without " + std::string(features::familyName(family)));
            features::FeatureFamilySelection without;
            without.disable(family);
            const Measurement measured = study.measure(columnsWithout(without));
            ++done;
            ++result.configurations;
            ++result.comparisons;
            evidence.removalCost =
                PairedDifferences::of(minus(baseline, measured.under(result.roundSelection)));
            evidence.kept =
                removalCostsBeyondNoise(*evidence.removalCost, options.noiseStandardErrors);
            evidence.decision = evidence.kept ? "keep" : "drop";
            if (!evidence.kept)
                result.chosenFamilies.disable(family);
        }
        result.families.push_back(std::move(evidence));
    }

    // 3. The chosen set against the full one: families are dropped together, and families that
    // each cost no more than the noise may cost more together (near-copies of each other). While
    // the chosen set loses to the full one beyond the noise, the dropped family whose removal
    // cost most comes back.
    std::vector<std::size_t> dropped;
    for (std::size_t index = 0; index < result.families.size(); ++index)
        if (result.families[index].removalCost && !result.families[index].kept)
            dropped.push_back(index);
    std::sort(dropped.begin(), dropped.end(), [&](std::size_t a, std::size_t b) {
        return result.families[a].removalCost->mean > result.families[b].removalCost->mean;
    });
    total += dropped.empty() ? 0 : dropped.size() - 1;
    std::size_t nextBack = 0;
    const auto addBack = [&](const std::string& why) {
        auto& back = result.families[dropped[nextBack++]];
        back.kept = true;
        back.decision = "keep (added back: " + why + ")";
        result.chosenFamilies.enable(back.family);
        result.addedBack.push_back(back.family);
    };
    while (!result.chosenFamilies.disabled.empty()) {
        const auto chosenColumns = columnsWithout(result.chosenFamilies);
        if (chosenColumns.empty()) {
            addBack("no family would be left");
            continue;
        }
        report("chosen families");
        const Measurement chosen = study.measure(chosenColumns);
        ++done;
        ++result.configurations;
        ++result.comparisons;
        const auto& chosenAuc = chosen.under(result.roundSelection);
        result.confirmation = PairedDifferences::of(minus(chosenAuc, baseline));
        const auto loss = PairedDifferences::of(minus(baseline, chosenAuc));
        if (!removalCostsBeyondNoise(loss, options.noiseStandardErrors) ||
            nextBack == dropped.size())
            break;
        addBack("the chosen set lost " + common::formatFixed(loss.mean, 4) +
                " against all families, SE " + common::formatFixed(loss.standardError, 4));
    }
    const auto chosenColumns = columnsWithout(result.chosenFamilies);
    result.chosenColumns = chosenColumns.size();
    if (chosenColumns.empty())
        throw std::runtime_error("selection: the rule dropped every family (no family's removal "
                                 "costs beyond the noise); measure on more rows or repeats");
    done = total;
    report("done");
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

nlohmann::json SelectionResult::toJson() const
{
    nlohmann::json familyList = nlohmann::json::array();
    for (const auto& evidence : families) {
        nlohmann::json entry = {{"family", features::familyName(evidence.family)},
                                {"columns", evidence.columns},
                                {"kept", evidence.kept},
                                {"decision", evidence.decision}};
        if (evidence.removalCost)
            entry["removal_cost"] = evidence.removalCost->toJson();
        familyList.push_back(std::move(entry));
    }
    nlohmann::json object = {
        {"protocol", protocol},
        {"rows", rows},
        {"positives", positives},
        {"columns_all_families", allColumns},
        {"columns_chosen", chosenColumns},
        {"baseline_mean_auc", baselineAuc},
        {"round_selection",
         {{"rule", roundRule},
          {"chosen", model::roundSelectionName(roundSelection)},
          {"mean_curve_minus_per_fold", meanCurveGain.toJson()}}},
        {"family_rule", familyRule},
        {"families", std::move(familyList)},
        {"configurations", configurations},
        {"comparisons", comparisons},
        {"seconds", seconds},
    };
    if (confirmation)
        object["chosen_minus_all_families"] = confirmation->toJson();
    object["added_back"] = nlohmann::json::array();
    for (const auto family : addedBack)
        object["added_back"].push_back(features::familyName(family));
    return object;
}

std::string SelectionResult::markdownTable() const
{
    std::ostringstream out;
    const auto row = [&](const std::string& candidate, const std::string& columns,
                         const PairedDifferences& d, const std::string& decision) {
        out << "| " << candidate << " | " << columns << " | " << signedFixed(d.mean, 4) << " | "
            << common::formatFixed(d.standardError, 4) << " | " << common::formatFixed(d.sd, 4)
            << " | " << signedFixed(d.min, 4) << " .. " << signedFixed(d.max, 4) << " | "
            << decision << " |\n";
    };
    out << "| candidate | columns | mean paired AUC difference | standard error | sd | range | "
           "decision |\n|---|---|---|---|---|---|---|\n";
    row("mean_curve minus per_fold (all families)", std::to_string(allColumns), meanCurveGain,
        std::string("keep ") + std::string(model::roundSelectionName(roundSelection)));
    for (const auto& evidence : families) {
        const std::string name =
            "removing " + std::string(features::familyName(evidence.family)) + " (cost)";
        if (evidence.removalCost)
            row(name, std::to_string(evidence.columns), *evidence.removalCost, evidence.decision);
        else
            out << "| " << name << " | " << evidence.columns << " | | | | | " << evidence.decision
                << " |\n";
    }
    if (confirmation)
        row("chosen families minus all families", std::to_string(chosenColumns), *confirmation,
            "for the record");
    return out.str();
}

} // namespace credit::training
