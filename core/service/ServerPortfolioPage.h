#pragma once

#include "explain/PortfolioEntry.h"
#include "service/ApiExchange.h"
#include "service/ServerRecords.h"

#include <functional>
#include <vector>

class QObject;

namespace credit::service {

class RecordsClient;

// One page of the server's client search as the advisor's list shows it: rows in the list's own
// form (contract types in words, probability NaN while the server has not scored the client).
struct PortfolioPage {
    std::vector<explain::PortfolioEntry> entries;
    QString next; // empty on the last page
    long long totalClients = 0;
    QString modelVersion;
};

PortfolioPage portfolioPageOf(const ClientPage& page);

// Where the server-mode list gets its pages: `done` runs once on the caller's thread, unless
// `context` is destroyed first. A function, so the list model (a widget-free item model) needs
// no network library and tests may give it any source.
using PortfolioPageSource = std::function<void(const ClientListQuery& query, const QObject* context,
                                               std::function<void(Fetched<PortfolioPage>)> done)>;

// The source reading `client` (which must outlive it).
PortfolioPageSource pageSourceOf(RecordsClient& client);

} // namespace credit::service
