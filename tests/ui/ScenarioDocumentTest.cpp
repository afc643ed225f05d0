// The scenario document without any widget: edits as undoable commands, validation with core's
// field rules, rescoring (at once and through a late scorer whose stale answers are dropped), the
// origins (client file, new application, saved entry), the suggestion search, and the
// repository — a fake one and the real local store.
#include "document/ScenarioDocument.h"

#include "common/LocalizedError.h"
#include "document/LocalScenarioRepository.h"
#include "document/SavedScenarioListModel.h"
#include "store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace credit;
using namespace credit::ui;

#define COMPARE_JSON(actual, expected)                                                             \
    QVERIFY2((actual) == (expected),                                                               \
             qPrintable(QString::fromStdString((actual).dump() + " != " + (expected).dump())))

namespace {

const nlohmann::json kClient{
    {"SK_ID_CURR", 100002},   {"NAME_CONTRACT_TYPE", "Cash loans"}, {"CODE_GENDER", "M"},
    {"CNT_CHILDREN", 0},      {"AMT_INCOME_TOTAL", 202500.0},       {"AMT_CREDIT", 406597.5},
    {"AMT_ANNUITY", 24700.5}, {"AMT_GOODS_PRICE", 351000.0},        {"DAYS_BIRTH", -9461.0}};

// A stand-in for the model: the probability is the credit over ten million, so every expected
// score is known exactly.
explain::Explanation scoreOf(const nlohmann::json& record)
{
    explain::Explanation explanation;
    explanation.probability = record.value("AMT_CREDIT", 0.0) / 1e7;
    explanation.threshold = 0.05;
    explanation.decision = explanation.probability < explanation.threshold
                               ? explain::Decision::Grant
                               : explain::Decision::Refuse;
    return explanation;
}

ScenarioScoring immediateScoring(int* calls = nullptr)
{
    ScenarioScoring scoring;
    scoring.score = [calls](const nlohmann::json& record) {
        if (calls)
            ++*calls;
        return ScenarioScore{scoreOf(record), {}};
    };
    return scoring;
}

// Keeps the saved documents in memory, numbering each kind on its own like the real store.
class FakeRepository : public ScenarioRepository {
public:
    std::vector<SavedScenario> saved;
    bool failing = false;

    std::vector<SavedScenarioSummary> list(ScenarioKind kind,
                                           const QString& clientId) const override
    {
        if (failing)
            throw LocalizedError({"Serveur injoignable.", "Server unreachable."});
        std::vector<SavedScenarioSummary> entries;
        for (const auto& entry : saved)
            if (entry.kind == kind &&
                (kind == ScenarioKind::NewApplication || entry.clientId == clientId))
                entries.push_back({entry.key, entry.name, entry.probability, {}});
        return entries;
    }
    std::optional<SavedScenario> load(const SavedScenarioKey& key) const override
    {
        for (const auto& entry : saved)
            if (entry.key == key)
                return entry;
        return std::nullopt;
    }
    SavedScenarioKey save(const SavedScenario& scenario) override
    {
        qint64 id = 1;
        for (const auto& entry : saved)
            if (entry.kind == scenario.kind)
                ++id;
        saved.push_back(scenario);
        saved.back().key = {scenario.kind, id};
        return saved.back().key;
    }
};

} // namespace

class ScenarioDocumentTest : public QObject {
    Q_OBJECT
private slots:
    void editsAreUndoableCommandsOnTheDocument();
    void typingIsCheckedAfterAPauseAndMergesIntoOneStep();
    void valuesAreCheckedWithCoreRulesInBothLanguages();
    void everyEditIsRescoredAndTheOriginalKept();
    void aLateScorersStaleAnswerIsDropped();
    void originsShareOneDocument();
    void suggestionsAreSearchedOffTheGuiThreadAndApplyAsOneStep();
    void savesAndReopensThroughAFakeRepository();
    void repositoryFailuresReachTheAdvisorInBothLanguages();
    void localStoreKeepsApplicationsAndScenariosApart();
    void unreadableStoredScenarioIsReportedNotOpened();
};

