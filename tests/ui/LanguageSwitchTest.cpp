// Switching the language reaches every widget: the main window is filled (a client, the model
// card, the comparison, the scenario editor with a scored scenario), then the language is
// switched on every tab and page and the widget tree is walked for strings of the other
// language left behind.
#include "SampleData.h"
#include "SamplePortfolioTable.h"
#include "document/ScenarioScoring.h"
#include "models/ModelCard.h"
#include "population/Population.h"
#include "scenario/ScenarioEditor.h"
#include "widgets/ComparisonView.h"
#include "decision/DecisionPanel.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QtTest>

using namespace credit;
using namespace credit::ui;

namespace {

// Texts that read the same in both languages: the language names (each in its own language, so
// anyone finds theirs), words English and French share (AUC is the metric's name in both),
// and the model version the test sets.
const QSet<QString> kSameInBothLanguages{
    QStringLiteral("Français"),      QStringLiteral("English"), QStringLiteral("Client"),
    QStringLiteral("Clients"),       QStringLiteral("Pages"),   QStringLiteral("Variable"),
    QStringLiteral("Justification"), QStringLiteral("demo-1"),
    QStringLiteral("AUC"), // the metric's name in both languages (fairness table header)
};

bool hasWords(const QString& text)
{
    int letters = 0;
    for (const QChar c : text)
        if (c.isLetter())
            ++letters;
    return letters >= 2;
}

// Every text a person can read or hear from the widgets under `root`: labels, buttons, titles,
// tabs, placeholders, combo items, tooltips, accessible names and descriptions (of the popup lists
// too), item views' headers and first 50 rows, painted charts' accessible items, the menus.
class TextCollector {
public:
    QSet<QString> texts;
    QHash<QString, QString> where; // text -> the widget it was first found on, for the message
    QString current;

    void add(const QString& text)
    {
        QString clean = text;
        clean.remove(QLatin1Char('&'));
        clean = clean.trimmed();
        if (hasWords(clean) && !kSameInBothLanguages.contains(clean)) {
            texts.insert(clean);
            if (!where.contains(clean))
                where.insert(clean, current);
        }
    }

    void addAccessible(QAccessibleInterface* accessible, int depth = 0)
    {
        if (!accessible || depth > 2)
            return;
        // Painted charts expose their bars and bins as children; widgets are walked themselves
        // (a hidden one, waiting for deletion, is not on screen).
        if (depth > 0 && accessible->object() && accessible->object()->isWidgetType())
            return;
        add(accessible->text(QAccessible::Name));
        add(accessible->text(QAccessible::Description));
        for (int child = 0; child < std::min(accessible->childCount(), 50); ++child)
            addAccessible(accessible->child(child), depth + 1);
    }

    void addModel(const QAbstractItemModel* model)
    {
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column) {
            add(model->headerData(column, Qt::Horizontal).toString());
            add(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
        for (int row = 0; row < std::min(model->rowCount(), 50); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                add(index.data().toString());
                add(index.data(Qt::ToolTipRole).toString());
                add(index.data(Qt::AccessibleTextRole).toString());
            }
    }

    void addMenu(const QList<QAction*>& actions)
    {
        for (QAction* action : actions) {
            add(action->text());
            add(action->statusTip());
            if (action->menu())
                addMenu(action->menu()->actions());
        }
    }

    // A widget counts when nothing hides it but a stack showing another page (a tab).
    static bool present(QWidget* widget, QWidget* root)
    {
        for (QWidget* w = widget; w && w != root; w = w->parentWidget())
            if (w->isHidden() && !qobject_cast<QStackedWidget*>(w->parentWidget()))
                return false;
        return true;
    }

    void collect(QMainWindow& window)
    {
        add(window.windowTitle());
        addMenu(window.menuBar()->actions());
        QList<QWidget*> widgets = window.findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!present(widget, &window) || widget->window() != &window)
                continue;
            current = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('#') +
                      widget->objectName() + QStringLiteral(" in ") +
                      (widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
            add(widget->toolTip());
            add(widget->accessibleName());
            add(widget->accessibleDescription());
            if (auto* label = qobject_cast<QLabel*>(widget))
                add(label->text());
            if (auto* button = qobject_cast<QAbstractButton*>(widget))
                add(button->text());
            if (auto* box = qobject_cast<QGroupBox*>(widget))
                add(box->title());
            if (auto* line = qobject_cast<QLineEdit*>(widget))
                add(line->placeholderText());
            if (auto* tabs = qobject_cast<QTabWidget*>(widget))
                for (int index = 0; index < tabs->count(); ++index) {
                    add(tabs->tabText(index));
                    add(tabs->tabToolTip(index));
                }
            if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                for (int index = 0; index < combo->count(); ++index)
                    add(combo->itemText(index));
                add(combo->view()->accessibleName());
            }
            if (auto* view = qobject_cast<QAbstractItemView*>(widget))
                if (!qobject_cast<QComboBox*>(view->parentWidget()))
                    addModel(view->model());
            addAccessible(QAccessible::queryAccessibleInterface(widget));
        }
    }
};

