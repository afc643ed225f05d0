#include "records/ClientSummary.h"

#include <cmath>

namespace credit::records {

ClientSummary summarize(const data::Table& applications, std::size_t row, QString origin)
{
    ClientSummary summary;
    summary.id = static_cast<long long>(applications.column("SK_ID_CURR").number(row));
    summary.origin = std::move(origin);
    for (std::size_t i = 0; i < kSummaryCategories.size(); ++i)
        if (const auto* column = applications.find(kSummaryCategories[i]))
            summary.categories[i] = QString::fromStdString(std::string(column->text(row)));
    for (std::size_t i = 0; i < kSummaryNumbers.size(); ++i) {
        const auto* column = applications.find(kSummaryNumbers[i]);
        summary.numbers[i] = column ? column->number(row) : std::nan("");
    }
    return summary;
}

} // namespace credit::records
