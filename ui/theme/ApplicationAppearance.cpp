#include "theme/ApplicationAppearance.h"

#include "theme/SystemThemeDetector.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>

namespace credit::ui {

ApplicationAppearance::ApplicationAppearance()
    : m_systemPalette(QApplication::palette()), m_systemFont(QApplication::font())
{
}

ThemeId ApplicationAppearance::systemTheme() const
{
    return detectSystemTheme(m_systemPalette, qEnvironmentVariable("GTK_THEME"));
}

Theme ApplicationAppearance::apply(ThemeId requested, int fontScalePercent)
{
    const ThemeId resolved = requested == ThemeId::Automatic ? systemTheme() : requested;
    const Theme theme = Theme::forId(resolved);

    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme.palette());

    QFont font = m_systemFont;
    const int scale = std::clamp(fontScalePercent, minimumFontScale, maximumFontScale);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale / 100.0);
    else
        font.setPixelSize(font.pixelSize() * scale / 100);
    QApplication::setFont(font);

    // Fusion's own focus cue on line edits and item views is a 1 px tint that fails 3:1 in
    // some themes; a 2 px border in the theme's focus colour is visible everywhere.
    const QString focus = theme.focus.name();
    qApp->setStyleSheet(QStringLiteral("QLineEdit:focus, QAbstractItemView:focus, "
                                       "QComboBox:focus, QPushButton:focus, QTabBar::tab:focus "
                                       "{ border: 2px solid %1; }")
                            .arg(focus));
    return theme;
}

} // namespace credit::ui
