#include "fairness/FairnessReportJson.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace credit::fairness {

namespace {

constexpr const char* kFormatName = "credit-scoring fairness report";

nlohmann::json toJson(const Estimate& estimate)
{
    if (!estimate.value)
        return {{"value", nullptr}, {"not_computable", estimate.notComputable}};
    nlohmann::json object{{"value", *estimate.value}};
    if (estimate.low && estimate.high)
        object["ci95"] = {*estimate.low, *estimate.high};
    return object;
}

Estimate estimateFromJson(const nlohmann::json& object)
{
    Estimate estimate;
    if (object.at("value").is_null()) {
        estimate.notComputable = object.value("not_computable", std::string("not computable"));
        return estimate;
    }
    estimate.value = object.at("value").get<double>();
    if (const auto interval = object.find("ci95"); interval != object.end()) {
        estimate.low = interval->at(0).get<double>();
        estimate.high = interval->at(1).get<double>();
    }
    return estimate;
}

nlohmann::json optionalNumber(const std::optional<double>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json toJson(const FairnessReport& report)
{
    nlohmann::json groupings = nlohmann::json::array();
    for (const auto& grouping : report.groupings) {
        nlohmann::json groups = nlohmann::json::array();
        for (const auto& group : grouping.groups)
            groups.push_back({{"key", group.key},
                              {"label_fr", group.label.fr},
                              {"label_en", group.label.en},
                              {"count", group.count},
                              {"defaults", group.defaults},
                              {"default_rate", toJson(group.defaultRate)},
                              {"approval_rate", toJson(group.approvalRate)},
                              {"auc", toJson(group.auc)},
                              {"false_refusal_rate", toJson(group.falseRefusalRate)},
                              {"defaulter_approval_rate", toJson(group.defaulterApprovalRate)},
                              {"approval_ratio", toJson(group.approvalRatio)},
                              {"false_refusal_gap", toJson(group.falseRefusalGap)},
                              {"flagged", group.flagged}});
        groupings.push_back(
            {{"key", grouping.key},
             {"column", grouping.column},
             {"label_fr", grouping.label.fr},
             {"label_en", grouping.label.en},
             {"reference_group", grouping.referenceGroup},
             {"largest_false_refusal_gap", optionalNumber(grouping.largestFalseRefusalGap)},
             {"groups", std::move(groups)}});
    }
    nlohmann::json proxies = nlohmann::json::array();
    for (const auto& proxy : report.proxies) {
        nlohmann::json strongest = nlohmann::json::array();
        for (const auto& feature : proxy.strongest)
            strongest.push_back({{"feature", feature.feature}, {"auc", feature.auc}});
        proxies.push_back({{"column", proxy.column},
                           {"target", proxy.target},
                           {"rows", proxy.rows},
                           {"cross_validated_auc", toJson(proxy.crossValidatedAuc)},
                           {"strongest", std::move(strongest)}});
    }
    return {{"format", kFormatName},
            {"version", FairnessReport::kFormatVersion},
            {"probabilities", report.probabilities},
            {"threshold", report.threshold},
            {"rows", report.rows},
            {"defaults", report.defaults},
            {"bootstrap_resamples", report.resamples},
            {"approval_ratio_flag", report.approvalRatioFlag},
            {"excluded_columns", report.excludedColumns},
            {"groupings", std::move(groupings)},
            {"proxies", std::move(proxies)}};
}

FairnessReport reportFromJson(const nlohmann::json& json)
{
    if (!json.is_object() || json.value("format", std::string()) != kFormatName)
        throw std::runtime_error("fairness report: the document is not a credit-scoring fairness "
                                 "report");
    FairnessReport report;
    try {
        report.probabilities = json.at("probabilities").get<std::string>();
        report.threshold = json.at("threshold").get<double>();
        report.rows = json.at("rows").get<std::size_t>();
        report.defaults = json.at("defaults").get<std::size_t>();
        report.resamples = json.at("bootstrap_resamples").get<int>();
        report.approvalRatioFlag = json.at("approval_ratio_flag").get<double>();
        report.excludedColumns = json.at("excluded_columns").get<std::vector<std::string>>();
        for (const auto& grouping : json.at("groupings")) {
            GroupingFairness out;
            out.key = grouping.at("key").get<std::string>();
            out.column = grouping.at("column").get<std::string>();
            out.label = {grouping.at("label_fr").get<std::string>(),
                         grouping.at("label_en").get<std::string>()};
            out.referenceGroup = grouping.at("reference_group").get<std::string>();
            if (!grouping.at("largest_false_refusal_gap").is_null())
                out.largestFalseRefusalGap = grouping.at("largest_false_refusal_gap").get<double>();
            for (const auto& group : grouping.at("groups")) {
                GroupFairness item;
                item.key = group.at("key").get<std::string>();
                item.label = {group.at("label_fr").get<std::string>(),
                              group.at("label_en").get<std::string>()};
                item.count = group.at("count").get<std::size_t>();
                item.defaults = group.at("defaults").get<std::size_t>();
                item.defaultRate = estimateFromJson(group.at("default_rate"));
                item.approvalRate = estimateFromJson(group.at("approval_rate"));
                item.auc = estimateFromJson(group.at("auc"));
                item.falseRefusalRate = estimateFromJson(group.at("false_refusal_rate"));
                item.defaulterApprovalRate = estimateFromJson(group.at("defaulter_approval_rate"));
                item.approvalRatio = estimateFromJson(group.at("approval_ratio"));
                item.falseRefusalGap = estimateFromJson(group.at("false_refusal_gap"));
                item.flagged = group.at("flagged").get<bool>();
                out.groups.push_back(std::move(item));
            }
            report.groupings.push_back(std::move(out));
        }
        for (const auto& proxy : json.at("proxies")) {
            ProxyCheck check;
            check.column = proxy.at("column").get<std::string>();
            check.target = proxy.at("target").get<std::string>();
            check.rows = proxy.at("rows").get<std::size_t>();
            check.crossValidatedAuc = estimateFromJson(proxy.at("cross_validated_auc"));
            for (const auto& feature : proxy.at("strongest"))
                check.strongest.push_back(
                    {feature.at("feature").get<std::string>(), feature.at("auc").get<double>()});
            report.proxies.push_back(std::move(check));
        }
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error(std::string("fairness report: a field is missing or has the "
                                             "wrong type (") +
                                 error.what() + ")");
    }
    return report;
}

} // namespace credit::fairness
