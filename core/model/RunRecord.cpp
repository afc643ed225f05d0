#include "model/RunRecord.h"

#include "common/AtomicFileWriter.h"
#include "common/HtmlEscape.h"
#include "common/NumberFormat.h"
#include "model/Metrics.h"
#include "model/Reliability.h"
#include "model/SvgLineChart.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace credit::model {
namespace {

void writeText(const std::filesystem::path& file, const std::string& text)
{
    common::writeFileAtomically(file, text);
}

std::string compactTime(const std::string& iso)
{
    std::string out;
    for (const char c : iso) {
        if (c != '-' && c != ':') {
            out += c;
        }
    }
    return out;
}

std::string fixed(double value, int decimals)
{
    return common::formatFixed(value, decimals);
}

// At most `maxPoints` evenly spaced points, always keeping the last.
std::vector<std::pair<double, double>> thin(const std::vector<CurvePoint>& curve,
                                            std::size_t maxPoints)
{
    std::vector<std::pair<double, double>> out;
    const std::size_t step = std::max<std::size_t>(1, curve.size() / maxPoints);
    for (std::size_t i = 0; i < curve.size(); i += step) {
        out.emplace_back(curve[i].x, curve[i].y);
    }
    if (!curve.empty() && (curve.size() - 1) % step != 0) {
        out.emplace_back(curve.back().x, curve.back().y);
    }
    return out;
}

double number(const nlohmann::json& object, const char* key)
{
    return object.contains(key) && object[key].is_number() ? object[key].get<double>() : 0.0;
}

} // namespace

nlohmann::json RunSummary::toJson() const
{
    return {{"run_id", runId},
            {"created_utc", createdUtc},
            {"folder", folder},
            {"note", note},
            {"variant", variant},
            {"mean_fold_auc", meanFoldAuc},
            {"oof_auc", oofAuc},
            {"oof_average_precision", oofAveragePrecision},
            {"threshold", threshold},
            {"oof_cost_per_client", oofCostPerClient},
            {"rows", rows},
            {"features", features},
            {"data_sha256", dataSha256},
            {"tool_version", toolVersion}};
}

RunSummary RunSummary::fromJson(const nlohmann::json& object)
{
    RunSummary summary;
    summary.runId = object.at("run_id").get<std::string>();
    summary.createdUtc = object.at("created_utc").get<std::string>();
    summary.folder = object.at("folder").get<std::string>();
    summary.note = object.value("note", "");
    summary.variant = object.value("variant", "");
    summary.meanFoldAuc = object.at("mean_fold_auc").get<double>();
    summary.oofAuc = object.at("oof_auc").get<double>();
    summary.oofAveragePrecision = object.value("oof_average_precision", 0.0);
    summary.threshold = object.at("threshold").get<double>();
    summary.oofCostPerClient = object.at("oof_cost_per_client").get<double>();
    summary.rows = object.value("rows", std::size_t{0});
    summary.features = object.value("features", std::size_t{0});
    summary.dataSha256 = object.value("data_sha256", "");
    summary.toolVersion = object.value("tool_version", "");
    return summary;
}

RunSummary recordRun(const std::filesystem::path& runsRoot, const ModelBundle& bundle,
                     const RunInputs& inputs)
{
    RunSummary summary;
    const std::string baseId =
        compactTime(bundle.createdUtc) + "-" + bundle.trainingData.featureMatrixSha256.substr(0, 8);
    std::filesystem::create_directories(runsRoot);
    summary.runId = baseId;
    for (int counter = 2; std::filesystem::exists(runsRoot / summary.runId); ++counter) {
        summary.runId = baseId + "-" + std::to_string(counter);
    }
    const std::filesystem::path folder = runsRoot / summary.runId;
    std::filesystem::create_directories(folder);

    const nlohmann::json& chosen =
        bundle.metrics.contains("chosen") ? bundle.metrics["chosen"] : bundle.metrics;
    summary.createdUtc = bundle.createdUtc;
    summary.folder = summary.runId;
    summary.note = inputs.note;
    summary.variant = bundle.metrics.value("chosen_variant", "");
    summary.meanFoldAuc = number(chosen, "mean_fold_auc");
    summary.oofAuc = number(chosen, "oof_auc");
    summary.oofAveragePrecision = number(chosen, "oof_average_precision");
    summary.threshold = bundle.threshold;
    summary.oofCostPerClient = number(chosen, "oof_cost_per_client");
    summary.rows = bundle.trainingData.rows;
    summary.features = bundle.featureNames.size();
    summary.dataSha256 = bundle.trainingData.featureMatrixSha256;
    summary.toolVersion = bundle.toolVersion;

    writeText(folder / "params.json", inputs.parameters.dump(2) + "\n");
    writeText(folder / "metrics.json", bundle.metrics.dump(2) + "\n");
    bundle.save(folder / "model.bundle");
    writeText(folder / "report.html",
              renderRunReport(bundle, summary, inputs.labels, inputs.oofProbabilities,
                              inputs.reportSections, inputs.warnings));

    common::appendDurably(runsRoot / "index.jsonl", summary.toJson().dump() + '\n');
    return summary;
}

