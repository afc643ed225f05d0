#pragma once

#include <QColor>

namespace credit::ui {

// WCAG 2.x relative luminance (sRGB, 0 = black, 1 = white) of an opaque colour.
double relativeLuminance(const QColor& colour);

// WCAG 2.x contrast ratio between two opaque colours, from 1:1 to 21:1 (order does not matter).
// Text needs 4.5:1 (AA), graphical objects and focus indicators 3:1 against what they touch.
double contrastRatio(const QColor& first, const QColor& second);

} // namespace credit::ui