void ScenarioDocumentTest::editsAreUndoableCommandsOnTheDocument()
{
    ScenarioDocument document;
    document.setScoring(immediateScoring());
    document.openClient(kClient);
    QSignalSpy changed(&document, &ScenarioDocument::fieldChanged);
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("250000")));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<std::string>(), std::string("AMT_CREDIT"));
    QCOMPARE(document.scenarioRecord()["AMT_CREDIT"].get<double>(), 250000.0);
    COMPARE_JSON(document.original(), kClient); // the original is never changed
    // The same value again is no new step.
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("250 000")));
    QCOMPARE(document.undoStack()->count(), 1);
    // Clearing an optional field is an edit too (null): the field becomes unknown.
    QVERIFY(document.enterValue("AMT_GOODS_PRICE", QString()));
    QVERIFY(!document.scenarioRecord().contains("AMT_GOODS_PRICE"));
    QCOMPARE(document.undoStack()->count(), 2);

    document.undo();
    document.undo();
    COMPARE_JSON(document.scenarioRecord(), kClient);
    QVERIFY(document.edits().empty());
    document.redo();
    QCOMPARE(document.scenarioRecord()["AMT_CREDIT"].get<double>(), 250000.0);
}

void ScenarioDocumentTest::typingIsCheckedAfterAPauseAndMergesIntoOneStep()
{
    ScenarioDocument document;
    document.setScoring(immediateScoring());
    document.openClient(kClient);
    // Keystrokes of one field: one step, holding the last value.
    document.typeText("AMT_CREDIT", QStringLiteral("3"));
    document.commitTypedText();
    document.typeText("AMT_CREDIT", QStringLiteral("30000"));
    document.commitTypedText();
    document.typeText("AMT_CREDIT", QStringLiteral("300000"));
    QTRY_COMPARE(document.scenarioRecord()["AMT_CREDIT"].get<double>(), 300000.0); // the pause
    QCOMPARE(document.undoStack()->count(), 1);
    QTRY_COMPARE(document.scenarioScore()->probability, 0.03);
    // Undo commits what is still being typed, then undoes it.
    document.typeText("AMT_INCOME_TOTAL", QStringLiteral("99000"));
    document.undo();
    QCOMPARE(document.scenarioRecord()["AMT_INCOME_TOTAL"].get<double>(), 202500.0);
    QCOMPARE(document.scenarioRecord()["AMT_CREDIT"].get<double>(), 300000.0);
    // A choice from a list is its own step, never merged with typing.
    QVERIFY(document.enterValue("NAME_CONTRACT_TYPE", QStringLiteral("Revolving loans"), false));
    QCOMPARE(document.undoStack()->index(), 2);
}

void ScenarioDocumentTest::valuesAreCheckedWithCoreRulesInBothLanguages()
{
    ScenarioDocument document;
    document.openClient(kClient);
    QSignalSpy problems(&document, &ScenarioDocument::fieldProblemChanged);
    QVERIFY(!document.enterValue("AMT_INCOME_TOTAL", QStringLiteral("-5")));
    QCOMPARE(problems.count(), 1);
    auto problem = document.fieldProblem("AMT_INCOME_TOTAL");
    QVERIFY(problem);
    QVERIFY(QString::fromStdString(problem->fr).startsWith(QStringLiteral("Valeur hors limites")));
    QVERIFY(QString::fromStdString(problem->en).startsWith(QStringLiteral("Value out of range")));
    QVERIFY(!document.enterValue("AMT_INCOME_TOTAL", QStringLiteral("beaucoup")));
    QVERIFY(
        document.fieldProblem("AMT_INCOME_TOTAL")->fr.find("1 234,5") != std::string::npos ||
        document.fieldProblem("AMT_INCOME_TOTAL")->fr.find("1\u202f234,5") != std::string::npos ||
        document.fieldProblem("AMT_INCOME_TOTAL")->fr.find("1\u00a0234,5") != std::string::npos);
    QCOMPARE(document.fieldProblem("AMT_INCOME_TOTAL")->en,
             std::string("Number expected (for example 1,234.5)."));
    QVERIFY(!document.enterValue("AMT_CREDIT", QString()));
    QCOMPARE(document.fieldProblem("AMT_CREDIT")->fr, std::string("Champ obligatoire."));
    QVERIFY(!document.enterValue("CNT_CHILDREN", QStringLiteral("1,5")));
    QCOMPARE(document.fieldProblem("CNT_CHILDREN")->en, std::string("Whole number expected."));
    QVERIFY(!document.enterValue("NAME_CONTRACT_TYPE", QStringLiteral("Prêt en espèces")));
    QCOMPARE(document.undoStack()->count(), 0);
    // An accepted value clears the field's problem.
    QVERIFY(document.enterValue("CNT_CHILDREN", QStringLiteral("2")));
    QVERIFY(!document.fieldProblem("CNT_CHILDREN"));
    // Ages are typed in years and stored as DAYS_BIRTH; "40,5" is forty and a half in French...
    QVERIFY(document.enterValue("DAYS_BIRTH", QStringLiteral("40,5")));
    QCOMPARE(document.scenarioRecord()["DAYS_BIRTH"].get<double>(), -std::round(40.5 * 365.25));
    // ... and "1,500" is fifteen hundred in English.
    document.setLanguage(QStringLiteral("en"));
    QVERIFY(document.enterValue("AMT_ANNUITY", QStringLiteral("1,500")));
    QCOMPARE(document.scenarioRecord()["AMT_ANNUITY"].get<double>(), 1500.0);
}

