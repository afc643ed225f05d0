#include "fairness/FairnessReportHtml.h"

#include "common/HtmlEscape.h"
#include "common/NumberFormat.h"

#include <sstream>

namespace credit::fairness {

namespace {

using common::escapeHtml;
using common::formatFixed;

std::string percent(double value)
{
    return formatFixed(100.0 * value, 1) + " %";
}

// "81.2 % (79.0-83.1)" or "not computable: no defaulter in this group".
std::string cell(const Estimate& estimate, bool asPercent)
{
    if (!estimate.value)
        return "not computable: " + estimate.notComputable;
    auto text = [&](double value) {
        return asPercent ? formatFixed(100.0 * value, 1) : formatFixed(value, 3);
    };
    std::string result = text(*estimate.value) + (asPercent ? " %" : "");
    if (estimate.low && estimate.high)
        result += " (" + text(*estimate.low) + "–" + text(*estimate.high) + ")";
    return result;
}

// Approval rate per group as horizontal bars with the 95 % interval as a whisker; the bar's
// value is also written at its end, so nothing rests on reading the bar length.
std::string approvalChart(const GroupingFairness& grouping)
{
    constexpr int kLabelWidth = 150, kBarWidth = 360, kRow = 24;
    const int height = kRow * static_cast<int>(grouping.groups.size()) + 30;
    std::ostringstream svg;
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kLabelWidth + kBarWidth + 120
        << "\" height=\"" << height << "\" role=\"img\" aria-labelledby=\"fair-" << grouping.key
        << "-title\"><title id=\"fair-" << grouping.key << "-title\">Approval rate by "
        << escapeHtml(grouping.label.en) << ", with 95 % bootstrap intervals</title>";
    int y = 10;
    for (const auto& group : grouping.groups) {
        svg << "<text x=\"0\" y=\"" << y + 15 << "\" font-size=\"12\">"
            << escapeHtml(group.label.en) << "</text>";
        if (group.approvalRate.value) {
            const double width = kBarWidth * *group.approvalRate.value;
            svg << "<rect x=\"" << kLabelWidth << "\" y=\"" << y + 3 << "\" width=\""
                << formatFixed(width, 1) << "\" height=\"16\" fill=\""
                << (group.flagged ? "#d55e00" : "#0072b2") << "\"/>";
            if (group.approvalRate.low && group.approvalRate.high)
                svg << "<line x1=\""
                    << formatFixed(kLabelWidth + kBarWidth * *group.approvalRate.low, 1)
                    << "\" x2=\""
                    << formatFixed(kLabelWidth + kBarWidth * *group.approvalRate.high, 1)
                    << "\" y1=\"" << y + 11 << "\" y2=\"" << y + 11
                    << "\" stroke=\"#000\" stroke-width=\"2\"/>";
            svg << "<text x=\"" << formatFixed(kLabelWidth + width + 6, 1) << "\" y=\"" << y + 15
                << "\" font-size=\"12\">" << percent(*group.approvalRate.value)
                << (group.flagged ? " ⚠ ratio below flag" : "") << "</text>";
        } else {
            svg << "<text x=\"" << kLabelWidth << "\" y=\"" << y + 15
                << "\" font-size=\"12\">not computable</text>";
        }
        y += kRow;
    }
    svg << "</svg>";
    return svg.str();
}

} // namespace

std::string fairnessCaveat(double approvalRatioFlag)
{
    return "The approval-rate ratio below " + formatFixed(approvalRatioFlag, 2) +
           " (the \"four-fifths\" rule of thumb) is a screening heuristic that asks for a look, "
           "not a legal test: a group can be approved less because it defaults more, and a "
           "ratio above the flag proves no absence of discrimination. Groups are measured on "
           "the attributes as recorded; small groups have wide intervals. The proxy check says "
           "how well the model's own features recover an excluded attribute, not whether the "
           "model uses that information.";
}

std::string renderFairnessSection(const FairnessReport& report)
{
    std::ostringstream html;
    html << "<section id=\"fairness\"><h2>Fairness by group</h2>\n<p>Measured on " << report.rows
         << " applicants (" << report.defaults << " defaults), " << escapeHtml(report.probabilities)
         << " probabilities, decision threshold " << formatFixed(report.threshold, 4)
         << " (refused at or above). Intervals: 95 % percentile bootstrap, " << report.resamples
         << " resamples of all applicants.</p>\n<p>Feature policy, columns kept out of the model: "
         << (report.excludedColumns.empty() ? std::string("none") : std::string());
    for (std::size_t i = 0; i < report.excludedColumns.size(); ++i)
        html << (i ? ", " : "") << "<code>" << escapeHtml(report.excludedColumns[i]) << "</code>";
    html << ".</p>\n";
    for (const auto& grouping : report.groupings) {
        html << "<h3>" << escapeHtml(grouping.label.en) << " (<code>" << escapeHtml(grouping.column)
             << "</code>)</h3>\n<figure>" << approvalChart(grouping) << "</figure>\n"
             << "<table><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Clients</th>"
                "<th scope=\"col\">Default rate</th><th scope=\"col\">Approval rate</th>"
                "<th scope=\"col\">AUC</th><th scope=\"col\">Refused among repaid</th>"
                "<th scope=\"col\">Approved among defaulters</th><th scope=\"col\">Approval "
                "ratio</th><th scope=\"col\">False-refusal gap</th></tr></thead><tbody>";
        for (const auto& group : grouping.groups)
            html << "<tr><td>" << escapeHtml(group.label.en)
                 << (group.key == grouping.referenceGroup ? " (most approved)" : "") << "</td><td>"
                 << group.count << "</td><td>" << cell(group.defaultRate, true) << "</td><td>"
                 << cell(group.approvalRate, true) << "</td><td>" << cell(group.auc, false)
                 << "</td><td>" << cell(group.falseRefusalRate, true) << "</td><td>"
                 << cell(group.defaulterApprovalRate, true) << "</td><td>"
                 << cell(group.approvalRatio, false) << (group.flagged ? " ⚠ below flag" : "")
                 << "</td><td>" << cell(group.falseRefusalGap, true) << "</td></tr>";
        html << "</tbody></table>\n";
        if (grouping.largestFalseRefusalGap)
            html << "<p>Largest gap in false-refusal rate between groups: "
                 << formatFixed(100.0 * *grouping.largestFalseRefusalGap, 1)
                 << " percentage points.</p>\n";
    }
    if (!report.proxies.empty()) {
        html << "<h3>Proxy check: can the model's features recover an excluded attribute?</h3>\n"
                "<table><thead><tr><th scope=\"col\">Excluded column</th><th scope=\"col\">"
                "Predicted</th><th scope=\"col\">Sample rows</th><th scope=\"col\">"
                "Cross-validated AUC</th><th scope=\"col\">Strongest proxies (univariate "
                "AUC)</th></tr></thead><tbody>";
        for (const auto& proxy : report.proxies) {
            html << "<tr><td><code>" << escapeHtml(proxy.column) << "</code></td><td>"
                 << escapeHtml(proxy.target) << "</td><td>" << proxy.rows << "</td><td>"
                 << cell(proxy.crossValidatedAuc, false) << "</td><td>";
            for (std::size_t i = 0; i < proxy.strongest.size(); ++i)
                html << (i ? ", " : "") << "<code>" << escapeHtml(proxy.strongest[i].feature)
                     << "</code> " << formatFixed(proxy.strongest[i].auc, 3);
            html << "</td></tr>";
        }
        html << "</tbody></table>\n";
    }
    html << "<p><strong>Reading these figures.</strong> "
         << escapeHtml(fairnessCaveat(report.approvalRatioFlag)) << "</p></section>\n";
    return html.str();
}

std::string renderFairnessPage(const FairnessReport& report, const std::string& title)
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
           escapeHtml(title) +
           "</title><style>body{font-family:sans-serif;max-width:1100px;margin:1em auto;color:"
           "#111}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 8px;"
           "text-align:right}td:first-child{text-align:left}</style></head><body>\n<h1>" +
           escapeHtml(title) + "</h1>\n" + renderFairnessSection(report) + "</body></html>\n";
}

