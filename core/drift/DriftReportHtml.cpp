#include "drift/DriftReportHtml.h"
#include "common/AtomicFileWriter.h"

#include "common/HtmlEscape.h"
#include "data/DataError.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string_view>

namespace credit::drift {
namespace {

// French decimal comma.
std::string frenchDecimal(double value, int digits)
{
    if (std::isnan(value))
        return "—";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    std::string text = buffer;
    std::replace(text.begin(), text.end(), '.', ',');
    // "-0,000" reads as a sign error to users: a value rounding to zero has no sign.
    if (text.starts_with('-') && text.find_first_not_of("-0,") == std::string::npos)
        text.erase(0, 1);
    return text;
}

// Integer with a narrow no-break space between thousands, as French typography writes them.
std::string groupedInteger(double value)
{
    const long long rounded = std::llround(value);
    std::string digits = std::to_string(rounded < 0 ? -rounded : rounded);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += "\u202f";
        out += digits[i];
    }
    return rounded < 0 ? "-" + out : out;
}

// A bin edge in a short readable form: integers grouped, small reals with 3 significant digits.
std::string compactNumber(double value)
{
    if (std::isnan(value))
        return "—";
    if (std::fabs(value) >= 1000.0 || value == std::floor(value))
        return groupedInteger(value);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3g", value);
    std::string text = buffer;
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string percent(double share, int digits = 1)
{
    return frenchDecimal(100.0 * share, digits) + "\u00a0%";
}

std::string pValueText(double p)
{
    if (std::isnan(p))
        return "—";
    if (p < 1e-4)
        return "&lt;\u00a00,0001";
    return frenchDecimal(p, 4);
}

std::string_view statusIcon(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Alert:
        return "✖";
    case DriftStatus::Warning:
        return "▲";
    case DriftStatus::Stable:
        return "✔";
    case DriftStatus::Unavailable:
        return "?";
    }
    return "?";
}

// The status as a chip: icon (hidden from screen readers, the words say it) and words.
std::string statusChip(DriftStatus status)
{
    return "<span class=\"chip s-" + std::string(toKey(status)) + "\"><span aria-hidden=\"true\">" +
           std::string(statusIcon(status)) + "</span> " + std::string(frenchLabel(status)) +
           "</span>";
}

std::string binLabel(const BinComparison& bin)
{
    switch (bin.kind) {
    case BinComparison::Kind::Missing:
        return "Manquant";
    case BinComparison::Kind::Level:
        return bin.level;
    case BinComparison::Kind::Range:
        if (bin.lowerOpen && bin.upperOpen)
            return "Toutes valeurs";
        if (bin.lowerOpen)
            return "≤ " + compactNumber(bin.upper);
        if (bin.upperOpen)
            return "> " + compactNumber(bin.lower);
        return "]" + compactNumber(bin.lower) + " ; " + compactNumber(bin.upper) + "]";
    }
    return {};
}

std::string shortened(const std::string& label, std::size_t maxCharacters)
{
    // Count UTF-8 code points, not bytes, so accented level names are cut cleanly.
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < label.size(); ++i) {
        if ((static_cast<unsigned char>(label[i]) & 0xC0) != 0x80) {
            if (codePoints == maxCharacters)
                return label.substr(0, i) + "…";
            ++codePoints;
        }
    }
    return label;
}

struct ChartBar {
    std::string label;
    double reference = 0.0;
    double current = 0.0;
};

// Bars of a feature, category levels reduced to the largest ones plus "other levels".
std::vector<ChartBar> chartBars(const FeatureDrift& feature, std::size_t maxLevels)
{
    std::vector<ChartBar> bars;
    std::vector<ChartBar> levels;
    ChartBar missing{"Manquant", 0.0, 0.0};
    bool hasMissing = false;
    for (const auto& bin : feature.bins) {
        ChartBar bar{binLabel(bin), bin.referenceShare, bin.currentShare};
        if (bin.kind == BinComparison::Kind::Missing) {
            missing = bar;
            hasMissing = true;
        } else if (bin.kind == BinComparison::Kind::Level) {
            levels.push_back(bar);
        } else {
            bars.push_back(bar);
        }
    }
    if (!levels.empty()) {
        std::stable_sort(levels.begin(), levels.end(), [](const ChartBar& a, const ChartBar& b) {
            return std::max(a.reference, a.current) > std::max(b.reference, b.current);
        });
        if (levels.size() > maxLevels) {
            ChartBar others{"Autres (" + std::to_string(levels.size() - maxLevels + 1) + ")", 0.0,
                            0.0};
            for (std::size_t i = maxLevels - 1; i < levels.size(); ++i) {
                others.reference += levels[i].reference;
                others.current += levels[i].current;
            }
            levels.resize(maxLevels - 1);
            levels.push_back(others);
        }
        bars = std::move(levels);
    }
    if (hasMissing)
        bars.push_back(missing);
    return bars;
}