void ScenarioDocumentTest::everyEditIsRescoredAndTheOriginalKept()
{
    int calls = 0;
    ScenarioDocument document;
    document.setScoring(immediateScoring(&calls));
    document.openClient(kClient);
    QCOMPARE(document.originalScore()->probability, scoreOf(kClient).probability);
    // The unedited file is the original: scored once, not twice.
    QCOMPARE(document.scenarioScore()->probability, document.originalScore()->probability);
    const int afterOpening = calls;
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("100000")));
    document.rescoreNow();
    QCOMPARE(calls, afterOpening + 1);
    QCOMPARE(document.scenarioScore()->probability, 0.01);
    QCOMPARE(document.scenarioScore()->decision, explain::Decision::Grant);
    QCOMPARE(document.originalScore()->probability, scoreOf(kClient).probability);
    document.undo();
    document.rescoreNow();
    QCOMPARE(document.scenarioScore()->probability, document.originalScore()->probability);
    // A scorer that refuses the record: no score, and why in both languages.
    ScenarioScoring refusing;
    refusing.score = [](const nlohmann::json&) {
        return ScenarioScore{std::nullopt, {"dossier refusé", "record refused"}};
    };
    document.setScoring(refusing);
    QVERIFY(!document.scenarioScore());
    QCOMPARE(document.scoreError()->en, std::string("record refused"));
}

void ScenarioDocumentTest::aLateScorersStaleAnswerIsDropped()
{
    std::vector<std::pair<nlohmann::json, std::function<void(ScenarioScore)>>> asked;
    ScenarioScoring later;
    later.scoreLater = [&asked](const nlohmann::json& record,
                                std::function<void(ScenarioScore)> done) {
        asked.emplace_back(record, std::move(done));
    };
    ScenarioDocument document;
    document.setScoring(later);
    asked.clear(); // the empty document's request
    document.openClient(kClient);
    QVERIFY(document.isWaitingForScore());
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("100000")));
    document.rescoreNow();
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("900000")));
    document.rescoreNow();
    QCOMPARE(asked.size(), std::size_t{3}); // the original, then two edits
    // The newest answer first, then the older edit's: the older one is dropped.
    asked[2].second({scoreOf(asked[2].first), {}});
    asked[1].second({scoreOf(asked[1].first), {}});
    QVERIFY(!document.isWaitingForScore());
    QCOMPARE(document.scenarioScore()->probability, 0.09);
    // The unedited file's late answer is still kept as the "before" score.
    asked[0].second({scoreOf(asked[0].first), {}});
    QCOMPARE(document.originalScore()->probability, scoreOf(kClient).probability);
    QCOMPARE(document.scenarioScore()->probability, 0.09);
}

void ScenarioDocumentTest::originsShareOneDocument()
{
    ScenarioDocument document;
    document.setScoring(immediateScoring());
    document.openClient(kClient);
    QCOMPARE(document.origin().kind, ScenarioKind::ClientScenario);
    QCOMPARE(document.origin().clientId, QStringLiteral("100002"));
    QVERIFY(document.originalScore());

    QSignalSpy reset(&document, &ScenarioDocument::documentReset);
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("100000")));
    document.startNewApplication();
    QCOMPARE(reset.count(), 1);
    QVERIFY(document.isNewApplication());
    QVERIFY(document.edits().empty());
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.originalScore()); // nothing to compare a new application with
    QVERIFY(document.scenarioScore());  // but it is scored

    SavedScenario application;
    application.key = {ScenarioKind::NewApplication, 7};
    application.kind = ScenarioKind::NewApplication;
    application.name = QStringLiteral("Mme Dupont");
    application.original = kClient;
    document.open(application);
    QVERIFY(document.isNewApplication());
    QCOMPARE(document.origin().saved->id, qint64{7});
    QCOMPARE(document.origin().savedName, QStringLiteral("Mme Dupont"));
    COMPARE_JSON(document.scenarioRecord(), kClient);

    SavedScenario scenario;
    scenario.key = {ScenarioKind::ClientScenario, 7};
    scenario.kind = ScenarioKind::ClientScenario;
    scenario.original = kClient;
    scenario.edits = {{"AMT_CREDIT", 250000.0}};
    document.open(scenario);
    QVERIFY(!document.isNewApplication());
    QCOMPARE(document.origin().clientId, QStringLiteral("100002"));
    QCOMPARE(document.scenarioRecord()["AMT_CREDIT"].get<double>(), 250000.0);
    QCOMPARE(document.originalScore()->probability, scoreOf(kClient).probability);
    QCOMPARE(document.scenarioScore()->probability, 0.025);
}

