#include "data/TableId.h"

namespace credit::data {

std::string_view fileName(TableId id)
{
    switch (id) {
    case TableId::ApplicationTrain:
        return "application_train.csv";
    case TableId::ApplicationTest:
        return "application_test.csv";
    case TableId::Bureau:
        return "bureau.csv";
    case TableId::BureauBalance:
        return "bureau_balance.csv";
    case TableId::PreviousApplication:
        return "previous_application.csv";
    case TableId::PosCashBalance:
        return "POS_CASH_balance.csv";
    case TableId::InstallmentsPayments:
        return "installments_payments.csv";
    case TableId::CreditCardBalance:
        return "credit_card_balance.csv";
    }
    return {};
}

std::string_view tableName(TableId id)
{
    const auto file = fileName(id);
    return file.substr(0, file.size() - 4);
}

} // namespace credit::data
