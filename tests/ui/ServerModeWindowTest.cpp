// The advisor's window in server mode (data/source = server) against the real server on a
// database the real CLI imported (SQLite, or PostgreSQL with RECORDS_BACKEND=postgresql): the list
// is the server's paged search (no CSV read), search and column sort query the server, opening a
// client shows the server's file and score, the status bar names the server and its model, and a
// dead server leaves the client on screen with a worded problem.
#include "TrainedModelFixture.h"
#include "app/AdvisorController.h"
#include "app/ServerClientSource.h"
#include "decision/DecisionPanel.h"
#include "decision/ReviewQueueDialog.h"
#include "document/SavedScenarioListModel.h"
#include "document/ScenarioDocument.h"
#include "explain/ExplanationEngine.h"
#include "models/ComparisonTableModel.h"
#include "models/PortfolioModel.h"
#include "models/ServerPortfolioModel.h"
#include "scenario/ScenarioEditor.h"
#include "service/ScoringService.h"
#include "store/LocalStore.h"
#include "support/ServerModeFixture.h"
#include "widgets/ClientFinder.h"
#include "widgets/ComparisonView.h"
#include "widgets/DensityGridChart.h"
#include "widgets/DistributionChart.h"
#include "widgets/ScoreGauge.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <nlohmann/json.hpp>

using namespace credit;
using namespace credit::ui;

namespace {
const QString advisorKey = QStringLiteral("advisor-key-5c21");
const QString supervisorKey = QStringLiteral("supervisor-key-e83f");
} // namespace

// An advisor's app in server mode: window, scoring service and controller, as main() wires them.
struct ServerModeApp {
    MainWindow window;
    service::ScoringService service;
    AdvisorController controller;

    explicit ServerModeApp(const AdvisorSettings& settings,
                           std::shared_ptr<const explain::ExplanationEngine> engine = nullptr)
        : service(settings.serviceConfig(QStringLiteral("fr"))), controller(window, service)
    {
        if (engine)
            service.setEngine(std::move(engine));
        controller.setSettings(settings);
        window.show();
    }
    // Switches to the server and waits for its first page.
    bool open()
    {
        QSignalSpy loaded(&controller, &AdvisorController::portfolioLoaded);
        controller.openServer();
        return loaded.wait(15000);
    }
};

class ServerModeWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listAndClientComeFromTheServer();
    void searchAndSortQueryTheServer();
    void decisionIsRecordedOnTheServerOnce();
    void supervisorReviewsOverridesAndOpensAClient();
    void typedValuesComeBackAfterTheAppIsClosed();
    void whatIfEditsAreLocalOnlyWithTheServersModel();
    void deadServerKeepsTheClientOnScreen();
    void comparisonDrawsTheServersAggregates();
    void scenarioAndApplicationAreSavedOnTheServerOnce();
    void languageSwitchRewordsTheServersReasons();

private:
    AdvisorSettings serverSettings(const QString& key = advisorKey) const;
    // GET `route` on the server with the advisor's key; the JSON body, or null when not 200.
    nlohmann::json getJson(const QString& route) const
    {
        return m_records.server().getJson(route, advisorKey);
    }

    QTemporaryDir m_dir;
    testing::TrainedModelFixture m_fixture;
    testing::ServerModeFixture m_records;
};

void ServerModeWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CREDIT_LOCAL_STORE", m_dir.filePath(QStringLiteral("store.sqlite")).toUtf8());
    m_fixture = testing::TrainedModelFixture::create(m_dir.path(), 1200, 40);
    const QString problem =
        m_records.prepare(m_dir.path(), m_fixture.dataFolder, m_fixture.bundle,
                          {{QStringLiteral("a.martin"), QStringLiteral("Anne Martin"),
                            QStringLiteral("advisor"), advisorKey},
                           {QStringLiteral("s.bernard"), QStringLiteral("Sophie Bernard"),
                            QStringLiteral("supervisor"), supervisorKey}},
                          QStringLiteral("service-key-0a9b"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qInfo("records database of this run: %s", qPrintable(m_records.databaseUrl()));
}

void ServerModeWindowTest::cleanupTestCase()
{
    m_records.stop();
}

AdvisorSettings ServerModeWindowTest::serverSettings(const QString& key) const
{
    AdvisorSettings settings;
    settings.dataSource = DataSource::Server;
    settings.apiUrl = m_records.server().url().toString();
    settings.apiKey = key;
    settings.mode = service::ScoringMode::RemoteOnly;
    settings.timeoutMs = 3000;
    settings.retries = 1;
    return settings;
}

void ServerModeWindowTest::listAndClientComeFromTheServer()
{
    ServerModeApp app(serverSettings());
    QVERIFY(app.open());
    MainWindow& window = app.window;
    AdvisorController& controller = app.controller;
    QVERIFY(window.finder()->showsServerList());
    QVERIFY(!window.openAction()->isEnabled()); // no CSV folder in server mode
    QAbstractItemModel* list = window.finder()->list()->model();
    QCOMPARE(list->rowCount(), ServerPortfolioModel::kPageSize);
    const auto total = getJson(QStringLiteral("/v1/clients?limit=1"))["total_clients"].get<int>();
    QCOMPARE(controller.serverSource()->model().totalClients(), total);

    // The status bar names the server and, once /v1/model answered, its model.
    const auto model = getJson(QStringLiteral("/v1/model"));
    QTRY_VERIFY_WITH_TIMEOUT(window.dataSourceLabel()->text().contains(
                                 QString::fromStdString(model["version"].get<std::string>())),
                             10000);
    QVERIFY(window.dataSourceLabel()->isVisible());
    QVERIFY(window.dataSourceLabel()->text().contains(QStringLiteral("serveur")));
    QCOMPARE(window.dataSourceLabel()->accessibleName(), window.dataSourceLabel()->text());

    // Opening a client shows the server's file and the server's probability (one number).
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    for (int row : {0, 7, 150}) {
        const long long clientId =
            list->index(row, 0).data(PortfolioModel::ClientIdRole).toLongLong();
        const double listed =
            list->index(row, PortfolioModel::Probability).data(PortfolioModel::SortRole).toDouble();
        QVERIFY(window.finder()->selectClient(clientId));
        QVERIFY(shown.wait(15000));
        QCOMPARE(shown.last().first().toLongLong(), clientId);
        QVERIFY2(std::abs(window.gauge()->probabilityPercent() - listed * 100.0) < 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(window.gauge()->probabilityPercent())
                                .arg(listed * 100.0)));
        // Nothing was read from a folder: the controller holds no portfolio file.
        QVERIFY(!controller.clientRecord(clientId));
    }

    // Scrolling to the bottom loads the next page from the server.
    window.finder()->list()->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > ServerPortfolioModel::kPageSize, 10000);
}

void ServerModeWindowTest::searchAndSortQueryTheServer()
{
    ServerModeApp app(serverSettings());
    QVERIFY(app.open());
    MainWindow& window = app.window;
    AdvisorController& controller = app.controller;
    QAbstractItemModel* list = window.finder()->list()->model();
    const QString someId = list->index(42, 0).data(PortfolioModel::ClientIdRole).toString();

    // Typed as an advisor types: the list follows the last keystroke, from the server.
    window.finder()->searchBox()->setFocus();
    QTest::keyClicks(window.finder()->searchBox(), someId.left(someId.size() - 1));
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0 && list->rowCount() <= 10 &&
                                 !controller.serverSource()->model().loading(),
                             10000);
    for (int row = 0; row < list->rowCount(); ++row)
        QVERIFY(list->index(row, 0).data().toString().startsWith(someId.left(someId.size() - 1)));
    QTest::keyClick(window.finder()->searchBox(), someId.back().toLatin1());
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
    QCOMPARE(list->index(0, 0).data().toString(), someId);
    window.finder()->searchBox()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), ServerPortfolioModel::kPageSize, 10000);

    // A click on the probability header sorts on the server: highest first after two clicks.
    QHeaderView* header = window.finder()->list()->horizontalHeader();
    const int x = header->sectionViewportPosition(PortfolioModel::Probability) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTRY_COMPARE_WITH_TIMEOUT(controller.serverSource()->model().query().sort,
                              QStringLiteral("probability"), 5000);
    if (!controller.serverSource()->model().query().descending)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTRY_VERIFY_WITH_TIMEOUT(controller.serverSource()->model().query().descending &&
                                 !controller.serverSource()->model().loading(),
                             10000);
    const auto highest = getJson(QStringLiteral("/v1/clients?limit=1&sort=-probability"));
    QTRY_COMPARE_WITH_TIMEOUT(list->index(0, 0).data(PortfolioModel::ClientIdRole).toLongLong(),
                              highest["clients"][0]["client_id"].get<long long>(), 10000);
}

