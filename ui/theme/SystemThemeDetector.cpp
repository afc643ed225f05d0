#include "theme/SystemThemeDetector.h"

#include "theme/ContrastRatio.h"

namespace credit::ui {

ThemeId detectSystemTheme(const QPalette& systemPalette, const QString& gtkThemeName)
{
    if (gtkThemeName.contains(QStringLiteral("HighContrastInverse"), Qt::CaseInsensitive))
        return ThemeId::HighContrastDark;
    if (gtkThemeName.contains(QStringLiteral("HighContrast"), Qt::CaseInsensitive))
        return ThemeId::HighContrastLight;

    const QColor window = systemPalette.color(QPalette::Active, QPalette::Window);
    const QColor text = systemPalette.color(QPalette::Active, QPalette::WindowText);
    constexpr double pureBlackOnWhite = 19.5;
    if (contrastRatio(window, text) < pureBlackOnWhite)
        return ThemeId::Default;
    return relativeLuminance(window) < relativeLuminance(text) ? ThemeId::HighContrastDark
                                                               : ThemeId::HighContrastLight;
}

} // namespace credit::ui