QStringList sorted(const QSet<QString>& texts)
{
    QStringList list(texts.begin(), texts.end());
    list.sort();
    return list;
}

} // namespace

class LanguageSwitchTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void noStringOfTheOtherLanguageIsLeftOnAnyTabOrPage();
    void editorCategoryListsShowTranslatedLevels();
    void decisionStatusFollowsTheLanguage();
};

namespace {

void fill(MainWindow& window, const population::Population& population)
{
    // The comparison with client rows: filters offer the data's levels, bins are levels too.
    window.comparison()->setPopulation(&population);
    window.comparison()->setClient(testing::client());
    window.comparison()->selectVariable(QStringLiteral("NAME_EDUCATION_TYPE"));
    window.setPortfolio(testing::samplePortfolio());
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    ModelCard card;
    card.version = QStringLiteral("demo-1");
    card.threshold = 0.09;
    card.featureCount = 12;
    card.oofAuc = 0.75;
    card.importance = {{QStringLiteral("EXT_SOURCE_3"), QStringLiteral("Score externe n°3"),
                        QStringLiteral("External score no. 3"), 0.4}};
    window.setModelCard(card);
    // As the controller does: the scoring source is worded again after every switch.
    const auto source = [&window] {
        window.setScoringSource(
            QCoreApplication::translate("credit::service::ScoringStatus", "Modèle local v%1")
                .arg(QStringLiteral("1")));
    };
    source();
    QObject::connect(&window, &MainWindow::languageChanged, &window, source);
    ScenarioScoring scoring;
    scoring.score = [](const nlohmann::json&) {
        return ScenarioScore{testing::refusedExplanation(), {}};
    };
    window.scenarioEditor()->setScoring(scoring);
    window.scenarioEditor()->setOriginal({{"SK_ID_CURR", 100002},
                                          {"AMT_INCOME_TOTAL", 202500.0},
                                          {"AMT_CREDIT", 406597.5},
                                          {"NAME_CONTRACT_TYPE", "Cash loans"},
                                          {"NAME_FAMILY_STATUS", "Married"},
                                          {"EXT_SOURCE_3", 0.505}});
    // A refused value, so an inline message is shown too.
    window.scenarioEditor()->enterValue("AMT_INCOME_TOTAL", QStringLiteral("-5"));
}

QHash<QString, QString> g_where; // where each text was last seen, for failure messages

QSet<QString> textsIn(MainWindow& window, const QString& language)
{
    window.setLanguage(language);
    QCoreApplication::processEvents(); // the posted LanguageChange events
    TextCollector collector;
    collector.collect(window);
    g_where.insert(collector.where);
    return collector.texts;
}

QString described(const QSet<QString>& texts)
{
    QStringList lines;
    for (const QString& text : texts)
        lines << text + QStringLiteral(" (") + g_where.value(text) + QLatin1Char(')');
    lines.sort();
    return lines.join(QStringLiteral(" | "));
}

} // namespace

