#include "drift/ReferenceProfile.h"
#include "common/AtomicFileWriter.h"

#include "data/DataError.h"
#include "drift/QuantileBinning.h"

#include <algorithm>
#include <cmath>
#include <fstream>

namespace credit::drift {

using nlohmann::json;

std::vector<double> numericValuesOf(const data::Column& column)
{
    const auto numbers = column.numbers();
    std::vector<double> values(numbers.begin(), numbers.end());
    if (column.kind() == data::ColumnKind::Days)
        std::replace(values.begin(), values.end(), data::kNoDateSentinel, data::Column::kMissing);
    return values;
}

FeatureProfile FeatureProfile::fromNumbers(std::string name, std::span<const double> values)
{
    FeatureProfile profile;
    profile.name = std::move(name);
    profile.type = FeatureType::Numeric;
    profile.sortedValues.reserve(values.size());
    for (const double value : values) {
        if (std::isnan(value))
            profile.missing += 1.0;
        else
            profile.sortedValues.push_back(value);
    }
    std::sort(profile.sortedValues.begin(), profile.sortedValues.end());
    profile.count = static_cast<double>(profile.sortedValues.size());
    if (!profile.sortedValues.empty()) {
        double sum = 0.0;
        for (const double value : profile.sortedValues)
            sum += value;
        profile.mean = sum / profile.count;
    }
    profile.cutPoints = quantileCutPoints(profile.sortedValues);
    auto counts = countPerBin(profile.cutPoints, profile.sortedValues);
    counts.pop_back(); // the missing bin: no NaN is left in sortedValues
    profile.binCounts = std::move(counts);
    profile.percentiles = percentilesOf(profile.sortedValues);
    return profile;
}

FeatureProfile FeatureProfile::fromCategory(const data::Column& column)
{
    FeatureProfile profile;
    profile.name = column.name();
    profile.type = FeatureType::Category;
    profile.levels = column.levels();
    profile.levelCounts.assign(profile.levels.size(), 0.0);
    for (const auto code : column.codes()) {
        if (code == data::Column::kMissingCode)
            profile.missing += 1.0;
        else
            profile.levelCounts[static_cast<std::size_t>(code)] += 1.0;
    }
    profile.count = static_cast<double>(column.size()) - profile.missing;
    return profile;
}

const FeatureProfile* ReferenceProfile::find(std::string_view name) const
{
    const auto found = std::find_if(features.begin(), features.end(),
                                    [name](const FeatureProfile& f) { return f.name == name; });
    return found == features.end() ? nullptr : &*found;
}

ReferenceProfile ReferenceProfile::fromTable(const data::Table& table, std::string source)
{
    ReferenceProfile profile;
    profile.source = std::move(source);
    profile.rowCount = table.rowCount();
    for (const auto& column : table.columns()) {
        if (column.kind() == data::ColumnKind::Key || column.name() == "TARGET")
            continue;
        if (column.isCategory())
            profile.features.push_back(FeatureProfile::fromCategory(column));
        else
            profile.features.push_back(
                FeatureProfile::fromNumbers(column.name(), numericValuesOf(column)));
    }
    return profile;
}

namespace {

json featureToJson(const FeatureProfile& feature)
{
    json out{{"name", feature.name},
             {"type", feature.type == FeatureType::Numeric ? "numeric" : "category"},
             {"count", feature.count},
             {"missing", feature.missing}};
    if (feature.type == FeatureType::Numeric) {
        out["mean"] = feature.mean;
        out["cut_points"] = feature.cutPoints;
        out["bin_counts"] = feature.binCounts;
        out["percentiles"] = feature.percentiles;
    } else {
        out["levels"] = feature.levels;
        out["level_counts"] = feature.levelCounts;
    }
    return out;
}

template <typename T> T field(const json& object, const char* key, const std::string& where)
{
    if (!object.is_object() || !object.contains(key))
        throw data::DataError("reference profile: " + where + " has no field \"" + key + "\"");
    try {
        return object.at(key).get<T>();
    } catch (const json::exception& error) {
        throw data::DataError("reference profile: " + where + " field \"" + key +
                              "\" has the wrong type (" + error.what() + ")");
    }
}

FeatureProfile featureFromJson(const json& in, const std::string& where)
{
    FeatureProfile feature;
    feature.name = field<std::string>(in, "name", where);
    const auto here = where + " (" + feature.name + ")";
    const auto type = field<std::string>(in, "type", here);
    if (type != "numeric" && type != "category")
        throw data::DataError("reference profile: " + here + " has unknown type \"" + type +
                              "\" (expected numeric or category)");
    feature.type = type == "numeric" ? FeatureType::Numeric : FeatureType::Category;
    feature.count = field<double>(in, "count", here);
    feature.missing = field<double>(in, "missing", here);
    if (feature.type == FeatureType::Numeric) {
        feature.mean = field<double>(in, "mean", here);
        feature.cutPoints = field<std::vector<double>>(in, "cut_points", here);
        feature.binCounts = field<std::vector<double>>(in, "bin_counts", here);
        feature.percentiles = field<std::vector<double>>(in, "percentiles", here);
        if (feature.binCounts.size() != feature.cutPoints.size() + 1)
            throw data::DataError("reference profile: " + here + " has " +
                                  std::to_string(feature.binCounts.size()) + " bin counts for " +
                                  std::to_string(feature.cutPoints.size()) +
                                  " cut points (expected one more count than cut points)");
        if (!std::is_sorted(feature.cutPoints.begin(), feature.cutPoints.end()))
            throw data::DataError("reference profile: " + here + " cut points are not ascending");
    } else {
        feature.levels = field<std::vector<std::string>>(in, "levels", here);
        feature.levelCounts = field<std::vector<double>>(in, "level_counts", here);
        if (feature.levels.size() != feature.levelCounts.size())
            throw data::DataError("reference profile: " + here + " has " +
                                  std::to_string(feature.levels.size()) + " levels but " +
                                  std::to_string(feature.levelCounts.size()) + " counts");
    }
    return feature;
}

} // namespace

json ReferenceProfile::toJson() const
{
    json out{{"format", "credit-scoring reference profile"},
             {"version", kFormatVersion},
             {"source", source},
             {"row_count", rowCount},
             {"features", json::array()}};
    for (const auto& feature : features)
        out["features"].push_back(featureToJson(feature));
    if (scores)
        out["scores"] = featureToJson(*scores);
    return out;
}

ReferenceProfile ReferenceProfile::fromJson(const json& in)
{
    const int version = field<int>(in, "version", "the document");
    if (version != kFormatVersion)
        throw data::DataError("reference profile: version " + std::to_string(version) +
                              " is not supported (expected " + std::to_string(kFormatVersion) +
                              ")");
    ReferenceProfile profile;
    profile.source = field<std::string>(in, "source", "the document");
    profile.rowCount = field<std::size_t>(in, "row_count", "the document");
    const auto features = field<json>(in, "features", "the document");
    if (!features.is_array())
        throw data::DataError("reference profile: \"features\" must be an array");
    for (std::size_t i = 0; i < features.size(); ++i)
        profile.features.push_back(
            featureFromJson(features[i], "feature #" + std::to_string(i + 1)));
    if (in.contains("scores") && !in["scores"].is_null())
        profile.scores = featureFromJson(in["scores"], "scores");
    return profile;
}

void ReferenceProfile::save(const std::filesystem::path& file) const
{
    common::writeFileAtomically(file, toJson().dump(1) + '\n');
}

ReferenceProfile ReferenceProfile::load(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw data::DataError("cannot open the reference profile " + file.string());
    json document;
    try {
        document = json::parse(in);
    } catch (const json::parse_error& error) {
        throw data::DataError(file.string() + ": not valid JSON (" + error.what() + ")");
    }
    try {
        return fromJson(document);
    } catch (const data::DataError& error) {
        throw data::DataError(file.string() + ": " + error.what());
    }
}

} // namespace credit::drift
