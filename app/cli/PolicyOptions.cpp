#include "PolicyOptions.h"

namespace credit::cli {

namespace {

// "A,B" -> {"A", "B"}: the attribute options take one or several column names.
std::vector<std::string> commaList(const std::string& text)
{
    std::vector<std::string> items;
    std::string current;
    for (const char character : text + ",") {
        if (character != ',') {
            current += character;
        } else if (!current.empty()) {
            items.push_back(current);
            current.clear();
        }
    }
    return items;
}

} // namespace

std::string excludedColumnsText(const features::FeaturePolicy& policy)
{
    std::string text;
    for (const auto& column : policy.excludedColumns())
        text += (text.empty() ? "" : ", ") + column;
    return text.empty() ? "none" : text;
}

features::FeaturePolicy policyFromOptions(const CommandLine& line)
{
    auto policy = features::FeaturePolicy::defaults();
    for (const auto& column : commaList(line.valueOr("exclude-attribute", "")))
        policy.exclude(column);
    for (const auto& column : commaList(line.valueOr("allow-attribute", "")))
        if (!policy.allow(column))
            throw UsageError("--allow-attribute " + column +
                             ": the feature policy does not exclude this column (excluded: " +
                             excludedColumnsText(policy) + ")");
    return policy;
}

} // namespace credit::cli
