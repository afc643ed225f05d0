// Renders the main window in each theme at 100 % and 200 % text size, in French and English, into
// PNG files, for
// docs/images and for looking at what the themes really produce. Not a test: run it by hand
// under Xvfb (scripts/take-screenshots.sh) so fonts and style are those of a real X display.
//   credit-advisor-screenshots <output folder> [width height]
#include "SampleData.h"
#include "SampleModel.h"
#include "models/ModelCard.h"
#include "theme/ThemeId.h"
#include "window/MainWindow.h"
#include "window/ModelPage.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <vector>

using namespace credit::ui;

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <output folder> [width height]\n", argv[0]);
        return 2;
    }
    const QDir output(QString::fromLocal8Bit(argv[1]));
    if (!output.exists() && !QDir().mkpath(output.path())) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    const int width = argc > 3 ? QString::fromLocal8Bit(argv[2]).toInt() : 1280;
    const int height = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 800;

    QTemporaryDir scratch;
    const QString driftPath = scratch.filePath(QStringLiteral("drift.json"));
    {
        QFile drift(driftPath);
        if (drift.open(QIODevice::WriteOnly))
            drift.write(testing::sampleDriftReportJson());
    }

    const struct {
        ThemeId theme;
        const char* name;
    } themes[] = {{ThemeId::Default, "default"},
                  {ThemeId::HighContrastLight, "high-contrast-light"},
                  {ThemeId::HighContrastDark, "high-contrast-dark"}};
    // Every theme, text size and page in French (the advisors' language); the client page in
    // English in the default and the high-contrast dark theme, for the README.
    struct Shot {
        ThemeId theme;
        const char* themeName;
        int scale;
        int page;
        const char* language;
    };
    std::vector<Shot> shots;
    for (const auto& [theme, themeName] : themes)
        for (int scale : {100, 200})
            for (int page : {0, 1})
                shots.push_back({theme, themeName, scale, page, "fr"});
    for (const auto& [theme, themeName] : themes)
        if (theme != ThemeId::HighContrastLight)
            for (int scale : {100, 200})
                shots.push_back({theme, themeName, scale, 0, "en"});
    int written = 0;
    for (const Shot& shot : shots) {
        UiPreferences preferences;
        preferences.theme = shot.theme;
        preferences.fontScalePercent = shot.scale;
        preferences.language = QString::fromLatin1(shot.language);
        MainWindow window(preferences);
        window.setPortfolio(testing::samplePortfolio());
        // What ScoringStatus says in each language for a local bundle.
        window.setScoringSource(QLatin1String(shot.language) == QLatin1String("fr")
                                    ? QStringLiteral("modèle local demo-2026-11-22")
                                    : QStringLiteral("local model demo-2026-11-22"));
        window.setModelCard(ModelCard::fromDescription(testing::sampleModelDescription()));
        window.setDriftReportPath(driftPath);
        window.showClient(testing::refusedExplanation(), testing::sampleFacts(100002));
        window.pages()->setCurrentIndex(shot.page);
        window.resize(width, height);
        window.show();
        window.activateWindow();
        (void)QTest::qWaitForWindowExposed(&window);
        QTest::qWait(200);
        const QString file =
            output.filePath(QStringLiteral("main-window-%1-%2%3%4.png")
                                .arg(QLatin1String(shot.themeName))
                                .arg(shot.scale)
                                .arg(shot.page == 0 ? QString() : QStringLiteral("-model"))
                                .arg(QLatin1String(shot.language) == QLatin1String("fr")
                                         ? QString()
                                         : QStringLiteral("-") + QLatin1String(shot.language)));
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
        ++written;
    }
    return written > 0 ? 0 : 1;
}
