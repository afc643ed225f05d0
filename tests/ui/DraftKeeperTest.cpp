// Drafts without any widget: what the advisor typed in a client's file is kept in the local store
// on every change, comes back as one undoable step when the same file is opened again after the
// app was closed (as after a crash), and goes once it is saved or undone.
#include "document/DraftKeeper.h"

#include "document/LocalScenarioRepository.h"
#include "document/ScenarioDocument.h"
#include "store/DraftStore.h"
#include "store/LocalStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace credit;
using namespace credit::ui;

namespace {

const nlohmann::json kClient{
    {"SK_ID_CURR", 100002},   {"NAME_CONTRACT_TYPE", "Cash loans"}, {"CODE_GENDER", "M"},
    {"CNT_CHILDREN", 0},      {"AMT_INCOME_TOTAL", 202500.0},       {"AMT_CREDIT", 406597.5},
    {"AMT_ANNUITY", 24700.5}, {"AMT_GOODS_PRICE", 351000.0},        {"DAYS_BIRTH", -9461.0}};

ScenarioScoring creditOverTenMillion()
{
    ScenarioScoring scoring;
    scoring.score = [](const nlohmann::json& record) {
        explain::Explanation explanation;
        explanation.probability = record.value("AMT_CREDIT", 0.0) / 1e7;
        explanation.threshold = 0.05;
        return ScenarioScore{explanation, {}};
    };
    return scoring;
}

} // namespace

class DraftKeeperTest : public QObject {
    Q_OBJECT
private slots:
    void typedValuesSurviveAClosedAppAndComeBackUndoable();
    void savingOrUndoingEverythingRemovesTheDraft();
    void anotherClientGetsNoDraft();
};

void DraftKeeperTest::typedValuesSurviveAClosedAppAndComeBackUndoable()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("store.sqlite"));
    {
        store::LocalStore localStore(path);
        store::DraftStore drafts(localStore);
        ScenarioDocument document;
        document.setScoring(creditOverTenMillion());
        DraftKeeper keeper(document, drafts);
        document.openClient(kClient);
        QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("300000")));
        QVERIFY(document.enterValue("CNT_CHILDREN", QStringLiteral("2")));
        QVERIFY(drafts.draft(QStringLiteral("client:100002")));
        // Closed here without saving, as after a crash: only the store remains.
    }
    store::LocalStore localStore(path);
    store::DraftStore drafts(localStore);
    ScenarioDocument document;
    document.setScoring(creditOverTenMillion());
    DraftKeeper keeper(document, drafts);
    QSignalSpy restored(&keeper, &DraftKeeper::restored);
    document.openClient(kClient);
    QCOMPARE(restored.count(), 1);
    QCOMPARE(restored.first().first().toInt(), 2);
    QCOMPARE(document.value("AMT_CREDIT").get<double>(), 300000.0);
    QCOMPARE(document.value("CNT_CHILDREN").get<long long>(), 2LL);
    QVERIFY(document.scenarioScore());
    QCOMPARE(document.scenarioScore()->probability, 0.03);
    // One step brings the file back as it was.
    QCOMPARE(document.undoStack()->count(), 1);
    document.undo();
    QVERIFY(document.edits().empty());
    QVERIFY(!drafts.draft(QStringLiteral("client:100002")));
}

void DraftKeeperTest::savingOrUndoingEverythingRemovesTheDraft()
{
    QTemporaryDir folder;
    store::LocalStore localStore(folder.filePath(QStringLiteral("store.sqlite")));
    store::DraftStore drafts(localStore);
    LocalScenarioRepository repository(localStore);
    ScenarioDocument document;
    document.setScoring(creditOverTenMillion());
    document.setRepository(&repository);
    DraftKeeper keeper(document, drafts);
    document.openClient(kClient);
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("250000")));
    QVERIFY(drafts.draft(QStringLiteral("client:100002")));
    QVERIFY(document.save(QStringLiteral("Moins de crédit")));
    QVERIFY(!drafts.draft(QStringLiteral("client:100002")));
}

void DraftKeeperTest::anotherClientGetsNoDraft()
{
    QTemporaryDir folder;
    store::LocalStore localStore(folder.filePath(QStringLiteral("store.sqlite")));
    store::DraftStore drafts(localStore);
    ScenarioDocument document;
    document.setScoring(creditOverTenMillion());
    DraftKeeper keeper(document, drafts);
    document.openClient(kClient);
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("250000")));
    auto other = kClient;
    other["SK_ID_CURR"] = 100003;
    QSignalSpy restored(&keeper, &DraftKeeper::restored);
    document.openClient(other);
    QCOMPARE(restored.count(), 0);
    QVERIFY(document.edits().empty());
    QCOMPARE(DraftKeeper::keyOf(document.origin()), QStringLiteral("client:100003"));
    document.startNewApplication();
    QCOMPARE(DraftKeeper::keyOf(document.origin()), QStringLiteral("application:new"));
}

QTEST_GUILESS_MAIN(DraftKeeperTest)
#include "DraftKeeperTest.moc"
