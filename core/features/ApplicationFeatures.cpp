// Application features: the applicant's own row. Raw numeric columns keep their names; categories
// become one-hot columns over the levels learned at fit; the recipe's ratios and a few more are
// added. DAYS_EMPLOYED's 365243 ("not employed", mostly pensioners) becomes NaN plus a flag.
#include "data/HomeCreditDataset.h"
#include "features/FeatureBlocks.h"
#include "features/GroupAggregates.h"

#include <array>
#include <cmath>
#include <span>

namespace credit::features {

namespace {

struct Formula {
    const char* name;
    std::vector<std::string> inputs;
    double (*compute)(std::span<const double>);
    const char* labelKey;
    bool rawInputs = false; // read 365243 as it is (for the anomaly flag)
};

double sumOfPresent(std::span<const double> x)
{
    double total = 0.0;
    bool any = false;
    for (const double value : x)
        if (!std::isnan(value)) {
            total += value;
            any = true;
        }
    return any ? total : kNaN;
}

std::vector<Formula> applicationFormulas()
{
    std::vector<std::string> documents;
    for (int document = 2; document <= 21; ++document)
        documents.push_back("FLAG_DOCUMENT_" + std::to_string(document));
    const std::vector<std::string> extSources{"EXT_SOURCE_1", "EXT_SOURCE_2", "EXT_SOURCE_3"};
    static const auto mean = +[](std::span<const double> x) {
        std::array<double, 3> kept{};
        std::size_t count = 0;
        for (const double value : x)
            if (!std::isnan(value))
                kept[count++] = value;
        if (count == 0)
            return kNaN;
        double total = 0.0;
        for (std::size_t i = 0; i < count; ++i)
            total += kept[i];
        return total / static_cast<double>(count);
    };
    return {
        {"DAYS_EMPLOYED_ANOM",
         {"DAYS_EMPLOYED"},
         [](std::span<const double> x) {
             return std::isnan(x[0]) ? kNaN : (x[0] == data::kNoDateSentinel ? 1.0 : 0.0);
         },
         "DAYS_EMPLOYED",
         true},
        {"DAYS_EMPLOYED_PERC",
         {"DAYS_EMPLOYED", "DAYS_BIRTH"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "DAYS_EMPLOYED_PERC"},
        {"INCOME_CREDIT_PERC",
         {"AMT_INCOME_TOTAL", "AMT_CREDIT"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "INCOME_CREDIT_PERC"},
        {"INCOME_PER_PERSON",
         {"AMT_INCOME_TOTAL", "CNT_FAM_MEMBERS"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "INCOME_PER_PERSON"},
        {"ANNUITY_INCOME_PERC",
         {"AMT_ANNUITY", "AMT_INCOME_TOTAL"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "ANNUITY_INCOME_PERC"},
        {"PAYMENT_RATE",
         {"AMT_ANNUITY", "AMT_CREDIT"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "PAYMENT_RATE"},
        {"CREDIT_GOODS_RATIO",
         {"AMT_CREDIT", "AMT_GOODS_PRICE"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "CREDIT_GOODS_RATIO"},
        {"CREDIT_TERM",
         {"AMT_CREDIT", "AMT_ANNUITY"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "PAYMENT_RATE"},
        {"AGE_YEARS",
         {"DAYS_BIRTH"},
         [](std::span<const double> x) { return -x[0] / 365.25; },
         "DAYS_BIRTH"},
        {"DAYS_REGISTRATION_PERC",
         {"DAYS_REGISTRATION", "DAYS_BIRTH"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "DAYS_REGISTRATION"},
        {"DAYS_ID_PUBLISH_PERC",
         {"DAYS_ID_PUBLISH", "DAYS_BIRTH"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "DAYS_ID_PUBLISH"},
        {"DAYS_LAST_PHONE_CHANGE_PERC",
         {"DAYS_LAST_PHONE_CHANGE", "DAYS_BIRTH"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "DAYS_LAST_PHONE_CHANGE"},
        {"CHILDREN_RATIO",
         {"CNT_CHILDREN", "CNT_FAM_MEMBERS"},
         [](std::span<const double> x) { return ratio(x[0], x[1]); },
         "CNT_CHILDREN"},
        {"EXT_SOURCES_MEAN", extSources, mean, "EXT_SOURCES"},
        {"EXT_SOURCES_MIN", extSources,
         [](std::span<const double> x) {
             double result = kNaN;
             for (const double value : x)
                 if (!std::isnan(value) && !(result <= value))
                     result = value;
             return result;
         },
         "EXT_SOURCES"},
        {"EXT_SOURCES_MAX", extSources,
         [](std::span<const double> x) {
             double result = kNaN;
             for (const double value : x)
                 if (!std::isnan(value) && !(result >= value))
                     result = value;
             return result;
         },
         "EXT_SOURCES"},
        {"EXT_SOURCES_STD", extSources,
         [](std::span<const double> x) {
             // pandas' row std: sample standard deviation of the present scores, NaN below two.
             const double average = mean(x);
             std::size_t count = 0;
             double squares = 0.0;
             for (const double value : x)
                 if (!std::isnan(value)) {
                     ++count;
                     squares += (value - average) * (value - average);
                 }
             return count < 2 ? kNaN : std::sqrt(squares / static_cast<double>(count - 1));
         },
         "EXT_SOURCES"},
        {"EXT_SOURCES_PROD", extSources,
         [](std::span<const double> x) { return x[0] * x[1] * x[2]; }, "EXT_SOURCES"},
        {"EXT_SOURCES_MISSING", extSources,
         [](std::span<const double> x) {
             double missing = 0.0;
             for (const double value : x)
                 missing += std::isnan(value) ? 1.0 : 0.0;
             return missing;
         },
         "EXT_SOURCES"},
        {"DOCUMENT_COUNT", documents, sumOfPresent, "DOCUMENT_COUNT"},
        {"REQ_CREDIT_BUREAU_TOTAL",
         {"AMT_REQ_CREDIT_BUREAU_HOUR", "AMT_REQ_CREDIT_BUREAU_DAY", "AMT_REQ_CREDIT_BUREAU_WEEK",
          "AMT_REQ_CREDIT_BUREAU_MON", "AMT_REQ_CREDIT_BUREAU_QRT", "AMT_REQ_CREDIT_BUREAU_YEAR"},
         sumOfPresent,
         "REQ_CREDIT_BUREAU_TOTAL"},
    };
}

class ApplicationBlock : public FeatureBlock {
public:
    explicit ApplicationBlock(const BlockContext& context)
    {
        const auto& table = context.dataset.applications;
        auto& catalogue = context.catalogue;
        firstOutput_ = catalogue.size();
        for (const auto& name : context.vocabulary.applicationColumns) {
            const auto value = RowValue::column(&table, name);
            raw_.push_back({value.inputs[0], value.days[0], catalogue.declare([&] {
                                return FeatureDefinition{name, "application", {name}, "value",
                                                         "",   false,         name};
                            })});
        }
        for (const auto& [categoryIndex, levels] : context.categoriesOf("application")) {
            OneHot oneHot;
            oneHot.categoryIndex = categoryIndex;
            if (const auto* column = table.find(levels->column); column && column->isCategory()) {
                oneHot.column = column;
                oneHot.levelOfCode = mapLevels(*column, levels->levels);
            }
            for (const auto& level : levels->levels)
                // An init-capture, not the structured binding itself: clang 15 (the fuzz
                // build's compiler) cannot capture bindings yet.
                oneHot.outputs.push_back(catalogue.declare([&, category = levels] {
                    return FeatureDefinition{category->column + "_" + level,
                                             "application",
                                             {category->column},
                                             "one_hot",
                                             level,
                                             false,
                                             category->column};
                }));
            if (levels->missingLevel)
                oneHot.missingOutput = catalogue.declare([&, category = levels] {
                    return FeatureDefinition{category->column + "_nan",
                                             "application",
                                             {category->column},
                                             "one_hot",
                                             "",
                                             true,
                                             category->column};
                });
            oneHots_.push_back(std::move(oneHot));
        }
        // Built once: the formulas' input names are the same for every dataset.
        static const std::vector<Formula> formulas = applicationFormulas();
        for (const auto& formula : formulas) {
            BoundFormula bound;
            bound.compute = formula.compute;
            for (const auto& input : formula.inputs) {
                const auto value = RowValue::column(&table, input);
                bound.inputs.push_back(value.inputs[0]);
                bound.days.push_back(value.days[0] && !formula.rawInputs);
            }
            bound.output = catalogue.declare([&] {
                const std::string aggregation =
                    formula.name == std::string("DAYS_EMPLOYED_ANOM") ? "flag" : "ratio";
                return FeatureDefinition{formula.name, "application", formula.inputs,  aggregation,
                                         "",           false,         formula.labelKey};
            });
            formulas_.push_back(std::move(bound));
        }
        endOutput_ = catalogue.size();
    }

    void compute(const HistoryIndex&, const ApplicantHistory& history, BlockScratch& scratch,
                 double* out, UnseenCounts& unseen) const override
    {
        const auto row = static_cast<std::uint32_t>(history.applicationRow);
        for (const auto& raw : raw_)
            out[raw.output] = readNumber(raw.column, row, raw.days);
        for (const auto& oneHot : oneHots_) {
            for (const auto output : oneHot.outputs)
                out[output] = 0.0;
            if (oneHot.missingOutput != kNone)
                out[oneHot.missingOutput] = 0.0;
            if (oneHot.column == nullptr)
                continue;
            const auto code = oneHot.column->code(row);
            if (code == data::Column::kMissingCode) {
                if (oneHot.missingOutput != kNone)
                    out[oneHot.missingOutput] = 1.0;
                continue;
            }
            const auto level = oneHot.levelOfCode[static_cast<std::size_t>(code)];
            if (level < 0)
                ++unseen[oneHot.categoryIndex];
            else
                out[oneHot.outputs[static_cast<std::size_t>(level)]] = 1.0;
        }
        auto& inputs = scratch.values;
        for (const auto& formula : formulas_) {
            inputs.clear();
            for (std::size_t input = 0; input < formula.inputs.size(); ++input)
                inputs.push_back(readNumber(formula.inputs[input], row, formula.days[input]));
            out[formula.output] = formula.compute(inputs);
        }
    }

private:
    static constexpr std::size_t kNone = SIZE_MAX;
    struct Raw {
        const data::Column* column;
        bool days;
        std::size_t output;
    };
    struct OneHot {
        const data::Column* column = nullptr;
        std::vector<std::int32_t> levelOfCode;
        std::vector<std::size_t> outputs;
        std::size_t missingOutput = kNone;
        std::size_t categoryIndex = 0;
    };
    struct BoundFormula {
        std::vector<const data::Column*> inputs;
        std::vector<bool> days;
        double (*compute)(std::span<const double>);
        std::size_t output;
    };
    std::vector<Raw> raw_;
    std::vector<OneHot> oneHots_;
    std::vector<BoundFormula> formulas_;
};

} // namespace

std::unique_ptr<FeatureBlock> makeApplicationBlock(const BlockContext& context)
{
    return std::make_unique<ApplicationBlock>(context);
}

} // namespace credit::features
