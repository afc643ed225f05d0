#include "scenario/ScenarioEditor.h"

#include "TrainedModelFixture.h"
#include "app/LocalScenarioScoring.h"
#include "data/ClientRecordJson.h"
#include "data/HomeCreditDataset.h"
#include "explain/ExplanationEngine.h"
#include "store/LocalStore.h"
#include "widgets/ScoreGauge.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <functional>

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
    // The first refused client of the portfolio (in file order) for whom core's counterfactual
    // search finds a suggestion, with what core suggests: the "Appliquer" path needs one.
    nlohmann::json m_refusedClient;
    explain::CounterfactualResult m_expectedSuggestions;
    nlohmann::json m_grantedClient; // the first comfortably granted client

    double coreProbability(const nlohmann::json& record) const
    {
        const auto parsed = data::clientRecordFromJson(record);
        if (!parsed.record)
            qFatal("record refused: %s", parsed.issues.front().message.c_str());
        return m_engine->explain(*parsed.record).probability;
    }

    // The editor on the test client, scoring with the test model and saving into `store`, with a
    // smaller credit typed in.
    bool lowerTheClientsCredit(ScenarioEditor& editor, store::LocalStore& store) const
    {
        editor.setScoring(ui::localScenarioScoring(m_engine));
        editor.setStore(&store);
        editor.setOriginal(m_client);
        return editor.enterValue("AMT_CREDIT", QStringLiteral("250000"));
    }

