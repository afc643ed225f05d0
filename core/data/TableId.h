#pragma once

#include <array>
#include <string_view>

namespace credit::data {

// The tables of the Home Credit layout. application_train and application_test share one
// schema except for TARGET.
enum class TableId {
    ApplicationTrain,
    ApplicationTest,
    Bureau,
    BureauBalance,
    PreviousApplication,
    PosCashBalance,
    InstallmentsPayments,
    CreditCardBalance,
};

inline constexpr std::array kAllTables{
    TableId::ApplicationTrain,     TableId::ApplicationTest,     TableId::Bureau,
    TableId::BureauBalance,        TableId::PreviousApplication, TableId::PosCashBalance,
    TableId::InstallmentsPayments, TableId::CreditCardBalance,
};

// The Kaggle file name, for example "bureau_balance.csv".
std::string_view fileName(TableId id);
// The table's name without extension, for example "bureau_balance".
std::string_view tableName(TableId id);

} // namespace credit::data
