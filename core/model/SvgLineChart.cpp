#include "model/SvgLineChart.h"

#include "common/HtmlEscape.h"
#include "common/NumberFormat.h"

#include <locale>
#include <sstream>

namespace credit::model {
namespace {

// Axis labels: three significant digits.
std::string label(double value)
{
    return common::formatSignificant(value, 3);
}

// Coordinates: two decimals keep the SVG small and exact enough.
std::string coordinate(double value)
{
    return common::formatFixed(value, 2);
}

} // namespace

std::string SvgLineChart::render(int width, int height) const
{
    const double left = 56, right = 12, top = 28, bottom = 44;
    const double plotWidth = width - left - right;
    const double plotHeight = height - top - bottom;
    auto sx = [&](double x) { return left + (x - xMin) / (xMax - xMin) * plotWidth; };
    auto sy = [&](double y) { return top + (1.0 - (y - yMin) / (yMax - yMin)) * plotHeight; };

    std::ostringstream svg;
    svg.imbue(std::locale::classic());
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" << width
        << "\" height=\"" << height << "\" viewBox=\"0 0 " << width << ' '
        << height
        // The <title> and <desc> children name and describe the image (SVG-AAM); the former
        // aria-labelledby="t d" pointed at ids that no element had, in every chart of a report.
        << "\"><title>" << common::escapeHtml(title) << "</title><desc>"
        << common::escapeHtml(description) << "</desc>";
    svg << "<text x=\"" << left << "\" y=\"18\" font-size=\"14\" font-weight=\"bold\">"
        << common::escapeHtml(title) << "</text>";
    svg << "<rect x=\"" << left << "\" y=\"" << top << "\" width=\"" << plotWidth << "\" height=\""
        << plotHeight << "\" fill=\"none\" stroke=\"#444\"/>";
    for (int i = 0; i <= 4; ++i) {
        const double fx = xMin + (xMax - xMin) * i / 4.0;
        const double fy = yMin + (yMax - yMin) * i / 4.0;
        svg << "<text x=\"" << coordinate(sx(fx)) << "\" y=\"" << height - bottom + 16
            << "\" font-size=\"11\" text-anchor=\"middle\">" << label(fx) << "</text>";
        svg << "<text x=\"" << left - 6 << "\" y=\"" << coordinate(sy(fy) + 4)
            << "\" font-size=\"11\" text-anchor=\"end\">" << label(fy) << "</text>";
    }
    svg << "<text x=\"" << left + plotWidth / 2 << "\" y=\"" << height - 6
        << "\" font-size=\"12\" text-anchor=\"middle\">" << common::escapeHtml(xLabel) << "</text>";
    svg << "<text transform=\"translate(14," << top + plotHeight / 2
        << ") rotate(-90)\" font-size=\"12\" text-anchor=\"middle\">" << common::escapeHtml(yLabel)
        << "</text>";
    if (diagonal) {
        svg << "<line x1=\"" << sx(xMin) << "\" y1=\"" << sy(yMin) << "\" x2=\"" << sx(xMax)
            << "\" y2=\"" << sy(yMax) << "\" stroke=\"#888\" stroke-dasharray=\"4 4\"/>";
    }
    for (const double marker : verticalMarkers) {
        svg << "<line x1=\"" << coordinate(sx(marker)) << "\" y1=\"" << top << "\" x2=\""
            << coordinate(sx(marker)) << "\" y2=\"" << top + plotHeight
            << "\" stroke=\"#b00020\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>";
    }
    svg << "<polyline fill=\"none\" stroke=\"#0b5394\" stroke-width=\"2\" points=\"";
    for (const auto& [x, y] : points) {
        svg << coordinate(sx(x)) << ',' << coordinate(sy(y)) << ' ';
    }
    svg << "\"/></svg>";
    return svg.str();
}

} // namespace credit::model
