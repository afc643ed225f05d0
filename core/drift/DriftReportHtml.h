#pragma once

#include "drift/DriftReport.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace credit::drift {

struct HtmlReportOptions {
    // Features drawn as reference-vs-current histograms (the most severe ones).
    std::size_t chartedFeatures = 10;
    // Category charts show this many levels (largest first) and group the rest.
    std::size_t maxLevelsPerChart = 12;
};

// A self-contained French HTML page (inline CSS and SVG, no script, no external resource, works
// offline): verdict and counts first, the score shift when scores were compared, histograms of
// the most drifted features, then a table of every feature sorted by severity. Statuses are
// given in words and with an icon, never by colour alone; every chart has a <title>, a <desc> and
// its data as a table.
std::string renderHtml(const DriftReport& report, const HtmlReportOptions& options = {});
// Throws data::DataError naming the file when it cannot be written.
void writeHtml(const DriftReport& report, const std::filesystem::path& file,
               const HtmlReportOptions& options = {});

} // namespace credit::drift
