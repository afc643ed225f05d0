// credit-scoring drift: compares current data (or logged scores) with the training reference and
// writes an HTML report, optionally JSON and the reference profile. All logic is in core/drift.
#include "CommandLine.h"
#include "drift/DriftJob.h"
#include "drift/DriftReportHtml.h"
#include "drift/DriftReportJson.h"

#include <cstdio>
#include <string>

namespace credit::cli {

int runDrift(const std::vector<std::string>& arguments)
{
    const CommandLine commandLine(arguments,
                                  {"reference", "current", "out", "json", "psi-warning",
                                   "psi-alert", "p-value", "reference-scores", "current-scores",
                                   "save-profile", "top"},
                                  {});
    drift::DriftRequest request;
    request.reference = commandLine.required("reference");
    request.current = commandLine.required("current");
    const std::string out = commandLine.required("out");
    commandLine.refuseOutputsOverInputs(
        {"out", "json", "save-profile"},
        {"reference", "current", "reference-scores", "current-scores"});
    if (const auto scores = commandLine.value("reference-scores"))
        request.referenceScores = *scores;
    if (const auto scores = commandLine.value("current-scores"))
        request.currentScores = *scores;
    request.thresholds.psiWarning =
        commandLine.number("psi-warning", request.thresholds.psiWarning);
    request.thresholds.psiAlert = commandLine.number("psi-alert", request.thresholds.psiAlert);
    request.thresholds.pValue = commandLine.number("p-value", request.thresholds.pValue);
    try {
        request.thresholds.validate();
    } catch (const std::invalid_argument& error) {
        throw UsageError(error.what());
    }
    drift::HtmlReportOptions htmlOptions;
    const auto top =
        commandLine.integer("top", static_cast<long long>(htmlOptions.chartedFeatures));
    if (top < 0)
        throw UsageError("--top expects a count of features to chart (0 or more), got " +
                         std::to_string(top));
    htmlOptions.chartedFeatures = static_cast<std::size_t>(top);

    const auto result = drift::runDriftJob(request);
    drift::writeHtml(result.report, out, htmlOptions);
    if (const auto json = commandLine.value("json"))
        drift::writeJson(result.report, *json);
    if (const auto profile = commandLine.value("save-profile")) {
        if (!result.referenceProfile)
            throw UsageError(
                "--save-profile needs a reference that is a CSV file, a folder or a profile");
        result.referenceProfile->save(*profile);
    }

    const auto& s = result.report.summary;
    std::printf("Drift report written to %s\n", out.c_str());
    if (!result.report.features.empty())
        std::printf(
            "Features compared: %zu; alert %zu, warning %zu, stable %zu, not comparable %zu "
            "(%.0f %% drifted) -> dataset %s\n",
            s.featureCount, s.alert, s.warning, s.stable, s.unavailable, 100.0 * s.driftedShare,
            std::string(drift::toKey(s.status)).c_str());
    if (const auto& scores = result.report.scores)
        std::printf("Score distribution: PSI %.4f, KS %.4f (p %.3g), mean %.4f -> %.4f -> %s\n",
                    scores->distribution.psi, scores->distribution.testStatistic,
                    scores->distribution.pValue, scores->referenceMean, scores->currentMean,
                    std::string(drift::toKey(scores->distribution.status)).c_str());
    return 0;
}

} // namespace credit::cli