std::string renderFairnessMarkdown(const FairnessReport& report)
{
    std::ostringstream md;
    md << "Measured on " << report.rows << " applicants (" << report.defaults << " defaults), "
       << report.probabilities << " probabilities, threshold " << formatFixed(report.threshold, 4)
       << "; 95 % percentile bootstrap intervals from " << report.resamples << " resamples.\n\n";
    for (const auto& grouping : report.groupings) {
        md << "**" << grouping.label.en << "** (`" << grouping.column << "`)\n\n"
           << "| group | clients | default rate | approval rate | AUC | refused among repaid | "
              "approved among defaulters | approval ratio |\n|---|---|---|---|---|---|---|---|\n";
        for (const auto& group : grouping.groups)
            md << "| " << group.label.en << " | " << group.count << " | "
               << cell(group.defaultRate, true) << " | " << cell(group.approvalRate, true) << " | "
               << cell(group.auc, false) << " | " << cell(group.falseRefusalRate, true) << " | "
               << cell(group.defaulterApprovalRate, true) << " | "
               << cell(group.approvalRatio, false) << (group.flagged ? " ⚠" : "") << " |\n";
        if (grouping.largestFalseRefusalGap)
            md << "\nLargest false-refusal gap: "
               << formatFixed(100.0 * *grouping.largestFalseRefusalGap, 1) << " points.\n";
        md << '\n';
    }
    if (!report.proxies.empty()) {
        md << "**Proxy check** (cross-validated AUC of the model's features predicting each "
              "excluded attribute)\n\n| excluded column | predicted | rows | AUC | strongest "
              "proxies |\n|---|---|---|---|---|\n";
        for (const auto& proxy : report.proxies) {
            md << "| `" << proxy.column << "` | " << proxy.target << " | " << proxy.rows << " | "
               << cell(proxy.crossValidatedAuc, false) << " | ";
            for (std::size_t i = 0; i < proxy.strongest.size(); ++i)
                md << (i ? ", " : "") << '`' << proxy.strongest[i].feature << "` "
                   << formatFixed(proxy.strongest[i].auc, 3);
            md << " |\n";
        }
        md << '\n';
    }
    md << fairnessCaveat(report.approvalRatioFlag) << '\n';
    return md.str();
}

} // namespace credit::fairness
