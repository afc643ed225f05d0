#include "fairness/ModelCardSection.h"

#include "common/NumberFormat.h"
#include "fairness/FairnessReportHtml.h"
#include "fairness/FairnessReportJson.h"
#include "features/FeaturePolicy.h"
#include "model/ModelBundle.h"

#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace credit::fairness {

using common::formatFixed;

namespace {

// The out-of-fold figures of the chosen variant, as the bundle carries them: the card quotes the
// bundle, never numbers typed by hand that drift from it after a retraining.
std::string renderOutOfFoldMetrics(const nlohmann::json& chosen)
{
    std::ostringstream md;
    md << "#### Out-of-fold metrics (chosen variant `" << chosen.value("name", std::string("?"))
       << "`)\n\n| metric | value |\n|---|---|\n"
       << "| PR AUC (average precision) | "
       << formatFixed(chosen.value("oof_average_precision", 0.0), 3) << " |\n| Brier score | "
       << formatFixed(chosen.value("oof_brier", 0.0), 4) << " |\n| KS statistic | "
       << formatFixed(chosen.value("oof_ks", 0.0), 3) << " |\n| recall at threshold | "
       << formatFixed(chosen.value("oof_recall", 0.0), 3) << " |\n| precision at threshold | "
       << formatFixed(chosen.value("oof_precision", 0.0), 3) << " |\n| business cost per client | "
       << formatFixed(chosen.value("oof_cost_per_client", 0.0), 3) << " |\n";
    if (const auto confusion = chosen.find("oof_confusion"); confusion != chosen.end())
        md << "| confusion at threshold | TP " << confusion->value("tp", 0) << ", FP "
           << confusion->value("fp", 0) << ", TN " << confusion->value("tn", 0) << ", FN "
           << confusion->value("fn", 0) << " |\n";
    md << "| boosting rounds of the final model | " << chosen.value("final_rounds", 0) << " |";
    if (chosen.contains("oof_ece"))
        md << "\n| expected calibration error (10 bins), before calibration | "
           << formatFixed(chosen.value("oof_ece_uncalibrated", 0.0), 4)
           << " |\n| expected calibration error, as shown to advisors | "
           << formatFixed(chosen.value("oof_ece", 0.0), 4) << " |";
    return md.str();
}

// The calibration the bundle applies and the reliability table it rests on.
std::string renderCalibration(const model::ModelBundle& bundle, const nlohmann::json& chosen)
{
    std::ostringstream md;
    md << "#### Calibration\n\n";
    if (bundle.calibration.isIdentity())
        md << "The probabilities shown are the model's own";
    else
        md << "The probabilities shown are Platt-scaled on the model's margin ("
           << bundle.calibration.formula()
           << "), fitted on out-of-fold predictions; each reason's contribution scales by the "
              "same slope, so the reasons still add up to the probability shown";
    md << " (" << chosen.value("calibration_reason", std::string("no reason recorded"))
       << "). The decision threshold is on the same scale.\n\n"
       << "| probability shown | clients | mean probability | observed rate |\n|---|---|---|---|\n";
    for (const auto& bin : chosen.value("reliability", nlohmann::json::array())) {
        md << "| " << formatFixed(bin.value("lower", 0.0), 1) << "-"
           << formatFixed(bin.value("upper", 0.0), 1) << " | " << bin.value("count", 0) << " | ";
        if (bin.contains("mean_predicted"))
            md << formatFixed(bin.value("mean_predicted", 0.0), 4) << " | "
               << formatFixed(bin.value("observed_rate", 0.0), 4) << " |\n";
        else
            md << "- | - |\n";
    }
    return md.str();
}

// Which feature families the model was trained with and how its round count was chosen (the
// training parameters `credit-scoring select` writes). Bundles from before those existed carry
// neither, and say so.
std::string renderFamiliesAndRounds(const nlohmann::json& metrics)
{
    std::ostringstream md;
    md << "#### Feature families and boosting rounds\n\n";
    const auto families = metrics.find("feature_families");
    if (families == metrics.end() || !families->is_object()) {
        md << "This bundle does not record its feature families (trained before they could be "
              "switched): every family the spec knew was on.\n";
    } else {
        std::vector<std::string> on;
        std::vector<std::string> off;
        for (const auto& [name, enabled] : families->items())
            (enabled.is_boolean() && enabled.get<bool>() ? on : off).push_back("`" + name + "`");
        const auto list = [](const std::vector<std::string>& names) {
            std::string text;
            for (std::size_t i = 0; i < names.size(); ++i)
                text += (i == 0 ? "" : ", ") + names[i];
            return text.empty() ? std::string("none") : text;
        };
        md << "| switched | families |\n|---|---|\n| on | " << list(on) << " |\n| off | "
           << list(off) << " |\n\n";
    }
    if (const auto rounds = metrics.find("round_selection");
        rounds != metrics.end() && rounds->is_string())
        md << "Boosting rounds chosen by `" << rounds->get<std::string>()
           << "` (`mean_curve`: one round count from the validation curve averaged over the "
              "folds; `per_fold`: the mean of each fold's own best round).\n";
    else
        md << "The bundle does not record how its boosting rounds were chosen (per fold, before "
              "the choice existed).\n";
    // Large portfolios get fewer folds (training::chooseFoldCount): the card says how many.
    if (const auto folds = metrics.find("folds"); folds != metrics.end() && folds->is_object())
        md << "\nCross-validated on " << folds->value("count", 0) << " stratified folds ("
           << folds->value("reason", std::string("no reason recorded")) << ").\n";
    return md.str();
}

} // namespace

