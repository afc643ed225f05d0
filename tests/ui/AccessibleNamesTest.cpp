// Every interactive node of the main window has an accessible name, in French and in English:
// the in-process twin of tests/accessibility (which walks the same tree over AT-SPI, needs Xvfb
// and D-Bus, and is skipped where they are missing). Walks the QAccessibleInterface tree from
// the window, hidden pages, combo box popup lists and table cells included (first 50 rows).
// The scenario editor's subtree is left to the editor's own tests until its names land (see
// tests/accessibility/known_unnamed_editor.txt).
#include "SampleData.h"
#include "accessibility/InternalControlNames.h"
#include "scenario/ScenarioEditor.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <set>

using namespace credit::ui;

namespace {

constexpr int kMaxRows = 50;

const std::set<QAccessible::Role>& interactiveRoles()
{
    static const std::set<QAccessible::Role> roles{
        QAccessible::PushButton,  QAccessible::CheckBox,      QAccessible::RadioButton,
        QAccessible::ComboBox,    QAccessible::EditableText,  QAccessible::SpinBox,
        QAccessible::Slider,      QAccessible::List,          QAccessible::ListItem,
        QAccessible::Table,       QAccessible::Cell,          QAccessible::ColumnHeader,
        QAccessible::Tree,        QAccessible::TreeItem,      QAccessible::PageTab,
        QAccessible::PageTabList, QAccessible::MenuItem,      QAccessible::PopupMenu,
        QAccessible::Link,        QAccessible::ProgressBar,   QAccessible::Dial,
        QAccessible::Chart,       QAccessible::Canvas,        QAccessible::Graphic,
        QAccessible::ButtonMenu,  QAccessible::ButtonDropDown};
    return roles;
}

QString describe(QAccessibleInterface* node, int index)
{
    return QStringLiteral("%1 '%2'[%3]")
        .arg(qAccessibleRoleString(node->role()), node->text(QAccessible::Name))
        .arg(index);
}

// Collects "path" for every interactive node without a name under `node`.
void collectUnnamed(QAccessibleInterface* node, const QString& path, const QObject* skipped,
                    QStringList& unnamed, int& walked, int depth = 0)
{
    if (!node || !node->isValid() || depth > 60)
        return;
    if (skipped && node->object() == skipped)
        return;
    ++walked;
    const bool focusable = node->state().focusable;
    if ((interactiveRoles().count(node->role()) || focusable) &&
        node->text(QAccessible::Name).trimmed().isEmpty())
        unnamed << path;
    int count = node->childCount();
    if (QAccessibleTableInterface* table = node->tableInterface())
        count = std::min(count, (kMaxRows + 1) * std::max(1, table->columnCount() + 1));
    else if (node->role() == QAccessible::List)
        count = std::min(count, kMaxRows);
    for (int index = 0; index < count; ++index) {
        QAccessibleInterface* child = node->child(index);
        if (child)
            collectUnnamed(child, path + QStringLiteral(" > ") + describe(child, index), skipped,
                           unnamed, walked, depth + 1);
    }
}

} // namespace

class AccessibleNamesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyInteractiveNodeOutsideTheEditorHasAName_data();
    void everyInteractiveNodeOutsideTheEditorHasAName();
    void comboBoxPopupListsTakeTheirBoxName();
    void qtHelperButtonsAreNamed();
};

void AccessibleNamesTest::everyInteractiveNodeOutsideTheEditorHasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

void AccessibleNamesTest::everyInteractiveNodeOutsideTheEditorHasAName()
{
    QFETCH(QString, language);
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    window.showClient(testing::refusedExplanation(), testing::sampleFacts(100002));
    window.setLanguage(language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QAccessibleInterface* root = QAccessible::queryAccessibleInterface(&window);
    QStringList unnamed;
    int walked = 0;
    collectUnnamed(root, describe(root, 0), window.scenarioEditor(), unnamed, walked);
    QVERIFY2(walked > 200, qPrintable(QStringLiteral("only %1 nodes walked").arg(walked)));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 unnamed interactive node(s):\n  ").arg(unnamed.size()) +
                        unnamed.join(QStringLiteral("\n  "))));
    window.setLanguage(QStringLiteral("fr"));
}

void AccessibleNamesTest::comboBoxPopupListsTakeTheirBoxName()
{
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    const QList<QComboBox*> boxes = window.findChildren<QComboBox*>();
    QVERIFY(boxes.size() >= 11); // the finder's filter and the comparison's 10 boxes at least
    for (QComboBox* box : boxes) {
        if (window.scenarioEditor()->isAncestorOf(box) && box->accessibleName().isEmpty())
            continue;
        const QString listName = box->view()->accessibleName();
        QVERIFY2(
            !listName.isEmpty() && listName.contains(box->accessibleName()),
            qPrintable(QStringLiteral("box '%1', list '%2'").arg(box->accessibleName(), listName)));
        QAccessibleInterface* list = QAccessible::queryAccessibleInterface(box->view());
        QCOMPARE(list->text(QAccessible::Name), listName);
    }

    // The lists follow a language change, whoever renames their box.
    window.setLanguage(QStringLiteral("en"));
    QComboBox* decisionFilter = window.findChild<QComboBox*>(QStringLiteral("decisionFilter"));
    QVERIFY(decisionFilter);
    QCOMPARE(decisionFilter->view()->accessibleName(),
             decisionFilter->accessibleName() + QStringLiteral(": list of choices"));
    QVERIFY(!decisionFilter->view()->accessibleName().contains(QStringLiteral("Filtrer")));
    window.setLanguage(QStringLiteral("fr"));
    QCOMPARE(decisionFilter->view()->accessibleName(),
             QStringLiteral("Filtrer par décision : liste des choix"));

    // A box with no accessible name of its own takes its form label's text.
    QWidget form;
    auto* box = new QComboBox(&form);
    auto* label = new QLabel(QStringLiteral("&Genre :"), &form);
    label->setBuddy(box);
    nameInternalControls(&form);
    QCOMPARE(box->view()->accessibleName(), QStringLiteral("Genre : liste des choix"));
}

void AccessibleNamesTest::qtHelperButtonsAreNamed()
{
    MainWindow window;
    window.setPortfolio(testing::samplePortfolio());
    int corners = 0;
    for (QTableView* table : window.findChildren<QTableView*>())
        for (QAbstractButton* corner :
             table->findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly)) {
            ++corners;
            QCOMPARE(corner->accessibleName(), QStringLiteral("Sélectionner tout le tableau"));
        }
    QVERIFY(corners > 0);
    QLineEdit* search = window.findChild<QLineEdit*>(QStringLiteral("clientSearch"));
    QVERIFY(search);
    const QList<QToolButton*> clear = search->findChildren<QToolButton*>();
    QVERIFY(!clear.isEmpty());
    QCOMPARE(clear.first()->accessibleName(), QStringLiteral("Effacer le champ"));
    window.setLanguage(QStringLiteral("en"));
    QCOMPARE(clear.first()->accessibleName(), QStringLiteral("Clear the field"));
    window.setLanguage(QStringLiteral("fr"));
}

QTEST_MAIN(AccessibleNamesTest)
#include "AccessibleNamesTest.moc"
