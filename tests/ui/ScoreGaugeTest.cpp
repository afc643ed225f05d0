#include "widgets/ScoreGauge.h"

#include "SampleData.h"

#include <QAccessible>
#include <QtTest>

using namespace credit::ui;

class ScoreGaugeTest : public QObject {
    Q_OBJECT
private slots:
    void accessibleValueIsTheProbabilityInPercent();
    void accessibleTextsSayValueDecisionAndDistance();
    void accessibleTextsFollowTheLanguage();
    void clearedGaugeSaysNoClient();
    void heightGrowsWithTheFont();
    void paintsDecisionColourOnlyWhereExpected();
    void thresholdStaysMidTrackWhateverItsValue();
};

namespace {

// The first column of the track (the row richest in the grant colour) painted in the refusal
// colour: where the threshold mark ends on the gauge as drawn.
int firstRefusalColumn(const QImage& image, const Theme& theme)
{
    int trackRow = -1;
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        int favourable = 0;
        for (int x = 0; x < image.width(); ++x)
            favourable += image.pixelColor(x, y) == theme.favourable ? 1 : 0;
        if (favourable > best) {
            best = favourable;
            trackRow = y;
        }
    }
    if (trackRow < 0)
        return -1;
    for (int x = 0; x < image.width(); ++x)
        if (image.pixelColor(x, trackRow) == theme.adverse)
            return x;
    return -1;
}

} // namespace

void ScoreGaugeTest::accessibleValueIsTheProbabilityInPercent()
{
    ScoreGauge gauge;
    gauge.setExplanation(testing::refusedExplanation());
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&gauge);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::ProgressBar);
    QAccessibleValueInterface* value = accessible->valueInterface();
    QVERIFY2(value, "the gauge must expose QAccessibleValueInterface");
    QCOMPARE(value->currentValue().toDouble(), 0.231 * 100.0);
    QCOMPARE(value->minimumValue().toDouble(), 0.0);
    QCOMPARE(value->maximumValue().toDouble(), 100.0);

    auto other = testing::refusedExplanation();
    other.probability = 0.0625;
    gauge.setExplanation(other);
    QCOMPARE(value->currentValue().toDouble(), 6.25);
}

void ScoreGaugeTest::accessibleTextsSayValueDecisionAndDistance()
{
    ScoreGauge gauge;
    gauge.setExplanation(testing::refusedExplanation());
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&gauge);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Jauge de probabilité de défaut"));
    QCOMPARE(accessible->text(QAccessible::Value), QStringLiteral("23,1\u202F%"));
    const QString description = accessible->text(QAccessible::Description);
    QVERIFY2(description.contains(QStringLiteral("Crédit refusé")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("13,7 points au-dessus du seuil")),
             qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("9,4\u202F%")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("refus net")), qPrintable(description));
}

void ScoreGaugeTest::accessibleTextsFollowTheLanguage()
{
    ScoreGauge gauge;
    gauge.setExplanation(testing::refusedExplanation());
    gauge.setLanguage(QStringLiteral("en"));
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&gauge);
    QCOMPARE(accessible->text(QAccessible::Value), QStringLiteral("23.1%"));
    QVERIFY(gauge.interpretationText().startsWith(QStringLiteral("Probability of payment")));
}

void ScoreGaugeTest::clearedGaugeSaysNoClient()
{
    ScoreGauge gauge;
    gauge.setExplanation(testing::refusedExplanation());
    gauge.clear();
    QVERIFY(!gauge.hasScore());
    QCOMPARE(
        QAccessible::queryAccessibleInterface(&gauge)->valueInterface()->currentValue().toDouble(),
        0.0);
    QCOMPARE(gauge.valueText(), QStringLiteral("Aucun client sélectionné"));
}

void ScoreGaugeTest::heightGrowsWithTheFont()
{
    ScoreGauge gauge;
    gauge.setExplanation(testing::refusedExplanation());
    const int before = gauge.heightForWidth(600);
    QFont larger = gauge.font();
    larger.setPointSizeF(larger.pointSizeF() * 2.0);
    gauge.setFont(larger);
    QVERIFY2(gauge.heightForWidth(600) > before * 3 / 2,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(gauge.heightForWidth(600))));
}

void ScoreGaugeTest::paintsDecisionColourOnlyWhereExpected()
{
    ScoreGauge gauge;
    const Theme theme = Theme::forId(ThemeId::HighContrastDark);
    gauge.setTheme(theme);
    gauge.setExplanation(testing::refusedExplanation());
    gauge.resize(700, gauge.heightForWidth(700));
    const QImage image = gauge.grab().toImage();
    // The refusal zone (right end of the track) is painted in the theme's adverse colour or its
    // hatch; the background is the theme's base.
    QCOMPARE(image.pixelColor(2, 2), theme.base);
    bool adverseFound = false;
    for (int x = image.width() * 3 / 4; x < image.width() * 3 / 4 + 10 && !adverseFound; ++x) {
        for (int y = 0; y < image.height() / 2 && !adverseFound; ++y)
            adverseFound = image.pixelColor(x, y) == theme.adverse;
    }
    QVERIFY(adverseFound);
}

void ScoreGaugeTest::thresholdStaysMidTrackWhateverItsValue()
{
    // Log-odds scale: a 5 % and a 30 % threshold are drawn at the same place, the middle of the
    // track (which is centred in the widget); on the old linear scale they were 175 px apart.
    const Theme theme = Theme::forId(ThemeId::Default);
    QList<int> columns;
    for (double threshold : {0.05, 0.3}) {
        ScoreGauge gauge;
        gauge.setTheme(theme);
        auto explanation = testing::refusedExplanation();
        explanation.threshold = threshold;
        explanation.probability = threshold + 0.05;
        gauge.setExplanation(explanation);
        gauge.resize(700, gauge.heightForWidth(700));
        const QImage image = gauge.grab().toImage();
        const int column = firstRefusalColumn(image, theme);
        QVERIFY2(column > 0, "no refusal zone found on the track");
        QVERIFY2(std::abs(column - image.width() / 2) <= 6,
                 qPrintable(QStringLiteral("threshold %1 ends at x=%2 of %3")
                                .arg(threshold)
                                .arg(column)
                                .arg(image.width())));
        columns << column;
    }
    QCOMPARE(columns[0], columns[1]);
}

QTEST_MAIN(ScoreGaugeTest)
#include "ScoreGaugeTest.moc"
