#pragma once

#include "theme/ThemeId.h"

#include <QString>

class QSettings;

namespace credit::ui {

// What the advisor chose in the View menu, kept between sessions.
struct UiPreferences {
    ThemeId theme = ThemeId::Automatic;
    int fontScalePercent = 100;              // 100-200
    QString language = QStringLiteral("fr"); // "fr" (default) or "en"
    // Latest `credit-scoring drift --json` report shown on the "Modèle" page. Set by IT or the
    // data team in the settings file (drift/reportJson); never written by the app.
    QString driftReportPath;

    static UiPreferences load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace credit::ui
