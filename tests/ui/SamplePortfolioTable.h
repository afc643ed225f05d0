#pragma once

// A small portfolio table and one client's application row for the comparison view and the tests
// that fill it; no real rows.
#include "data/Table.h"

namespace credit::ui::testing {

// 400 clients: women are older and richer than men, so a gender filter visibly moves the group.
inline credit::data::Table portfolio()
{
    using credit::data::ColumnKind;
    credit::data::Table table("application_train");
    auto& gender = table.addColumn("CODE_GENDER", ColumnKind::Category);
    auto& birth = table.addColumn("DAYS_BIRTH", ColumnKind::Days);
    auto& income = table.addColumn("AMT_INCOME_TOTAL", ColumnKind::Real);
    auto& credit = table.addColumn("AMT_CREDIT", ColumnKind::Real);
    auto& education = table.addColumn("NAME_EDUCATION_TYPE", ColumnKind::Category);
    auto& target = table.addColumn("TARGET", ColumnKind::Integer);
    for (int row = 0; row < 400; ++row) {
        const bool woman = row % 2 == 0;
        gender.appendCategory(woman ? "F" : "M");
        birth.appendNumber(-365.25 * (woman ? 40 + row % 20 : 22 + row % 15));
        income.appendNumber(woman ? 150000 + 1000 * (row % 50) : 60000 + 500 * (row % 40));
        credit.appendNumber(200000 + 1000 * row);
        education.appendCategory(row % 3 == 0 ? "Higher education"
                                              : "Secondary / secondary special");
        target.appendNumber(row % 10 == 0 ? 1 : 0);
    }
    return table;
}

inline credit::data::Table client()
{
    using credit::data::ColumnKind;
    credit::data::Table table("application");
    table.addColumn("CODE_GENDER", ColumnKind::Category).appendCategory("F");
    table.addColumn("DAYS_BIRTH", ColumnKind::Days).appendNumber(-365.25 * 45);
    table.addColumn("AMT_INCOME_TOTAL", ColumnKind::Real).appendNumber(180000);
    table.addColumn("AMT_CREDIT", ColumnKind::Real).appendNumber(300000);
    table.addColumn("NAME_EDUCATION_TYPE", ColumnKind::Category).appendCategory("Higher education");
    return table;
}

} // namespace credit::ui::testing
