#include "features/GroupAggregates.h"

#include "data/Table.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace credit::features {

bool isDaysColumn(const data::Column& column)
{
    return column.kind() == data::ColumnKind::Days || column.name().starts_with("DAYS_");
}

RowValue RowValue::column(const data::Table* table, std::string_view name)
{
    RowValue value;
    value.kind = Kind::Column;
    value.inputs[0] = table ? table->find(name) : nullptr;
    if (value.inputs[0] && value.inputs[0]->isCategory())
        value.inputs[0] = nullptr; // a category where a number is expected reads as missing
    value.days[0] = value.inputs[0] && isDaysColumn(*value.inputs[0]);
    return value;
}

RowValue RowValue::formulaOf(const data::Table* table, std::string_view first,
                             std::string_view second, double (*formula)(double, double))
{
    RowValue value;
    value.kind = Kind::Formula;
    value.formula = formula;
    const RowValue a = column(table, first);
    const RowValue b = second.empty() ? RowValue{} : column(table, second);
    value.inputs = {a.inputs[0], b.inputs[0]};
    value.days = {a.days[0], b.days[0]};
    return value;
}

std::size_t GroupAggregates::add(FeatureCatalogue& catalogue, const std::string& valueName,
                                 RowValue value, std::vector<std::string> columns,
                                 const std::vector<Aggregation>& aggregations,
                                 const std::string& labelKey, std::string table)
{
    Value entry{value, {}, false};
    std::size_t first = catalogue.size();
    for (const auto aggregation : aggregations) {
        const auto index = catalogue.declare([&] {
            FeatureDefinition definition;
            definition.name = prefix_ + valueName + "_" + std::string(suffix(aggregation));
            definition.table = table.empty() ? table_ : table;
            definition.columns = columns;
            definition.aggregation = std::string(specName(aggregation));
            definition.labelKey = labelKey;
            return definition;
        });
        entry.outputs.push_back({aggregation, index});
        entry.needsNUnique = entry.needsNUnique || aggregation == Aggregation::NUnique;
    }
    values_.push_back(std::move(entry));
    return first;
}

std::size_t GroupAggregates::addNamed(FeatureCatalogue& catalogue, const std::string& name,
                                      RowValue value, std::vector<std::string> columns,
                                      Aggregation aggregation, const std::string& specAggregation,
                                      const std::string& labelKey)
{
    const auto index = catalogue.declare([&] {
        FeatureDefinition definition;
        definition.name = name;
        definition.table = table_;
        definition.columns = std::move(columns);
        definition.aggregation = specAggregation;
        definition.labelKey = labelKey;
        return definition;
    });
    values_.push_back({value, {{aggregation, index}}, aggregation == Aggregation::NUnique});
    return index;
}

void GroupAggregates::compute(std::span<const std::uint32_t> rows,
                              std::span<const std::uint32_t> positions,
                              std::span<const double> perRow, std::size_t perRowWidth,
                              std::vector<double>& buffer, double* out) const
{
    for (const auto& value : values_) {
        if (positions.empty()) {
            for (const auto& output : value.outputs)
                out[output.index] = kNaN;
            continue;
        }
        buffer.clear();
        for (const auto position : positions)
            buffer.push_back(value.value.read(rows[position], position, perRow, perRowWidth));
        const ValueSummary summary = summarise(buffer);
        for (const auto& output : value.outputs)
            out[output.index] = aggregate(summary, output.aggregation, buffer);
    }
}

std::vector<std::int32_t> mapLevels(const data::Column& column,
                                    const std::vector<std::string>& fitted)
{
    // Fitted levels are stored sorted (learnVocabulary): a binary search per level then, with
    // no map to build on every single-client transform.
    if (std::is_sorted(fitted.begin(), fitted.end())) {
        std::vector<std::int32_t> levelOfCode;
        levelOfCode.reserve(column.levels().size());
        for (const auto& level : column.levels()) {
            const auto found = std::lower_bound(fitted.begin(), fitted.end(), level);
            levelOfCode.push_back(found != fitted.end() && *found == level
                                      ? static_cast<std::int32_t>(found - fitted.begin())
                                      : -1);
        }
        return levelOfCode;
    }
    std::unordered_map<std::string_view, std::int32_t> fittedIndex;
    for (std::size_t level = 0; level < fitted.size(); ++level)
        fittedIndex.emplace(fitted[level], static_cast<std::int32_t>(level));
    std::vector<std::int32_t> levelOfCode;
    levelOfCode.reserve(column.levels().size());
    for (const auto& level : column.levels()) {
        const auto found = fittedIndex.find(level);
        levelOfCode.push_back(found == fittedIndex.end() ? -1 : found->second);
    }
    return levelOfCode;
}

