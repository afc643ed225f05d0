#pragma once

#include "data/Table.h"

namespace credit::population::testing {

// Ten clients: ages 20..65 in steps of 5, incomes 10k..100k, half women, TARGET for ages 20/25.
inline data::Table tenClients()
{
    data::Table table("application_train");
    auto& birth = table.addColumn("DAYS_BIRTH", data::ColumnKind::Days);
    auto& income = table.addColumn("AMT_INCOME_TOTAL", data::ColumnKind::Real);
    auto& gender = table.addColumn("CODE_GENDER", data::ColumnKind::Category);
    auto& target = table.addColumn("TARGET", data::ColumnKind::Integer);
    for (int i = 0; i < 10; ++i) {
        birth.appendNumber(-(20.0 + 5.0 * i) * 365.25);
        income.appendNumber(10000.0 * (i + 1));
        gender.appendCategory(i % 2 ? "M" : "F");
        target.appendNumber(i < 2 ? 1.0 : 0.0);
    }
    return table;
}

} // namespace credit::population::testing
