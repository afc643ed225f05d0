#include "api/RequestBudget.h"

#include "api/ProblemDetails.h"
#include "data/HomeCreditDataset.h"

#include <cmath>
#include <unordered_map>

namespace credit::api {

namespace {

std::size_t rowsOf(const std::optional<data::Table>& table)
{
    return table ? table->rowCount() : 0;
}

// Σ over bureau rows of the bureau_balance rows sharing their SK_ID_BUREAU: what a join would
// pair, counted without pairing anything.
std::size_t bureauBalancePairs(const data::HomeCreditDataset& record)
{
    if (!record.bureau || !record.bureauBalance)
        return 0;
    const auto* balanceKey = record.bureauBalance->find("SK_ID_BUREAU");
    const auto* bureauKey = record.bureau->find("SK_ID_BUREAU");
    if (balanceKey == nullptr || bureauKey == nullptr)
        return 0;
    std::unordered_map<double, std::size_t> balanceRowsOfKey;
    for (const double key : balanceKey->numbers())
        if (!std::isnan(key))
            ++balanceRowsOfKey[key];
    std::size_t pairs = 0;
    for (const double key : bureauKey->numbers())
        if (const auto found = balanceRowsOfKey.find(key); found != balanceRowsOfKey.end())
            pairs += found->second;
    return pairs;
}

} // namespace

std::optional<BudgetExcess> exceededLimit(const data::HomeCreditDataset& record,
                                          const HistoryLimits& limits)
{
    const std::size_t rows = rowsOf(record.bureau) + rowsOf(record.bureauBalance) +
                             rowsOf(record.previousApplications) + rowsOf(record.posCashBalance) +
                             rowsOf(record.installmentsPayments) + rowsOf(record.creditCardBalance);
    if (rows > limits.maxHistoryRows)
        return BudgetExcess{"history", "history rows (all related tables together)", rows,
                            limits.maxHistoryRows};
    const std::size_t pairs = bureauBalancePairs(record);
    if (pairs > limits.maxBureauBalancePairs)
        return BudgetExcess{"bureau_balance",
                            "bureau rows times the bureau_balance rows of their SK_ID_BUREAU",
                            pairs, limits.maxBureauBalancePairs};
    return std::nullopt;
}

QHttpServerResponse tooMuchHistory(const BudgetExcess& excess)
{
    return problemResponse(QHttpServerResponse::StatusCode::PayloadTooLarge,
                           QStringLiteral("Too much history"),
                           QStringLiteral("Table %1: %2 %3; the limit per request is %4.")
                               .arg(QString::fromStdString(excess.table))
                               .arg(excess.count)
                               .arg(QString::fromStdString(excess.measure))
                               .arg(excess.limit));
}

} // namespace credit::api