void ServerModeWindowTest::decisionIsRecordedOnTheServerOnce()
{
    ServerModeApp app(serverSettings());
    QVERIFY(app.open());
    MainWindow& window = app.window;
    AdvisorController& controller = app.controller;
    QAbstractItemModel* list = window.finder()->list()->model();
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    const long long clientId = list->index(11, 0).data(PortfolioModel::ClientIdRole).toLongLong();
    QVERIFY(window.finder()->selectClient(clientId));
    QVERIFY(shown.wait(15000));

    // An override with its justification, as the advisor records it.
    window.decisionPanel()->chooseOverride();
    window.decisionPanel()->setJustification(QStringLiteral("Garant solide vérifié en agence"));
    QVERIFY2(window.decisionPanel()->record(), qPrintable(window.decisionPanel()->statusText()));
    QVERIFY(window.decisionPanel()->statusText().contains(QStringLiteral("serveur")));
    QTRY_COMPARE_WITH_TIMEOUT(controller.serverSource()->pendingCount(), 0, 15000);

    const auto history =
        getJson(QStringLiteral("/v1/clients/%1/decisions").arg(clientId))["decisions"];
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history[0]["override"].get<bool>(), true);
    QCOMPARE(history[0]["justification"].get<std::string>(),
             std::string("Garant solide vérifié en agence"));
    QCOMPARE(history[0]["principal"]["id"].get<std::string>(), std::string("a.martin"));
    // The local decision log of the workstation did not get a copy: the server is the record.
    QVERIFY(controller.localStore()->decisions().empty());
}

void ServerModeWindowTest::supervisorReviewsOverridesAndOpensAClient()
{
    // An advisor's key: the review is refused in words.
    {
        ServerModeApp app(serverSettings());
        QVERIFY(app.open());
        MainWindow& window = app.window;
        AdvisorController& controller = app.controller;
        QVERIFY(window.reviewAction()->isVisible());
        window.reviewAction()->trigger();
        QVERIFY(controller.reviewDialog());
        QTRY_VERIFY_WITH_TIMEOUT(
            !controller.reviewDialog()->findChildren<QLabel*>().isEmpty() &&
                controller.reviewDialog()->findChildren<QLabel*>().first()->text().contains(
                    QStringLiteral("réservée aux superviseurs")),
            10000);
        // Nothing listed, nothing to open: the default button is not a dead Enter key.
        QCOMPARE(controller.reviewDialog()->list()->model()->rowCount(), 0);
        QVERIFY(!controller.reviewDialog()->openButton()->isEnabled());
    }

    ServerModeApp app(serverSettings(supervisorKey));
    QVERIFY(app.open());
    MainWindow& window = app.window;
    AdvisorController& controller = app.controller;
    window.reviewAction()->trigger();
    ReviewQueueDialog* dialog = controller.reviewDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->overridesOnly());
    // The override recorded by decisionIsRecordedOnTheServerOnce is in the queue.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->list()->model()->rowCount() >= 1, 10000);
    QAbstractItemModel* queue = dialog->list()->model();
    for (int row = 0; row < queue->rowCount(); ++row)
        QCOMPARE(queue->index(row, 5).data().toString(), QStringLiteral("Oui, dérogation"));
    QVERIFY(!dialog->list()->accessibleName().isEmpty());

    // Opening the client from the queue shows them in the main window.
    const long long clientId = queue->index(0, 1).data().toLongLong();
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    dialog->list()->setCurrentIndex(queue->index(0, 0));
    QVERIFY(dialog->openButton()->isEnabled());
    QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    QVERIFY(shown.wait(15000));
    QCOMPARE(shown.last().first().toLongLong(), clientId);

    // All decisions: at least as many rows.
    const int overrides = queue->rowCount();
    dialog->setOverridesOnly(false);
    QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() >= overrides, 10000);
    const int all = queue->rowCount();
    // From tomorrow on: none yet; from a week ago: every one of this run's decisions again.
    dialog->setSince(QDate::currentDate().addDays(1));
    QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), 0, 10000);
    dialog->setSince(QDate::currentDate().addDays(-7));
    QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), all, 10000);
    dialog->setSince(std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), all, 10000);
    dialog->close();
}

