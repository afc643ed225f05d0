#pragma once

#include "theme/Theme.h"

#include <QPainter>
#include <QRect>

namespace credit::ui {

// A filled disc with a check (granted) or a cross (refused) stroked in the theme's hatch colour,
// which keeps 3:1 against both disc colours. The shape carries the meaning; colour only repeats it.
void paintDecisionIcon(QPainter& painter, const QRect& box, bool granted, const Theme& theme);

} // namespace credit::ui
