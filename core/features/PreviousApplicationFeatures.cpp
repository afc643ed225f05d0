// Previous applications at Home Credit: the recipe's PREV_* (all), APPROVED_* and REFUSED_*
// aggregates with APP_CREDIT_PERC = AMT_APPLICATION / AMT_CREDIT and 365243 read as missing in
// the DAYS_* columns; shares of every category level; beyond the recipe, counts and the status of
// the most recent application (by DAYS_DECISION) with how long ago it was decided.
#include "data/HomeCreditDataset.h"
#include "features/FeatureBlocks.h"
#include "features/GroupAggregates.h"

#include <cmath>

namespace credit::features {

namespace {

using A = Aggregation;

struct NumericAggregate {
    const char* column;
    std::vector<Aggregation> aggregations;
};

const std::vector<NumericAggregate>& previousAggregates()
{
    static const std::vector<NumericAggregate> aggregates{
        {"AMT_ANNUITY", {A::Min, A::Max, A::Mean}},
        {"AMT_APPLICATION", {A::Min, A::Max, A::Mean}},
        {"AMT_CREDIT", {A::Min, A::Max, A::Mean}},
        {"APP_CREDIT_PERC", {A::Min, A::Max, A::Mean, A::Var}},
        {"AMT_DOWN_PAYMENT", {A::Min, A::Max, A::Mean}},
        {"AMT_GOODS_PRICE", {A::Min, A::Max, A::Mean}},
        {"HOUR_APPR_PROCESS_START", {A::Min, A::Max, A::Mean}},
        {"RATE_DOWN_PAYMENT", {A::Min, A::Max, A::Mean}},
        {"DAYS_DECISION", {A::Min, A::Max, A::Mean}},
        {"CNT_PAYMENT", {A::Mean, A::Sum}},
    };
    return aggregates;
}

class PreviousApplicationBlock : public FeatureBlock {
public:
    explicit PreviousApplicationBlock(const BlockContext& context)
    {
        auto& catalogue = context.catalogue;
        const auto& dataset = context.dataset;
        const data::Table* previous =
            dataset.previousApplications ? &*dataset.previousApplications : nullptr;
        present_ = previous != nullptr;
        firstOutput_ = catalogue.size();
        if (previous) {
            status_ = previous->find("NAME_CONTRACT_STATUS");
            if (status_ && !status_->isCategory())
                status_ = nullptr;
            if (status_) {
                approvedCode_ = status_->codeOf("Approved");
                refusedCode_ = status_->codeOf("Refused");
            }
            decision_ = RowValue::column(previous, "DAYS_DECISION").inputs[0];
        }

        declareNumeric(all_, catalogue, previous, "previous.applications");
        // The recipe turns 365243 into NaN in these dates but never aggregates them; here they are.
        for (const char* column :
             {"DAYS_FIRST_DRAWING", "DAYS_FIRST_DUE", "DAYS_LAST_DUE_1ST_VERSION", "DAYS_LAST_DUE",
              "DAYS_TERMINATION"})
            all_.add(catalogue, column, RowValue::column(previous, column), {column},
                     {A::Min, A::Max, A::Mean}, "previous.applications");
        all_.add(catalogue, "FLAG_LAST_APPL_PER_CONTRACT",
                 RowValue::column(previous, "FLAG_LAST_APPL_PER_CONTRACT"),
                 {"FLAG_LAST_APPL_PER_CONTRACT"}, {A::Mean}, "previous.applications");
        all_.add(catalogue, "NFLAG_INSURED_ON_APPROVAL",
                 RowValue::column(previous, "NFLAG_INSURED_ON_APPROVAL"),
                 {"NFLAG_INSURED_ON_APPROVAL"}, {A::Mean}, "previous.applications");
        for (const auto& [categoryIndex, levels] : context.categoriesOf("previous_application"))
            shares_.emplace_back(catalogue, "PREV_", *levels, categoryIndex, previous,
                                 std::initializer_list<Aggregation>{A::Mean},
                                 levels->column == "NAME_CONTRACT_STATUS" ? "previous.status"
                                                                          : "previous.profile");
        declareNumeric(approved_, catalogue, previous, "previous.approved");
        declareNumeric(refused_, catalogue, previous, "previous.refused");

        prevCount_ = catalogue.add({"PREV_COUNT",
                                    "previous_application",
                                    {"SK_ID_CURR"},
                                    "count",
                                    "",
                                    false,
                                    "previous.count"});
        approvedCount_ = catalogue.add({"APPROVED_COUNT",
                                        "previous_application",
                                        {"NAME_CONTRACT_STATUS"},
                                        "count",
                                        "",
                                        false,
                                        "previous.approved"});
        refusedCount_ = catalogue.add({"REFUSED_COUNT",
                                       "previous_application",
                                       {"NAME_CONTRACT_STATUS"},
                                       "count",
                                       "",
                                       false,
                                       "previous.refused"});
        lastDecision_ = catalogue.add({"PREV_LAST_DAYS_DECISION",
                                       "previous_application",
                                       {"DAYS_DECISION"},
                                       "last",
                                       "",
                                       false,
                                       "previous.last"});
        for (const auto& [categoryIndex, levels] : context.categoriesOf("previous_application")) {
            if (levels->column != "NAME_CONTRACT_STATUS")
                continue;
            if (status_)
                lastStatusLevelOfCode_ = mapLevels(*status_, levels->levels);
            for (const auto& level : levels->levels)
                lastStatus_.push_back(catalogue.add({"PREV_LAST_STATUS_" + level,
                                                     "previous_application",
                                                     {"NAME_CONTRACT_STATUS", "DAYS_DECISION"},
                                                     "last",
                                                     level,
                                                     false,
                                                     "previous.last"}));
        }
        endOutput_ = catalogue.size();
    }