void LanguageSwitchTest::noStringOfTheOtherLanguageIsLeftOnAnyTabOrPage()
{
    const auto table = testing::portfolio();
    const population::Population population(table, 20);
    MainWindow window;
    fill(window, population);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QTabWidget*> tabWidgets = window.findChildren<QTabWidget*>();
    QVERIFY(tabWidgets.size() >= 3); // pages, client tabs, comparison views
    for (QTabWidget* tabs : tabWidgets) {
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            const QString where = tabs->objectName() + QLatin1Char('/') + QString::number(index);
            const QSet<QString> french = textsIn(window, QStringLiteral("fr"));
            const QSet<QString> english = textsIn(window, QStringLiteral("en"));
            const QSet<QString> frenchAgain = textsIn(window, QStringLiteral("fr"));
            const QSet<QString> frenchLeft = french & english;
            QVERIFY2(frenchLeft.isEmpty(),
                     qPrintable(where + QStringLiteral(": French left in English: ") +
                                described(frenchLeft)));
            const QSet<QString> englishLeft = english & frenchAgain;
            QVERIFY2(englishLeft.isEmpty(),
                     qPrintable(where + QStringLiteral(": English left in French: ") +
                                described(englishLeft)));
            QVERIFY2(frenchAgain == french,
                     qPrintable(where + QStringLiteral(": not restored: ") +
                                sorted(french - frenchAgain).join(QStringLiteral(" | ")) +
                                QStringLiteral(" / new: ") +
                                sorted(frenchAgain - french).join(QStringLiteral(" | "))));
        }
    }
    // Numbers follow the language too: "38,3" in French, "38.3" in English.
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QVERIFY2(window.scenarioEditor()->comparisonText().contains(QStringLiteral("23.1%")),
             qPrintable(window.scenarioEditor()->comparisonText()));
    QVERIFY(window.scenarioEditor()
                ->fieldMessage("AMT_INCOME_TOTAL")
                .startsWith(QStringLiteral("⚠ Value out of range")));
    QCOMPARE(window.scenarioEditor()->numberEditor("EXT_SOURCE_3")->text(),
             QStringLiteral("0.505"));
    window.setLanguage(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    QVERIFY2(window.scenarioEditor()->comparisonText().contains(QStringLiteral("23,1")),
             qPrintable(window.scenarioEditor()->comparisonText()));
    QCOMPARE(window.scenarioEditor()->numberEditor("EXT_SOURCE_3")->text(),
             QStringLiteral("0,505"));
}

void LanguageSwitchTest::editorCategoryListsShowTranslatedLevels()
{
    const auto table = testing::portfolio();
    const population::Population population(table, 20);
    MainWindow window;
    fill(window, population);
    QComboBox* contract = window.scenarioEditor()->categoryEditor("NAME_CONTRACT_TYPE");
    QVERIFY(contract);
    QCOMPARE(contract->currentText(), QStringLiteral("Prêt en espèces"));
    QCOMPARE(contract->currentData().toString(), QStringLiteral("Cash loans"));
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(contract->currentText(), QStringLiteral("Cash loan"));
    // Choosing a level stores the data's level, whatever the language shows.
    QComboBox* family = window.scenarioEditor()->categoryEditor("NAME_FAMILY_STATUS");
    const int single = family->findData(QStringLiteral("Single / not married"));
    QVERIFY(single > 0);
    family->setCurrentIndex(single);
    emit family->activated(single);
    QCOMPARE(window.scenarioEditor()->scenarioRecord()["NAME_FAMILY_STATUS"].get<std::string>(),
             std::string("Single / not married"));
    // The comparison's filters and bins read levels the same way.
    QComboBox* education = window.comparison()->filterBox(ComparisonView::Filter::Education);
    QVERIFY(education->findText(QStringLiteral("Higher education")) > 0);
    window.setLanguage(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    QCOMPARE(education->itemData(education->findText(QStringLiteral("Supérieur"))).toString(),
             QStringLiteral("Higher education"));
}

// A status the decision panel already shows (here: an override refused for lack of a
// justification) is worded again after a switch, not left in the language it was written in.
void LanguageSwitchTest::decisionStatusFollowsTheLanguage()
{
    MainWindow window;
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    auto* panel = window.decisionPanel();
    panel->chooseOverride();
    QVERIFY(!panel->record());
    QVERIFY2(panel->statusText().contains(QStringLiteral("justification écrite")),
             qPrintable(panel->statusText()));
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QVERIFY2(panel->statusText().contains(QStringLiteral("written justification")),
             qPrintable(panel->statusText()));
    QVERIFY2(!panel->statusText().contains(QStringLiteral("Décision")),
             qPrintable(panel->statusText()));
    window.setLanguage(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    QVERIFY(panel->statusText().contains(QStringLiteral("justification écrite")));
}

QTEST_MAIN(LanguageSwitchTest)
#include "LanguageSwitchTest.moc"