// A "nice" axis maximum (1, 2, 2.5 or 5 times a power of ten) at or above the largest share.
double niceMaximum(double largest)
{
    if (largest <= 0.0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(largest)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= largest - 1e-12)
            return step * magnitude;
    return 10.0 * magnitude;
}

// Grouped bars (reference solid, current hatched) with both axes labelled, as inline SVG.
std::string barChart(const std::string& id, const std::string& title,
                     const std::string& description, const std::string& xAxisLabel,
                     const std::vector<ChartBar>& bars)
{
    const double width = 720.0;
    const double height = 300.0;
    const double left = 64.0;
    const double right = 12.0;
    const double top = 16.0;
    const double bottom = 84.0;
    const double plotWidth = width - left - right;
    const double plotHeight = height - top - bottom;
    double largest = 0.0;
    for (const auto& bar : bars)
        largest = std::max({largest, bar.reference, bar.current});
    const double yMax = niceMaximum(largest);
    const auto y = [&](double share) { return top + plotHeight * (1.0 - share / yMax); };
    const double group = bars.empty() ? plotWidth : plotWidth / static_cast<double>(bars.size());
    const double barWidth = std::max(1.0, group * 0.38);

    std::ostringstream svg;
    svg.setf(std::ios::fixed);
    svg.precision(1);
    svg << "<svg class=\"chart\" viewBox=\"0 0 " << width << ' ' << height
        << "\" role=\"img\" aria-labelledby=\"" << id << "-t " << id << "-d\">"
        << "<title id=\"" << id << "-t\">" << common::escapeHtml(title) << "</title>"
        << "<desc id=\"" << id << "-d\">" << common::escapeHtml(description) << "</desc>"
        << "<defs><pattern id=\"" << id
        << "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fbe3d3\"/>"
           "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#a8430a\" "
           "stroke-width=\"3\"/></pattern></defs>";
    // Horizontal grid and y ticks at 0, 1/5, ..., 1 of the axis maximum: with the nice maxima
    // above, fifths are round percentages (quarters of 50 % would print 12 % for 12.5 %).
    for (int tick = 0; tick <= 5; ++tick) {
        const double share = yMax * tick / 5.0;
        svg << "<line class=\"grid\" x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\""
            << y(share) << "\" y2=\"" << y(share) << "\"/>"
            << "<text class=\"tick\" x=\"" << left - 6 << "\" y=\"" << y(share) + 4
            << "\" text-anchor=\"end\">" << percent(share, yMax < 0.05 ? 1 : 0) << "</text>";
    }
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double x0 = left + group * static_cast<double>(i) + (group - 2 * barWidth) / 2.0;
        const auto& bar = bars[i];
        svg << "<rect class=\"ref\" x=\"" << x0 << "\" y=\"" << y(bar.reference) << "\" width=\""
            << barWidth << "\" height=\"" << (top + plotHeight - y(bar.reference)) << "\"/>"
            << "<rect class=\"cur\" fill=\"url(#" << id << "-hatch)\" x=\"" << x0 + barWidth
            << "\" y=\"" << y(bar.current) << "\" width=\"" << barWidth << "\" height=\""
            << (top + plotHeight - y(bar.current)) << "\"/>";
        const double labelX = left + group * (static_cast<double>(i) + 0.5);
        svg << "<text class=\"tick\" transform=\"translate(" << labelX << ' '
            << top + plotHeight + 12 << ") rotate(-35)\" text-anchor=\"end\">"
            << common::escapeHtml(shortened(bar.label, 16)) << "</text>";
    }
    svg << "<line class=\"axis\" x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\""
        << top + plotHeight << "\" y2=\"" << top + plotHeight << "\"/>"
        << "<line class=\"axis\" x1=\"" << left << "\" x2=\"" << left << "\" y1=\"" << top
        << "\" y2=\"" << top + plotHeight << "\"/>"
        << "<text class=\"axis-label\" x=\"" << left + plotWidth / 2 << "\" y=\"" << height - 6
        << "\" text-anchor=\"middle\">" << common::escapeHtml(xAxisLabel) << "</text>"
        << "<text class=\"axis-label\" transform=\"translate(14 " << top + plotHeight / 2
        << ") rotate(-90)\" text-anchor=\"middle\">Part des lignes</text></svg>";
    return svg.str();
}

