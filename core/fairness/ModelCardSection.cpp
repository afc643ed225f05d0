#include "fairness/ModelCardSection.h"

#include "common/NumberFormat.h"
#include "fairness/FairnessReportHtml.h"
#include "fairness/FairnessReportJson.h"
#include "features/FeaturePolicy.h"
#include "model/ModelBundle.h"

#include <sstream>
#include <stdexcept>

namespace credit::fairness {

using common::formatFixed;

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
    if (const auto chosen = bundle.metrics.find("chosen"); chosen != bundle.metrics.end())
        md << " Cross-validated ROC AUC " << formatFixed(chosen->value("mean_fold_auc", 0.0), 4)
           << " (sd " << formatFixed(chosen->value("std_fold_auc", 0.0), 4) << "), out-of-fold "
           << formatFixed(chosen->value("oof_auc", 0.0), 4) << ".";
    md << "\n\n#### Feature policy\n\n";
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
