// Text resized to 200 % (WCAG 1.4.4, 1.4.12): through the app's own text-size setting and
// through a larger system font, every visible label and button still gets the room its text
// needs, and no two widgets laid out side by side cover each other.
#include "SampleData.h"
#include "SampleModel.h"
#include "models/ModelCard.h"
#include "theme/ApplicationAppearance.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace credit::ui;

class TextScalingTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void clientPageAt200PercentClipsNothing();
    void modelPageAt200PercentClipsNothing();
    void clientPageAt100PercentClipsNothing();

private:
    static void checkPage(MainWindow& window, int pageIndex);
};

namespace {

// Widgets placed by `layout` and its nested layouts.
void collectLaidOut(QLayout* layout, QList<QWidget*>& widgets)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* widget = item->widget())
            widgets << widget;
        else if (QLayout* nested = item->layout())
            collectLaidOut(nested, widgets);
    }
}

QString describe(const QWidget* widget)
{
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        text = label->text().left(40);
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = button->text().left(40);
    return QStringLiteral("%1/%2 \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

// Whether the widget is on screen: visible and not scrolled out of its scroll area entirely
// (what is scrolled away is reachable, not clipped).
bool onScreen(const QWidget* widget)
{
    return widget->isVisible() && !widget->visibleRegion().isEmpty();
}

} // namespace

namespace {

// CREDIT_TEST_SYSTEM_FONT_SCALE=2 (the second CTest registration) doubles the "system" font
// before the first window captures it, as a desktop set to large text would.
double systemFontScale()
{
    const double scale = qEnvironmentVariable("CREDIT_TEST_SYSTEM_FONT_SCALE").toDouble();
    return scale > 0.0 ? scale : 1.0;
}

} // namespace

void TextScalingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (systemFontScale() != 1.0) {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * systemFontScale());
        QApplication::setFont(font);
    }
}

void TextScalingTest::checkPage(MainWindow& window, int pageIndex)
{
    window.pages()->setCurrentIndex(pageIndex);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Layouts of a page shown for the first time settle over a few event-loop turns.
    QTest::qWait(100);
    QApplication::processEvents();

    QStringList clipped;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!onScreen(widget) || widget->window() != &window)
            continue;
        const auto* label = qobject_cast<QLabel*>(widget);
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        if (!label && !button)
            continue;
        if (label && label->text().isEmpty())
            continue;
        const QSize needed = widget->sizeHint();
        const QSize given = widget->size();
        bool fits = false;
        if (label && label->wordWrap())
            fits = label->heightForWidth(given.width()) <= given.height() ||
                   (needed.height() <= given.height() && needed.width() <= given.width());
        else
            fits = needed.width() <= given.width() && needed.height() <= given.height();
        if (!fits)
            clipped << QStringLiteral("%1 needs %2x%3, has %4x%5")
                           .arg(describe(widget))
                           .arg(needed.width())
                           .arg(needed.height())
                           .arg(given.width())
                           .arg(given.height());
    }
    QVERIFY2(
        clipped.isEmpty(),
        qPrintable(QStringLiteral("clipped at %1 %: ").arg(window.preferences().fontScalePercent) +
                   clipped.join(QStringLiteral("; "))));

    QStringList overlapping;
    for (QWidget* container : window.findChildren<QWidget*>()) {
        if (!container->isVisible() || !container->layout())
            continue;
        QList<QWidget*> laidOut;
        collectLaidOut(container->layout(), laidOut);
        laidOut.removeIf([](QWidget* w) { return !w->isVisible(); });
        for (int i = 0; i < laidOut.size(); ++i) {
            for (int j = i + 1; j < laidOut.size(); ++j) {
                if (laidOut[i]->geometry().intersects(laidOut[j]->geometry()))
                    overlapping << describe(laidOut[i]) + QStringLiteral(" over ") +
                                       describe(laidOut[j]);
            }
        }
    }
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping.join(QStringLiteral("; "))));

    // Reflow (1.4.10): the pages scroll vertically only. The client list is a data table,
    // which the criterion exempts, so only the two page scroll areas are checked.
    for (QScrollArea* area : {window.detailsScrollArea(), window.modelScrollArea()}) {
        if (!area->isVisible())
            continue;
        QVERIFY2(area->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("%1 scrolls sideways by %2 px at %3 %")
                                .arg(area->objectName())
                                .arg(area->horizontalScrollBar()->maximum())
                                .arg(window.preferences().fontScalePercent)));
    }
}

void TextScalingTest::clientPageAt200PercentClipsNothing()
{
    if (systemFontScale() != 1.0)
        QSKIP("the system font is already enlarged in this run");
    UiPreferences preferences;
    preferences.fontScalePercent = 200;
    MainWindow window(preferences);
    QCOMPARE(window.preferences().fontScalePercent, 200);
    window.setPortfolio(testing::samplePortfolio());
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    checkPage(window, 0);
}

void TextScalingTest::modelPageAt200PercentClipsNothing()
{
    if (systemFontScale() != 1.0)
        QSKIP("the system font is already enlarged in this run");
    MainWindow window;
    window.setFontScale(200); // switched while running, not only at start
    window.setModelCard(ModelCard::fromDescription(testing::sampleModelDescription()));
    checkPage(window, 1);
    window.setFontScale(100);
}

void TextScalingTest::clientPageAt100PercentClipsNothing()
{
    // At 100 % the application keeps the system font as it is (doubled in the second run).
    const QFont systemFont = QApplication::font();
    UiPreferences preferences;
    preferences.fontScalePercent = 100;
    MainWindow window(preferences);
    window.setPortfolio(testing::samplePortfolio());
    window.showClient(testing::refusedExplanation(), testing::sampleFacts());
    checkPage(window, 0);
    QCOMPARE(QApplication::font().pointSizeF(), systemFont.pointSizeF());
}

QTEST_MAIN(TextScalingTest)
#include "TextScalingTest.moc"