std::string legend(const std::string& id)
{
    return "<p class=\"legend\"><span class=\"swatch ref-swatch\" aria-hidden=\"true\"></span> "
           "Référence "
           "(barres pleines) <svg class=\"swatch\" width=\"14\" height=\"14\" "
           "aria-hidden=\"true\"><defs>"
           "<pattern id=\"" +
           id +
           "-lg\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(45)\">"
           "<rect width=\"6\" height=\"6\" fill=\"#fbe3d3\"/><line x1=\"0\" y1=\"0\" x2=\"0\" "
           "y2=\"6\" "
           "stroke=\"#a8430a\" stroke-width=\"3\"/></pattern></defs><rect width=\"14\" "
           "height=\"14\" fill=\"url(#" +
           id + "-lg)\" stroke=\"#a8430a\"/></svg> Données actuelles (barres hachurées)</p>";
}

std::string dataTable(const std::string& caption, const std::string& firstHeader,
                      const std::vector<ChartBar>& bars)
{
    std::string html = "<details><summary>Données du graphique (tableau)</summary><table "
                       "class=\"data\"><caption>" +
                       common::escapeHtml(caption) + "</caption><thead><tr><th scope=\"col\">" +
                       common::escapeHtml(firstHeader) +
                       "</th><th scope=\"col\">Référence</th><th scope=\"col\">Actuel</th>"
                       "<th scope=\"col\">Écart (points)</th></tr></thead><tbody>";
    for (const auto& bar : bars)
        html += "<tr><th scope=\"row\">" + common::escapeHtml(bar.label) + "</th><td>" +
                percent(bar.reference) + "</td><td>" + percent(bar.current) + "</td><td>" +
                frenchDecimal(100.0 * (bar.current - bar.reference), 1) + "</td></tr>";
    return html + "</tbody></table></details>";
}

std::string testName(const FeatureDrift& feature)
{
    if (feature.test == "chi2")
        return "χ² (ddl " +
               (feature.degreesOfFreedom ? std::to_string(*feature.degreesOfFreedom) : "—") + ")";
    return feature.testApproximate ? "KS (approché)" : "KS";
}

std::string typeName(FeatureType type)
{
    return type == FeatureType::Numeric ? "numérique" : "catégorielle";
}

// The largest moves in plain words, for the chart's <desc>.
std::string describeShift(const FeatureDrift& feature, const std::vector<ChartBar>& bars)
{
    const ChartBar* largest = nullptr;
    for (const auto& bar : bars)
        if (!largest || std::fabs(bar.current - bar.reference) >
                            std::fabs(largest->current - largest->reference))
            largest = &bar;
    std::string text = "Répartition de " + feature.name +
                       " dans la référence et les données actuelles, par " +
                       (feature.type == FeatureType::Numeric ? "intervalle" : "modalité") +
                       ". PSI " + frenchDecimal(feature.psi, 3) + ", statut " +
                       std::string(frenchLabel(feature.status)) + ".";
    if (largest)
        text += " Plus grand écart : " + largest->label + ", " + percent(largest->reference) +
                " dans la référence contre " + percent(largest->current) + " actuellement.";
    return text;
}

// "2026-11-22T11:50:15.901Z" -> "2026-11-22 11:50:15": the ISO form stays in the JSON.
std::string readableTimestamp(std::string iso)
{
    if (iso.size() >= 19 && iso[10] == 'T') {
        iso[10] = ' ';
        iso.resize(19);
    }
    return iso;
}