void ScenarioDocumentTest::suggestionsAreSearchedOffTheGuiThreadAndApplyAsOneStep()
{
    ScenarioScoring scoring = immediateScoring();
    QThread* guiThread = QThread::currentThread();
    std::atomic<bool> offGuiThread{false};
    scoring.suggest = [guiThread, &offGuiThread](const nlohmann::json& record) {
        offGuiThread = QThread::currentThread() != guiThread;
        explain::CounterfactualResult result;
        explain::Counterfactual lower;
        const double credit = record.value("AMT_CREDIT", 0.0);
        lower.changes = {{"AMT_CREDIT", {}, credit, credit / 2, {}},
                         {"CNT_CHILDREN", {}, 0, 1, {}}};
        lower.probability = credit / 2 / 1e7;
        lower.sentence = {"Réduire le crédit de moitié.", "Halve the credit."};
        result.suggestions.push_back(lower);
        return result;
    };
    ScenarioDocument document;
    document.setScoring(scoring);
    QSignalSpy changed(&document, &ScenarioDocument::suggestionsChanged);
    document.openClient(kClient);
    QVERIFY(document.isSearchingSuggestions());
    QTRY_VERIFY_WITH_TIMEOUT(!document.isSearchingSuggestions(), 5000);
    QVERIFY(offGuiThread);
    QCOMPARE(document.suggestions().suggestions.size(), std::size_t{1});
    document.applySuggestion(0);
    QCOMPARE(document.undoStack()->count(), 1); // two changes, one step
    QCOMPARE(document.scenarioRecord()["AMT_CREDIT"].get<double>(), 406597.5 / 2);
    QVERIFY(document.scenarioRecord()["CNT_CHILDREN"] == nlohmann::json(1)); // stays whole
    QCOMPARE(document.scenarioScore()->probability, 406597.5 / 2 / 1e7);
    document.undo();
    COMPARE_JSON(document.scenarioRecord(), kClient);
    // Without a local search the document says why instead of searching.
    ScenarioScoring without = immediateScoring();
    document.setScoring(without);
    QVERIFY(!document.isSearchingSuggestions());
    QCOMPARE(document.suggestions().statement.en,
             std::string("Suggestions to obtain an approval need a local model."));
}

void ScenarioDocumentTest::savesAndReopensThroughAFakeRepository()
{
    FakeRepository repository;
    ScenarioDocument document;
    document.setScoring(immediateScoring());
    document.setRepository(&repository);
    QAbstractItemModelTester tester(document.savedList(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    document.openClient(kClient);
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("250000")));
    const auto scenarioKey = document.save(QStringLiteral("Crédit réduit"));
    QVERIFY(scenarioKey);
    QCOMPARE(repository.saved.size(), std::size_t{1});
    QCOMPARE(repository.saved[0].kind, ScenarioKind::ClientScenario);
    QCOMPARE(repository.saved[0].clientId, QStringLiteral("100002"));
    COMPARE_JSON(repository.saved[0].original, kClient);
    COMPARE_JSON(repository.saved[0].edits, nlohmann::json({{"AMT_CREDIT", 250000.0}}));
    QCOMPARE(repository.saved[0].probability, 0.025);
    QCOMPARE(document.savedList()->rowCount(), 1);
    QVERIFY(document.savedList()->index(0).data().toString().startsWith(
        QStringLiteral("Crédit réduit — 2,5")));

    document.startNewApplication();
    QCOMPARE(document.savedList()->rowCount(), 0); // applications are listed apart
    QVERIFY(document.enterValue("CNT_CHILDREN", QStringLiteral("3")));
    const nlohmann::json typed = document.scenarioRecord();
    const auto applicationKey = document.save(QStringLiteral("Mme Dupont"));
    QCOMPARE(applicationKey->kind, ScenarioKind::NewApplication);
    QCOMPARE(applicationKey->id, scenarioKey->id); // both tables number from 1
    QCOMPARE(document.savedList()->rowCount(), 1);

    // Reopening from the list: the row's key, whatever its kind, is what opens.
    document.openClient(kClient);
    document.startNewApplication();
    QVERIFY(document.openSaved(document.savedList()->keyAt(0)));
    QVERIFY(document.isNewApplication());
    COMPARE_JSON(document.scenarioRecord(), typed);
    document.openClient(kClient);
    QVERIFY(document.openSaved(document.savedList()->keyAt(0)));
    QVERIFY(!document.isNewApplication());
    QCOMPARE(document.scenarioRecord()["AMT_CREDIT"].get<double>(), 250000.0);
    COMPARE_JSON(document.original(), kClient);
}

