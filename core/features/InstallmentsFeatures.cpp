// Instalment payments: the recipe's INSTAL_* aggregates of PAYMENT_PERC, PAYMENT_DIFF, days past
// due (DPD) and days before due (DBD) clipped at 0, amounts, and INSTAL_COUNT; beyond it, the
// share of late and of underpaid instalments, the last 365 days as INSTAL_RECENT_*, and the DPD
// trend (recent mean minus older mean).
//
// One deliberate difference from the recipe: its `x if x > 0 else 0` turns a missing payment
// date into DPD = 0 (on time); here a missing DAYS_ENTRY_PAYMENT keeps DPD and DBD missing.
#include "data/HomeCreditDataset.h"
#include "features/FeatureBlocks.h"
#include "features/GroupAggregates.h"

#include <algorithm>
#include <cmath>

namespace credit::features {

namespace {

using A = Aggregation;

constexpr double kRecentDays = -365.0;

double paymentPerc(double payment, double instalment)
{
    return ratio(payment, instalment);
}
double paymentDiff(double instalment, double payment)
{
    return instalment - payment;
}
// std::max(NaN, 0.0) is NaN: a missing payment date stays missing.
double daysPastDue(double entry, double due)
{
    return std::max(entry - due, 0.0);
}
double daysBeforeDue(double due, double entry)
{
    return std::max(due - entry, 0.0);
}
double isLate(double entry, double due)
{
    const double late = entry - due;
    return std::isnan(late) ? late : (late > 0 ? 1.0 : 0.0);
}
double isUnderpaid(double instalment, double payment)
{
    const double gap = instalment - payment;
    return std::isnan(gap) ? gap : (gap > 0 ? 1.0 : 0.0);
}

class InstallmentsBlock : public FeatureBlock {
public:
    explicit InstallmentsBlock(const BlockContext& context)
    {
        auto& catalogue = context.catalogue;
        const data::Table* table =
            context.dataset.installmentsPayments ? &*context.dataset.installmentsPayments : nullptr;
        present_ = table != nullptr;
        firstOutput_ = catalogue.size();
        dueDay_ = RowValue::column(table, "DAYS_INSTALMENT");
        entryDay_ = RowValue::column(table, "DAYS_ENTRY_PAYMENT");
        const auto dpd =
            RowValue::formulaOf(table, "DAYS_ENTRY_PAYMENT", "DAYS_INSTALMENT", daysPastDue);
        const auto dbd =
            RowValue::formulaOf(table, "DAYS_INSTALMENT", "DAYS_ENTRY_PAYMENT", daysBeforeDue);
        const auto perc = RowValue::formulaOf(table, "AMT_PAYMENT", "AMT_INSTALMENT", paymentPerc);
        const auto diff = RowValue::formulaOf(table, "AMT_INSTALMENT", "AMT_PAYMENT", paymentDiff);
        const std::vector<std::string> dayColumns{"DAYS_ENTRY_PAYMENT", "DAYS_INSTALMENT"};
        const std::vector<std::string> amountColumns{"AMT_PAYMENT", "AMT_INSTALMENT"};

        all_.add(catalogue, "NUM_INSTALMENT_VERSION",
                 RowValue::column(table, "NUM_INSTALMENT_VERSION"), {"NUM_INSTALMENT_VERSION"},
                 {A::NUnique}, "installments.history");
        all_.add(catalogue, "DPD", dpd, dayColumns, {A::Max, A::Mean, A::Sum}, "installments.late");
        all_.add(catalogue, "DBD", dbd, dayColumns, {A::Max, A::Mean, A::Sum},
                 "installments.early");
        all_.add(catalogue, "PAYMENT_PERC", perc, amountColumns, {A::Max, A::Mean, A::Sum, A::Var},
                 "installments.payment_gap");
        all_.add(catalogue, "PAYMENT_DIFF", diff, amountColumns, {A::Max, A::Mean, A::Sum, A::Var},
                 "installments.payment_gap");
        all_.add(catalogue, "AMT_INSTALMENT", RowValue::column(table, "AMT_INSTALMENT"),
                 {"AMT_INSTALMENT"}, {A::Max, A::Mean, A::Sum}, "installments.amounts");
        all_.add(catalogue, "AMT_PAYMENT", RowValue::column(table, "AMT_PAYMENT"), {"AMT_PAYMENT"},
                 {A::Min, A::Max, A::Mean, A::Sum}, "installments.amounts");
        all_.add(catalogue, "DAYS_ENTRY_PAYMENT", RowValue::column(table, "DAYS_ENTRY_PAYMENT"),
                 {"DAYS_ENTRY_PAYMENT"}, {A::Max, A::Mean, A::Sum}, "installments.history");
        count_ = catalogue.add({"INSTAL_COUNT",
                                "installments_payments",
                                {"SK_ID_CURR"},
                                "count",
                                "",
                                false,
                                "installments.count"});

        all_.addNamed(catalogue, "INSTAL_LATE_SHARE",
                      RowValue::formulaOf(table, "DAYS_ENTRY_PAYMENT", "DAYS_INSTALMENT", isLate),
                      dayColumns, A::Mean, "share", "installments.late");
        all_.addNamed(catalogue, "INSTAL_UNDERPAID_SHARE",
                      RowValue::formulaOf(table, "AMT_INSTALMENT", "AMT_PAYMENT", isUnderpaid),
                      amountColumns, A::Mean, "share", "installments.payment_gap");
        recent_.add(catalogue, "DPD", dpd, dayColumns, {A::Max, A::Mean}, "installments.recent");
        recent_.add(catalogue, "PAYMENT_PERC", perc,
                    {"AMT_PAYMENT", "AMT_INSTALMENT", "DAYS_INSTALMENT"}, {A::Mean},
                    "installments.recent");
        recent_.add(catalogue, "PAYMENT_DIFF", diff,
                    {"AMT_PAYMENT", "AMT_INSTALMENT", "DAYS_INSTALMENT"}, {A::Mean},
                    "installments.recent");
        recent_.addNamed(
            catalogue, "INSTAL_RECENT_LATE_SHARE",
            RowValue::formulaOf(table, "DAYS_ENTRY_PAYMENT", "DAYS_INSTALMENT", isLate), dayColumns,
            A::Mean, "share", "installments.recent");
        recentCount_ = catalogue.add({"INSTAL_RECENT_COUNT",
                                      "installments_payments",
                                      {"DAYS_INSTALMENT"},
                                      "count",
                                      "",
                                      false,
                                      "installments.recent"});
        trend_ = catalogue.add({"INSTAL_DPD_TREND", "installments_payments", dayColumns, "trend",
                                "", false, "installments.late"});
        dpd_ = dpd;
        endOutput_ = catalogue.size();
    }

