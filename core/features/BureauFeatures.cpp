// Bureau features: credits reported by other institutions, following the recipe. bureau_balance
// is first summarised per bureau credit (MONTHS_BALANCE min/max/size, STATUS shares), joined to
// the credit, then everything is aggregated per applicant as BURO_* (all credits), ACTIVE_* and
// CLOSED_* (numeric aggregates only), plus counts, debt ratios and the share of late months.
#include "data/HomeCreditDataset.h"
#include "features/FeatureBlocks.h"
#include "features/GroupAggregates.h"

#include <algorithm>
#include <cmath>

namespace credit::features {

namespace {

using A = Aggregation;

struct NumericAggregate {
    const char* column;
    std::vector<Aggregation> aggregations;
    const char* topic;
};

// The recipe's num_aggregations for bureau, column by column.
const std::vector<NumericAggregate>& bureauAggregates()
{
    static const std::vector<NumericAggregate> aggregates{
        {"DAYS_CREDIT", {A::Min, A::Max, A::Mean, A::Var}, "credits"},
        {"DAYS_CREDIT_ENDDATE", {A::Min, A::Max, A::Mean}, "credits"},
        {"DAYS_CREDIT_UPDATE", {A::Mean}, "credits"},
        {"CREDIT_DAY_OVERDUE", {A::Max, A::Mean}, "overdue"},
        {"AMT_CREDIT_MAX_OVERDUE", {A::Mean}, "overdue"},
        {"AMT_CREDIT_SUM", {A::Max, A::Mean, A::Sum}, "credits"},
        {"AMT_CREDIT_SUM_DEBT", {A::Max, A::Mean, A::Sum}, "debt"},
        {"AMT_CREDIT_SUM_OVERDUE", {A::Mean}, "overdue"},
        {"AMT_CREDIT_SUM_LIMIT", {A::Mean, A::Sum}, "credits"},
        {"AMT_ANNUITY", {A::Max, A::Mean}, "credits"},
        {"CNT_CREDIT_PROLONG", {A::Sum}, "credits"},
    };
    return aggregates;
}

// Per bureau credit, computed from its bureau_balance rows before aggregating per applicant.
enum PerCredit : std::size_t { MonthsMin, MonthsMax, MonthsSize, LateMonths, kFixedPerCredit };

class BureauBlock : public FeatureBlock {
public:
    explicit BureauBlock(const BlockContext& context)
    {
        const auto& dataset = context.dataset;
        auto& catalogue = context.catalogue;
        const data::Table* bureau = dataset.bureau ? &*dataset.bureau : nullptr;
        const data::Table* balance = dataset.bureauBalance ? &*dataset.bureauBalance : nullptr;
        present_ = bureau != nullptr;
        firstOutput_ = catalogue.size();

        if (balance) {
            months_ = balance->find("MONTHS_BALANCE");
            status_ = balance->find("STATUS");
            if (status_ && !status_->isCategory())
                status_ = nullptr;
            // Which of this dataset's codes are late months, whatever the vocabulary holds: a
            // spec fitted without bureau_balance still meets STATUS values when scoring.
            if (status_)
                for (const auto& level : status_->levels())
                    lateCode_.push_back(level.size() == 1 && level[0] >= '1' && level[0] <= '5');
        }
        if (bureau) {
            creditActive_ = bureau->find("CREDIT_ACTIVE");
            if (creditActive_ && creditActive_->isCategory()) {
                activeCode_ = creditActive_->codeOf("Active");
                closedCode_ = creditActive_->codeOf("Closed");
            } else {
                creditActive_ = nullptr;
            }
            debt_ = RowValue::column(bureau, "AMT_CREDIT_SUM_DEBT").inputs[0];
            credit_ = RowValue::column(bureau, "AMT_CREDIT_SUM").inputs[0];
        }
        const auto statusCategories = context.categoriesOf("bureau_balance");
        if (!statusCategories.empty() && statusCategories.front().second->column == "STATUS") {
            const auto& levels = *statusCategories.front().second;
            statusCategory_ = statusCategories.front().first;
            statusLevels_ = levels.levels.size();
            statusMissingLevel_ = levels.missingLevel;
            statusFitted_ = true;
            if (status_)
                statusLevelOfCode_ = mapLevels(*status_, levels.levels);
            for (const auto& level : levels.levels)
                statusNames_.push_back("STATUS_" + level + "_MEAN");
            if (levels.missingLevel)
                statusNames_.push_back("STATUS_nan_MEAN");
        }
        perCreditWidth_ = kFixedPerCredit + statusNames_.size();

        // BURO_*: the recipe's numeric aggregates, then category shares, then the balance shares.
        declareNumeric(all_, catalogue, bureau, "bureau.credits");
        for (const auto& [categoryIndex, levels] : context.categoriesOf("bureau")) {
            const std::string topic = levels->column == "CREDIT_ACTIVE"     ? "bureau.status"
                                      : levels->column == "CREDIT_TYPE"     ? "bureau.type"
                                      : levels->column == "CREDIT_CURRENCY" ? "bureau.currency"
                                                                            : "bureau.credits";
            shares_.emplace_back(catalogue, "BURO_", *levels, categoryIndex, bureau,
                                 std::initializer_list<Aggregation>{A::Mean}, topic);
        }
        for (std::size_t status = 0; status < statusNames_.size(); ++status)
            all_.add(catalogue, statusNames_[status], RowValue::perRow(kFixedPerCredit + status),
                     {"STATUS"}, {A::Mean}, "bureau.balance", "bureau_balance");
        declareNumeric(active_, catalogue, bureau, "bureau.active");
        declareNumeric(closed_, catalogue, bureau, "bureau.closed");

        // Beyond the recipe.
        buroCount_ = catalogue.add(
            {"BURO_COUNT", "bureau", {"SK_ID_CURR"}, "count", "", false, "bureau.count"});
        activeCount_ = catalogue.add(
            {"ACTIVE_COUNT", "bureau", {"CREDIT_ACTIVE"}, "count", "", false, "bureau.active"});
        closedCount_ = catalogue.add(
            {"CLOSED_COUNT", "bureau", {"CREDIT_ACTIVE"}, "count", "", false, "bureau.closed"});
        buroDebtRatio_ = catalogue.add({"BURO_DEBT_CREDIT_RATIO",
                                        "bureau",
                                        {"AMT_CREDIT_SUM_DEBT", "AMT_CREDIT_SUM"},
                                        "ratio",
                                        "",
                                        false,
                                        "bureau.debt"});
        activeDebtRatio_ =
            catalogue.add({"ACTIVE_DEBT_CREDIT_RATIO",
                           "bureau",
                           {"AMT_CREDIT_SUM_DEBT", "AMT_CREDIT_SUM", "CREDIT_ACTIVE"},
                           "ratio",
                           "",
                           false,
                           "bureau.active"});
        extras_.addNamed(catalogue, "BURO_OVERDUE_SHARE",
                         RowValue::formulaOf(bureau, "CREDIT_DAY_OVERDUE", "",
                                             [](double x, double) {
                                                 return std::isnan(x) ? x : (x > 0 ? 1.0 : 0.0);
                                             }),
                         {"CREDIT_DAY_OVERDUE"}, A::Mean, "share", "bureau.overdue");
        bbLateShare_ = catalogue.add({"BURO_BB_LATE_SHARE",
                                      "bureau_balance",
                                      {"STATUS"},
                                      "share",
                                      "",
                                      false,
                                      "bureau.balance"});
        endOutput_ = catalogue.size();
    }

