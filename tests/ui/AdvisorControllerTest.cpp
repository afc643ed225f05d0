// The wired application: a real portfolio, a real model, the real window. Selecting a client must
// show exactly what core computes for that client (no logic in the views).
#include "app/AdvisorController.h"

#include "TrainedModelFixture.h"
#include "explain/ClientDescription.h"
#include "explain/ExplanationEngine.h"
#include "models/PortfolioModel.h"
#include "scenario/ScenarioEditor.h"
#include "service/ScoringService.h"
#include "widgets/ClientFinder.h"
#include "widgets/ContributionChart.h"
#include "widgets/ContributionView.h"
#include "widgets/FactsPanel.h"
#include "widgets/ReasonsPanel.h"
#include "widgets/ScoreGauge.h"
#include "window/MainWindow.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace credit;
using namespace credit::ui;

class AdvisorControllerTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listShowsTheBatchScores();
    void selectingAClientFillsThePanelsWithCoreValues();
    void keyboardOnlySelectionShowsTheClient();
    void fastSuccessiveSelectionsEndOnTheLastClient();
    void theHiddenEditorOpensTheLastSelectedFileWhenNeeded();
    void everyScoreIsLoggedWithoutPersonalData();
    void badBundleGivesAClearMessage();
    void withoutAnyScoringPathTheStatusSaysWhatToDo();
    void missingFolderGivesAClearMessage();

private:
    struct App {
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<service::ScoringService> service;
        std::unique_ptr<AdvisorController> controller;
    };
    App makeApp(bool withBundle);
    QString logPath() const { return m_dir.filePath(QStringLiteral("predictions.jsonl")); }

    QTemporaryDir m_dir;
    testing::TrainedModelFixture m_fixture;
    std::shared_ptr<const explain::ExplanationEngine> m_engine;
};

void AdvisorControllerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("credit-advisor-tests"));
    QVERIFY(m_dir.isValid());
    m_fixture = testing::TrainedModelFixture::create(m_dir.path());
    m_engine = explain::ExplanationEngine::open(m_fixture.bundle);
}

AdvisorControllerTest::App AdvisorControllerTest::makeApp(bool withBundle)
{
    App app;
    app.window = std::make_unique<MainWindow>();
    service::ScoringServiceConfig config;
    config.predictionLog = logPath();
    app.service = std::make_unique<service::ScoringService>(config);
    if (withBundle)
        app.service->setEngine(m_engine);
    app.controller = std::make_unique<AdvisorController>(*app.window, *app.service);
    QSignalSpy loaded(app.controller.get(), &AdvisorController::portfolioLoaded);
    app.controller->openPortfolio(QString::fromStdString(m_fixture.dataFolder.string()),
                                  PortfolioOrigin::SyntheticDemo, false);
    if (!loaded.wait(30000))
        qFatal("portfolio did not load");
    return app;
}

void AdvisorControllerTest::listShowsTheBatchScores()
{
    App app = makeApp(true);
    auto* model = app.window->finder()->model();
    const auto dataset = data::HomeCreditDataset::load(m_fixture.dataFolder);
    const auto expected = m_engine->scoreDataset(dataset);
    QCOMPARE(static_cast<std::size_t>(model->rowCount()), expected.size());
    QCOMPARE(app.controller->clientCount(), expected.size());
    for (int row : {0, 1, 500, model->rowCount() - 1}) {
        const QModelIndex index = model->index(row, PortfolioModel::Probability);
        QCOMPARE(index.data(PortfolioModel::SortRole).toDouble(),
                 expected[static_cast<std::size_t>(row)]);
    }
    QVERIFY(app.window->demoBanner()->isVisibleTo(app.window.get()));
    QVERIFY2(app.window->scoringSourceLabel()->text().startsWith(
                 QStringLiteral("Source du score : Modèle local v")),
             qPrintable(app.window->scoringSourceLabel()->text()));
    // The service's own words follow a language switch too (they stayed French before).
    QVERIFY(app.window->setLanguage(QStringLiteral("en")));
    QVERIFY2(app.window->scoringSourceLabel()->text().startsWith(
                 QStringLiteral("Scoring source: Local model v")),
             qPrintable(app.window->scoringSourceLabel()->text()));
    app.window->setLanguage(QStringLiteral("fr"));
    QVERIFY(app.window->scoringSourceLabel()->text().startsWith(
        QStringLiteral("Source du score : Modèle local v")));
}

