#pragma once

#include "data/Table.h"

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace credit::drift {

enum class FeatureType { Numeric, Category };

// What drift detection needs to know about one reference feature. It can be built from the raw
// reference column (fromNumbers / fromCategory) or read back from JSON (a model bundle stores
// the profile of its training data), so the current data can be compared without the training
// rows themselves.
struct FeatureProfile {
    std::string name;
    FeatureType type = FeatureType::Numeric;
    double count = 0.0;   // non-missing values
    double missing = 0.0; // missing values (NaN, empty, or 365243 in DAYS_* columns)
    double mean = 0.0;    // numeric only: mean of the non-missing values (0 when none)

    // Numeric: PSI bin edges (see quantileCutPoints), counts per value bin
    // (cutPoints.size() + 1, missing not included), percentiles 0..100 for KS.
    std::vector<double> cutPoints;
    std::vector<double> binCounts;
    std::vector<double> percentiles;
    // The whole reference sample sorted, kept only when built from raw values (exact KS). Never
    // written to JSON: a profile must stay small and hold no row-level data.
    std::vector<double> sortedValues;

    // Category: level names and their counts (missing not included).
    std::vector<std::string> levels;
    std::vector<double> levelCounts;

    double total() const { return count + missing; }

    static FeatureProfile fromNumbers(std::string name, std::span<const double> values);
    static FeatureProfile fromCategory(const data::Column& column);
};

// The reference side of a drift comparison: one profile per feature and, optionally, the
// distribution of the reference's out-of-fold scores.
struct ReferenceProfile {
    static constexpr int kFormatVersion = 1;

    std::string source; // where the reference came from, shown in the report
    std::size_t rowCount = 0;
    std::vector<FeatureProfile> features;
    std::optional<FeatureProfile> scores; // predicted probabilities, a numeric profile

    const FeatureProfile* find(std::string_view name) const;

    // Every column but identifiers (ColumnKind::Key) and TARGET, which is not a model input and
    // is absent from application_test.
    static ReferenceProfile fromTable(const data::Table& table, std::string source);

    nlohmann::json toJson() const;
    // Throws data::DataError naming the field when the JSON does not describe a profile.
    static ReferenceProfile fromJson(const nlohmann::json& json);
    void save(const std::filesystem::path& file) const;
    static ReferenceProfile load(const std::filesystem::path& file);
};

// A numeric column's values as doubles with every missing marker turned into NaN (365243, the
// "no date" sentinel, in DAYS_* columns).
std::vector<double> numericValuesOf(const data::Column& column);

} // namespace credit::drift
