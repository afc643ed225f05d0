#pragma once

#include <QString>

namespace credit::ui {

// The themes the advisor can pick. Automatic follows the system: high contrast when the system
// palette looks like one, otherwise the default colour-blind-safe theme.
enum class ThemeId { Automatic, Default, HighContrastLight, HighContrastDark };

// Stable keys stored in the settings file (never translated).
QString themeKey(ThemeId id);
ThemeId themeFromKey(const QString& key); // unknown keys fall back to Automatic

} // namespace credit::ui
