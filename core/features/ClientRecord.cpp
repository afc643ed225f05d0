#include "features/ClientRecord.h"

#include <algorithm>
#include <cmath>

namespace credit::features {

long long ClientRecord::clientId() const
{
    const auto* key = data.applications.find("SK_ID_CURR");
    if (key == nullptr || data.applications.rowCount() == 0 || std::isnan(key->number(0)))
        return -1;
    return static_cast<long long>(key->number(0));
}

ClientExtractor::ClientExtractor(const data::HomeCreditDataset& dataset)
    : dataset_(dataset), index_(HistoryIndex::build(dataset))
{}

ClientRecord ClientExtractor::extract(std::size_t applicationRow) const
{
    const auto history = index_.history(applicationRow);
    const std::size_t applicantRows[] = {applicationRow};
    ClientRecord record;
    record.data.applications = dataset_.applications.selectRows(applicantRows);
    const auto select = [](const std::optional<data::Table>& table,
                           std::span<const std::uint32_t> rows,
                           std::optional<data::Table>& target) {
        if (!table)
            return;
        const std::vector<std::size_t> wide(rows.begin(), rows.end());
        target = table->selectRows(wide);
    };
    select(dataset_.bureau, history.bureau, record.data.bureau);
    select(dataset_.previousApplications, history.previous, record.data.previousApplications);
    select(dataset_.posCashBalance, history.pos, record.data.posCashBalance);
    select(dataset_.installmentsPayments, history.installments, record.data.installmentsPayments);
    select(dataset_.creditCardBalance, history.creditCard, record.data.creditCardBalance);
    if (dataset_.bureauBalance) {
        std::vector<std::uint32_t> balanceRows;
        for (const auto bureauRow : history.bureau) {
            const auto rows = index_.bureauBalanceRows(bureauRow);
            balanceRows.insert(balanceRows.end(), rows.begin(), rows.end());
        }
        // File order, once each (two credits may share an SK_ID_BUREAU).
        std::sort(balanceRows.begin(), balanceRows.end());
        balanceRows.erase(std::unique(balanceRows.begin(), balanceRows.end()), balanceRows.end());
        select(dataset_.bureauBalance, balanceRows, record.data.bureauBalance);
    }
    record.data.warnings = dataset_.warnings;
    return record;
}

} // namespace credit::features
