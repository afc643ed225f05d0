#include "models/LogOddsScale.h"

#include "models/DisplayFormat.h"

#include <QtTest>

#include <cmath>

using namespace credit::ui;

class LogOddsScaleTest : public QObject {
    Q_OBJECT
private slots:
    void thresholdSitsAtTheFixedPosition();
    void positionGrowsWithProbabilityAndClampsAtTheEnds();
    void equalLogOddsStepsAreEqualDistances();
    void regionAroundANinePercentThresholdIsReadable();
    void probabilityAtInvertsPositionOf();
    void ticksAreRoundPercentagesInsideTheTrack();
    void degenerateInputsStayOnTheTrack();
    void tickLabelsHaveNoUselessDecimals();
};

void LogOddsScaleTest::thresholdSitsAtTheFixedPosition()
{
    for (double threshold : {0.02, 0.094, 0.3, 0.5, 0.9}) {
        const LogOddsScale scale(threshold);
        QCOMPARE(scale.positionOf(threshold), LogOddsScale::defaultThresholdPosition);
    }
    const LogOddsScale leftOfCentre(0.094, 0.4);
    QVERIFY(std::abs(leftOfCentre.positionOf(0.094) - 0.4) < 1e-12);
}

void LogOddsScaleTest::positionGrowsWithProbabilityAndClampsAtTheEnds()
{
    const LogOddsScale scale(0.094);
    double previous = -1.0;
    for (double probability = 0.0; probability <= 1.0; probability += 0.001) {
        const double position = scale.positionOf(probability);
        QVERIFY2(position >= previous, qPrintable(QString::number(probability)));
        QVERIFY(position >= 0.0 && position <= 1.0);
        previous = position;
    }
    QCOMPARE(scale.positionOf(0.0), 0.0);
    QCOMPARE(scale.positionOf(1.0), 1.0);
    QVERIFY(scale.isBeyondTrack(0.0005));
    QVERIFY(scale.isBeyondTrack(0.95));
    QVERIFY(!scale.isBeyondTrack(0.231));
}

void LogOddsScaleTest::equalLogOddsStepsAreEqualDistances()
{
    const LogOddsScale scale(0.1);
    // Odds 1:9 -> 1:3 -> 1:1 are two steps of ln 3 each.
    const double a = scale.positionOf(0.1);
    const double b = scale.positionOf(0.25);
    const double c = scale.positionOf(0.5);
    QVERIFY(std::abs((b - a) - (c - b)) < 1e-12);
    // With the threshold centred, 4 logits either side: one logit is an eighth of the track.
    QVERIFY(std::abs((c - a) - std::log(9.0) / 8.0) < 1e-12);
}

void LogOddsScaleTest::regionAroundANinePercentThresholdIsReadable()
{
    // The linear gauge put 5 % and 20 % 0.15 of the track apart, both in its left quarter.
    const LogOddsScale scale(0.094);
    const double fivePercent = scale.positionOf(0.05);
    const double twentyPercent = scale.positionOf(0.20);
    QVERIFY2(twentyPercent - fivePercent > 0.15,
             qPrintable(QStringLiteral("%1 .. %2").arg(fivePercent).arg(twentyPercent)));
    QVERIFY(fivePercent > 0.25 && fivePercent < 0.5);
    QVERIFY(twentyPercent > 0.5 && twentyPercent < 0.75);
    // Typical scores of the portfolio (0.5 % to 50 %) are all on the track.
    QVERIFY(!scale.isBeyondTrack(0.005));
    QVERIFY(!scale.isBeyondTrack(0.5));
}

void LogOddsScaleTest::probabilityAtInvertsPositionOf()
{
    const LogOddsScale scale(0.094, 0.45);
    for (double probability : {0.005, 0.01, 0.05, 0.094, 0.2, 0.6}) {
        const double back = scale.probabilityAt(scale.positionOf(probability));
        QVERIFY2(std::abs(back - probability) < 1e-9 * probability,
                 qPrintable(QString::number(probability)));
    }
    QCOMPARE(scale.positionOf(scale.lowestShown()), 0.0);
    QVERIFY(std::abs(scale.positionOf(scale.highestShown()) - 1.0) < 1e-12);
}

void LogOddsScaleTest::ticksAreRoundPercentagesInsideTheTrack()
{
    const LogOddsScale scale(0.094);
    const auto ticks = scale.ticks();
    QList<double> percents;
    for (const auto& tick : ticks) {
        percents << std::round(tick.probability * 1000.0) / 10.0;
        QVERIFY(std::abs(tick.position - scale.positionOf(tick.probability)) < 1e-12);
        QVERIFY(tick.position > 0.0 && tick.position < 1.0);
    }
    // From about 0.17 % to 84 %: 0.2, 0.5, 1, 2, 5, 10, 20, 50 and 80 %.
    QCOMPARE(percents, (QList<double>{0.2, 0.5, 1, 2, 5, 10, 20, 50, 80}));
    for (std::size_t i = 1; i < ticks.size(); ++i)
        QVERIFY(ticks[i].position > ticks[i - 1].position);
}

void LogOddsScaleTest::degenerateInputsStayOnTheTrack()
{
    for (double threshold : {0.0, 1.0, std::nan(""), -3.0}) {
        const LogOddsScale scale(threshold);
        for (double probability : {0.0, 0.094, 1.0}) {
            const double position = scale.positionOf(probability);
            QVERIFY(position >= 0.0 && position <= 1.0);
        }
        QVERIFY(!scale.ticks().empty());
    }
    QVERIFY(std::isnan(LogOddsScale(0.094).positionOf(std::nan(""))));
    const LogOddsScale badSpan(0.094, 0.5, -1.0);
    QVERIFY(std::abs(badSpan.lowestShown() - LogOddsScale(0.094).lowestShown()) < 1e-15);
}

void LogOddsScaleTest::tickLabelsHaveNoUselessDecimals()
{
    const QLocale french = localeForLanguage(QStringLiteral("fr"));
    const QLocale english = localeForLanguage(QStringLiteral("en"));
    QCOMPARE(formatTickPercent(0.05, french), QStringLiteral("5\u202F%"));
    QCOMPARE(formatTickPercent(0.002, french), QStringLiteral("0,2\u202F%"));
    QCOMPARE(formatTickPercent(0.999, english), QStringLiteral("99.9%"));
    QCOMPARE(formatTickPercent(0.2, english), QStringLiteral("20%"));
}

QTEST_MAIN(LogOddsScaleTest)
#include "LogOddsScaleTest.moc"
