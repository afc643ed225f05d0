#include "models/ContributionRow.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace credit::ui {

std::vector<ContributionRow> contributionRows(const explain::Explanation& explanation,
                                              const QString& language, std::size_t maxRows)
{
    const std::string lang = language.toStdString();
    std::vector<ContributionRow> rows;
    rows.reserve(explanation.contributions.size());
    for (const explain::GroupContribution& group : explanation.contributions) {
        rows.push_back({QString::fromStdString(group.label.in(lang)),
                        QString::fromStdString(group.clientValue.in(lang)), group.points});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ContributionRow& a, const ContributionRow& b) {
                         return std::abs(a.points) > std::abs(b.points);
                     });
    if (maxRows > 0 && rows.size() > maxRows) {
        const std::size_t kept = maxRows - 1;
        double remainder = 0.0;
        for (std::size_t i = kept; i < rows.size(); ++i)
            remainder += rows[i].points;
        const auto others = static_cast<int>(rows.size() - kept);
        rows.resize(kept);
        rows.push_back({QCoreApplication::translate("credit::ui::ContributionRow",
                                                    "Autres variables (%n)", nullptr, others),
                        QString(), remainder});
    }
    return rows;
}

} // namespace credit::ui