void AdvisorControllerTest::selectingAClientFillsThePanelsWithCoreValues()
{
    App app = makeApp(true);
    const long long clientId =
        app.window->finder()->model()->index(7, 0).data(PortfolioModel::ClientIdRole).toLongLong();
    const auto record = app.controller->clientRecord(clientId);
    QVERIFY(record);
    const auto expected = m_engine->explain(record->data);
    const auto facts = explain::describeClient(record->data);

    QSignalSpy shown(app.controller.get(), &AdvisorController::clientShown);
    QVERIFY(app.window->finder()->selectClient(clientId));
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.last().at(0).toLongLong(), clientId);

    // Score panel
    QCOMPARE(app.window->gauge()->probabilityPercent(), expected.probability * 100.0);
    QCOMPARE(app.window->gauge()->thresholdPercent(), expected.threshold * 100.0);
    QCOMPARE(app.window->gauge()->interpretationText(),
             QString::fromStdString(expected.interpretation.fr));
    const auto rows = app.window->contributions()->chart()->rows();
    QVERIFY(!rows.empty());
    QCOMPARE(rows.front().label, QString::fromStdString(expected.contributions.front().label.fr));
    QCOMPARE(rows.front().points, expected.contributions.front().points);
    // Reasons panel
    const auto adverse = app.window->reasons()->adverseLabels();
    QCOMPARE(static_cast<std::size_t>(adverse.size()), expected.adverseReasons.size());
    for (std::size_t i = 0; i < expected.adverseReasons.size(); ++i)
        QVERIFY2(adverse[static_cast<int>(i)]->text().contains(
                     QString::fromStdString(expected.adverseReasons[i].text.fr).toHtmlEscaped()) ||
                     adverse[static_cast<int>(i)]->text().contains(
                         QString::fromStdString(expected.adverseReasons[i].text.fr)),
                 qPrintable(adverse[static_cast<int>(i)]->text()));
    QCOMPARE(static_cast<std::size_t>(app.window->reasons()->favourableLabels().size()),
             expected.favourableReasons.size());
    // Facts panel
    QCOMPARE(app.window->facts()->valueLabel(QStringLiteral("age"))->text(),
             QString::fromStdString(facts.age.value.fr));
    QCOMPARE(app.window->facts()->valueLabel(QStringLiteral("income"))->text(),
             QString::fromStdString(facts.income.value.fr));
    QCOMPARE(app.window->facts()->valueLabel(QStringLiteral("lateInstalments"))->text(),
             QString::fromStdString(facts.lateInstalments.value.fr));
}

void AdvisorControllerTest::fastSuccessiveSelectionsEndOnTheLastClient()
{
    // An advisor holding the arrow key: each selection starts a scoring on the worker before
    // the previous one answered. Only the last client's explanation may end on screen, in every
    // panel, whatever order the answers come back in; the pooled reason labels and the facts
    // rows carry the last client's texts, not a mix.
    App app = makeApp(true);
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    auto* model = app.window->finder()->model();
    QSignalSpy shown(app.controller.get(), &AdvisorController::clientShown);
    long long last = 0;
    for (int row = 0; row < 25; ++row) {
        last = model->index(row * 37 % model->rowCount(), 0)
                   .data(PortfolioModel::ClientIdRole)
                   .toLongLong();
        QVERIFY(app.window->finder()->selectClient(last));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toLongLong() == last, 10000);
    QTest::qWait(300); // any answer still in flight for an earlier client arrives and is dropped
    QCOMPARE(shown.last().at(0).toLongLong(), last);
    for (const auto& signal : shown)
        QCOMPARE(signal.at(0).toLongLong(), last); // no earlier client was ever shown

    const auto record = app.controller->clientRecord(last);
    QVERIFY(record);
    const auto expected = m_engine->explain(record->data);
    const auto facts = explain::describeClient(record->data);
    QCOMPARE(app.window->gauge()->probabilityPercent(), expected.probability * 100.0);
    const auto adverse = app.window->reasons()->adverseLabels();
    QCOMPARE(static_cast<std::size_t>(adverse.size()),
             std::max<std::size_t>(expected.adverseReasons.size(), 1));
    for (std::size_t i = 0; i < expected.adverseReasons.size(); ++i) {
        QVERIFY(adverse[static_cast<int>(i)]->isVisible());
        QVERIFY(adverse[static_cast<int>(i)]->text().contains(
            QString::fromStdString(expected.adverseReasons[i].text.fr)));
    }
    QCOMPARE(app.window->facts()->valueLabel(QStringLiteral("age"))->text(),
             QString::fromStdString(facts.age.value.fr));
    QCOMPARE(app.window->facts()->valueLabel(QStringLiteral("income"))->text(),
             QString::fromStdString(facts.income.value.fr));
}

