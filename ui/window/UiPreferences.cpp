#include "window/UiPreferences.h"

#include "theme/ApplicationAppearance.h"

#include <QSettings>

#include <algorithm>

namespace credit::ui {

UiPreferences UiPreferences::load(const QSettings& settings)
{
    UiPreferences preferences;
    preferences.theme = themeFromKey(settings.value(QStringLiteral("ui/theme")).toString());
    preferences.fontScalePercent = std::clamp(
        settings.value(QStringLiteral("ui/fontScalePercent"), 100).toInt(),
        ApplicationAppearance::minimumFontScale, ApplicationAppearance::maximumFontScale);
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    preferences.language = language == QStringLiteral("en") ? language : QStringLiteral("fr");
    preferences.driftReportPath = settings.value(QStringLiteral("drift/reportJson")).toString();
    return preferences;
}

void UiPreferences::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("ui/theme"), themeKey(theme));
    settings.setValue(QStringLiteral("ui/fontScalePercent"), fontScalePercent);
    settings.setValue(QStringLiteral("ui/language"), language);
}

} // namespace credit::ui