void ScenarioDocumentTest::repositoryFailuresReachTheAdvisorInBothLanguages()
{
    FakeRepository repository;
    repository.failing = true;
    ScenarioDocument document;
    QSignalSpy errors(&document, &ScenarioDocument::repositoryError);
    document.setRepository(&repository);
    QCOMPARE(errors.count(), 1);
    const auto message = errors.first().first().value<LocalizedText>();
    QCOMPARE(message.fr, std::string("Serveur injoignable."));
    QCOMPARE(message.en, std::string("Server unreachable."));
    QCOMPARE(document.savedList()->rowCount(), 0);
    // An entry gone from the repository is said, not opened.
    repository.failing = false;
    errors.clear();
    QVERIFY(!document.openSaved({ScenarioKind::ClientScenario, 42}));
    QCOMPARE(errors.count(), 1);
}

void ScenarioDocumentTest::localStoreKeepsApplicationsAndScenariosApart()
{
    QTemporaryDir folder;
    store::LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
    LocalScenarioRepository repository(store);
    ScenarioDocument document;
    document.setScoring(immediateScoring());
    document.setRepository(&repository);
    document.openClient(kClient);
    QVERIFY(document.enterValue("AMT_CREDIT", QStringLiteral("250000")));
    const auto scenario = document.save(QStringLiteral("Crédit réduit"));
    document.startNewApplication();
    QVERIFY(document.enterValue("AMT_INCOME_TOTAL", QStringLiteral("87000")));
    const nlohmann::json typed = document.scenarioRecord();
    const auto application = document.save(QStringLiteral("Mme Dupont"));
    QCOMPARE(scenario->id, qint64{1});
    QCOMPARE(application->id, qint64{1});
    // The store keeps an application as the record typed.
    QCOMPARE(store.applications().front().recordJson, QString::fromStdString(typed.dump()));
    QCOMPARE(repository.list(ScenarioKind::NewApplication, {}).size(), std::size_t{1});
    QCOMPARE(repository.list(ScenarioKind::ClientScenario, QStringLiteral("100002")).size(),
             std::size_t{1});
    QCOMPARE(repository.list(ScenarioKind::ClientScenario, QStringLiteral("100003")).size(),
             std::size_t{0});

    const auto loaded = repository.load(*application);
    QVERIFY(loaded);
    QCOMPARE(loaded->kind, ScenarioKind::NewApplication);
    COMPARE_JSON(loaded->original, typed);
    QVERIFY(document.openSaved(*scenario));
    QCOMPARE(document.scenarioRecord()["AMT_CREDIT"].get<double>(), 250000.0);
    QVERIFY(document.openSaved(*application));
    COMPARE_JSON(document.scenarioRecord(), typed);
    QCOMPARE(document.origin().savedName, QStringLiteral("Mme Dupont"));
}

void ScenarioDocumentTest::unreadableStoredScenarioIsReportedNotOpened()
{
    QTemporaryDir folder;
    store::LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
    store.executeRaw(QStringLiteral(
        "INSERT INTO scenarios (name, client_id, original_json, edits_json, probability, "
        "created_at) VALUES ('abîmé', '100002', '{', '{}', 0.1, '2026-01-01T00:00:00Z')"));
    LocalScenarioRepository repository(store);
    ScenarioDocument document;
    document.setRepository(&repository);
    document.openClient(kClient);
    QCOMPARE(document.savedList()->rowCount(), 1);
    QSignalSpy errors(&document, &ScenarioDocument::repositoryError);
    QVERIFY(!document.openSaved(document.savedList()->keyAt(0)));
    QCOMPARE(errors.count(), 1);
    const auto message = errors.first().first().value<LocalizedText>();
    QCOMPARE(message.fr, std::string("Le scénario « abîmé » est illisible."));
    QCOMPARE(message.en, std::string("The scenario \"abîmé\" is unreadable."));
    COMPARE_JSON(document.original(), kClient); // what was open stays open
}

QTEST_GUILESS_MAIN(ScenarioDocumentTest)
#include "ScenarioDocumentTest.moc"
