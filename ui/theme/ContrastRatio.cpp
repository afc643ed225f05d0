#include "theme/ContrastRatio.h"

#include <algorithm>
#include <cmath>

namespace credit::ui {
namespace {

// sRGB channel to linear light, exactly as WCAG defines it (threshold 0.04045 per the sRGB spec;
// WCAG's 0.03928 gives the same result for 8-bit values).
double linearChannel(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}

double contrastRatio(const QColor& first, const QColor& second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace credit::ui
