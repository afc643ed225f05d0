#include "theme/Theme.h"

namespace credit::ui {
namespace {

// Okabe & Ito's colour-blind-safe palette: vermillion (#D55E00) and blue (#0072B2) stay
// distinguishable under protanopia, deuteranopia and tritanopia, and both keep 3:1 against
// white and black, so a threshold mark of either colour stays visible where it crosses them.
Theme defaultTheme()
{
    Theme theme;
    theme.id = ThemeId::Default;
    theme.window = QColor(0xF4, 0xF4, 0xF4);
    theme.windowText = QColor(0x1A, 0x1A, 0x1A);
    theme.base = QColor(0xFF, 0xFF, 0xFF);
    theme.alternateBase = QColor(0xF0, 0xF4, 0xF8);
    theme.text = QColor(0x1A, 0x1A, 0x1A);
    theme.mutedText = QColor(0x59, 0x59, 0x59);
    theme.button = QColor(0xE8, 0xE8, 0xE8);
    theme.buttonText = QColor(0x1A, 0x1A, 0x1A);
    theme.highlight = QColor(0x00, 0x72, 0xB2);
    theme.highlightedText = QColor(0xFF, 0xFF, 0xFF);
    theme.link = QColor(0x00, 0x5A, 0x8C);
    theme.focus = QColor(0x00, 0x72, 0xB2);
    theme.adverse = QColor(0xD5, 0x5E, 0x00);
    theme.favourable = QColor(0x00, 0x72, 0xB2);
    theme.hatch = QColor(0xFF, 0xFF, 0xFF);
    theme.axis = QColor(0x00, 0x00, 0x00);
    theme.clientMarker = QColor(0x1A, 0x1A, 0x1A);
    theme.bannerBackground = QColor(0xFF, 0xF4, 0xCC);
    theme.bannerText = QColor(0x1A, 0x1A, 0x1A);
    return theme;
}

Theme highContrastLightTheme()
{
    Theme theme;
    theme.id = ThemeId::HighContrastLight;
    theme.window = QColor(0xFF, 0xFF, 0xFF);
    theme.windowText = QColor(0x00, 0x00, 0x00);
    theme.base = QColor(0xFF, 0xFF, 0xFF);
    theme.alternateBase = QColor(0xF2, 0xF2, 0xF2);
    theme.text = QColor(0x00, 0x00, 0x00);
    theme.mutedText = QColor(0x3D, 0x3D, 0x3D);
    theme.button = QColor(0xFF, 0xFF, 0xFF);
    theme.buttonText = QColor(0x00, 0x00, 0x00);
    theme.highlight = QColor(0x00, 0x50, 0xA0);
    theme.highlightedText = QColor(0xFF, 0xFF, 0xFF);
    theme.link = QColor(0x00, 0x50, 0xA0);
    theme.focus = QColor(0x00, 0x50, 0xA0);
    theme.adverse = QColor(0xB8, 0x4A, 0x00);
    theme.favourable = QColor(0x00, 0x6C, 0xB0);
    theme.hatch = QColor(0xFF, 0xFF, 0xFF);
    theme.axis = QColor(0x00, 0x00, 0x00);
    theme.clientMarker = QColor(0x00, 0x00, 0x00);
    theme.bannerBackground = QColor(0xFF, 0xFF, 0x00);
    theme.bannerText = QColor(0x00, 0x00, 0x00);
    return theme;
}

// Lighter marks than Okabe-Ito's originals so they stand out on black; the hatch turns black.
Theme highContrastDarkTheme()
{
    Theme theme;
    theme.id = ThemeId::HighContrastDark;
    theme.window = QColor(0x00, 0x00, 0x00);
    theme.windowText = QColor(0xFF, 0xFF, 0xFF);
    theme.base = QColor(0x00, 0x00, 0x00);
    theme.alternateBase = QColor(0x1A, 0x1A, 0x1A);
    theme.text = QColor(0xFF, 0xFF, 0xFF);
    theme.mutedText = QColor(0xD0, 0xD0, 0xD0);
    theme.button = QColor(0x00, 0x00, 0x00);
    theme.buttonText = QColor(0xFF, 0xFF, 0xFF);
    theme.highlight = QColor(0xFF, 0xD1, 0x66);
    theme.highlightedText = QColor(0x00, 0x00, 0x00);
    theme.link = QColor(0x8F, 0xD3, 0xFF);
    theme.focus = QColor(0xFF, 0xD1, 0x66);
    theme.adverse = QColor(0xFF, 0x8A, 0x5C);
    theme.favourable = QColor(0x56, 0xB4, 0xE9);
    theme.hatch = QColor(0x00, 0x00, 0x00);
    theme.axis = QColor(0xFF, 0xFF, 0xFF);
    theme.clientMarker = QColor(0xFF, 0xFF, 0xFF);
    theme.bannerBackground = QColor(0xFF, 0xD1, 0x66);
    theme.bannerText = QColor(0x00, 0x00, 0x00);
    return theme;
}

} // namespace

Theme Theme::forId(ThemeId id)
{
    switch (id) {
    case ThemeId::HighContrastLight:
        return highContrastLightTheme();
    case ThemeId::HighContrastDark:
        return highContrastDarkTheme();
    case ThemeId::Automatic:
    case ThemeId::Default:
        break;
    }
    return defaultTheme();
}

QPalette Theme::palette() const
{
    QPalette result;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        result.setColor(group, QPalette::Window, window);
        result.setColor(group, QPalette::WindowText, windowText);
        result.setColor(group, QPalette::Base, base);
        result.setColor(group, QPalette::AlternateBase, alternateBase);
        result.setColor(group, QPalette::Text, text);
        result.setColor(group, QPalette::Button, button);
        result.setColor(group, QPalette::ButtonText, buttonText);
        result.setColor(group, QPalette::Highlight, highlight);
        result.setColor(group, QPalette::HighlightedText, highlightedText);
        result.setColor(group, QPalette::Link, link);
        result.setColor(group, QPalette::LinkVisited, link);
        result.setColor(group, QPalette::ToolTipBase, base);
        result.setColor(group, QPalette::ToolTipText, text);
        result.setColor(group, QPalette::PlaceholderText, mutedText);
        result.setColor(group, QPalette::BrightText, highlightedText);
        // Fusion draws frames and focus rings from these; keep them at least as strong as the
        // muted text so control borders reach 3:1.
        result.setColor(group, QPalette::Mid, mutedText);
        result.setColor(group, QPalette::Dark, mutedText);
        result.setColor(group, QPalette::Shadow, windowText);
        result.setColor(group, QPalette::Light, base);
        result.setColor(group, QPalette::Midlight, alternateBase);
    }
    // Disabled controls are exempt from WCAG contrast, but they must still look disabled.
    result.setColor(QPalette::Disabled, QPalette::WindowText, mutedText);
    result.setColor(QPalette::Disabled, QPalette::Text, mutedText);
    result.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText);
    return result;
}

} // namespace credit::ui
