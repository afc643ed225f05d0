#include "theme/ThemeId.h"

namespace credit::ui {

QString themeKey(ThemeId id)
{
    switch (id) {
    case ThemeId::Automatic:
        return QStringLiteral("auto");
    case ThemeId::Default:
        return QStringLiteral("default");
    case ThemeId::HighContrastLight:
        return QStringLiteral("high-contrast-light");
    case ThemeId::HighContrastDark:
        return QStringLiteral("high-contrast-dark");
    }
    return QStringLiteral("auto");
}

ThemeId themeFromKey(const QString& key)
{
    for (ThemeId id : {ThemeId::Default, ThemeId::HighContrastLight, ThemeId::HighContrastDark}) {
        if (key == themeKey(id))
            return id;
    }
    return ThemeId::Automatic;
}

} // namespace credit::ui