std::string verdictSentence(const DriftReport& report)
{
    const auto& s = report.summary;
    const std::string share = percent(s.driftedShare, 0);
    const std::string counted =
        std::to_string(s.warning + s.alert) + " sur " + std::to_string(s.featureCount);
    switch (s.status) {
    case DriftStatus::Alert:
        return "Dérive forte des données : " + share + " des variables comparées (" + counted +
               ") ont dérivé, au-delà du seuil de " +
               percent(report.thresholds.driftedShareAlert, 0) +
               ". Les scores ne sont plus fiables tant que le modèle n'a pas été réévalué sur ces "
               "données.";
    case DriftStatus::Warning:
        return "Dérive partielle : " + std::to_string(s.alert) +
               " variable(s) en dérive forte ; au total " + share + " des variables comparées (" +
               counted + ") ont dérivé. Vérifier ces variables et la performance du modèle.";
    case DriftStatus::Stable:
        return "Pas de dérive forte : " + share + " des variables comparées (" + counted +
               ") montrent une dérive modérée au plus.";
    case DriftStatus::Unavailable:
        break;
    }
    return "Aucune variable n'a pu être comparée.";
}

constexpr std::string_view kStyle = R"css(
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font-family:"DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;line-height:1.45}
a{color:#0b4f9c}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px;z-index:2}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:16px;border-bottom:3px solid #2f4b7c}
h1{font-size:1.6rem;margin:.2em 0}
h2{font-size:1.25rem;margin:1.6em 0 .5em;border-bottom:1px solid #c8c8c8;padding-bottom:.2em}
h3{font-size:1.05rem;margin:1.2em 0 .3em}
.meta{color:#3d3d3d;margin:.2em 0 .8em}
.verdict{border-left:8px solid;padding:12px 16px;margin:12px 0;font-size:1.05rem}
.verdict.s-alert{border-color:#b00020;background:#fdecee}
.verdict.s-warning{border-color:#8a5a00;background:#fff4d6}
.verdict.s-stable{border-color:#1b6e2a;background:#e8f5e9}
.verdict.s-unavailable{border-color:#555;background:#f0f0f0}
.counts{display:flex;flex-wrap:wrap;gap:10px;list-style:none;padding:0;margin:8px 0}
.counts li{border:1px solid #c8c8c8;border-radius:6px;padding:8px 12px;min-width:160px}
.counts strong{font-size:1.4rem;display:block}
.chip{display:inline-block;white-space:nowrap;border-radius:4px;padding:1px 8px;font-weight:600;border:1px solid}
.s-alert .chip,.chip.s-alert{color:#8c0016;background:#fdecee;border-color:#b00020}
.chip.s-warning{color:#6a4500;background:#fff4d6;border-color:#8a5a00}
.chip.s-stable{color:#17591f;background:#e8f5e9;border-color:#1b6e2a}
.chip.s-unavailable{color:#333;background:#f0f0f0;border-color:#666}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:6px 0}
th,td{border-bottom:1px solid #d0d0d0;padding:5px 6px;text-align:right;vertical-align:top}
th:first-child,td:first-child,.name{text-align:left}
thead th{background:#2f4b7c;color:#fff;position:sticky;top:0}
tbody tr:nth-child(even){background:#f5f7fa}
td.name,tbody th.name{font-family:"DejaVu Sans Mono",ui-monospace,monospace;font-size:.88rem;text-align:left}
td.st{text-align:left}
td.test,td.missing,.nowrap{white-space:nowrap}
.table-scroll{overflow-x:auto;max-width:100%}
figure{margin:16px 0 28px;border:1px solid #d0d0d0;border-radius:6px;padding:10px 14px}
figcaption{font-weight:600;margin-bottom:4px}
.chart{width:100%;height:auto;max-width:720px;display:block}
.chart .ref{fill:#2f4b7c}
.chart .cur{stroke:#a8430a;stroke-width:1}
.chart .grid{stroke:#e0e0e0}
.chart .axis{stroke:#333}
.chart .tick{font-size:11px;fill:#333}
.chart .axis-label{font-size:12px;fill:#1a1a1a;font-weight:600}
.legend{margin:4px 0;font-size:.9rem}
.swatch{display:inline-block;width:14px;height:14px;vertical-align:-2px}
.ref-swatch{background:#2f4b7c}
.stats{width:auto}
details{margin-top:6px}
summary{cursor:pointer;color:#0b4f9c}
.note{color:#3d3d3d;font-size:.88rem}
dl.help dt{font-weight:600;margin-top:.6em}
dl.help dd{margin-left:1.2em}
footer{max-width:1100px;margin:30px auto;padding:0 20px;color:#3d3d3d;font-size:.85rem}
@media print{thead th{position:static}details{display:block}}
)css";

std::string scoreSection(const DriftReport& report)
{
    const auto& scores = *report.scores;
    const auto& d = scores.distribution;
    std::vector<ChartBar> bars;
    const auto bins = scores.currentHistogram.size();
    for (std::size_t i = 0; i < bins; ++i) {
        const double low = static_cast<double>(i) / static_cast<double>(bins);
        const double high = static_cast<double>(i + 1) / static_cast<double>(bins);
        bars.push_back({frenchDecimal(low, 2) + "–" + frenchDecimal(high, 2),
                        i < scores.referenceHistogram.size() ? scores.referenceHistogram[i] : 0.0,
                        scores.currentHistogram[i]});
    }
    // Trailing bins empty on both sides only squeeze the useful part of the chart.
    while (bars.size() > 4 && bars.back().reference < 5e-4 && bars.back().current < 5e-4)
        bars.pop_back();
    std::string html = "<section aria-labelledby=\"scores-h\"><h2 id=\"scores-h\">Distribution des "
                       "scores prédits</h2>";
    html += "<p>" + statusChip(d.status) +
            " Probabilité de défaut moyenne : " + percent(scores.referenceMean, 2) +
            " dans la référence, " + percent(scores.currentMean, 2) + " actuellement (écart " +
            frenchDecimal(100.0 * (scores.currentMean - scores.referenceMean), 2) + " points).</p>";
    html += "<table class=\"stats\"><caption>Comparaison des scores</caption><thead><tr><th "
            "scope=\"col\">Mesure</th>"
            "<th scope=\"col\">Valeur</th></tr></thead><tbody>"
            "<tr><th scope=\"row\">Scores de référence</th><td>" +
            groupedInteger(d.referenceCount) +
            "</td></tr>"
            "<tr><th scope=\"row\">Scores actuels</th><td>" +
            groupedInteger(d.currentCount) +
            "</td></tr>"
            "<tr><th scope=\"row\">PSI (déciles de la référence)</th><td>" +
            frenchDecimal(d.psi, 4) +
            "</td></tr>"
            "<tr><th scope=\"row\">" +
            testName(d) + " : statistique D</th><td>" + frenchDecimal(d.testStatistic, 4) +
            "</td></tr><tr><th scope=\"row\">p-value</th><td>" + pValueText(d.pValue) +
            "</td></tr></tbody></table>";
    const std::string description =
        "Histogrammes des probabilités de défaut prédites, référence contre données actuelles, par "
        "tranche de " +
        frenchDecimal(1.0 / static_cast<double>(std::max<std::size_t>(bins, 1)), 2) + ". Moyenne " +
        percent(scores.referenceMean, 2) + " contre " + percent(scores.currentMean, 2) + ".";
    html += "<figure><figcaption>Scores prédits : référence et données actuelles</figcaption>" +
            legend("scores") +
            barChart("scores", "Distribution des scores prédits", description,
                     "Probabilité de défaut prédite", bars) +
            dataTable("Part des scores par tranche de probabilité", "Tranche", bars) +
            "</figure></section>";
    return html;
}

} // namespace

std::string renderHtml(const DriftReport& report, const HtmlReportOptions& options)
{
    std::string html;
    html.reserve(200'000);
    html += "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>Rapport de dérive des données — " +
            common::escapeHtml(report.currentSource) + "</title>\n<style>" + std::string(kStyle) +
            "</style>\n</head>\n<body>\n";
    html +=
        "<a class=\"skip\" href=\"#all-features\">Aller au tableau de toutes les variables</a>\n";
    html += "<header><h1>Rapport de dérive des données</h1><p class=\"meta\">Référence : <strong>" +
            common::escapeHtml(report.referenceSource) + "</strong> (" +
            groupedInteger(static_cast<double>(report.referenceRows)) +
            " lignes) · Données actuelles : <strong>" + common::escapeHtml(report.currentSource) +
            "</strong> (" + groupedInteger(static_cast<double>(report.currentRows)) +
            " lignes) · <span class=\"nowrap\">Généré le " +
            common::escapeHtml(readableTimestamp(report.generatedAtUtc)) +
            " UTC</span></p></header>\n<main>\n";

    // Summary first: what an IT or data person needs to decide whether to act.
    const auto& s = report.summary;
    html += "<section aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Synthèse</h2>";
    if (!report.features.empty()) {
        html += "<div class=\"verdict s-" + std::string(toKey(s.status)) + "\"><p>" +
                statusChip(s.status) + " " + common::escapeHtml(verdictSentence(report)) +
                "</p></div>";
        html += "<ul class=\"counts\">"
                "<li><span aria-hidden=\"true\">✖</span> Dérive forte<strong>" +
                std::to_string(s.alert) +
                "</strong></li>"
                "<li><span aria-hidden=\"true\">▲</span> Dérive modérée<strong>" +
                std::to_string(s.warning) +
                "</strong></li>"
                "<li><span aria-hidden=\"true\">✔</span> Stables<strong>" +
                std::to_string(s.stable) +
                "</strong></li>"
                "<li><span aria-hidden=\"true\">?</span> Non comparables<strong>" +
                std::to_string(s.unavailable) + "</strong></li></ul>";
    }
    if (report.scores)
        html += "<p>Distribution des scores prédits : " +
                statusChip(report.scores->distribution.status) + " (PSI " +
                frenchDecimal(report.scores->distribution.psi, 3) + ", voir plus bas).</p>";
    const auto& t = report.thresholds;
    html += "<p class=\"note\">Seuils : PSI ≥ " + frenchDecimal(t.psiWarning, 2) +
            " = dérive modérée, PSI ≥ " + frenchDecimal(t.psiAlert, 2) +
            " = dérive forte ; un test (KS ou χ²) de p-value &lt; " + frenchDecimal(t.pValue, 2) +
            " suffit pour une dérive modérée. Jeu de données en dérive forte quand au moins " +
            percent(t.driftedShareAlert, 0) + " des variables ont dérivé.</p>";
    if (!report.absentFromCurrent.empty()) {
        html += "<p><strong>Variables de la référence absentes des données actuelles (" +
                std::to_string(report.absentFromCurrent.size()) + ") :</strong> ";
        for (std::size_t i = 0; i < report.absentFromCurrent.size(); ++i)
            html += (i ? ", " : "") + common::escapeHtml(report.absentFromCurrent[i]);
        html += "</p>";
    }
    html += "</section>\n";

    if (report.scores)
        html += scoreSection(report) + "\n";

    // Histograms of the most drifted features (the list is already sorted by severity).
    std::vector<const FeatureDrift*> charted;
    for (const auto& feature : report.features) {
        if (charted.size() >= options.chartedFeatures)
            break;
        if (feature.status != DriftStatus::Unavailable && !feature.bins.empty())
            charted.push_back(&feature);
    }
    if (!charted.empty()) {
        const std::string heading =
            charted.size() == 1
                ? std::string("La variable la plus en dérive")
                : "Les " + std::to_string(charted.size()) + " variables les plus en dérive";
        html += "<section aria-labelledby=\"top-h\"><h2 id=\"top-h\">" + heading + "</h2>" +
                legend("top") +
                "<p class=\"note\">Pour une variable numérique, les classes sont les déciles de la "
                "référence (chacune y contient environ 10 % des lignes), ou une classe par valeur "
                "quand la référence en compte au plus 10. Une barre hachurée loin de sa voisine "
                "pleine montre où la population a bougé.</p>";
        for (std::size_t i = 0; i < charted.size(); ++i) {
            const auto& feature = *charted[i];
            const auto bars = chartBars(feature, options.maxLevelsPerChart);
            const std::string id = "f" + std::to_string(i + 1);
            html += "<figure><figcaption>" + std::to_string(i + 1) + ". <span class=\"name\">" +
                    common::escapeHtml(feature.name) + "</span> " + statusChip(feature.status) +
                    " PSI " + frenchDecimal(feature.psi, 3) + " · " + testName(feature) + " " +
                    frenchDecimal(feature.testStatistic, feature.test == "chi2" ? 1 : 3) +
                    " · p-value " + pValueText(feature.pValue) + "</figcaption>";
            html += barChart(id, "Répartition de " + feature.name, describeShift(feature, bars),
                             feature.type == FeatureType::Numeric
                                 ? "Intervalle de valeurs (classes de la référence)"
                                 : "Modalité",
                             bars);
            if (!feature.note.empty())
                html += "<p class=\"note\">" + common::escapeHtml(feature.note) + "</p>";
            html +=
                dataTable("Répartition de " + feature.name,
                          feature.type == FeatureType::Numeric ? "Intervalle" : "Modalité", bars) +
                "</figure>";
        }
        html += "</section>\n";
    }

    if (!report.features.empty()) {
        html +=
            "<section aria-labelledby=\"all-features\"><h2 id=\"all-features\">Toutes les "
            "variables (" +
            std::to_string(report.features.size()) +
            ")</h2><div class=\"table-scroll\" role=\"region\" aria-labelledby=\"all-features\" "
            "tabindex=\"0\"><table><caption>Variables triées de la plus à la moins en "
            "dérive</caption><thead><tr>"
            "<th scope=\"col\">Rang</th><th scope=\"col\" class=\"name\">Variable</th><th "
            "scope=\"col\">Type</th>"
            "<th scope=\"col\" class=\"name\">Statut</th><th scope=\"col\">PSI</th><th "
            "scope=\"col\">Test</th>"
            "<th scope=\"col\">Statistique</th><th scope=\"col\">p-value</th>"
            "<th scope=\"col\">Manquants (réf. → act.)</th></tr></thead><tbody>";
        for (std::size_t i = 0; i < report.features.size(); ++i) {
            const auto& f = report.features[i];
            html += "<tr><td>" + std::to_string(i + 1) + "</td><th scope=\"row\" class=\"name\">" +
                    common::escapeHtml(f.name) + "</th><td>" + typeName(f.type) +
                    "</td><td class=\"st\">" + statusChip(f.status) +
                    (f.note.empty()
                         ? ""
                         : "<br><span class=\"note\">" + common::escapeHtml(f.note) + "</span>") +
                    "</td><td>" + frenchDecimal(f.psi, 4) + "</td><td class=\"test\">" +
                    testName(f) + "</td><td>" +
                    frenchDecimal(f.testStatistic, f.test == "chi2" ? 2 : 4) + "</td><td>" +
                    pValueText(f.pValue) + "</td><td class=\"missing\">" +
                    percent(f.referenceMissingShare) + " → " + percent(f.currentMissingShare) +
                    "</td></tr>";
        }
        html += "</tbody></table></div></section>\n";
    }

    html += "<section aria-labelledby=\"help-h\"><h2 id=\"help-h\">Comment lire ce rapport</h2><dl "
            "class=\"help\">"
            "<dt>PSI (indice de stabilité de population)</dt><dd>Mesure l'ampleur du déplacement "
            "d'une distribution : "
            "Σ (actuel − référence) × ln(actuel / référence) sur les intervalles (déciles de la "
            "référence, plus un "
            "intervalle pour les valeurs manquantes) ou sur les modalités. Moins de 0,1 : stable ; "
            "0,1 à 0,25 : "
            "dérive modérée ; au-delà : dérive forte.</dd>"
            "<dt>KS (Kolmogorov-Smirnov)</dt><dd>Plus grand écart entre les fonctions de "
            "répartition des deux "
            "échantillons (variables numériques). La p-value indique si cet écart peut être dû au "
            "hasard ; sur de "
            "grands échantillons, de petits écarts deviennent significatifs, d'où l'importance du "
            "PSI.</dd>"
            "<dt>χ² (khi-deux)</dt><dd>Test d'homogénéité des fréquences des modalités (variables "
            "catégorielles), "
            "valeurs manquantes comprises ; ddl = nombre de modalités observées − 1.</dd>"
            "<dt>Que faire ?</dt><dd>Une dérive forte sur une variable importante du modèle, ou "
            "sur la distribution "
            "des scores, justifie de contrôler la qualité des données (changement de format, de "
            "source) puis de "
            "réévaluer le modèle, et de le réentraîner si sa performance a "
            "baissé.</dd></dl></section>\n";
    html += "</main>\n<footer>Rapport produit par credit-scoring drift. Autonome : aucune "
            "ressource externe.</footer>\n"
            "</body>\n</html>\n";
    return html;
}

void writeHtml(const DriftReport& report, const std::filesystem::path& file,
               const HtmlReportOptions& options)
{
    common::writeFileAtomically(file, renderHtml(report, options));
}

} // namespace credit::drift
