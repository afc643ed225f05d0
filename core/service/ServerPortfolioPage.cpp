#include "service/ServerPortfolioPage.h"

#include "explain/FeatureLabels.h"
#include "service/RecordsClient.h"

#include <cmath>

namespace credit::service {

PortfolioPage portfolioPageOf(const ClientPage& page)
{
    PortfolioPage out;
    out.next = page.next;
    out.totalClients = page.totalClients;
    out.modelVersion = page.modelVersion;
    out.entries.reserve(page.rows.size());
    for (const auto& row : page.rows) {
        explain::PortfolioEntry entry;
        entry.clientId = row.clientId;
        entry.probability = row.probability.value_or(std::nan(""));
        entry.decision = row.decision == QLatin1String("refuse") ? explain::Decision::Refuse
                                                                 : explain::Decision::Grant;
        if (!row.contractType.isEmpty())
            entry.contractType =
                explain::categoryLevelLabel("NAME_CONTRACT_TYPE", row.contractType.toStdString());
        entry.creditAmount = row.creditAmount;
        out.entries.push_back(std::move(entry));
    }
    return out;
}

PortfolioPageSource pageSourceOf(RecordsClient& client)
{
    return [&client](const ClientListQuery& query, const QObject* context,
                     std::function<void(Fetched<PortfolioPage>)> done) {
        client.listClients(query, context, [done = std::move(done)](Fetched<ClientPage> fetched) {
            if (const auto* problem = std::get_if<ApiProblem>(&fetched))
                done(*problem);
            else
                done(portfolioPageOf(std::get<ClientPage>(fetched)));
        });
    };
}

} // namespace credit::service
