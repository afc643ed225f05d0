// The server-mode client list (ui::ServerPortfolioModel) on the real server: pages fetched as
// the view scrolls, column sorts and the debounced search answered by the server, only the last
// query shown, Qt's QAbstractItemModelTester watching every change, and the rows kept when the
// server dies.
#include "models/ServerPortfolioModel.h"

#include "AppServerFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <set>

using namespace credit;
using namespace credit::testing;

TEST_CASE("The server-mode client list pages, sorts and searches through the server")
{
    INFO("backend: " << recordsBackend().name().toStdString());
    auto server = importedServer();
    service::RecordsClient client;
    client.setSettings(settingsFor(server->process->port(), kAdvisorKey));
    ui::ServerPortfolioModel model(service::pageSourceOf(client));
    // Qt's own checks of the model's signals and indexes on every change below (fatal on error).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy problems(&model, &ui::ServerPortfolioModel::problem);

    model.refresh();
    REQUIRE(processEventsUntil([&] { return !model.loading() && model.rowCount() > 0; }));
    // At least the first page (the tester itself calls fetchMore, as a scrolling view would).
    CHECK(model.rowCount() >= ui::ServerPortfolioModel::kPageSize);
    CHECK(model.rowCount() % ui::ServerPortfolioModel::kPageSize == 0);
    const auto total = model.totalClients();
    REQUIRE(total > ui::ServerPortfolioModel::kPageSize);

    // Scrolling to the end fetches every page once.
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        CHECK_FALSE(model.canFetchMore({})); // one page in flight at a time
        REQUIRE(processEventsUntil([&] { return !model.loading(); }));
        CHECK(model.rowCount() > before);
    }
    CHECK(model.rowCount() == total);
    std::set<long long> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(ui::PortfolioModel::ClientIdRole).toLongLong());
    CHECK(static_cast<long long>(ids.size()) == total);

    // A column sort is the server's: the first page restarts, highest probability first.
    model.sort(ui::PortfolioModel::Probability, Qt::DescendingOrder);
    REQUIRE(processEventsUntil([&] { return !model.loading(); }));
    CHECK(model.rowCount() >= ui::ServerPortfolioModel::kPageSize);
    // Highest first, across every page loaded (the server's keyset pages continue the order).
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.index(row - 1, ui::PortfolioModel::Probability)
                  .data(ui::PortfolioModel::SortRole)
                  .toDouble() >= model.index(row, ui::PortfolioModel::Probability)
                                     .data(ui::PortfolioModel::SortRole)
                                     .toDouble());

    // Typing: only the last search is shown, whatever arrives in between.
    const auto someId = QString::number(*ids.rbegin());
    QSignalSpy refreshed(&model, &ui::ServerPortfolioModel::refreshed);
    for (int length = 1; length <= someId.size(); ++length)
        model.setSearch(someId.left(length), {});
    REQUIRE(processEventsUntil([&] { return refreshed.count() >= 1 && !model.loading(); }));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(ui::PortfolioModel::ClientIdRole).toLongLong() == *ids.rbegin());

    model.setSearch({}, QStringLiteral("refuse"));
    REQUIRE(processEventsUntil([&] { return refreshed.count() >= 2 && !model.loading(); }));
    REQUIRE(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, ui::PortfolioModel::DecisionColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("Refus")));
    CHECK(problems.isEmpty());

    // The server gone: the rows shown stay, the problem is worded.
    REQUIRE(server->process->kill());
    const int shown = model.rowCount();
    model.refresh();
    REQUIRE(processEventsUntil([&] { return !problems.isEmpty(); }));
    CHECK(model.rowCount() == shown);
    CHECK_THAT(problems.first().first().value<LocalizedText>().fr, Catch::Contains("serveur"));
}
