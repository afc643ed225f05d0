#include "theme/ContrastRatio.h"
#include "theme/SystemThemeDetector.h"
#include "theme/Theme.h"

#include <QtTest>

using namespace credit::ui;

namespace {

constexpr double textMinimum = 4.5;    // WCAG 2.2 SC 1.4.3 (AA, normal text)
constexpr double graphicMinimum = 3.0; // SC 1.4.11 non-text contrast, SC 2.4.13-style focus

struct Pair {
    const char* what;
    QColor foreground;
    QColor background;
    double minimum;
};

// Every pair of colours that touch on screen, by where they meet.
QList<Pair> touchingPairs(const Theme& theme)
{
    return {
        {"window text on window", theme.windowText, theme.window, textMinimum},
        {"text on base", theme.text, theme.base, textMinimum},
        {"text on alternate rows", theme.text, theme.alternateBase, textMinimum},
        {"muted text on base", theme.mutedText, theme.base, textMinimum},
        {"muted text on window", theme.mutedText, theme.window, textMinimum},
        {"button text on button", theme.buttonText, theme.button, textMinimum},
        {"selected text on selection", theme.highlightedText, theme.highlight, textMinimum},
        {"link on base", theme.link, theme.base, textMinimum},
        {"banner text on banner", theme.bannerText, theme.bannerBackground, textMinimum},
        {"adverse bar on chart", theme.adverse, theme.base, graphicMinimum},
        {"favourable bar on chart", theme.favourable, theme.base, graphicMinimum},
        {"hatch over adverse bar", theme.hatch, theme.adverse, graphicMinimum},
        {"check/cross over favourable disc", theme.hatch, theme.favourable, graphicMinimum},
        {"zero line and threshold on chart", theme.axis, theme.base, graphicMinimum},
        {"client marker on gauge", theme.clientMarker, theme.base, graphicMinimum},
        {"focus ring on window", theme.focus, theme.window, graphicMinimum},
        {"focus ring on base", theme.focus, theme.base, graphicMinimum},
        {"selection on base (item views)", theme.highlight, theme.base, graphicMinimum},
        {"control borders on window", theme.mutedText, theme.window, graphicMinimum},
    };
}

} // namespace

class ThemeContrastTest : public QObject {
    Q_OBJECT
private slots:
    void contrastRatioMatchesWcagReferenceValues();
    void everyThemeMeetsWcagContrast_data();
    void everyThemeMeetsWcagContrast();
    void themesDifferAndPaletteCarriesTheirColours();
    void detectsHighContrastSystems();
};

void ThemeContrastTest::contrastRatioMatchesWcagReferenceValues()
{
    QCOMPARE(relativeLuminance(Qt::black), 0.0);
    QCOMPARE(relativeLuminance(Qt::white), 1.0);
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // #767676 on white is the classic "just passes AA" grey: 4.54:1.
    QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    // Okabe-Ito blue on white, 5.19:1 (checked against the WebAIM contrast checker).
    QVERIFY(qAbs(contrastRatio(QColor(0x00, 0x72, 0xB2), Qt::white) - 5.19) < 0.01);
}

void ThemeContrastTest::everyThemeMeetsWcagContrast_data()
{
    QTest::addColumn<int>("themeId");
    QTest::newRow("default") << int(ThemeId::Default);
    QTest::newRow("high-contrast-light") << int(ThemeId::HighContrastLight);
    QTest::newRow("high-contrast-dark") << int(ThemeId::HighContrastDark);
}

void ThemeContrastTest::everyThemeMeetsWcagContrast()
{
    QFETCH(int, themeId);
    const Theme theme = Theme::forId(static_cast<ThemeId>(themeId));
    QStringList failures;
    for (const Pair& pair : touchingPairs(theme)) {
        const double ratio = contrastRatio(pair.foreground, pair.background);
        if (ratio < pair.minimum) {
            failures << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                            .arg(QLatin1String(pair.what), pair.foreground.name(),
                                 pair.background.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(pair.minimum);
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void ThemeContrastTest::themesDifferAndPaletteCarriesTheirColours()
{
    const Theme light = Theme::forId(ThemeId::HighContrastLight);
    const Theme dark = Theme::forId(ThemeId::HighContrastDark);
    QVERIFY(light.base != dark.base);
    QCOMPARE(dark.palette().color(QPalette::Active, QPalette::Window), dark.window);
    QCOMPARE(dark.palette().color(QPalette::Inactive, QPalette::Text), dark.text);
    QCOMPARE(light.palette().color(QPalette::Active, QPalette::Highlight), light.highlight);
    // Automatic is resolved elsewhere; asking for it directly yields the default palette.
    QCOMPARE(Theme::forId(ThemeId::Automatic).adverse, Theme::forId(ThemeId::Default).adverse);
}

void ThemeContrastTest::detectsHighContrastSystems()
{
    QPalette ordinary;
    ordinary.setColor(QPalette::Window, QColor(0xEF, 0xEF, 0xEF));
    ordinary.setColor(QPalette::WindowText, Qt::black);
    QCOMPARE(detectSystemTheme(ordinary, QString()), ThemeId::Default);

    QPalette windowsHighContrast;
    windowsHighContrast.setColor(QPalette::Window, Qt::black);
    windowsHighContrast.setColor(QPalette::WindowText, Qt::white);
    QCOMPARE(detectSystemTheme(windowsHighContrast, QString()), ThemeId::HighContrastDark);

    QPalette whiteHighContrast;
    whiteHighContrast.setColor(QPalette::Window, Qt::white);
    whiteHighContrast.setColor(QPalette::WindowText, Qt::black);
    QCOMPARE(detectSystemTheme(whiteHighContrast, QString()), ThemeId::HighContrastLight);

    QCOMPARE(detectSystemTheme(ordinary, QStringLiteral("HighContrastInverse")),
             ThemeId::HighContrastDark);
    QCOMPARE(detectSystemTheme(ordinary, QStringLiteral("HighContrast")),
             ThemeId::HighContrastLight);
    QCOMPARE(detectSystemTheme(ordinary, QStringLiteral("Adwaita:dark")), ThemeId::Default);
}

QTEST_MAIN(ThemeContrastTest)
#include "ThemeContrastTest.moc"
