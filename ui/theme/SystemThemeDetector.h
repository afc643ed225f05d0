#pragma once

#include "theme/ThemeId.h"

#include <QPalette>
#include <QString>

namespace credit::ui {

// Qt 6.4 has no QStyleHints::colorScheme (6.5+) and no high-contrast query, so the automatic
// theme is inferred from what the platform gives us before we replace the palette:
// - GNOME's high-contrast themes are named in GTK_THEME ("HighContrast", "HighContrastInverse");
// - Windows' and KDE's high-contrast schemes hand Qt a palette of pure black and pure white
//   (21:1), which ordinary palettes avoid (Fusion's #EFEFEF on black is 18.1:1, Adwaita 12:1).
// Dark when the window is the darker of the two. Pure so it can be tested without a platform.
ThemeId detectSystemTheme(const QPalette& systemPalette, const QString& gtkThemeName);

} // namespace credit::ui
