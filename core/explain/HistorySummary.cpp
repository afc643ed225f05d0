#include "explain/HistorySummary.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <string_view>

namespace credit::explain {

namespace {

using data::Column;
using data::Table;

// One column of a history table, looked up once per table rather than once per row and use
// (a client's history has hundreds of rows; the lookups were a visible share of a scored request).
class Field {
public:
    Field(const Table& table, const char* name) : column_(table.find(name)) {}

    double valueOr(std::size_t row, double fallback = 0.0) const
    {
        if (!column_ || column_->isCategory() || column_->isMissing(row))
            return fallback;
        return column_->number(row);
    }
    std::string_view text(std::size_t row) const
    {
        return column_ && column_->isCategory() ? column_->text(row) : std::string_view{};
    }

private:
    const Column* column_;
};

HistorySummary::Bureau summariseBureau(const Table& bureau, const Table* balance)
{
    const Field creditActiveField(bureau, "CREDIT_ACTIVE");
    const Field debtField(bureau, "AMT_CREDIT_SUM_DEBT");
    const Field overdueField(bureau, "AMT_CREDIT_SUM_OVERDUE");
    const Field dayOverdueField(bureau, "CREDIT_DAY_OVERDUE");
    const Field creditTypeField(bureau, "CREDIT_TYPE");
    HistorySummary::Bureau result;
    std::map<std::string, int, std::less<>> types;
    result.credits = static_cast<int>(bureau.rowCount());
    for (std::size_t row = 0; row < bureau.rowCount(); ++row) {
        const auto status = creditActiveField.text(row);
        if (status == "Active") {
            ++result.active;
            result.debt += debtField.valueOr(row);
        } else if (status == "Closed") {
            ++result.closed;
        }
        result.overdue += overdueField.valueOr(row);
        result.maxDaysOverdue = std::max(result.maxDaysOverdue, dayOverdueField.valueOr(row));
        if (const auto type = creditTypeField.text(row); !type.empty()) {
            if (const auto known = types.find(type); known != types.end())
                ++known->second;
            else
                types.emplace(std::string(type), 1);
        }
    }
    if (!types.empty())
        result.mostCommonType =
            std::max_element(types.begin(), types.end(), [](const auto& a, const auto& b) {
                return a.second < b.second;
            })->first;
    if (balance) {
        const Field statusField(*balance, "STATUS");
        result.monthsOfHistory = static_cast<int>(balance->rowCount());
        for (std::size_t row = 0; row < balance->rowCount(); ++row) {
            const auto status = statusField.text(row);
            if (status.size() == 1 && status[0] >= '1' && status[0] <= '5')
                ++result.lateMonths;
        }
    }
    return result;
}

HistorySummary::Previous summarisePrevious(const Table& previous)
{
    const Field amtCreditField(previous, "AMT_CREDIT");
    const Field daysDecisionField(previous, "DAYS_DECISION");
    const Field nameContractStatusField(previous, "NAME_CONTRACT_STATUS");
    HistorySummary::Previous result;
    result.applications = static_cast<int>(previous.rowCount());
    double latestDecision = -std::numeric_limits<double>::infinity();
    double creditSum = 0.0;
    int creditCount = 0;
    for (std::size_t row = 0; row < previous.rowCount(); ++row) {
        const auto status = nameContractStatusField.text(row);
        result.approved += status == "Approved";
        result.refused += status == "Refused";
        const double decision = daysDecisionField.valueOr(row, std::nan(""));
        if (!std::isnan(decision) && decision > latestDecision) {
            latestDecision = decision;
            result.lastStatus = status;
            result.daysSinceLast = -decision;
        }
        if (const double credit = amtCreditField.valueOr(row, std::nan("")); !std::isnan(credit)) {
            creditSum += credit;
            ++creditCount;
        }
    }
    result.meanCredit = creditCount ? creditSum / creditCount : 0.0;
    return result;
}

HistorySummary::Instalments summariseInstalments(const Table& instalments)
{
    const Field amtInstalmentField(instalments, "AMT_INSTALMENT");
    const Field amtPaymentField(instalments, "AMT_PAYMENT");
    const Field daysEntryPaymentField(instalments, "DAYS_ENTRY_PAYMENT");
    const Field daysInstalmentField(instalments, "DAYS_INSTALMENT");
    HistorySummary::Instalments result;
    result.instalments = static_cast<int>(instalments.rowCount());
    double amountSum = 0.0;
    for (std::size_t row = 0; row < instalments.rowCount(); ++row) {
        const double due = daysInstalmentField.valueOr(row, std::nan(""));
        const double paid = daysEntryPaymentField.valueOr(row, std::nan(""));
        const double amount = amtInstalmentField.valueOr(row);
        const double payment = amtPaymentField.valueOr(row);
        const bool late = !std::isnan(due) && !std::isnan(paid) && paid > due;
        result.late += late;
        result.early += !std::isnan(due) && !std::isnan(paid) && paid < due;
        result.unpaid += std::max(0.0, amount - payment);
        amountSum += amount;
        if (!std::isnan(due) && due >= -365.0) {
            ++result.lastYear;
            result.lateLastYear += late;
        }
    }
    result.meanInstalment = result.instalments ? amountSum / result.instalments : 0.0;
    return result;
}

HistorySummary::PointOfSale summarisePointOfSale(const Table& pos)
{
    const Field monthsBalanceField(pos, "MONTHS_BALANCE");
    const Field skDpdField(pos, "SK_DPD");
    HistorySummary::PointOfSale result;
    result.months = static_cast<int>(pos.rowCount());
    for (std::size_t row = 0; row < pos.rowCount(); ++row) {
        const double dpd = skDpdField.valueOr(row);
        result.lateMonths += dpd > 0.0;
        result.maxDaysPastDue = std::max(result.maxDaysPastDue, dpd);
        result.monthsLastYear += monthsBalanceField.valueOr(row, -1000.0) >= -12.0;
    }
    return result;
}

HistorySummary::Card summariseCard(const Table& card)
{
    const Field amtBalanceField(card, "AMT_BALANCE");
    const Field amtCreditLimitActualField(card, "AMT_CREDIT_LIMIT_ACTUAL");
    const Field amtDrawingsCurrentField(card, "AMT_DRAWINGS_CURRENT");
    const Field amtPaymentCurrentField(card, "AMT_PAYMENT_CURRENT");
    const Field monthsBalanceField(card, "MONTHS_BALANCE");
    const Field skDpdField(card, "SK_DPD");
    HistorySummary::Card result;
    result.months = static_cast<int>(card.rowCount());
    double latestMonth = -std::numeric_limits<double>::infinity();
    for (std::size_t row = 0; row < card.rowCount(); ++row) {
        result.meanBalance += amtBalanceField.valueOr(row);
        result.meanDrawings += amtDrawingsCurrentField.valueOr(row);
        result.meanPayments += amtPaymentCurrentField.valueOr(row);
        result.lateMonths += skDpdField.valueOr(row) > 0.0;
        if (const double month = monthsBalanceField.valueOr(row, std::nan(""));
            month > latestMonth) {
            latestMonth = month;
            result.limit = amtCreditLimitActualField.valueOr(row);
        }
    }
    if (result.months) {
        result.meanBalance /= result.months;
        result.meanDrawings /= result.months;
        result.meanPayments /= result.months;
    }
    return result;
}

} // namespace

HistorySummary HistorySummary::of(const data::HomeCreditDataset& client)
{
    HistorySummary summary;
    if (client.bureau)
        summary.bureau = summariseBureau(*client.bureau,
                                         client.bureauBalance ? &*client.bureauBalance : nullptr);
    if (client.previousApplications)
        summary.previous = summarisePrevious(*client.previousApplications);
    if (client.installmentsPayments)
        summary.instalments = summariseInstalments(*client.installmentsPayments);
    if (client.posCashBalance)
        summary.pointOfSale = summarisePointOfSale(*client.posCashBalance);
    if (client.creditCardBalance)
        summary.card = summariseCard(*client.creditCardBalance);
    return summary;
}

} // namespace credit::explain
