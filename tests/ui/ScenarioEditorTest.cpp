#include "scenario/ScenarioEditor.h"

#include "TrainedModelFixture.h"
#include "app/LocalScenarioScoring.h"
#include "data/ClientRecordJson.h"
#include "data/HomeCreditDataset.h"
#include "explain/ExplanationEngine.h"
#include "store/LocalStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace credit;

// QCOMPARE cannot print nlohmann::json; say both sides when they differ.
#define COMPARE_JSON(actual, expected)                                                             \
    QVERIFY2((actual) == (expected),                                                               \
             qPrintable(QString::fromStdString((actual).dump() + " != " + (expected).dump())))
using credit::ui::ScenarioEditor;

// One model for the whole suite: training takes a few seconds.
class ScenarioEditorTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_folder;
    std::shared_ptr<const explain::ExplanationEngine> m_engine;
    nlohmann::json m_client;

    double coreProbability(const nlohmann::json& record) const
    {
        const auto parsed = data::clientRecordFromJson(record);
        if (!parsed.record)
            qFatal("record refused: %s", parsed.issues.front().message.c_str());
        return m_engine->explain(*parsed.record).probability;
    }

private slots:
    void initTestCase()
    {
        const auto fixture = testing::TrainedModelFixture::create(m_folder.path());
        m_engine = explain::ExplanationEngine::open(fixture.bundle);
        const auto dataset = data::HomeCreditDataset::load(fixture.dataFolder);
        m_client = data::clientRecordToJson(dataset, 3);
    }

    void editChangesScoreExactlyAsCoreAndUndoRestoresIt()
    {
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        editor.setOriginal(m_client);
        QVERIFY(editor.originalScore());
        const double original = editor.scenarioScore()->probability;
        QCOMPARE(original, coreProbability(m_client));
        QCOMPARE(editor.originalScore()->probability, original);

        // Typing in the field: the debounce validates and rescores.
        QLineEdit* credit = editor.numberEditor("AMT_CREDIT");
        QVERIFY(credit);
        credit->setFocus();
        credit->selectAll();
        QTest::keyClicks(credit, QStringLiteral("1500000"));
        QTRY_VERIFY_WITH_TIMEOUT(editor.undoStack()->count() == 1, 3000);
        QTRY_VERIFY(editor.scenarioScore() && editor.edits().count("AMT_CREDIT"));
        nlohmann::json edited = m_client;
        edited["AMT_CREDIT"] = 1500000.0;
        COMPARE_JSON(editor.scenarioRecord(), edited);
        editor.rescoreNow();
        QCOMPARE(editor.scenarioScore()->probability, coreProbability(edited));
        QVERIFY(editor.comparisonText().contains(QStringLiteral("Avant")));
        COMPARE_JSON(editor.original(), m_client); // the original record is never changed

        QVERIFY(editor.enterValue("EXT_SOURCE_3", QStringLiteral("0,9")));
        editor.rescoreNow();
        const double twoEdits = editor.scenarioScore()->probability;
        edited["EXT_SOURCE_3"] = 0.9;
        QCOMPARE(twoEdits, coreProbability(edited));

        editor.undoStack()->undo();
        editor.rescoreNow();
        edited.erase("EXT_SOURCE_3");
        edited["EXT_SOURCE_3"] = m_client.value("EXT_SOURCE_3", nlohmann::json());
        if (edited["EXT_SOURCE_3"].is_null())
            edited.erase("EXT_SOURCE_3");
        QCOMPARE(editor.scenarioScore()->probability, coreProbability(edited));
        editor.undoStack()->undo();
        editor.rescoreNow();
        QCOMPARE(editor.scenarioScore()->probability, original); // exactly the previous score
        editor.undoStack()->redo();
        editor.rescoreNow();
        QCOMPARE(editor.scenarioRecord()["AMT_CREDIT"].get<double>(), 1500000.0);
    }

    void keyboardUndoAndRedo()
    {
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        editor.setOriginal(m_client);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QLineEdit* income = editor.numberEditor("AMT_INCOME_TOTAL");
        income->setFocus();
        income->selectAll();
        QTest::keyClicks(income, QStringLiteral("99000"));
        // Ctrl+Z in the field commits what was typed, then undoes it: back to the original.
        QTest::keyClick(income, Qt::Key_Z, Qt::ControlModifier);
        COMPARE_JSON(editor.scenarioRecord(), m_client);
        QTest::keyClick(income, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor.scenarioRecord()["AMT_INCOME_TOTAL"].get<double>(), 99000.0);
    }

    void invalidValuesAreRefusedInline()
    {
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        editor.setOriginal(m_client);
        QVERIFY(!editor.enterValue("AMT_INCOME_TOTAL", QStringLiteral("-5")));
        QVERIFY(editor.fieldMessage("AMT_INCOME_TOTAL").contains(QStringLiteral("hors limites")));
        QVERIFY(!editor.enterValue("AMT_INCOME_TOTAL", QStringLiteral("beaucoup")));
        QVERIFY(editor.fieldMessage("AMT_INCOME_TOTAL").contains(QStringLiteral("Nombre attendu")));
        QVERIFY(!editor.enterValue("AMT_CREDIT", QString()));
        QVERIFY(editor.fieldMessage("AMT_CREDIT").contains(QStringLiteral("obligatoire")));
        QVERIFY(!editor.enterValue("CNT_CHILDREN", QStringLiteral("1,5")));
        QCOMPARE(editor.undoStack()->count(), 0);
        QVERIFY(editor.enterValue("DAYS_BIRTH", QStringLiteral("40,5")));
        QCOMPARE(editor.scenarioRecord()["DAYS_BIRTH"].get<double>(), -std::round(40.5 * 365.25));
    }

    void categoryComboOffersSchemaLevels()
    {
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        editor.setOriginal(m_client);
        QComboBox* education = editor.categoryEditor("NAME_EDUCATION_TYPE");
        QVERIFY(education);
        QVERIFY(education->findData(QStringLiteral("Higher education")) > 0);
        QVERIFY(editor.enterValue("NAME_EDUCATION_TYPE", QStringLiteral("Higher education")));
        editor.rescoreNow();
        nlohmann::json edited = editor.scenarioRecord();
        QCOMPARE(editor.scenarioScore()->probability, coreProbability(edited));
        QVERIFY(!editor.enterValue("NAME_EDUCATION_TYPE", QStringLiteral("Doctorat")));
    }

    void savedScenarioReopensIdentically()
    {
        QTemporaryDir folder;
        store::LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        editor.setStore(&store);
        editor.setOriginal(m_client);
        QVERIFY(editor.enterValue("AMT_CREDIT", QStringLiteral("250000")));
        QVERIFY(editor.enterValue("CNT_CHILDREN", QStringLiteral("2")));
        editor.rescoreNow();
        const auto record = editor.scenarioRecord();
        const double probability = editor.scenarioScore()->probability;
        const qint64 id = editor.saveScenario(QStringLiteral("Crédit réduit"));
        QVERIFY(id > 0);

        ScenarioEditor reopened;
        reopened.setScoring(ui::localScenarioScoring(m_engine));
        reopened.setStore(&store);
        reopened.openScenario(id);
        COMPARE_JSON(reopened.scenarioRecord(), record);
        COMPARE_JSON(reopened.original(), m_client);
        QCOMPARE(reopened.scenarioScore()->probability, probability);
        QCOMPARE(reopened.numberEditor("CNT_CHILDREN")->text(), QStringLiteral("2"));
    }

    void newApplicationIsScoredAndSaved()
    {
        QTemporaryDir folder;
        store::LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        editor.setStore(&store);
        editor.startNewApplication();
        QVERIFY(editor.isNewApplication());
        QVERIFY2(editor.scenarioScore(), "the defaults must form a valid application");
        QCOMPARE(editor.scenarioScore()->probability, coreProbability(editor.scenarioRecord()));
        QVERIFY(editor.saveScenario(QStringLiteral("Mme Dupont")) > 0);
        QCOMPARE(store.applications().size(), std::size_t{1});
        QCOMPARE(store.applications()[0].recordJson,
                 QString::fromStdString(editor.scenarioRecord().dump()));
    }

    void suggestionsApplyAsUndoableEdits()
    {
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        // Make the client risky so the search has something to suggest.
        nlohmann::json risky = m_client;
        risky["EXT_SOURCE_2"] = 0.05;
        risky["EXT_SOURCE_3"] = 0.05;
        risky["AMT_CREDIT"] = 2000000.0;
        editor.setOriginal(risky);
        if (editor.suggestionCount() == 0)
            QSKIP("the small test model found no counterfactual for this client");
        const auto before = editor.scenarioRecord();
        editor.applySuggestion(0);
        QVERIFY(editor.scenarioRecord() != before);
        QCOMPARE(editor.undoStack()->count(), 1); // one step, whatever the number of changes
        editor.undoStack()->undo();
        COMPARE_JSON(editor.scenarioRecord(), before);
    }
};

QTEST_MAIN(ScenarioEditorTest)
#include "ScenarioEditorTest.moc"
