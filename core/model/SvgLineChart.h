#pragma once

#include <string>
#include <utility>
#include <vector>

namespace credit::model {

// A small, dependency-free SVG line chart for the static HTML run report (the desktop app has
// its own accessible charts). role="img" with <title>/<desc> so screen readers announce it.
struct SvgLineChart {
    std::string title;
    std::string description; // read by screen readers: say what the chart shows in words
    std::string xLabel;
    std::string yLabel;
    std::vector<std::pair<double, double>> points;
    bool diagonal = false;               // dashed y = x reference (ROC)
    std::vector<double> verticalMarkers; // e.g. the chosen threshold
    double xMin = 0, xMax = 1;
    double yMin = 0, yMax = 1;

    std::string render(int width = 420, int height = 320) const;
};

} // namespace credit::model