std::string renderModelCardSection(const model::ModelBundle& bundle, const std::string& bundleName)
{
    std::ostringstream md;
    md << "### Generated from `" << bundleName << "`\n\n"
       << "Created " << bundle.createdUtc << " by tool " << bundle.toolVersion << "; "
       << bundle.featureNames.size() << " features; " << bundle.trainingData.rows
       << " training applicants, " << bundle.trainingData.positives
       << " with payment difficulties; decision threshold " << formatFixed(bundle.threshold, 4)
       << " (false negative " << formatFixed(bundle.costs.falseNegativeCost, 0)
       << " : false positive " << formatFixed(bundle.costs.falsePositiveCost, 0) << ").";
    if (const auto chosen = bundle.metrics.find("chosen"); chosen != bundle.metrics.end()) {
        md << " Cross-validated ROC AUC " << formatFixed(chosen->value("mean_fold_auc", 0.0), 4)
           << " (sd " << formatFixed(chosen->value("std_fold_auc", 0.0), 4) << "), out-of-fold "
           << formatFixed(chosen->value("oof_auc", 0.0), 4) << ".";
        md << "\n\n" << renderOutOfFoldMetrics(*chosen);
        if (chosen->contains("reliability"))
            md << "\n\n" << renderCalibration(bundle, *chosen);
    }
    md << "\n\n" << renderFamiliesAndRounds(bundle.metrics);
    md << "\n#### Feature policy\n\n";
    if (!bundle.hasFeaturePolicy()) {
        md << "**Warning:** " << model::missingPolicyWarning() << ".\n\n";
    } else {
        const auto policy = features::FeaturePolicy::fromJson(bundle.featurePolicy);
        if (policy.excluded.empty())
            md << "No column is excluded: the model may use every source column.\n\n";
        else {
            md << "Source columns the model may not use (with every feature derived from them, in "
                  "any table):\n\n| column | why |\n|---|---|\n";
            for (const auto& exclusion : policy.excluded)
                md << "| `" << exclusion.column << "` | " << exclusion.reason << " |\n";
            md << '\n';
        }
        for (const auto& column : policy.allowedDefaults)
            md << "**Warning:** the default policy's `" << column
               << "` was allowed back into this model (`--allow-attribute`).\n\n";
    }
    md << "#### Fairness (generated)\n\n";
    if (const auto found = bundle.metrics.find("fairness"); found != bundle.metrics.end())
        md << renderFairnessMarkdown(reportFromJson(*found));
    else
        md << "This bundle carries no fairness analysis (trained before it existed): run "
              "`credit-scoring fairness --model BUNDLE --data DIR` on labelled data.\n";
    return md.str();
}

std::string replaceCardSection(const std::string& document, const std::string& section)
{
    const std::string begin = kCardBegin;
    const std::string end = kCardEnd;
    const auto first = document.find(begin);
    const auto last = document.find(end);
    if (first == std::string::npos && last == std::string::npos)
        return document + (document.empty() || document.back() == '\n' ? "" : "\n") + "\n" + begin +
               "\n\n" + section + "\n" + end + "\n";
    if (first == std::string::npos || last == std::string::npos || last < first)
        throw std::runtime_error("the card has only one of the generated-section markers (or "
                                 "they are in the wrong order); expected \"" +
                                 begin + "\" then \"" + end + "\"");
    return document.substr(0, first + begin.size()) + "\n\n" + section + "\n" +
           document.substr(last);
}

} // namespace credit::fairness