void ServerModeWindowTest::typedValuesComeBackAfterTheAppIsClosed()
{
    long long clientId = 0;
    {
        ServerModeApp app(serverSettings());
        QVERIFY(app.open());
        MainWindow& window = app.window;
        AdvisorController& controller = app.controller;
        QAbstractItemModel* list = window.finder()->list()->model();
        clientId = list->index(21, 0).data(PortfolioModel::ClientIdRole).toLongLong();
        QSignalSpy shown(&controller, &AdvisorController::clientShown);
        QVERIFY(window.finder()->selectClient(clientId));
        QVERIFY(shown.wait(15000));
        QVERIFY(window.scenarioEditor()->document()->enterValue("AMT_CREDIT",
                                                                QStringLiteral("123456")));
        // Closed without saving, as after a crash: the local store keeps the draft.
    }
    ServerModeApp app(serverSettings());
    QVERIFY(app.open());
    MainWindow& window = app.window;
    AdvisorController& controller = app.controller;
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    QVERIFY(window.finder()->selectClient(clientId));
    QVERIFY(shown.wait(15000));
    ScenarioDocument* document = window.scenarioEditor()->document();
    QCOMPARE(document->value("AMT_CREDIT").get<double>(), 123456.0);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Brouillon restauré")),
             qPrintable(window.statusBar()->currentMessage()));
    document->undo(); // the advisor did not want it after all: the draft goes
    QVERIFY(document->edits().empty());
}

void ServerModeWindowTest::whatIfEditsAreLocalOnlyWithTheServersModel()
{
    // The workstation has the very bundle the server scores with: edits are scored here, while
    // the files' scores stay the server's.
    AdvisorSettings settings = serverSettings();
    settings.mode = service::ScoringMode::Automatic;
    {
        ServerModeApp app(settings, explain::ExplanationEngine::open(m_fixture.bundle));
        QVERIFY(app.open());
        QCOMPARE(app.service.config().mode, service::ScoringMode::RemoteOnly);
        QTRY_VERIFY_WITH_TIMEOUT(app.controller.serverSource()->serverModel().has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            static_cast<bool>(app.window.scenarioEditor()->document()->scoring().score), 5000);
    }
    // No local model: the server scores the edits too.
    ServerModeApp app(settings);
    QVERIFY(app.open());
    QTRY_VERIFY_WITH_TIMEOUT(app.controller.serverSource()->serverModel().has_value(), 10000);
    QVERIFY(!app.window.scenarioEditor()->document()->scoring().score);
    QVERIFY(static_cast<bool>(app.window.scenarioEditor()->document()->scoring().scoreLater));
}

