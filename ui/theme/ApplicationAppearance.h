#pragma once

#include "theme/Theme.h"

#include <QFont>
#include <QPalette>

namespace credit::ui {

// Applies a theme and a text size to the whole application. Captures the platform's palette and
// font once, before replacing them, so "Automatic" can still read the system's high-contrast
// hints and font scaling always starts from the user's base size (not compounding).
class ApplicationAppearance {
public:
    ApplicationAppearance();

    // Resolves Automatic against the system palette, sets the Fusion style (the one style that
    // draws everything from the palette), the palette, the scaled font and a focus style sheet.
    // Returns the theme actually applied, for the custom widgets.
    Theme apply(ThemeId requested, int fontScalePercent);

    ThemeId systemTheme() const;

    static constexpr int minimumFontScale = 100;
    static constexpr int maximumFontScale = 200;

private:
    QPalette m_systemPalette;
    QFont m_systemFont;
};

} // namespace credit::ui
