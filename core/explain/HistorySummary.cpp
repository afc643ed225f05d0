#include "explain/HistorySummary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace credit::explain {

namespace {

using data::Column;
using data::Table;

double valueOr(const Table& table, const char* column, std::size_t row, double fallback = 0.0)
{
    const auto* found = table.find(column);
    if (!found || found->isMissing(row))
        return fallback;
    return found->number(row);
}

std::string textOf(const Table& table, const char* column, std::size_t row)
{
    const auto* found = table.find(column);
    return found ? std::string(found->text(row)) : std::string();
}

HistorySummary::Bureau summariseBureau(const Table& bureau, const Table* balance)
{
    HistorySummary::Bureau result;
    std::map<std::string, int> types;
    result.credits = static_cast<int>(bureau.rowCount());
    for (std::size_t row = 0; row < bureau.rowCount(); ++row) {
        const auto status = textOf(bureau, "CREDIT_ACTIVE", row);
        if (status == "Active") {
            ++result.active;
            result.debt += valueOr(bureau, "AMT_CREDIT_SUM_DEBT", row);
        } else if (status == "Closed") {
            ++result.closed;
        }
        result.overdue += valueOr(bureau, "AMT_CREDIT_SUM_OVERDUE", row);
        result.maxDaysOverdue =
            std::max(result.maxDaysOverdue, valueOr(bureau, "CREDIT_DAY_OVERDUE", row));
        if (auto type = textOf(bureau, "CREDIT_TYPE", row); !type.empty())
            ++types[type];
    }
    if (!types.empty())
        result.mostCommonType =
            std::max_element(types.begin(), types.end(), [](const auto& a, const auto& b) {
                return a.second < b.second;
            })->first;
    if (balance) {
        result.monthsOfHistory = static_cast<int>(balance->rowCount());
        for (std::size_t row = 0; row < balance->rowCount(); ++row) {
            const auto status = textOf(*balance, "STATUS", row);
            if (status.size() == 1 && status[0] >= '1' && status[0] <= '5')
                ++result.lateMonths;
        }
    }
    return result;
}

HistorySummary::Previous summarisePrevious(const Table& previous)
{
    HistorySummary::Previous result;
    result.applications = static_cast<int>(previous.rowCount());
    double latestDecision = -std::numeric_limits<double>::infinity();
    double creditSum = 0.0;
    int creditCount = 0;
    for (std::size_t row = 0; row < previous.rowCount(); ++row) {
        const auto status = textOf(previous, "NAME_CONTRACT_STATUS", row);
        result.approved += status == "Approved";
        result.refused += status == "Refused";
        const double decision = valueOr(previous, "DAYS_DECISION", row, std::nan(""));
        if (!std::isnan(decision) && decision > latestDecision) {
            latestDecision = decision;
            result.lastStatus = status;
            result.daysSinceLast = -decision;
        }
        if (const double credit = valueOr(previous, "AMT_CREDIT", row, std::nan(""));
            !std::isnan(credit)) {
            creditSum += credit;
            ++creditCount;
        }
    }
    result.meanCredit = creditCount ? creditSum / creditCount : 0.0;
    return result;
}

HistorySummary::Instalments summariseInstalments(const Table& instalments)
{
    HistorySummary::Instalments result;
    result.instalments = static_cast<int>(instalments.rowCount());
    double amountSum = 0.0;
    for (std::size_t row = 0; row < instalments.rowCount(); ++row) {
        const double due = valueOr(instalments, "DAYS_INSTALMENT", row, std::nan(""));
        const double paid = valueOr(instalments, "DAYS_ENTRY_PAYMENT", row, std::nan(""));
        const double amount = valueOr(instalments, "AMT_INSTALMENT", row);
        const double payment = valueOr(instalments, "AMT_PAYMENT", row);
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
    HistorySummary::PointOfSale result;
    result.months = static_cast<int>(pos.rowCount());
    for (std::size_t row = 0; row < pos.rowCount(); ++row) {
        const double dpd = valueOr(pos, "SK_DPD", row);
        result.lateMonths += dpd > 0.0;
        result.maxDaysPastDue = std::max(result.maxDaysPastDue, dpd);
        result.monthsLastYear += valueOr(pos, "MONTHS_BALANCE", row, -1000.0) >= -12.0;
    }
    return result;
}

HistorySummary::Card summariseCard(const Table& card)
{
    HistorySummary::Card result;
    result.months = static_cast<int>(card.rowCount());
    double latestMonth = -std::numeric_limits<double>::infinity();
    for (std::size_t row = 0; row < card.rowCount(); ++row) {
        result.meanBalance += valueOr(card, "AMT_BALANCE", row);
        result.meanDrawings += valueOr(card, "AMT_DRAWINGS_CURRENT", row);
        result.meanPayments += valueOr(card, "AMT_PAYMENT_CURRENT", row);
        result.lateMonths += valueOr(card, "SK_DPD", row) > 0.0;
        if (const double month = valueOr(card, "MONTHS_BALANCE", row, std::nan(""));
            month > latestMonth) {
            latestMonth = month;
            result.limit = valueOr(card, "AMT_CREDIT_LIMIT_ACTUAL", row);
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