    void compute(const HistoryIndex& index, const ApplicantHistory& history, BlockScratch& scratch,
                 double* out, UnseenCounts& unseen) const override
    {
        const auto rows = history.bureau;
        summariseBalances(index, rows, scratch, unseen);
        const std::span<const double> perCredit(scratch.perRow);
        auto& positions = scratch.positions;

        selectPositions(rows, positions, [](std::uint32_t) { return true; });
        all_.compute(rows, positions, perCredit, perCreditWidth_, scratch.values, out);
        extras_.compute(rows, positions, perCredit, perCreditWidth_, scratch.values, out);
        for (const auto& shares : shares_)
            shares.compute(rows, positions, scratch.levelCounts, out, unseen);
        out[buroCount_] = static_cast<double>(rows.size());
        out[buroDebtRatio_] = rows.empty() ? kNaN : debtRatio(rows, positions);
        double lateMonths = 0.0;
        double months = 0.0;
        for (std::size_t position = 0; position < rows.size(); ++position) {
            const double size = perCredit[position * perCreditWidth_ + MonthsSize];
            if (!std::isnan(size)) {
                months += size;
                lateMonths += perCredit[position * perCreditWidth_ + LateMonths];
            }
        }
        out[bbLateShare_] = months > 0 ? lateMonths / months : kNaN;

        const auto withStatus = [&](std::int32_t code) {
            return [this, code](std::uint32_t row) {
                return creditActive_ != nullptr && code != data::Column::kMissingCode &&
                       creditActive_->code(row) == code;
            };
        };
        selectPositions(rows, positions, withStatus(activeCode_));
        active_.compute(rows, positions, perCredit, perCreditWidth_, scratch.values, out);
        out[activeCount_] = creditActive_ ? static_cast<double>(positions.size()) : kNaN;
        out[activeDebtRatio_] = positions.empty() ? kNaN : debtRatio(rows, positions);
        selectPositions(rows, positions, withStatus(closedCode_));
        closed_.compute(rows, positions, perCredit, perCreditWidth_, scratch.values, out);
        out[closedCount_] = creditActive_ ? static_cast<double>(positions.size()) : kNaN;
    }

private:
    static void declareNumeric(GroupAggregates& group, FeatureCatalogue& catalogue,
                               const data::Table* bureau, const std::string& topicOverride)
    {
        const bool byColumn = topicOverride == "bureau.credits";
        for (const auto& aggregate : bureauAggregates())
            group.add(catalogue, aggregate.column, RowValue::column(bureau, aggregate.column),
                      {aggregate.column}, aggregate.aggregations,
                      byColumn ? std::string("bureau.") + aggregate.topic : topicOverride);
        const std::string balanceTopic = byColumn ? "bureau.balance" : topicOverride;
        group.add(catalogue, "MONTHS_BALANCE_MIN", RowValue::perRow(MonthsMin), {"MONTHS_BALANCE"},
                  {A::Min}, balanceTopic, "bureau_balance");
        group.add(catalogue, "MONTHS_BALANCE_MAX", RowValue::perRow(MonthsMax), {"MONTHS_BALANCE"},
                  {A::Max}, balanceTopic, "bureau_balance");
        group.add(catalogue, "MONTHS_BALANCE_SIZE", RowValue::perRow(MonthsSize),
                  {"MONTHS_BALANCE"}, {A::Mean, A::Sum}, balanceTopic, "bureau_balance");
    }