std::vector<RunSummary> listRuns(const std::filesystem::path& runsRoot)
{
    std::vector<RunSummary> runs;
    const auto indexFile = runsRoot / "index.jsonl";
    std::ifstream in(indexFile);
    if (!in) {
        return runs; // no run recorded yet
    }
    std::string line;
    for (int lineNumber = 1; std::getline(in, line); ++lineNumber) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        try {
            runs.push_back(RunSummary::fromJson(nlohmann::json::parse(line)));
        } catch (const nlohmann::json::exception& error) {
            throw std::runtime_error(indexFile.string() + ", line " + std::to_string(lineNumber) +
                                     ": not a run entry (" + error.what() + ")");
        }
    }
    return runs;
}

std::string compareRuns(const std::vector<RunSummary>& runs)
{
    std::ostringstream out;
    char line[256];
    std::snprintf(line, sizeof line, "%-28s %-16s %8s %8s %8s %9s %10s %9s %s\n", "run", "variant",
                  "cv_auc", "oof_auc", "d_auc", "threshold", "cost/cl", "d_cost", "note");
    out << line;
    for (const auto& run : runs) {
        const RunSummary& baseline = runs.front();
        std::snprintf(line, sizeof line, "%-28s %-16s %8.4f %8.4f %+8.4f %9.4f %10.4f %+9.4f %s\n",
                      run.runId.c_str(), run.variant.c_str(), run.meanFoldAuc, run.oofAuc,
                      run.oofAuc - baseline.oofAuc, run.threshold, run.oofCostPerClient,
                      run.oofCostPerClient - baseline.oofCostPerClient, run.note.c_str());
        out << line;
    }
    return out.str();
}

namespace {

// Reliability diagram and table of the out-of-fold probabilities as the advisor is shown them
// (after calibration when the bundle applies one), with the ECE before and after.
std::string renderCalibrationSection(const ModelBundle& bundle, std::span<const float> labels,
                                     std::span<const float> oofProbabilities)
{
    const nlohmann::json& chosen =
        bundle.metrics.contains("chosen") ? bundle.metrics["chosen"] : bundle.metrics;
    const auto bins = reliabilityBins(labels, oofProbabilities);
    const double ece = expectedCalibrationError(bins);
    std::ostringstream html;
    html << "<h2>Calibration</h2>\n<p>";
    if (bundle.calibration.isIdentity())
        html << "No calibration applied";
    else
        html << "Platt scaling on the margin applied: "
             << common::escapeHtml(bundle.calibration.formula())
             << "; every contribution scales by the slope, so reasons still add up";
    html << " (" << common::escapeHtml(chosen.value("calibration_reason", std::string("?")))
         << "). Expected calibration error, out-of-fold, 10 bins: "
         << fixed(chosen.value("oof_ece_uncalibrated", ece), 4) << " before, " << fixed(ece, 4)
         << " as shown. Brier score " << fixed(chosen.value("oof_brier_uncalibrated", 0.0), 4)
         << " before, " << fixed(chosen.value("oof_brier", 0.0), 4) << " as shown.</p>\n";
    SvgLineChart diagram;
    diagram.title = "Reliability diagram (out-of-fold)";
    diagram.description = "Observed share of clients with payment difficulties against the mean "
                          "probability shown, per tenth of the probability scale; the dashed "
                          "diagonal is perfect calibration. Expected calibration error " +
                          fixed(ece, 4) + ".";
    diagram.xLabel = "Mean probability shown";
    diagram.yLabel = "Observed default rate";
    diagram.diagonal = true;
    for (const auto& bin : bins)
        if (bin.count > 0)
            diagram.points.emplace_back(bin.meanPredicted, bin.observedRate);
    html << "<figure>" << diagram.render() << "</figure>\n";
    html << "<table><caption>Reliability by probability band (out-of-fold)</caption><thead><tr>"
            "<th scope=\"col\">Probability shown</th><th scope=\"col\">Clients</th>"
            "<th scope=\"col\">Mean probability</th><th scope=\"col\">Observed rate</th>"
            "</tr></thead><tbody>";
    for (const auto& bin : bins) {
        html << "<tr><td>" << fixed(bin.lower, 1) << "&ndash;" << fixed(bin.upper, 1) << "</td><td>"
             << bin.count << "</td>";
        if (bin.count > 0)
            html << "<td>" << fixed(bin.meanPredicted, 4) << "</td><td>"
                 << fixed(bin.observedRate, 4) << "</td>";
        else
            html << "<td>&mdash;</td><td>&mdash;</td>";
        html << "</tr>";
    }
    html << "</tbody></table>\n";
    return html.str();
}

} // namespace