void AdvisorControllerTest::theHiddenEditorOpensTheLastSelectedFileWhenNeeded()
{
    // Issue 24: selecting a client must not pay for the editor tab nobody looks at (scoring the
    // file again, its saved scenarios, the suggestion search). The file waits, and opens when the
    // editor is shown or its content is read: never an earlier client's, never stale.
    App app = makeApp(true);
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    QTabWidget* tabs = app.window->clientTabs();
    ScenarioEditor* editor = app.window->scenarioEditor();
    QVERIFY(tabs->currentWidget() != editor);
    ScenarioDocument* document = editor->document();
    QSignalSpy opened(document, &ScenarioDocument::documentReset);
    QSignalSpy shown(app.controller.get(), &AdvisorController::clientShown);
    auto* model = app.window->finder()->model();
    const auto idAt = [&](int row) {
        return model->index(row, 0).data(PortfolioModel::ClientIdRole).toLongLong();
    };

    for (const int row : {3, 4}) {
        QVERIFY(app.window->finder()->selectClient(idAt(row)));
        QVERIFY(shown.wait(10000));
    }
    QCOMPARE(opened.count(), 0); // nothing done for the hidden editor

    tabs->setCurrentWidget(editor);
    QCOMPARE(opened.count(), 1); // the last file only, at once
    QCOMPARE(editor->original().value("SK_ID_CURR", 0LL), idAt(4));
    const auto expected = m_engine->explain(app.controller->clientRecord(idAt(4))->data);
    QTRY_VERIFY_WITH_TIMEOUT(editor->originalScore().has_value(), 10000);
    QCOMPARE(editor->originalScore()->probability, expected.probability);

    // Selected while the editor is shown: opened at once, as before.
    QVERIFY(app.window->finder()->selectClient(idAt(5)));
    QCOMPARE(opened.count(), 2);
    QCOMPARE(editor->original().value("SK_ID_CURR", 0LL), idAt(5));
    QVERIFY(shown.wait(10000));

    // Hidden again: reading the editor's content opens the waiting file first.
    tabs->setCurrentIndex(0);
    QVERIFY(tabs->currentWidget() != editor);
    QVERIFY(app.window->finder()->selectClient(idAt(6)));
    QVERIFY(shown.wait(10000));
    QCOMPARE(opened.count(), 2);
    QCOMPARE(editor->original().value("SK_ID_CURR", 0LL), idAt(6));
    QCOMPARE(opened.count(), 3);

    // A new application replaces a waiting file: the client's file never opens over it.
    QVERIFY(app.window->finder()->selectClient(idAt(7)));
    QVERIFY(shown.wait(10000));
    editor->startNewApplication();
    tabs->setCurrentWidget(editor);
    QVERIFY(editor->isNewApplication());
}

void AdvisorControllerTest::keyboardOnlySelectionShowsTheClient()
{
    App app = makeApp(true);
    app.window->show();
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    QSignalSpy shown(app.controller.get(), &AdvisorController::clientShown);

    QTest::keyClick(app.window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit* search = app.window->finder()->searchBox();
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Down); // into the list, first row
    QVERIFY(shown.wait(10000));
    QTest::keyClick(app.window->finder()->list(), Qt::Key_Down);
    QVERIFY(shown.wait(10000));
    const long long secondId = app.window->finder()
                                   ->list()
                                   ->currentIndex()
                                   .data(PortfolioModel::ClientIdRole)
                                   .toLongLong();
    QCOMPARE(shown.last().at(0).toLongLong(), secondId);
    const auto expected = m_engine->explain(app.controller->clientRecord(secondId)->data);
    QCOMPARE(app.window->gauge()->probabilityPercent(), expected.probability * 100.0);
}

void AdvisorControllerTest::everyScoreIsLoggedWithoutPersonalData()
{
    QFile::remove(logPath());
    App app = makeApp(true);
    QSignalSpy shown(app.controller.get(), &AdvisorController::clientShown);
    const long long clientId =
        app.window->finder()->model()->index(3, 0).data(PortfolioModel::ClientIdRole).toLongLong();
    app.window->finder()->selectClient(clientId);
    QVERIFY(shown.wait(10000));

    QFile log(logPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines[0].contains("\"input_hash\"") || lines[0].contains("\"inputHash\""));
    QVERIFY(!lines[0].contains(QByteArray::number(clientId)));
    QVERIFY(!lines[0].contains("AMT_INCOME_TOTAL"));
}

