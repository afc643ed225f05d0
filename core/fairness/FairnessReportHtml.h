#pragma once

#include "fairness/FairnessReport.h"

#include <string>

namespace credit::fairness {

// The report as an HTML <section> (tables per grouping with intervals, a bar chart of approval
// rates with their intervals as inline SVG, the proxy check and what the heuristics can and
// cannot say): embedded in every training run's report.html.
std::string renderFairnessSection(const FairnessReport& report);

// A self-contained page around the section (`credit-scoring fairness --out report.html`).
std::string renderFairnessPage(const FairnessReport& report, const std::string& title);

// The same figures as Markdown for the model card (`credit-scoring card`).
std::string renderFairnessMarkdown(const FairnessReport& report);

// The caveat every view of the report carries, in English.
std::string fairnessCaveat(double approvalRatioFlag);

} // namespace credit::fairness