std::string renderRunReport(const ModelBundle& bundle, const RunSummary& summary,
                            std::span<const float> labels, std::span<const float> oofProbabilities,
                            const std::vector<std::string>& sections,
                            const std::vector<std::string>& warnings)
{
    std::ostringstream html;
    html << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Training run "
         << common::escapeHtml(summary.runId)
         << "</title><style>body{font-family:sans-serif;max-width:1100px;margin:1em auto;"
            "color:#111}figure{display:inline-block;margin:0.5em}table{border-collapse:"
            "collapse}td,th{border:1px solid #999;padding:2px 8px;text-align:right}"
            "td:first-child{text-align:left}</style></head><body>\n";
    html << "<h1>Training run " << common::escapeHtml(summary.runId) << "</h1>\n";
    for (const auto& warning : warnings)
        html << "<p role=\"alert\"><strong>Warning:</strong> " << common::escapeHtml(warning)
             << "</p>\n";
    if (!bundle.hasFeaturePolicy())
        html << "<p role=\"alert\"><strong>Warning:</strong> "
             << common::escapeHtml(missingPolicyWarning()) << "</p>\n";
    html << "<ul>";
    html << "<li>Created (UTC): " << common::escapeHtml(summary.createdUtc) << "</li>";
    html << "<li>Rows: " << summary.rows << ", positives: " << bundle.trainingData.positives
         << ", features: " << summary.features << "</li>";
    html << "<li>Class-imbalance handling chosen: " << common::escapeHtml(summary.variant)
         << "</li>";
    html << "<li>Mean fold ROC AUC: " << fixed(summary.meanFoldAuc, 4)
         << "; out-of-fold ROC AUC: " << fixed(summary.oofAuc, 4)
         << "; average precision: " << fixed(summary.oofAveragePrecision, 4) << "</li>";
    html << "<li>Decision threshold: " << fixed(summary.threshold, 4) << " (cost of a missed "
         << "defaulter " << bundle.costs.falseNegativeCost << ", of a refused good client "
         << bundle.costs.falsePositiveCost << "); out-of-fold cost per client "
         << fixed(summary.oofCostPerClient, 4) << "</li>";
    html << "<li>Training data SHA-256: <code>" << common::escapeHtml(summary.dataSha256)
         << "</code></li></ul>\n";

    if (!labels.empty() && labels.size() == oofProbabilities.size()) {
        SvgLineChart roc;
        roc.title = "ROC curve (out-of-fold)";
        roc.description = "True positive rate against false positive rate; area " +
                          fixed(summary.oofAuc, 4) + ". The dashed diagonal is a random model.";
        roc.xLabel = "False positive rate";
        roc.yLabel = "True positive rate";
        roc.diagonal = true;
        roc.points = thin(rocCurve(labels, oofProbabilities), 300);
        SvgLineChart pr;
        pr.title = "Precision-recall curve (out-of-fold)";
        pr.description = "Precision against recall; average precision " +
                         fixed(summary.oofAveragePrecision, 4) + ".";
        pr.xLabel = "Recall";
        pr.yLabel = "Precision";
        pr.points = thin(precisionRecallCurve(labels, oofProbabilities), 300);
        html << "<figure>" << roc.render() << "</figure><figure>" << pr.render() << "</figure>\n";
        html << renderCalibrationSection(bundle, labels, oofProbabilities);
    }
    if (!bundle.costCurve.empty()) {
        SvgLineChart cost;
        cost.title = "Business cost per client vs threshold";
        cost.description = "Out-of-fold cost per client for each decision threshold; the red "
                           "dashed line marks the chosen threshold " +
                           fixed(bundle.threshold, 4) + ".";
        cost.xLabel = "Threshold (probability)";
        cost.yLabel = "Cost per client";
        cost.yMax = 0;
        for (const auto& point : bundle.costCurve) {
            if (point.threshold <= 1.0) {
                cost.points.emplace_back(point.threshold, point.costPerClient);
                cost.yMax = std::max(cost.yMax, point.costPerClient);
            }
        }
        cost.yMax = cost.yMax > 0 ? cost.yMax * 1.05 : 1.0;
        cost.verticalMarkers = {bundle.threshold};
        html << "<figure>" << cost.render() << "</figure>\n";
    }

    for (const auto& section : sections)
        html << section;

    html << "<h2>Top features by mean |SHAP|</h2>\n<table><thead><tr><th scope=\"col\">Feature"
            "</th><th scope=\"col\">Mean |SHAP| (log-odds)</th></tr></thead><tbody>";
    const std::size_t shown = std::min<std::size_t>(25, bundle.globalImportance.size());
    for (std::size_t i = 0; i < shown; ++i) {
        html << "<tr><td>" << common::escapeHtml(bundle.globalImportance[i].feature) << "</td><td>"
             << fixed(bundle.globalImportance[i].meanAbsoluteShap, 5) << "</td></tr>";
    }
    html << "</tbody></table>\n<p>Tool version " << common::escapeHtml(summary.toolVersion)
         << ".</p></body></html>\n";
    return html.str();
}

} // namespace credit::model
