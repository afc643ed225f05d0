#include "training/SelectionReportHtml.h"

#include "common/HtmlEscape.h"
#include "common/NumberFormat.h"

#include <nlohmann/json.hpp>
#include <sstream>

namespace credit::training {

namespace {

using common::escapeHtml;

std::string text(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

std::string number(const nlohmann::json& object, const char* key, bool sign)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number())
        return {};
    const double value = found->get<double>();
    return (sign && value >= 0 ? "+" : "") + common::formatFixed(value, 4);
}

// A whole count ("" when absent or not one: the file may have been edited by hand).
std::string count(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_number_unsigned()
               ? std::to_string(found->get<std::size_t>())
               : std::string();
}

// One table row from a PairedDifferences JSON object.
void differencesRow(std::ostringstream& html, const std::string& candidate,
                    const std::string& columns, const nlohmann::json& differences,
                    const std::string& decision)
{
    html << "<tr><td>" << escapeHtml(candidate) << "</td><td>" << escapeHtml(columns) << "</td><td>"
         << number(differences, "mean", true) << "</td><td>"
         << number(differences, "standard_error", false) << "</td><td>"
         << number(differences, "sd", false) << "</td><td>" << number(differences, "min", true)
         << " .. " << number(differences, "max", true) << "</td><td>" << escapeHtml(decision)
         << "</td></tr>\n";
}

} // namespace

std::string renderSelectionSection(const features::FeatureFamilySelection& families,
                                   model::RoundSelection roundSelection,
                                   const nlohmann::json& evidence)
{
    std::ostringstream html;
    html << "<section id=\"selection\"><h2>Feature families and round selection</h2>\n"
         << "<p>Feature families switched off: " << escapeHtml(families.disabledText())
         << ". Round count chosen <code>" << model::roundSelectionName(roundSelection)
         << "</code>.</p>\n";
    if (!evidence.is_object()) {
        html << "<p>No selection evidence: the families and round selection are the project's "
                "defaults or a parameters file not written by <code>credit-scoring "
                "select</code>.</p>\n</section>\n";
        return html.str();
    }
    const auto rounds = evidence.value("round_selection", nlohmann::json::object());
    html << "<p>Chosen by <code>credit-scoring select</code>: "
         << escapeHtml(text(evidence, "protocol"))
         << ".</p>\n<p>Round selection rule: " << escapeHtml(text(rounds, "rule"))
         << ". Family rule: " << escapeHtml(text(evidence, "family_rule")) << ".</p>\n"
         << "<table><thead><tr><th scope=\"col\">Candidate</th><th scope=\"col\">Columns</th>"
            "<th scope=\"col\">Mean paired AUC difference</th><th scope=\"col\">Standard "
            "error</th><th scope=\"col\">SD</th><th scope=\"col\">Range</th><th "
            "scope=\"col\">Decision</th></tr></thead><tbody>\n";
    if (rounds.is_object() && rounds.contains("mean_curve_minus_per_fold"))
        differencesRow(html, "mean_curve minus per_fold (all families)",
                       count(evidence, "columns_all_families"),
                       rounds.at("mean_curve_minus_per_fold"), "keep " + text(rounds, "chosen"));
    const auto list = evidence.value("families", nlohmann::json::array());
    for (const auto& family : list) {
        if (!family.is_object())
            continue;
        const std::string name = "removing " + text(family, "family") + " (cost)";
        const std::string columns = count(family, "columns");
        if (family.contains("removal_cost") && family.at("removal_cost").is_object())
            differencesRow(html, name, columns, family.at("removal_cost"),
                           text(family, "decision"));
        else
            html << "<tr><td>" << escapeHtml(name) << "</td><td>" << escapeHtml(columns)
                 << "</td><td></td><td></td><td></td><td></td><td>"
                 << escapeHtml(text(family, "decision")) << "</td></tr>\n";
    }
    if (evidence.contains("chosen_minus_all_families") &&
        evidence.at("chosen_minus_all_families").is_object())
        differencesRow(html, "chosen families minus all families",
                       count(evidence, "columns_chosen"), evidence.at("chosen_minus_all_families"),
                       "for the record");
    html << "</tbody></table>\n</section>\n";
    return html.str();
}

} // namespace credit::training
