#pragma once

// Tiny in-memory Home Credit tables with values small enough to aggregate by hand. Three
// applicants: 1 has a long history, 2 a single row in most tables, 3 no history at all.
#include "data/HomeCreditDataset.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string>
#include <vector>

namespace credit::features::testing {

// A float's bits, so that "the same value" in a test means bit-identical, NaN payloads included.
inline std::uint32_t bitsOf(float value)
{
    return std::bit_cast<std::uint32_t>(value);
}

inline constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

inline void numbers(data::Table& table, const std::string& name, data::ColumnKind kind,
                    std::initializer_list<double> values)
{
    auto& column = table.addColumn(name, kind);
    for (const double value : values)
        column.appendNumber(value);
}

inline void texts(data::Table& table, const std::string& name,
                  std::initializer_list<const char*> values)
{
    auto& column = table.addColumn(name, data::ColumnKind::Category);
    for (const char* value : values)
        column.appendCategory(value);
}

inline data::Table tinyApplications()
{
    using K = data::ColumnKind;
    data::Table table("application_train");
    numbers(table, "SK_ID_CURR", K::Key, {1, 2, 3});
    numbers(table, "TARGET", K::Integer, {0, 1, 0});
    texts(table, "NAME_INCOME_TYPE", {"Working", "Pensioner", ""});
    numbers(table, "FLAG_OWN_CAR", K::Flag, {1, 0, 1});
    numbers(table, "CNT_CHILDREN", K::Integer, {1, 0, 0});
    numbers(table, "AMT_INCOME_TOTAL", K::Real, {100000, 200000, 50000});
    numbers(table, "AMT_CREDIT", K::Real, {200000, 400000, 0});
    numbers(table, "AMT_ANNUITY", K::Real, {10000, NaN, 5000});
    numbers(table, "AMT_GOODS_PRICE", K::Real, {180000, 400000, NaN});
    numbers(table, "DAYS_BIRTH", K::Days, {-10957.5, -21915, -7305});
    numbers(table, "DAYS_EMPLOYED", K::Days, {-1000, 365243, NaN});
    numbers(table, "CNT_FAM_MEMBERS", K::Integer, {2, 1, NaN});
    numbers(table, "EXT_SOURCE_1", K::Real, {0.5, NaN, NaN});
    numbers(table, "EXT_SOURCE_2", K::Real, {0.6, 0.3, NaN});
    numbers(table, "EXT_SOURCE_3", K::Real, {0.7, 0.5, 0.2});
    return table;
}

inline data::Table tinyBureau()
{
    using K = data::ColumnKind;
    data::Table table("bureau");
    numbers(table, "SK_ID_CURR", K::Key, {1, 2, 1, 1, 99});
    numbers(table, "SK_ID_BUREAU", K::Key, {10, 20, 11, 12, 30});
    texts(table, "CREDIT_ACTIVE", {"Active", "Closed", "Closed", "Active", "Active"});
    numbers(table, "DAYS_CREDIT", K::Days, {-100, -400, -300, -200, -1});
    numbers(table, "CREDIT_DAY_OVERDUE", K::Integer, {0, 10, 0, 5, 0});
    numbers(table, "AMT_CREDIT_SUM", K::Real, {1000, 3000, 2000, NaN, 5});
    numbers(table, "AMT_CREDIT_SUM_DEBT", K::Real, {500, 0, NaN, 250, 5});
    return table;
}

inline data::Table tinyBureauBalance()
{
    using K = data::ColumnKind;
    data::Table table("bureau_balance");
    numbers(table, "SK_ID_BUREAU", K::Key, {10, 20, 10, 11, 10, 20});
    numbers(table, "MONTHS_BALANCE", K::Integer, {-2, -3, -1, -5, 0, -4});
    texts(table, "STATUS", {"1", "0", "0", "X", "C", "0"});
    return table;
}

inline data::Table tinyPrevious()
{
    using K = data::ColumnKind;
    data::Table table("previous_application");
    numbers(table, "SK_ID_PREV", K::Key, {100, 101, 102, 103});
    numbers(table, "SK_ID_CURR", K::Key, {1, 1, 1, 2});
    texts(table, "NAME_CONTRACT_STATUS", {"Approved", "Refused", "Approved", "Refused"});
    numbers(table, "AMT_APPLICATION", K::Real, {1000, 500, 300, 200});
    numbers(table, "AMT_CREDIT", K::Real, {800, 0, 600, 100});
    numbers(table, "DAYS_DECISION", K::Days, {-100, -50, -50, -10});
    numbers(table, "DAYS_FIRST_DUE", K::Days, {365243, -40, -30, NaN});
    return table;
}

inline data::Table tinyPos()
{
    using K = data::ColumnKind;
    data::Table table("POS_CASH_balance");
    numbers(table, "SK_ID_PREV", K::Key, {100, 100, 102, 103});
    numbers(table, "SK_ID_CURR", K::Key, {1, 1, 1, 2});
    numbers(table, "MONTHS_BALANCE", K::Integer, {-20, -10, -2, -1});
    numbers(table, "SK_DPD", K::Integer, {5, 0, 3, 0});
    numbers(table, "SK_DPD_DEF", K::Integer, {0, 0, 1, 0});
    texts(table, "NAME_CONTRACT_STATUS", {"Active", "Active", "Completed", "Active"});
    return table;
}

inline data::Table tinyInstallments()
{
    using K = data::ColumnKind;
    data::Table table("installments_payments");
    numbers(table, "SK_ID_PREV", K::Key, {100, 100, 102, 103, 102});
    numbers(table, "SK_ID_CURR", K::Key, {1, 1, 1, 2, 1});
    numbers(table, "NUM_INSTALMENT_VERSION", K::Integer, {1, 1, 2, 1, 2});
    numbers(table, "DAYS_INSTALMENT", K::Days, {-400, -300, -30, -500, -10});
    numbers(table, "DAYS_ENTRY_PAYMENT", K::Days, {-390, -310, -20, -500, NaN});
    numbers(table, "AMT_INSTALMENT", K::Real, {100, 100, 200, 50, 200});
    numbers(table, "AMT_PAYMENT", K::Real, {100, 50, 200, 50, NaN});
    return table;
}

inline data::Table tinyCreditCard()
{
    using K = data::ColumnKind;
    data::Table table("credit_card_balance");
    numbers(table, "SK_ID_PREV", K::Key, {200, 200, 200});
    numbers(table, "SK_ID_CURR", K::Key, {2, 2, 2});
    numbers(table, "MONTHS_BALANCE", K::Integer, {-2, -1, 0});
    numbers(table, "AMT_BALANCE", K::Real, {100, 300, NaN});
    numbers(table, "AMT_CREDIT_LIMIT_ACTUAL", K::Real, {1000, 1000, 0});
    numbers(table, "SK_DPD", K::Integer, {0, 2, 0});
    texts(table, "NAME_CONTRACT_STATUS", {"Active", "Active", "Completed"});
    return table;
}

inline data::HomeCreditDataset tinyDataset()
{
    data::HomeCreditDataset dataset;
    dataset.applications = tinyApplications();
    dataset.bureau = tinyBureau();
    dataset.bureauBalance = tinyBureauBalance();
    dataset.previousApplications = tinyPrevious();
    dataset.posCashBalance = tinyPos();
    dataset.installmentsPayments = tinyInstallments();
    dataset.creditCardBalance = tinyCreditCard();
    return dataset;
}

} // namespace credit::features::testing