    double debtRatio(std::span<const std::uint32_t> rows,
                     std::span<const std::uint32_t> positions) const
    {
        double debt = 0.0;
        double credit = 0.0;
        for (const auto position : positions) {
            const double rowDebt = readNumber(debt_, rows[position], false);
            const double rowCredit = readNumber(credit_, rows[position], false);
            debt += std::isnan(rowDebt) ? 0.0 : rowDebt;
            credit += std::isnan(rowCredit) ? 0.0 : rowCredit;
        }
        return (debt_ && credit_) ? ratio(debt, credit) : kNaN;
    }

    // Fills scratch.perRow with one line per bureau credit of the applicant: the recipe's
    // bb_aggregations, NaN for a credit without bureau_balance rows (the recipe's left join).
    // Rows sharing one SK_ID_BUREAU share one bureau_balance group: it is summarised once and
    // its line copied, so the work is linear in the rows (a request repeating one key over
    // thousands of bureau rows once cost bureau rows x balance rows).
    void summariseBalances(const HistoryIndex& index, std::span<const std::uint32_t> rows,
                           BlockScratch& scratch, UnseenCounts& unseen) const
    {
        scratch.perRow.assign(rows.size() * perCreditWidth_, kNaN);
        if (!months_ && !status_)
            return;
        auto& order = scratch.slotPositions;
        order.clear();
        for (std::size_t position = 0; position < rows.size(); ++position)
            order.emplace_back(index.bureauCreditSlot(rows[position]),
                               static_cast<std::uint32_t>(position));
        std::sort(order.begin(), order.end());
        for (std::size_t i = 0; i < order.size(); ++i) {
            const auto [slot, position] = order[i];
            double* line = scratch.perRow.data() + position * perCreditWidth_;
            if (i > 0 && slot != KeySlots::kNoSlot && order[i - 1].first == slot) {
                const double* first = scratch.perRow.data() + order[i - 1].second * perCreditWidth_;
                std::copy(first, first + perCreditWidth_, line);
                continue;
            }
            summariseCredit(index.bureauBalanceRows(rows[position]), line, scratch, unseen);
        }
    }

