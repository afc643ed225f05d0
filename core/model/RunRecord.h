#pragma once

#include "model/ModelBundle.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

namespace credit::model {

// One line of runs/index.jsonl: what `credit-scoring runs` lists and compares.
struct RunSummary {
    std::string runId;
    std::string createdUtc;
    std::string folder; // relative to the runs root
    std::string note;
    std::string variant; // the chosen class-imbalance handling
    double meanFoldAuc = 0.0;
    double oofAuc = 0.0;
    double oofAveragePrecision = 0.0;
    double threshold = 0.0;
    double oofCostPerClient = 0.0;
    std::size_t rows = 0;
    std::size_t features = 0;
    std::string dataSha256;
    std::string toolVersion;

    nlohmann::json toJson() const;
    static RunSummary fromJson(const nlohmann::json& object);
};

struct RunInputs {
    nlohmann::json parameters; // everything the run was configured with (params.json)
    std::span<const float> labels;
    std::span<const float> oofProbabilities; // the chosen variant's, for the report curves
    std::string note;
    // Sections other modules add to report.html (the fairness analysis), already HTML, placed
    // after the curves. model cannot depend on those modules, so they arrive rendered.
    std::vector<std::string> reportSections = {};
    // Said to the user during the run (a default policy exclusion allowed back in): shown at the
    // top of report.html. params.json keeps them under "warnings".
    std::vector<std::string> warnings = {};
};

// Writes runs/<run id>/{params.json, metrics.json, model.bundle, report.html} and appends one
// line to runs/index.jsonl. The run id is the bundle's UTC creation time plus the first 8 hex
// digits of the training-data SHA-256 (and a counter if that folder exists).
RunSummary recordRun(const std::filesystem::path& runsRoot, const ModelBundle& bundle,
                     const RunInputs& inputs);

// The runs in index.jsonl, oldest first; throws naming the line of a malformed entry.
std::vector<RunSummary> listRuns(const std::filesystem::path& runsRoot);

// A fixed-width text table of the runs, with each run's AUC and cost change against the
// first run given (the baseline).
std::string compareRuns(const std::vector<RunSummary>& runs);

// The self-contained HTML report (ROC, PR and cost-vs-threshold charts, top features).
std::string renderRunReport(const ModelBundle& bundle, const RunSummary& summary,
                            std::span<const float> labels, std::span<const float> oofProbabilities,
                            const std::vector<std::string>& sections = {},
                            const std::vector<std::string>& warnings = {});

} // namespace credit::model
