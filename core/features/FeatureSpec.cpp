#include "features/FeatureSpec.h"
#include "common/AtomicFileWriter.h"

#include "data/HomeCreditDataset.h"
#include "features/DatasetTables.h"
#include "features/SpecMismatchError.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_set>

namespace credit::features {

using nlohmann::json;

namespace {

constexpr const char* kFormatName = "credit-scoring feature spec";

template <typename T> T field(const json& object, const char* name, const std::string& where)
{
    if (!object.is_object() || !object.contains(name))
        throw std::runtime_error("feature spec: " + where + " has no field \"" + name + "\"");
    try {
        return object.at(name).get<T>();
    } catch (const json::exception& error) {
        throw std::runtime_error("feature spec: field \"" + std::string(name) + "\" of " + where +
                                 " has the wrong type (" + error.what() + ")");
    }
}

// A list field: a JSON array, else a runtime_error naming it (indexing an object or a string
// would throw nlohmann's type_error, which FeatureSpec::load does not turn into a message with the
// file's path).
json arrayField(const json& object, const char* name, const std::string& where)
{
    auto value = field<json>(object, name, where);
    if (!value.is_array())
        throw std::runtime_error("feature spec: field \"" + std::string(name) + "\" of " + where +
                                 " must be a list, not " + value.type_name());
    return value;
}

// The format version: a whole number. get<int>() on 1e300 would be undefined behaviour (a double
// outside int's range), found by the feature_spec fuzz harness.
int versionField(const json& document)
{
    const auto value = field<json>(document, "version", "the document");
    if (!value.is_number_integer() && !value.is_number_unsigned())
        throw std::runtime_error("feature spec: field \"version\" must be a whole number, not " +
                                 value.dump());
    const auto version = value.get<long long>();
    if (version < 1 || version > FeatureSpec::kFormatVersion)
        throw std::runtime_error("feature spec: version " + value.dump() +
                                 " is not supported (this build reads up to version " +
                                 std::to_string(FeatureSpec::kFormatVersion) + ")");
    return static_cast<int>(version);
}

} // namespace

std::vector<std::string> FeatureSpec::names() const
{
    std::vector<std::string> result;
    result.reserve(features.size());
    for (const auto& feature : features)
        result.push_back(feature.name);
    return result;
}

const CategoryLevels* FeatureSpec::findCategory(std::string_view table,
                                                std::string_view column) const
{
    for (const auto& category : categories)
        if (category.table == table && category.column == column)
            return &category;
    return nullptr;
}

json FeatureSpec::toJson() const
{
    json featureList = json::array();
    for (const auto& feature : features)
        featureList.push_back({{"name", feature.name},
                               {"table", feature.table},
                               {"columns", feature.columns},
                               {"aggregation", feature.aggregation},
                               {"level", feature.level},
                               {"missingLevel", feature.missingLevel},
                               {"labelKey", feature.labelKey}});
    json categoryList = json::array();
    for (const auto& category : categories)
        categoryList.push_back({{"table", category.table},
                                {"column", category.column},
                                {"levels", category.levels},
                                {"missingLevel", category.missingLevel}});
    return {{"format", kFormatName},
            {"version", kFormatVersion},
            {"applicationColumns", applicationColumns},
            {"categories", std::move(categoryList)},
            {"features", std::move(featureList)}};
}

FeatureSpec FeatureSpec::fromJson(const json& document)
{
    if (field<std::string>(document, "format", "the document") != kFormatName)
        throw std::runtime_error("feature spec: the document is not a credit-scoring feature spec");
    versionField(document);
    FeatureSpec spec;
    spec.applicationColumns =
        field<std::vector<std::string>>(document, "applicationColumns", "the document");
    const auto categoryList = arrayField(document, "categories", "the document");
    for (std::size_t index = 0; index < categoryList.size(); ++index) {
        const auto& entry = categoryList[index];
        const std::string where = "categories[" + std::to_string(index) + "]";
        spec.categories.push_back({field<std::string>(entry, "table", where),
                                   field<std::string>(entry, "column", where),
                                   field<std::vector<std::string>>(entry, "levels", where),
                                   field<bool>(entry, "missingLevel", where)});
    }
    const auto featureList = arrayField(document, "features", "the document");
    for (std::size_t index = 0; index < featureList.size(); ++index) {
        const auto& entry = featureList[index];
        const std::string where = "features[" + std::to_string(index) + "]";
        spec.features.push_back(
            {field<std::string>(entry, "name", where), field<std::string>(entry, "table", where),
             field<std::vector<std::string>>(entry, "columns", where),
             field<std::string>(entry, "aggregation", where),
             field<std::string>(entry, "level", where), field<bool>(entry, "missingLevel", where),
             field<std::string>(entry, "labelKey", where)});
    }
    return spec;
}

void FeatureSpec::save(const std::filesystem::path& file) const
{
    common::writeFileAtomically(file, toJson().dump(1) + '\n');
}

FeatureSpec FeatureSpec::load(const std::filesystem::path& file)
{
    std::ifstream stream(file);
    if (!stream)
        throw std::runtime_error("cannot open the feature spec " + file.string());
    json document;
    try {
        stream >> document;
    } catch (const json::parse_error& error) {
        throw std::runtime_error("feature spec " + file.string() +
                                 " is not valid JSON: " + error.what());
    }
    try {
        return fromJson(document);
    } catch (const std::runtime_error& error) {
        throw std::runtime_error(file.string() + ": " + error.what());
    }
}

void FeatureSpec::checkAgainst(const data::HomeCreditDataset& dataset) const
{
    std::vector<std::string> differing;
    std::string details;
    // Column names per table, looked up once: a single client's transform checks the whole spec.
    const auto tables = specTables(dataset);
    std::vector<std::unordered_set<std::string_view>> columnsOf(tables.size());
    for (std::size_t table = 0; table < tables.size(); ++table)
        if (tables[table].second)
            for (const auto& column : tables[table].second->columns())
                columnsOf[table].insert(column.name());
    std::string_view lastTable;
    std::size_t tableIndex = 0;
    for (const auto& feature : features) {
        if (feature.table != lastTable) {
            const auto known = std::find_if(tables.begin(), tables.end(), [&](const auto& entry) {
                return entry.first == feature.table;
            });
            if (known == tables.end())
                throw std::runtime_error("feature spec: feature " + feature.name +
                                         " reads the unknown table \"" + feature.table + "\"");
            tableIndex = static_cast<std::size_t>(known - tables.begin());
            lastTable = feature.table;
        }
        if (tables[tableIndex].second == nullptr)
            continue; // an absent related table: the feature is NaN
        for (const auto& column : feature.columns) {
            if (columnsOf[tableIndex].count(column))
                continue;
            differing.push_back(feature.name);
            if (differing.size() <= 12)
                details += (differing.size() > 1 ? ", " : "") + feature.name + " (needs " +
                           feature.table + "." + column + ")";
            break;
        }
    }
    if (differing.empty())
        return;
    if (differing.size() > 12)
        details += " and " + std::to_string(differing.size() - 12) + " more";
    std::string message =
        "the feature spec does not match the data: " + std::to_string(differing.size()) +
        " features read columns the data does not have: " + details;
    throw SpecMismatchError(message, std::move(differing));
}

} // namespace credit::features