    // One bureau credit's line from its bureau_balance rows (left NaN when it has none).
    void summariseCredit(std::span<const std::uint32_t> balanceRows, double* line,
                         BlockScratch& scratch, UnseenCounts& unseen) const
    {
        if (balanceRows.empty())
            return;
        const std::size_t statusColumns = statusNames_.size();
        double minimum = kNaN;
        double maximum = kNaN;
        double late = 0.0;
        scratch.levelCounts.assign(statusColumns, 0);
        for (const auto row : balanceRows) {
            const double month = readNumber(months_, row, false);
            if (!std::isnan(month)) {
                minimum = std::isnan(minimum) ? month : std::min(minimum, month);
                maximum = std::isnan(maximum) ? month : std::max(maximum, month);
            }
            if (!status_)
                continue;
            const auto code = status_->code(row);
            if (code == data::Column::kMissingCode) {
                if (statusMissingLevel_)
                    ++scratch.levelCounts[statusLevels_];
                continue;
            }
            const auto codeIndex = static_cast<std::size_t>(code);
            late += codeIndex < lateCode_.size() && lateCode_[codeIndex] ? 1.0 : 0.0;
            // Without STATUS in the vocabulary there is no share to count and no unseen level
            // to report: the spec has no feature for it.
            if (!statusFitted_)
                continue;
            const auto level =
                codeIndex < statusLevelOfCode_.size() ? statusLevelOfCode_[codeIndex] : -1;
            if (level < 0)
                ++unseen[statusCategory_];
            else
                ++scratch.levelCounts[static_cast<std::size_t>(level)];
        }
        const double size = static_cast<double>(balanceRows.size());
        line[MonthsMin] = minimum;
        line[MonthsMax] = maximum;
        line[MonthsSize] = size;
        line[LateMonths] = status_ ? late : kNaN;
        for (std::size_t status = 0; status < statusColumns; ++status)
            line[kFixedPerCredit + status] =
                status_ ? static_cast<double>(scratch.levelCounts[status]) / size : kNaN;
    }

    const data::Column* months_ = nullptr;
    const data::Column* status_ = nullptr;
    const data::Column* creditActive_ = nullptr;
    const data::Column* debt_ = nullptr;
    const data::Column* credit_ = nullptr;
    std::int32_t activeCode_ = data::Column::kMissingCode;
    std::int32_t closedCode_ = data::Column::kMissingCode;
    std::vector<std::int32_t> statusLevelOfCode_;
    std::vector<bool> lateCode_;
    std::size_t statusCategory_ = 0;
    std::size_t statusLevels_ = 0;
    bool statusMissingLevel_ = false;
    bool statusFitted_ = false; // the vocabulary has bureau_balance STATUS levels
    std::vector<std::string> statusNames_;
    std::size_t perCreditWidth_ = kFixedPerCredit;

    GroupAggregates all_{"BURO_", "bureau"};
    GroupAggregates active_{"ACTIVE_", "bureau"};
    GroupAggregates closed_{"CLOSED_", "bureau"};
    GroupAggregates extras_{"", "bureau"};
    std::vector<CategoryShares> shares_;
    std::size_t buroCount_ = 0;
    std::size_t activeCount_ = 0;
    std::size_t closedCount_ = 0;
    std::size_t buroDebtRatio_ = 0;
    std::size_t activeDebtRatio_ = 0;
    std::size_t bbLateShare_ = 0;
};

} // namespace

std::unique_ptr<FeatureBlock> makeBureauBlock(const BlockContext& context)
{
    return std::make_unique<BureauBlock>(context);
}

} // namespace credit::features