private slots:
    void initTestCase()
    {
        // 3,000 applicants: with the default 1,200 the model learns too little about amounts and
        // durations for the counterfactual search to find anything for any refused client.
        const auto fixture = testing::TrainedModelFixture::create(m_folder.path(), 3000, 60);
        m_engine = explain::ExplanationEngine::open(fixture.bundle);
        const auto dataset = data::HomeCreditDataset::load(fixture.dataFolder);
        m_client = data::clientRecordToJson(dataset, 3);

        const auto probabilities = m_engine->scoreDataset(dataset);
        for (std::size_t row = 0; row < probabilities.size() && m_refusedClient.is_null(); ++row) {
            if (probabilities[row] < m_engine->threshold())
                continue;
            auto record = data::clientRecordToJson(dataset, row);
            const auto parsed = data::clientRecordFromJson(record);
            QVERIFY2(
                parsed.record,
                parsed.issues.empty()
                    ? "no record"
                    : (parsed.issues.front().field + ": " + parsed.issues.front().message).c_str());
            auto suggestions = m_engine->counterfactuals(*parsed.record);
            if (suggestions.suggestions.empty())
                continue;
            m_refusedClient = std::move(record);
            m_expectedSuggestions = std::move(suggestions);
        }
        QVERIFY2(!m_refusedClient.is_null(),
                 "the test model suggests no change for any refused client of its portfolio");
        for (std::size_t row = 0; row < probabilities.size(); ++row) {
            if (probabilities[row] < m_engine->threshold() / 2) {
                m_grantedClient = data::clientRecordToJson(dataset, row);
                break;
            }
        }
        QVERIFY(!m_grantedClient.is_null());
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

    // Closing the window with the cursor in a field: the field's focus-out (editingFinished)
    // used to reach the editor after its members were destroyed, and crashed.
    void closingWithTheCursorInAFieldIsSafe()
    {
        // Undefined behaviour does not crash every time: repeat so freed memory gets reused.
        for (int attempt = 0; attempt < 20; ++attempt) {
            auto editor = std::make_unique<ScenarioEditor>();
            editor->setScoring(ui::localScenarioScoring(m_engine));
            editor->setOriginal(m_client);
            editor->show();
            editor->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(editor.get()));
            QLineEdit* income = editor->numberEditor("AMT_INCOME_TOTAL");
            income->setFocus();
            income->selectAll();
            QTest::keyClicks(income, QStringLiteral("12345"));
            QVERIFY(income->hasFocus());
            QPointer<QLineEdit> field(income);
            editor.reset();
            QVERIFY(field.isNull());
            std::vector<std::string> reuse(64, std::string(48, 'x')); // reuse what was freed
            QCOMPARE(reuse.size(), std::size_t{64});
        }
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
        QVERIFY(lowerTheClientsCredit(editor, store));
        QVERIFY(editor.enterValue("CNT_CHILDREN", QStringLiteral("2")));
        editor.rescoreNow();
        const auto record = editor.scenarioRecord();
        const double probability = editor.scenarioScore()->probability;
        const qint64 id = editor.saveScenario(QStringLiteral("Crédit réduit"));
        QVERIFY(id > 0);

        ScenarioEditor reopened;
        reopened.setScoring(ui::localScenarioScoring(m_engine));
        reopened.setStore(&store);
        QVERIFY(reopened.document()->openSaved({ui::ScenarioKind::ClientScenario, id}));
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

    // Regression (issue 23): the list of a new application holds application ids, and opening
    // one used to look it up among client scenarios, so a saved application came back as the
    // client scenario with the same number. Opening from the list must bring back what was typed.
    void savedApplicationReopensFromTheListNotTheScenarioWithTheSameNumber()
    {
        QTemporaryDir folder;
        store::LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
        ScenarioEditor editor;
        // A client scenario saved first takes number 1 in its table...
        QVERIFY(lowerTheClientsCredit(editor, store));
        QCOMPARE(editor.saveScenario(QStringLiteral("Crédit réduit")), qint64{1});
        // ... and the first typed application takes number 1 in its own.
        editor.startNewApplication();
        QVERIFY(editor.enterValue("AMT_INCOME_TOTAL", QStringLiteral("87000")));
        QVERIFY(editor.enterValue("CNT_CHILDREN", QStringLiteral("3")));
        const nlohmann::json typed = editor.scenarioRecord();
        QCOMPARE(editor.saveScenario(QStringLiteral("Mme Dupont")), qint64{1});

        // The advisor leaves for a client, then comes back to the applications and reopens hers.
        editor.setOriginal(m_grantedClient);
        editor.startNewApplication();
        QAbstractItemView* list = nullptr;
        for (auto* view : editor.findChildren<QAbstractItemView*>())
            if (view->accessibleName().startsWith(QStringLiteral("Scénarios enregistrés")))
                list = view;
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(
            list->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Mme Dupont")));
        list->setCurrentIndex(list->model()->index(0, 0));
        emit list->activated(list->currentIndex());
        QVERIFY(editor.isNewApplication());
        COMPARE_JSON(editor.scenarioRecord(), typed);
        QCOMPARE(editor.numberEditor("CNT_CHILDREN")->text(), QStringLiteral("3"));
    }

    // Every node a screen reader user can act on in the editor has a name: fields, combo boxes
    // and their popup lists, buttons (the suggestions' too), the saved-scenarios list and its rows.
    void everyInteractiveNodeHasAName()
    {
        QTemporaryDir folder;
        store::LocalStore store(folder.filePath(QStringLiteral("store.sqlite")));
        ScenarioEditor editor;
        QVERIFY(lowerTheClientsCredit(editor, store));
        QVERIFY(editor.saveScenario(QStringLiteral("Crédit réduit")) > 0);
        editor.setOriginal(m_refusedClient);
        QVERIFY(!editor.enterValue("AMT_INCOME_TOTAL", QStringLiteral("-5")));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isSearchingSuggestions(), 20000);
        QVERIFY(editor.suggestionCount() > 0);
        static const QSet<QAccessible::Role> interactive{
            QAccessible::PushButton,  QAccessible::ComboBox,   QAccessible::EditableText,
            QAccessible::List,        QAccessible::ListItem,   QAccessible::CheckBox,
            QAccessible::RadioButton, QAccessible::ScrollBar,  QAccessible::Slider,
            QAccessible::SpinBox,     QAccessible::Table,      QAccessible::Cell,
            QAccessible::PageTab,     QAccessible::ButtonMenu, QAccessible::Client};
        QStringList unnamed;
        std::function<void(QAccessibleInterface*, int)> walk = [&](QAccessibleInterface* node,
                                                                   int depth) {
            if (!node || depth > 30)
                return;
            if (node->state().invisible && node->object() && node->object()->isWidgetType() &&
                static_cast<QWidget*>(node->object())->isHidden())
                return;
            if (interactive.contains(node->role()) && node->role() != QAccessible::Client &&
                node->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2")
                               .arg(int(node->role()))
                               .arg(node->object() ? QString::fromLatin1(
                                                         node->object()->metaObject()->className())
                                                   : QStringLiteral("?"));
            for (int child = 0; child < std::min(node->childCount(), 50); ++child)
                walk(node->child(child), depth + 1);
        };
        walk(QAccessible::queryAccessibleInterface(&editor), 0);
        // The combo boxes' popup lists are windows of their own.
        for (auto* box : editor.findChildren<QComboBox*>())
            walk(QAccessible::queryAccessibleInterface(box->view()), 0);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    // The counterfactual search runs on a worker: the editor says it is searching (to screen
    // readers too), then shows exactly what core suggests for the client.
    void suggestionsArriveAsynchronouslyWithASearchingState()
    {
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        QSignalSpy shown(&editor, &ScenarioEditor::suggestionsShown);
        editor.setOriginal(m_refusedClient);
        QVERIFY(editor.scenarioScore()); // the score itself does not wait for the search
        QVERIFY(editor.isSearchingSuggestions());
        QCOMPARE(editor.suggestionCount(), 0);
        const QString searching = QStringLiteral("Recherche de pistes en cours…");
        QCOMPARE(editor.suggestionBox()->accessibleDescription(), searching);
        auto* state =
            editor.suggestionBox()->findChild<QLabel*>(QStringLiteral("suggestionSearchState"));
        QVERIFY(state && state->text() == searching);
        QAccessibleInterface* box = QAccessible::queryAccessibleInterface(editor.suggestionBox());
        QVERIFY(box && box->text(QAccessible::Description) == searching);

        QTRY_VERIFY_WITH_TIMEOUT(!editor.isSearchingSuggestions(), 20000);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(editor.suggestionCount(),
                 static_cast<int>(m_expectedSuggestions.suggestions.size()));
        for (int index = 0; index < editor.suggestionCount(); ++index)
            QCOMPARE(
                editor.suggestions().suggestions[static_cast<std::size_t>(index)].sentence.fr,
                m_expectedSuggestions.suggestions[static_cast<std::size_t>(index)].sentence.fr);
        QVERIFY(editor.suggestionBox()->accessibleDescription().startsWith(
            QStringLiteral("Pistes trouvées")));
    }

    // Changing client while a search runs: the stale result is never shown, only the new
    // client's (here a comfortably granted one, for whom core says no change is needed).
    void aStaleSearchResultIsDropped()
    {
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        QSignalSpy shown(&editor, &ScenarioEditor::suggestionsShown);
        editor.setOriginal(m_refusedClient);
        QVERIFY(editor.isSearchingSuggestions());
        // The search starts ~300 ms after the advisor settles on a file: let the refused
        // client's start, then leave the client while it runs (or just after it ended).
        QTest::qWait(320);
        shown.clear(); // the refused client's result may have been shown: it was current then
        editor.setOriginal(m_grantedClient);
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isSearchingSuggestions(), 20000);
        QCOMPARE(shown.count(), 1);
        const auto parsed = data::clientRecordFromJson(m_grantedClient);
        const auto expected = m_engine->counterfactuals(*parsed.record);
        QVERIFY(expected.suggestions.empty());
        QCOMPARE(editor.suggestionCount(), 0);
        QCOMPARE(editor.suggestions().statement.fr, expected.statement.fr);
        QTest::qWait(300); // the refused client's result, if it were late, would show up here
        QCOMPARE(shown.count(), 1);
        QCOMPARE(editor.suggestionCount(), 0);
    }

    // The whole "Appliquer" path through the real widget: the scenario takes core's suggested
    // values, its score is exactly core's for the edited record (and an approval), the original
    // is untouched, and one Ctrl+Z gives back the previous score exactly.
    void appliquerButtonAppliesTheSuggestionAndCtrlZRestoresTheScore()
    {
        ScenarioEditor editor;
        editor.setScoring(ui::localScenarioScoring(m_engine));
        editor.setOriginal(m_refusedClient);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.resize(1200, 800);
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isSearchingSuggestions(), 20000);
        QVERIFY(editor.suggestionCount() > 0);
        // With the suggestions shown no wrapped text is squeezed below its height (the reasons
        // were cut mid-line before the score side could scroll).
        const auto squeezed = [&editor] {
            QStringList cut;
            for (auto* label : editor.findChildren<QLabel*>())
                if (label->isVisible() && label->wordWrap() && !label->text().isEmpty() &&
                    label->height() < label->heightForWidth(label->width()))
                    cut << label->text().left(40);
            return cut;
        };
        QTRY_VERIFY2(squeezed().isEmpty(), qPrintable(squeezed().join(QStringLiteral(" | "))));
        const double before = editor.scenarioScore()->probability;
        QCOMPARE(before, coreProbability(m_refusedClient));
        QVERIFY(before >= m_engine->threshold());
        const auto recordBefore = editor.scenarioRecord();

        const auto& suggestion = editor.suggestions().suggestions.front();
        const QString sentence = QString::fromStdString(suggestion.sentence.fr);
        QPushButton* apply = nullptr;
        for (auto* button : editor.suggestionBox()->findChildren<QPushButton*>())
            if (button->accessibleName() == QStringLiteral("Appliquer : ") + sentence)
                apply = button;
        QVERIFY2(apply, qPrintable(sentence));
        QCOMPARE(apply->text(), QStringLiteral("Appliquer"));
        const auto changes = suggestion.changes; // the list is rebuilt by the click
        const double promised = suggestion.probability;
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(editor.undoStack()->count(), 1); // one step, whatever the number of changes

        nlohmann::json expected = m_refusedClient;
        for (const auto& change : changes) {
            QVERIFY(change.to < change.from); // a suggestion lowers amounts
            expected[change.field] = change.to;
        }
        for (const auto& change : changes)
            QCOMPARE(editor.scenarioRecord()[change.field].get<double>(), change.to);
        COMPARE_JSON(editor.scenarioRecord(), expected);
        COMPARE_JSON(editor.original(), m_refusedClient); // the original record is never changed
        QVERIFY(editor.scenarioScore());
        const double after = editor.scenarioScore()->probability;
        QCOMPARE(after, coreProbability(expected));
        auto* gauge = editor.findChild<ui::ScoreGauge*>();
        QVERIFY(gauge && gauge->hasScore());
        QCOMPARE(gauge->probabilityPercent(), after * 100.0);
        // What the sentence promised is what the applied scenario gets: an approval.
        QVERIFY2(std::abs(after - promised) < 1e-9,
                 qPrintable(
                     QStringLiteral("%1 vs %2").arg(after, 0, 'g', 17).arg(promised, 0, 'g', 17)));
        QCOMPARE(editor.scenarioScore()->decision, explain::Decision::Grant);
        QVERIFY(editor.comparisonText().contains(QStringLiteral("accord")));

        // Ctrl+Z from the form (the clicked button is gone): back to the previous score exactly.
        QLineEdit* credit = editor.numberEditor("AMT_CREDIT");
        credit->setFocus();
        QTest::keyClick(credit, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor.undoStack()->index(), 0);
        COMPARE_JSON(editor.scenarioRecord(), recordBefore);
        QTRY_VERIFY(editor.scenarioScore() && editor.scenarioScore()->probability == before);
        QCOMPARE(gauge->probabilityPercent(), before * 100.0);
        QCOMPARE(editor.scenarioScore()->decision, explain::Decision::Refuse);
    }
};

QTEST_MAIN(ScenarioEditorTest)
#include "ScenarioEditorTest.moc"