void AdvisorControllerTest::badBundleGivesAClearMessage()
{
    MainWindow window;
    service::ScoringServiceConfig config;
    config.mode = service::ScoringMode::LocalOnly;
    service::ScoringService service(config);
    AdvisorController controller(window, service);

    const QString missing = m_dir.filePath(QStringLiteral("nowhere/absent.csbundle"));
    const auto problem = service.openBundle(missing.toStdString());
    QVERIFY(problem);
    // Both languages, each naming the file and saying what is wrong in its own words.
    const QString message = QString::fromStdString(problem->fr);
    QVERIFY(message.contains(missing));
    QVERIFY2(message.contains(QStringLiteral("ne peut pas être lu")), qPrintable(message));
    QVERIFY(QString::fromStdString(problem->en).contains(QStringLiteral("cannot be read")));

    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.csbundle"));
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a model bundle");
    file.close();
    const auto corruptProblem = service.openBundle(corrupt.toStdString());
    QVERIFY(corruptProblem);
    QVERIFY(QString::fromStdString(corruptProblem->fr).contains(corrupt));
    QVERIFY(QString::fromStdString(corruptProblem->fr)
                .contains(QStringLiteral("n'est pas un modèle de scoring")));
    QVERIFY(!service.engine());
    QCOMPARE(service.status().source, service::ScoringStatus::Source::Offline);
    QCOMPARE(window.scoringSourceLabel()->text(), QStringLiteral("Source du score : Hors ligne"));
    QVERIFY(service.status().details(QStringLiteral("fr")).contains(corrupt));
    QVERIFY(service.status().details(QStringLiteral("fr")).contains(QStringLiteral("--bundle")));
    // The status bar says it in French, then in English after a switch, with no French left.
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Installez")));
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    const QString english = window.statusBar()->currentMessage();
    QVERIFY2(english.contains(QStringLiteral("is not a scoring model")), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("Install the demo model")), qPrintable(english));
    QVERIFY2(!english.contains(QStringLiteral("Installez")), qPrintable(english));
    QVERIFY2(!english.contains(QStringLiteral("Hors ligne")), qPrintable(english));
}

void AdvisorControllerTest::withoutAnyScoringPathTheStatusSaysWhatToDo()
{
    App app = makeApp(false);
    QCOMPARE(app.service->status().source, service::ScoringStatus::Source::Offline);
    QVERIFY(QString::fromStdString(app.service->status().remedy.fr)
                .contains(QStringLiteral("Paramètres")));
    QVERIFY(QString::fromStdString(app.service->status().remedy.en)
                .contains(QStringLiteral("Settings")));
    // The list is not scored: "—" rather than a made-up number.
    QCOMPARE(app.window->finder()
                 ->model()
                 ->index(0, PortfolioModel::Probability)
                 .data(Qt::DisplayRole)
                 .toString(),
             QStringLiteral("\u2014"));
    QSignalSpy failed(app.controller.get(), &AdvisorController::clientFailed);
    app.window->finder()->selectClient(
        app.window->finder()->model()->index(0, 0).data(PortfolioModel::ClientIdRole).toLongLong());
    QVERIFY(failed.wait(5000));
    QVERIFY(!app.window->gauge()->hasScore());
}

void AdvisorControllerTest::missingFolderGivesAClearMessage()
{
    MainWindow window;
    service::ScoringService service;
    AdvisorController controller(window, service);
    QSignalSpy failed(&controller, &AdvisorController::loadFailed);
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    controller.openPortfolio(folder, std::nullopt, false);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.last().at(0).toString().contains(QStringLiteral("no-such-folder")),
             qPrintable(failed.last().at(0).toString()));
    QVERIFY(failed.last().at(0).toString().startsWith(QStringLiteral("Le portefeuille")));
    // Switched to English while the message is shown: worded again, no French frame left.
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    const QString english = window.statusBar()->currentMessage();
    QVERIFY2(english.startsWith(QStringLiteral("The portfolio cannot be opened")),
             qPrintable(english));
    QVERIFY(english.contains(QStringLiteral("no-such-folder")));
}

QTEST_MAIN(AdvisorControllerTest)
#include "AdvisorControllerTest.moc"
