#include "features/FeaturePolicy.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace credit::features {

namespace {

constexpr const char* kFormatName = "credit-scoring feature policy";

const std::vector<FeaturePolicy::Exclusion>& defaultExclusions()
{
    static const std::vector<FeaturePolicy::Exclusion> exclusions{
        {"CODE_GENDER", "protected attribute: sex may not ground a credit decision"},
        {"NAME_FAMILY_STATUS", "protected attribute: marital status may not ground a credit "
                               "decision"},
        {"HOUR_APPR_PROCESS_START", "process artefact: the hour the application was keyed in is "
                                    "no reason an advisor can give"},
        {"WEEKDAY_APPR_PROCESS_START", "process artefact: the weekday the application was keyed "
                                       "in is no reason an advisor can give"},
    };
    return exclusions;
}

bool isDefault(const std::string& column)
{
    const auto& defaults = defaultExclusions();
    return std::any_of(defaults.begin(), defaults.end(),
                       [&](const auto& exclusion) { return exclusion.column == column; });
}

} // namespace

FeaturePolicy FeaturePolicy::defaults()
{
    FeaturePolicy policy;
    policy.excluded = defaultExclusions();
    return policy;
}

bool FeaturePolicy::excludes(const std::string& column) const
{
    return std::any_of(excluded.begin(), excluded.end(),
                       [&](const Exclusion& exclusion) { return exclusion.column == column; });
}

bool FeaturePolicy::excludes(const FeatureDefinition& feature) const
{
    return std::any_of(feature.columns.begin(), feature.columns.end(),
                       [this](const std::string& column) { return excludes(column); });
}

std::vector<std::string> FeaturePolicy::excludedColumns() const
{
    std::vector<std::string> columns;
    for (const auto& exclusion : excluded)
        columns.push_back(exclusion.column);
    return columns;
}

void FeaturePolicy::exclude(const std::string& column, const std::string& reason)
{
    if (excludes(column))
        return;
    excluded.push_back({column, reason.empty() ? "excluded by the data team" : reason});
    std::erase(allowedDefaults, column);
}

bool FeaturePolicy::allow(const std::string& column)
{
    const auto before = excluded.size();
    std::erase_if(excluded, [&](const Exclusion& exclusion) { return exclusion.column == column; });
    if (excluded.size() == before)
        return false;
    if (isDefault(column) &&
        std::find(allowedDefaults.begin(), allowedDefaults.end(), column) == allowedDefaults.end())
        allowedDefaults.push_back(column);
    return true;
}

void FeaturePolicy::applyTo(FeatureSpec& spec) const
{
    std::erase_if(spec.features,
                  [this](const FeatureDefinition& feature) { return excludes(feature); });
}

nlohmann::json FeaturePolicy::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& exclusion : excluded)
        list.push_back({{"column", exclusion.column}, {"reason", exclusion.reason}});
    return {{"format", kFormatName},
            {"version", kFormatVersion},
            {"excluded", std::move(list)},
            {"allowed_defaults", allowedDefaults}};
}

FeaturePolicy FeaturePolicy::fromJson(const nlohmann::json& json)
{
    if (!json.is_object() || json.value("format", std::string()) != kFormatName)
        throw std::runtime_error("feature policy: the document is not a credit-scoring feature "
                                 "policy (no \"format\": \"" +
                                 std::string(kFormatName) + "\")");
    if (json.value("version", 0) != kFormatVersion)
        throw std::runtime_error(
            "feature policy: version " + json.value("version", nlohmann::json()).dump() +
            " is not one this build reads (" + std::to_string(kFormatVersion) + ")");
    FeaturePolicy policy;
    try {
        for (const auto& entry : json.at("excluded"))
            policy.excluded.push_back(
                {entry.at("column").get<std::string>(), entry.value("reason", std::string())});
        policy.allowedDefaults = json.value("allowed_defaults", std::vector<std::string>{});
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error(std::string("feature policy: field \"excluded\" is malformed (") +
                                 error.what() + ")");
    }
    return policy;
}

} // namespace credit::features
