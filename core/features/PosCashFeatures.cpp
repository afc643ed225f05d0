// POS and cash loan monthly balances: the recipe's POS_* aggregates and POS_COUNT; beyond it, the
// last 12 months (MONTHS_BALANCE >= -12) as POS_RECENT_*, the share of months past due and the
// trend of days past due (recent mean minus older mean: positive when the client is slipping).
#include "data/HomeCreditDataset.h"
#include "features/FeatureBlocks.h"
#include "features/GroupAggregates.h"

#include <cmath>

namespace credit::features {

namespace {

using A = Aggregation;

constexpr double kRecentMonths = -12.0;

double pastDue(double dpd, double)
{
    return std::isnan(dpd) ? dpd : (dpd > 0 ? 1.0 : 0.0);
}

class PosCashBlock : public FeatureBlock {
public:
    explicit PosCashBlock(const BlockContext& context)
    {
        auto& catalogue = context.catalogue;
        const data::Table* pos =
            context.dataset.posCashBalance ? &*context.dataset.posCashBalance : nullptr;
        present_ = pos != nullptr;
        firstOutput_ = catalogue.size();
        months_ = RowValue::column(pos, "MONTHS_BALANCE").inputs[0];
        dpd_ = RowValue::column(pos, "SK_DPD").inputs[0];

        all_.add(catalogue, "MONTHS_BALANCE", RowValue::column(pos, "MONTHS_BALANCE"),
                 {"MONTHS_BALANCE"}, {A::Max, A::Mean, A::Size}, "pos.history");
        all_.add(catalogue, "SK_DPD", RowValue::column(pos, "SK_DPD"), {"SK_DPD"},
                 {A::Max, A::Mean}, "pos.late");
        all_.add(catalogue, "SK_DPD_DEF", RowValue::column(pos, "SK_DPD_DEF"), {"SK_DPD_DEF"},
                 {A::Max, A::Mean}, "pos.late");
        for (const auto& [categoryIndex, levels] : context.categoriesOf("POS_CASH_balance"))
            shares_.emplace_back(catalogue, "POS_", *levels, categoryIndex, pos,
                                 std::initializer_list<Aggregation>{A::Mean}, "pos.status");
        count_ = catalogue.add(
            {"POS_COUNT", "POS_CASH_balance", {"SK_ID_CURR"}, "count", "", false, "pos.count"});

        all_.add(catalogue, "CNT_INSTALMENT_FUTURE", RowValue::column(pos, "CNT_INSTALMENT_FUTURE"),
                 {"CNT_INSTALMENT_FUTURE"}, {A::Mean}, "pos.history");
        all_.addNamed(catalogue, "POS_LATE_SHARE", RowValue::formulaOf(pos, "SK_DPD", "", pastDue),
                      {"SK_DPD"}, A::Mean, "share", "pos.late");
        recent_.add(catalogue, "SK_DPD", RowValue::column(pos, "SK_DPD"),
                    {"SK_DPD", "MONTHS_BALANCE"}, {A::Max, A::Mean}, "pos.recent");
        recent_.add(catalogue, "SK_DPD_DEF", RowValue::column(pos, "SK_DPD_DEF"),
                    {"SK_DPD_DEF", "MONTHS_BALANCE"}, {A::Max, A::Mean}, "pos.recent");
        recentCount_ = catalogue.add({"POS_RECENT_COUNT",
                                      "POS_CASH_balance",
                                      {"MONTHS_BALANCE"},
                                      "count",
                                      "",
                                      false,
                                      "pos.recent"});
        trend_ = catalogue.add({"POS_SK_DPD_TREND",
                                "POS_CASH_balance",
                                {"SK_DPD", "MONTHS_BALANCE"},
                                "trend",
                                "",
                                false,
                                "pos.late"});
        endOutput_ = catalogue.size();
    }

    void compute(const HistoryIndex&, const ApplicantHistory& history, BlockScratch& scratch,
                 double* out, UnseenCounts& unseen) const override
    {
        const auto rows = history.pos;
        auto& positions = scratch.positions;
        selectPositions(rows, positions, [](std::uint32_t) { return true; });
        all_.compute(rows, positions, {}, 0, scratch.values, out);
        for (const auto& shares : shares_)
            shares.compute(rows, positions, scratch.levelCounts, out, unseen);
        out[count_] = static_cast<double>(rows.size());

        selectPositions(rows, positions, [this](std::uint32_t row) {
            return readNumber(months_, row, false) >= kRecentMonths;
        });
        recent_.compute(rows, positions, {}, 0, scratch.values, out);
        out[recentCount_] = months_ ? static_cast<double>(positions.size()) : kNaN;
        out[trend_] = trend(rows);
    }

private:
    double trend(std::span<const std::uint32_t> rows) const
    {
        double recentSum = 0.0, olderSum = 0.0;
        std::size_t recentCount = 0, olderCount = 0;
        for (const auto row : rows) {
            const double month = readNumber(months_, row, false);
            const double dpd = readNumber(dpd_, row, false);
            if (std::isnan(month) || std::isnan(dpd))
                continue;
            if (month >= kRecentMonths) {
                recentSum += dpd;
                ++recentCount;
            } else {
                olderSum += dpd;
                ++olderCount;
            }
        }
        if (recentCount == 0 || olderCount == 0)
            return kNaN;
        return recentSum / static_cast<double>(recentCount) -
               olderSum / static_cast<double>(olderCount);
    }

    const data::Column* months_ = nullptr;
    const data::Column* dpd_ = nullptr;
    GroupAggregates all_{"POS_", "POS_CASH_balance"};
    GroupAggregates recent_{"POS_RECENT_", "POS_CASH_balance"};
    std::vector<CategoryShares> shares_;
    std::size_t count_ = 0;
    std::size_t recentCount_ = 0;
    std::size_t trend_ = 0;
};

} // namespace

std::unique_ptr<FeatureBlock> makePosCashBlock(const BlockContext& context)
{
    return std::make_unique<PosCashBlock>(context);
}

} // namespace credit::features
