#include "features/DatasetTables.h"

#include "data/HomeCreditDataset.h"

namespace credit::features {

std::vector<std::pair<std::string_view, const data::Table*>>
specTables(const data::HomeCreditDataset& dataset)
{
    const auto pointer = [](const std::optional<data::Table>& table) {
        return table ? &*table : nullptr;
    };
    return {
        {"application", &dataset.applications},
        {"bureau", pointer(dataset.bureau)},
        {"bureau_balance", pointer(dataset.bureauBalance)},
        {"previous_application", pointer(dataset.previousApplications)},
        {"POS_CASH_balance", pointer(dataset.posCashBalance)},
        {"installments_payments", pointer(dataset.installmentsPayments)},
        {"credit_card_balance", pointer(dataset.creditCardBalance)},
    };
}

const data::Table* findTable(const data::HomeCreditDataset& dataset, std::string_view name)
{
    for (const auto& [tableName, table] : specTables(dataset))
        if (tableName == name)
            return table;
    return nullptr;
}

} // namespace credit::features