void ServerModeWindowTest::deadServerKeepsTheClientOnScreen()
{
    ServerModeApp app(serverSettings());
    QVERIFY(app.open());
    MainWindow& window = app.window;
    AdvisorController& controller = app.controller;
    QAbstractItemModel* list = window.finder()->list()->model();
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    const long long first = list->index(3, 0).data(PortfolioModel::ClientIdRole).toLongLong();
    QVERIFY(window.finder()->selectClient(first));
    QVERIFY(shown.wait(15000));
    const double shownPercent = window.gauge()->probabilityPercent();

    const quint16 port = m_records.server().port();
    const auto decisionsOfFirst = [&] {
        return getJson(QStringLiteral("/v1/clients/%1/decisions").arg(first))["decisions"].size();
    };
    const auto earlier = decisionsOfFirst();
    QVERIFY(m_records.server().kill());
    QSignalSpy failed(&controller, &AdvisorController::clientFailed);
    const long long second = list->index(4, 0).data(PortfolioModel::ClientIdRole).toLongLong();
    QVERIFY(window.finder()->selectClient(second));
    QVERIFY(failed.wait(20000));
    // The advisor keeps what they were reading, and reads why in words.
    QCOMPARE(window.gauge()->probabilityPercent(), shownPercent);
    QCOMPARE(controller.shownClient(), std::optional<long long>(first));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("n'a pas pu être lu")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("serveur")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Connection refused")), qPrintable(message));
    QCOMPARE(list->rowCount() >= ServerPortfolioModel::kPageSize, true);

    // A decision recorded while the server is down waits in the outbox, and says so.
    window.decisionPanel()->chooseConfirm();
    QVERIFY2(window.decisionPanel()->record(), qPrintable(window.decisionPanel()->statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.statusBar()->currentMessage().contains(QStringLiteral("hors ligne")), 20000);
    QCOMPARE(controller.serverSource()->pendingCount(), 1);
    QVERIFY(window.dataSourceLabel()->text().contains(QStringLiteral("1 envoi en attente")));

    // The server back on the same address: the outbox empties by itself, once, and the
    // offline message gives way.
    const QString restarted = m_records.startServer(port);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QTRY_COMPARE_WITH_TIMEOUT(controller.serverSource()->pendingCount(), 0, 45000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.statusBar()->currentMessage().contains(QStringLiteral("de nouveau joignable")),
        5000);
    QVERIFY(!window.dataSourceLabel()->text().contains(QStringLiteral("en attente")));
    QCOMPARE(decisionsOfFirst(), earlier + 1); // exactly once
}

void ServerModeWindowTest::comparisonDrawsTheServersAggregates()
{
    ServerModeApp app(serverSettings());
    QVERIFY(app.open());
    MainWindow& window = app.window;
    ComparisonView* comparison = window.comparison();
    QVERIFY(comparison->serverAggregates());
    // The categorical filters offer the levels the server knows (no local rows to read them from).
    QComboBox* education = comparison->filterBox(ComparisonView::Filter::Education);
    QComboBox* ageBand = comparison->filterBox(ComparisonView::Filter::AgeBand);
    QTRY_VERIFY_WITH_TIMEOUT(education->count() > 2, 10000);
    QVERIFY(education->isEnabled());

    QAbstractItemModel* list = window.finder()->list()->model();
    QSignalSpy shown(&app.controller, &AdvisorController::clientShown);
    QVERIFY(window.finder()->selectClient(
        list->index(0, 0).data(PortfolioModel::ClientIdRole).toLongLong()));
    QVERIFY(shown.wait(15000));
    window.clientTabs()->setCurrentWidget(comparison);

    // Find, by asking the server itself, a group and a variable with a hidden bin (1 to 4
    // clients) and a group too small to be shown at all.
    const auto query = [](const QString& variable, const QString& age, const QString& level) {
        QString route = QStringLiteral("/v1/population/distribution?variable=") + variable;
        if (!age.isEmpty())
            route += QStringLiteral("&age_band=") + age;
        if (!level.isEmpty())
            route +=
                QStringLiteral("&education=") + QString::fromLatin1(QUrl::toPercentEncoding(level));
        return route;
    };
    QString hiddenAge, tinyAge, tinyLevel;
    nlohmann::json hiddenAnswer;
    for (int age = 1; age < ageBand->count(); ++age) {
        const QString band = ageBand->itemData(age).toString();
        const auto answer = getJson(query(QStringLiteral("NAME_HOUSING_TYPE"), band, {}));
        QVERIFY(!answer.is_null());
        for (const auto& bin : answer["bins"])
            if (bin["all"].contains("suppressed") && hiddenAge.isEmpty()) {
                hiddenAge = band;
                hiddenAnswer = answer;
            }
        for (int level = 1; level < education->count() && tinyAge.isEmpty(); ++level) {
            const QString value = education->itemData(level).toString();
            const auto group = getJson(query(QStringLiteral("NAME_HOUSING_TYPE"), band, value));
            if (!group.is_null() && group["group_suppressed"].get<bool>()) {
                tinyAge = band;
                tinyLevel = value;
            }
        }
    }
    QVERIFY2(!hiddenAge.isEmpty(), "no age band with a hidden housing bin on the test server");
    QVERIFY2(!tinyAge.isEmpty(), "no group small enough to be hidden on the test server");

    // The hidden bin is drawn and read out as "fewer than 5 clients", never as 0.
    QSignalSpy found(comparison, &ComparisonView::findingChanged);
    comparison->selectVariable(QStringLiteral("NAME_HOUSING_TYPE"));
    QVERIFY(found.wait(10000));
    QVERIFY(comparison->setFilter(ComparisonView::Filter::AgeBand, hiddenAge));
    QVERIFY(found.wait(10000));
    DistributionChart* chart = comparison->chart();
    ComparisonTableModel* table = comparison->tableModel();
    const auto& bins = hiddenAnswer["bins"];
    QCOMPARE(chart->binCount(), static_cast<int>(bins.size()));
    int hidden = 0;
    for (int bin = 0; bin < chart->binCount(); ++bin) {
        const QModelIndex clients = table->index(bin, 1);
        if (bins[static_cast<std::size_t>(bin)]["all"].contains("suppressed")) {
            ++hidden;
            QVERIFY2(chart->binValue(bin).startsWith(QStringLiteral("moins de 5 clients")),
                     qPrintable(chart->binValue(bin)));
            QCOMPARE(clients.data().toString(), QStringLiteral("< 5"));
            QVERIFY(clients.data(Qt::AccessibleTextRole)
                        .toString()
                        .startsWith(QStringLiteral("moins de 5 clients")));
        } else {
            const auto count = bins[static_cast<std::size_t>(bin)]["all"]["count"].get<long long>();
            QCOMPARE(clients.data().toString(), QLocale(QLocale::French).toString(count));
        }
    }
    QVERIFY(hidden > 0);
    QVERIFY(comparison->groupLabel()->text().contains(QStringLiteral("serveur de la banque")));

    // A group below the server's minimum: no bins, and the finding says why in words.
    QVERIFY(comparison->setFilter(ComparisonView::Filter::Education, tinyLevel));
    QVERIFY(found.wait(10000));
    QVERIFY(comparison->setFilter(ComparisonView::Filter::AgeBand, tinyAge));
    QTRY_VERIFY_WITH_TIMEOUT(
        comparison->finding().startsWith(QStringLiteral("Moins de 5 clients correspondent")),
        10000);
    QVERIFY(comparison->groupLabel()->text().contains(QStringLiteral("moins de 5 clients")));

    // The two-variable grid comes from the server too, its hidden cells read as such. Wait for
    // the grid of all clients: a grid the server computed for an earlier filter may still be on
    // screen (its answer arrived before clearFilters), and there the client's own cell can
    // rightly hold 0 similar clients.
    const auto everyone =
        getJson(QStringLiteral("/v1/population/density?x=age_years&y=AMT_INCOME_TOTAL"));
    QVERIFY(!everyone.is_null());
    const auto everyonePoints = everyone["points"]["count"].get<long long>();
    comparison->clearFilters();
    DensityGridChart* grid = comparison->densityChart();
    QTRY_VERIFY_WITH_TIMEOUT(
        grid->grid().binning.contains(QStringLiteral("calculée par le serveur")) &&
            static_cast<long long>(grid->grid().points) == everyonePoints,
        10000);
    QVERIFY(grid->cellCount() > 0);
    int hiddenCells = 0;
    for (int cell = 0; cell < grid->cellCount(); ++cell) {
        QVERIFY(!grid->cellValue(cell).startsWith(QStringLiteral("0 clients")));
        if (grid->cellValue(cell).startsWith(QStringLiteral("moins de 5 clients")))
            ++hiddenCells;
    }
    QVERIFY(hiddenCells > 0);
}

// Skipped with exit code 77 (what CTest reports as skipped) when the database the run asks for
// cannot run here (RECORDS_BACKEND=postgresql without PostgreSQL): a QSKIP in initTestCase
// would be reported as a pass.
int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    application.setAttribute(Qt::AA_Use96Dpi, true);
    if (const QString reason = testing::ServerModeFixture::unavailableReason(); !reason.isEmpty()) {
        std::fprintf(stderr, "SKIPPED (%s run): %s\n",
                     qPrintable(testing::ServerModeFixture::backendName()), qPrintable(reason));
        return 77;
    }
    ServerModeWindowTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "ServerModeWindowTest.moc"

void ServerModeWindowTest::scenarioAndApplicationAreSavedOnTheServerOnce()
{
    ServerModeApp app(serverSettings());
    QVERIFY(app.open());
    MainWindow& window = app.window;
    AdvisorController& controller = app.controller;
    QAbstractItemModel* list = window.finder()->list()->model();
    const long long clientId = list->index(5, 0).data(PortfolioModel::ClientIdRole).toLongLong();
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    QVERIFY(window.finder()->selectClient(clientId));
    QVERIFY(shown.wait(15000));
    const QString scenariosRoute = QStringLiteral("/v1/clients/%1/scenarios").arg(clientId);
    const auto scenariosOnServer = [&] { return getJson(scenariosRoute)["scenarios"]; };
    const auto earlier = scenariosOnServer().size();

    // Saved while the server is down: kept in the outbox, and the saved list says it waits.
    ScenarioEditor* editor = window.scenarioEditor();
    QAbstractItemModel* saved = editor->document()->savedList();
    const quint16 port = m_records.server().port();
    QVERIFY(m_records.server().kill());
    QVERIFY(editor->enterValue("AMT_CREDIT", QStringLiteral("250000")));
    QVERIFY(editor->saveScenario(QStringLiteral("Prêt réduit")) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(controller.serverSource()->pendingCount() == 1, 5000);
    QVERIFY(saved->rowCount() >= 1);
    QVERIFY2(saved->index(0, 0).data().toString().contains(QStringLiteral("en attente d'envoi")),
             qPrintable(saved->index(0, 0).data().toString()));

    // The server back: sent once with its key, then listed from the server, once.
    const QString restarted = m_records.startServer(port);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QTRY_COMPARE_WITH_TIMEOUT(controller.serverSource()->pendingCount(), 0, 45000);
    QTRY_COMPARE_WITH_TIMEOUT(scenariosOnServer().size(), earlier + 1, 10000);
    const auto stored = scenariosOnServer().back();
    QCOMPARE(stored["name"], "Prêt réduit");
    QCOMPARE(stored["edits"]["AMT_CREDIT"], 250000.0);
    QCOMPARE(stored["created_by"], "a.martin");
    QTRY_VERIFY_WITH_TIMEOUT(saved->rowCount() == static_cast<int>(earlier) + 1 &&
                                 saved->index(0, 0).data(SavedScenarioListModel::StateRole) ==
                                     static_cast<int>(SavedState::Stored),
                             10000);
    int namedRows = 0;
    for (int row = 0; row < saved->rowCount(); ++row)
        if (saved->index(row, 0).data().toString().startsWith(QStringLiteral("Prêt réduit")))
            ++namedRows;
    QCOMPARE(namedRows, 1); // listed by the server, not also as this workstation's entry

    // Reopened from the list: the server's scenario, edits on the client's file.
    auto* document = editor->document();
    QVERIFY(document->openSaved(document->savedList()->keyAt(0)));
    QCOMPARE(editor->edits()["AMT_CREDIT"], 250000.0);
    QCOMPARE(editor->original()["SK_ID_CURR"], clientId);

    // A new application: stored on the server under a new number, announced, then opened from
    // the list like any client, with what was typed.
    editor->startNewApplication();
    QVERIFY(editor->isNewApplication());
    QVERIFY(editor->enterValue("AMT_INCOME_TOTAL", QStringLiteral("123456")));
    QVERIFY(editor->saveScenario(QStringLiteral("Demande Martin")) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(controller.serverSource()->pendingCount(), 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(
                                 QStringLiteral("« Demande Martin » enregistrée sur le serveur")),
                             10000);
    const QRegularExpression number(QStringLiteral("dossier n° (\\d+)"));
    const auto match = number.match(window.statusBar()->currentMessage());
    QVERIFY(match.hasMatch());
    const long long newClient = match.captured(1).toLongLong();
    QVERIFY(newClient >= 900000000001LL);
    const auto file = getJson(QStringLiteral("/v1/clients/%1").arg(newClient));
    QVERIFY(!file.is_null());
    QCOMPARE(file["application"]["AMT_INCOME_TOTAL"], 123456.0);
    QVERIFY(document->savedList()->rowCount() >= 1);
    QVERIFY(
        document->savedList()->index(0, 0).data().toString().contains(QString::number(newClient)));

    QTest::keyClicks(window.finder()->searchBox(), QString::number(newClient));
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 10000);
    QVERIFY(window.finder()->selectClient(newClient));
    QVERIFY(shown.wait(15000));
    QCOMPARE(shown.last().first().toLongLong(), newClient);
    QCOMPARE(editor->original()["AMT_INCOME_TOTAL"], 123456.0);
}

void ServerModeWindowTest::languageSwitchRewordsTheServersReasons()
{
    ServerModeApp app(serverSettings());
    QVERIFY(app.open());
    MainWindow& window = app.window;
    AdvisorController& controller = app.controller;
    QAbstractItemModel* list = window.finder()->list()->model();
    const long long clientId = list->index(2, 0).data(PortfolioModel::ClientIdRole).toLongLong();
    QSignalSpy shown(&controller, &AdvisorController::clientShown);
    QVERIFY(window.finder()->selectClient(clientId));
    QVERIFY(shown.wait(15000));
    const auto reasonsOf = [&](const char* language) {
        const auto body = m_records.server().getJson(
            QStringLiteral("/v1/clients/%1?lang=%2").arg(clientId).arg(QLatin1String(language)),
            advisorKey);
        const auto& reasons = body["score"]["reasons"];
        const auto& first = reasons["adverse"].empty() ? reasons["favourable"] : reasons["adverse"];
        return QString::fromStdString(first[0]["text"].get<std::string>());
    };
    const auto firstShown = [&](const char* language) {
        const auto& shownScore = window.shownExplanation();
        if (!shownScore)
            return QString();
        const auto& reasons = shownScore->adverseReasons.empty() ? shownScore->favourableReasons
                                                                 : shownScore->adverseReasons;
        return reasons.empty() ? QString()
                               : QString::fromStdString(reasons.front().text.in(language));
    };
    const QString french = reasonsOf("fr");
    const QString english = reasonsOf("en");
    QVERIFY(french != english);
    // The advisor was typing a justification: a language switch must not take it away.
    window.decisionPanel()->chooseOverride();
    window.decisionPanel()->setJustification(QStringLiteral("Garant solide"));
    window.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE_WITH_TIMEOUT(firstShown("en"), english, 10000);
    QCOMPARE(window.decisionPanel()->justification(), QStringLiteral("Garant solide"));
    window.setLanguage(QStringLiteral("fr"));
    QTRY_COMPARE_WITH_TIMEOUT(firstShown("fr"), french, 10000);
}