CategoryShares::CategoryShares(FeatureCatalogue& catalogue, const std::string& prefix,
                               const CategoryLevels& levels, std::size_t categoryIndex,
                               const data::Table* table,
                               std::initializer_list<Aggregation> aggregations,
                               const std::string& labelKey)
    : levelCount_(levels.levels.size() + (levels.missingLevel ? 1 : 0)),
      missingLevel_(levels.missingLevel), categoryIndex_(categoryIndex), aggregations_(aggregations)
{
    const data::Column* column = table ? table->find(levels.column) : nullptr;
    if (column && column->isCategory()) {
        column_ = column;
        levelOfCode_ = mapLevels(*column, levels.levels);
    }
    for (std::size_t level = 0; level < levelCount_; ++level) {
        const bool isMissing = level == levels.levels.size();
        for (const auto aggregation : aggregations_) {
            outputs_.push_back(catalogue.declare([&] {
                const std::string levelText = isMissing ? "nan" : levels.levels[level];
                FeatureDefinition definition;
                definition.name = prefix + levels.column + "_" + levelText + "_" +
                                  std::string(suffix(aggregation));
                definition.table = levels.table;
                definition.columns = {levels.column};
                definition.aggregation = aggregation == Aggregation::Mean
                                             ? std::string("share")
                                             : "share_" + std::string(specName(aggregation));
                definition.level = isMissing ? std::string() : levelText;
                definition.missingLevel = isMissing;
                definition.labelKey = labelKey;
                return definition;
            }));
        }
    }
}

void CategoryShares::compute(std::span<const std::uint32_t> rows,
                             std::span<const std::uint32_t> positions,
                             std::vector<std::size_t>& counts, double* out,
                             UnseenCounts& unseen) const
{
    const std::size_t n = positions.size();
    if (n == 0 || column_ == nullptr) {
        for (const auto index : outputs_)
            out[index] = kNaN;
        return;
    }
    counts.assign(levelCount_, 0);
    const auto codes = column_->codes();
    for (const auto position : positions) {
        const auto code = codes[rows[position]];
        if (code == data::Column::kMissingCode) {
            if (missingLevel_)
                ++counts[levelCount_ - 1];
            continue;
        }
        const auto level =
            static_cast<std::size_t>(code) < levelOfCode_.size() ? levelOfCode_[code] : -1;
        if (level < 0)
            ++unseen[categoryIndex_];
        else
            ++counts[static_cast<std::size_t>(level)];
    }
    const double rowCount = static_cast<double>(n);
    std::size_t output = 0;
    for (std::size_t level = 0; level < levelCount_; ++level) {
        const double hits = static_cast<double>(counts[level]);
        for (const auto aggregation : aggregations_) {
            double value = kNaN;
            switch (aggregation) {
            case Aggregation::Min:
                value = counts[level] == n ? 1.0 : 0.0;
                break;
            case Aggregation::Max:
                value = counts[level] > 0 ? 1.0 : 0.0;
                break;
            case Aggregation::Mean:
                value = hits / rowCount;
                break;
            case Aggregation::Sum:
                value = hits;
                break;
            case Aggregation::Var:
                // Sample variance of a 0/1 column with `hits` ones among n rows.
                value = n >= 2 ? hits * (rowCount - hits) / (rowCount * (rowCount - 1.0)) : kNaN;
                break;
            case Aggregation::Size:
                value = rowCount;
                break;
            case Aggregation::NUnique:
                value = (counts[level] > 0 && counts[level] < n) ? 2.0 : 1.0;
                break;
            }
            out[outputs_[output++]] = value;
        }
    }
}

} // namespace credit::features