    void compute(const HistoryIndex&, const ApplicantHistory& history, BlockScratch& scratch,
                 double* out, UnseenCounts&) const override
    {
        const auto rows = history.installments;
        auto& positions = scratch.positions;
        selectPositions(rows, positions, [](std::uint32_t) { return true; });
        all_.compute(rows, positions, {}, 0, scratch.values, out);
        out[count_] = static_cast<double>(rows.size());
        selectPositions(rows, positions, [this](std::uint32_t row) {
            return dueDay_.read(row, 0, {}, 0) >= kRecentDays;
        });
        recent_.compute(rows, positions, {}, 0, scratch.values, out);
        out[recentCount_] = dueDay_.inputs[0] ? static_cast<double>(positions.size()) : kNaN;
        out[trend_] = trend(rows);
    }

private:
    double trend(std::span<const std::uint32_t> rows) const
    {
        double recentSum = 0.0, olderSum = 0.0;
        std::size_t recentCount = 0, olderCount = 0;
        for (const auto row : rows) {
            const double due = dueDay_.read(row, 0, {}, 0);
            const double dpd = dpd_.read(row, 0, {}, 0);
            if (std::isnan(due) || std::isnan(dpd))
                continue;
            if (due >= kRecentDays) {
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

    RowValue dueDay_;
    RowValue entryDay_;
    RowValue dpd_;
    GroupAggregates all_{"INSTAL_", "installments_payments"};
    GroupAggregates recent_{"INSTAL_RECENT_", "installments_payments"};
    std::size_t count_ = 0;
    std::size_t recentCount_ = 0;
    std::size_t trend_ = 0;
};

} // namespace

std::unique_ptr<FeatureBlock> makeInstallmentsBlock(const BlockContext& context)
{
    return std::make_unique<InstallmentsBlock>(context);
}

} // namespace credit::features
