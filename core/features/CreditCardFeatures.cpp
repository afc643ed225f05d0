// Credit card monthly balances: the recipe aggregates every column (min, max, mean, sum, var)
// including the one-hot contract status, as CC_*, plus CC_COUNT; beyond it, the utilisation of
// the limit (balance / limit) and the share of months past due.
#include "data/HomeCreditDataset.h"
#include "features/FeatureBlocks.h"
#include "features/GroupAggregates.h"

#include <cmath>

namespace credit::features {

namespace {

using A = Aggregation;

struct CardColumn {
    const char* name;
    const char* topic;
};

const std::vector<CardColumn>& cardColumns()
{
    static const std::vector<CardColumn> columns{
        {"MONTHS_BALANCE", "card.history"},
        {"AMT_BALANCE", "card.balance"},
        {"AMT_CREDIT_LIMIT_ACTUAL", "card.limit"},
        {"AMT_DRAWINGS_ATM_CURRENT", "card.drawings"},
        {"AMT_DRAWINGS_CURRENT", "card.drawings"},
        {"AMT_DRAWINGS_OTHER_CURRENT", "card.drawings"},
        {"AMT_DRAWINGS_POS_CURRENT", "card.drawings"},
        {"AMT_INST_MIN_REGULARITY", "card.payments"},
        {"AMT_PAYMENT_CURRENT", "card.payments"},
        {"AMT_PAYMENT_TOTAL_CURRENT", "card.payments"},
        {"AMT_RECEIVABLE_PRINCIPAL", "card.balance"},
        {"AMT_RECIVABLE", "card.balance"},
        {"AMT_TOTAL_RECEIVABLE", "card.balance"},
        {"CNT_DRAWINGS_ATM_CURRENT", "card.drawings"},
        {"CNT_DRAWINGS_CURRENT", "card.drawings"},
        {"CNT_DRAWINGS_OTHER_CURRENT", "card.drawings"},
        {"CNT_DRAWINGS_POS_CURRENT", "card.drawings"},
        {"CNT_INSTALMENT_MATURE_CUM", "card.history"},
        {"SK_DPD", "card.late"},
        {"SK_DPD_DEF", "card.late"},
    };
    return columns;
}

double utilisation(double balance, double limit)
{
    return ratio(balance, limit);
}
double pastDue(double dpd, double)
{
    return std::isnan(dpd) ? dpd : (dpd > 0 ? 1.0 : 0.0);
}

class CreditCardBlock : public FeatureBlock {
public:
    explicit CreditCardBlock(const BlockContext& context)
    {
        auto& catalogue = context.catalogue;
        const data::Table* card =
            context.dataset.creditCardBalance ? &*context.dataset.creditCardBalance : nullptr;
        present_ = card != nullptr;
        firstOutput_ = catalogue.size();
        for (const auto& column : cardColumns())
            all_.add(catalogue, column.name, RowValue::column(card, column.name), {column.name},
                     {A::Min, A::Max, A::Mean, A::Sum, A::Var}, column.topic);
        for (const auto& [categoryIndex, levels] : context.categoriesOf("credit_card_balance"))
            shares_.emplace_back(
                catalogue, "CC_", *levels, categoryIndex, card,
                std::initializer_list<Aggregation>{A::Min, A::Max, A::Mean, A::Sum, A::Var},
                "card.status");
        count_ = catalogue.add(
            {"CC_COUNT", "credit_card_balance", {"SK_ID_CURR"}, "count", "", false, "card.count"});
        all_.add(catalogue, "UTILISATION",
                 RowValue::formulaOf(card, "AMT_BALANCE", "AMT_CREDIT_LIMIT_ACTUAL", utilisation),
                 {"AMT_BALANCE", "AMT_CREDIT_LIMIT_ACTUAL"}, {A::Mean, A::Max}, "card.balance");
        all_.addNamed(catalogue, "CC_LATE_SHARE", RowValue::formulaOf(card, "SK_DPD", "", pastDue),
                      {"SK_DPD"}, A::Mean, "share", "card.late");
        endOutput_ = catalogue.size();
    }

    void compute(const HistoryIndex&, const ApplicantHistory& history, BlockScratch& scratch,
                 double* out, UnseenCounts& unseen) const override
    {
        const auto rows = history.creditCard;
        auto& positions = scratch.positions;
        selectPositions(rows, positions, [](std::uint32_t) { return true; });
        all_.compute(rows, positions, {}, 0, scratch.values, out);
        for (const auto& shares : shares_)
            shares.compute(rows, positions, scratch.levelCounts, out, unseen);
        out[count_] = static_cast<double>(rows.size());
    }

private:
    GroupAggregates all_{"CC_", "credit_card_balance"};
    std::vector<CategoryShares> shares_;
    std::size_t count_ = 0;
};

} // namespace

std::unique_ptr<FeatureBlock> makeCreditCardBlock(const BlockContext& context)
{
    return std::make_unique<CreditCardBlock>(context);
}

} // namespace credit::features