    void compute(const HistoryIndex&, const ApplicantHistory& history, BlockScratch& scratch,
                 double* out, UnseenCounts& unseen) const override
    {
        const auto rows = history.previous;
        auto& positions = scratch.positions;
        selectPositions(rows, positions, [](std::uint32_t) { return true; });
        all_.compute(rows, positions, {}, 0, scratch.values, out);
        for (const auto& shares : shares_)
            shares.compute(rows, positions, scratch.levelCounts, out, unseen);
        out[prevCount_] = static_cast<double>(rows.size());
        computeLast(rows, out);

        const auto withStatus = [this](std::int32_t code) {
            return [this, code](std::uint32_t row) {
                return status_ != nullptr && code != data::Column::kMissingCode &&
                       status_->code(row) == code;
            };
        };
        selectPositions(rows, positions, withStatus(approvedCode_));
        approved_.compute(rows, positions, {}, 0, scratch.values, out);
        out[approvedCount_] = status_ ? static_cast<double>(positions.size()) : kNaN;
        selectPositions(rows, positions, withStatus(refusedCode_));
        refused_.compute(rows, positions, {}, 0, scratch.values, out);
        out[refusedCount_] = status_ ? static_cast<double>(positions.size()) : kNaN;
    }

private:
    static void declareNumeric(GroupAggregates& group, FeatureCatalogue& catalogue,
                               const data::Table* previous, const std::string& topic)
    {
        for (const auto& aggregate : previousAggregates()) {
            const std::string column = aggregate.column;
            if (column == "APP_CREDIT_PERC")
                group.add(catalogue, column,
                          RowValue::formulaOf(previous, "AMT_APPLICATION", "AMT_CREDIT",
                                              [](double a, double b) { return ratio(a, b); }),
                          {"AMT_APPLICATION", "AMT_CREDIT"}, aggregate.aggregations, topic);
            else
                group.add(catalogue, column, RowValue::column(previous, column), {column},
                          aggregate.aggregations, topic);
        }
    }

    // The most recent application (largest DAYS_DECISION; the first of equals, in file order).
    void computeLast(std::span<const std::uint32_t> rows, double* out) const
    {
        std::size_t last = SIZE_MAX;
        double lastDay = kNaN;
        for (std::size_t position = 0; position < rows.size(); ++position) {
            const double day = readNumber(decision_, rows[position], true);
            if (!std::isnan(day) && (std::isnan(lastDay) || day > lastDay)) {
                lastDay = day;
                last = position;
            }
        }
        out[lastDecision_] = lastDay;
        for (const auto output : lastStatus_)
            out[output] = last == SIZE_MAX ? kNaN : 0.0;
        if (last == SIZE_MAX || status_ == nullptr || lastStatusLevelOfCode_.empty())
            return;
        const auto code = status_->code(rows[last]);
        if (code == data::Column::kMissingCode)
            return;
        const auto level = lastStatusLevelOfCode_[static_cast<std::size_t>(code)];
        if (level >= 0)
            out[lastStatus_[static_cast<std::size_t>(level)]] = 1.0;
    }

    const data::Column* status_ = nullptr;
    const data::Column* decision_ = nullptr;
    std::int32_t approvedCode_ = data::Column::kMissingCode;
    std::int32_t refusedCode_ = data::Column::kMissingCode;
    std::vector<std::int32_t> lastStatusLevelOfCode_;
    GroupAggregates all_{"PREV_", "previous_application"};
    GroupAggregates approved_{"APPROVED_", "previous_application"};
    GroupAggregates refused_{"REFUSED_", "previous_application"};
    std::vector<CategoryShares> shares_;
    std::size_t prevCount_ = 0;
    std::size_t approvedCount_ = 0;
    std::size_t refusedCount_ = 0;
    std::size_t lastDecision_ = 0;
    std::vector<std::size_t> lastStatus_;
};

} // namespace

std::unique_ptr<FeatureBlock> makePreviousApplicationBlock(const BlockContext& context)
{
    return std::make_unique<PreviousApplicationBlock>(context);
}

} // namespace credit::features
