// credit-scoring features: turns a Home Credit data folder into the model's feature table (CSV),
// fitting a feature spec or applying a saved one so scoring data lines up with training data.
#include "CommandLine.h"
#include "TerminalProgressBar.h"
#include "data/HomeCreditDataset.h"
#include "features/FeatureCsvWriter.h"
#include "features/FeaturePipeline.h"

#include <chrono>
#include <cstdio>
#include <string>

namespace credit::cli {

int runFeatures(const std::vector<std::string>& arguments)
{
    const CommandLine commandLine(
        arguments, {"data", "out", "spec", "save-spec", "applicants", "threads"}, {});
    const auto folder = commandLine.required("data");
    const auto output = commandLine.required("out");
    commandLine.refuseOutputsOverInputs({"out", "save-spec"}, {"data", "spec"});
    const auto applicants = commandLine.valueOr("applicants", "train");
    if (applicants != "train" && applicants != "test")
        throw UsageError("--applicants expects 'train' or 'test', got '" + applicants + "'");
    const long long threads = commandLine.integer("threads", 0);
    if (threads < 0 || threads > 256)
        throw UsageError("--threads expects 0 (all cores) to 256, got " + std::to_string(threads));

    data::LoadOptions options;
    options.applicants = applicants == "test" ? data::LoadOptions::Applicants::Test
                                              : data::LoadOptions::Applicants::Train;
    TerminalProgressBar progressBar("loading");
    options.progress = [&progressBar](data::TableId, std::size_t done, std::size_t total) {
        progressBar.update(done, total);
        return true;
    };
    const auto started = std::chrono::steady_clock::now();
    const auto dataset = data::HomeCreditDataset::load(folder, options);
    progressBar.finish();
    const auto loaded = std::chrono::steady_clock::now();

    const auto specFile = commandLine.value("spec");
    const features::FeatureSpec spec =
        specFile ? features::FeatureSpec::load(*specFile) : features::FeaturePipeline::fit(dataset);
    if (const auto saveTo = commandLine.value("save-spec"))
        spec.save(*saveTo);

    features::TransformReport report;
    const auto matrix = features::FeaturePipeline::transform(dataset, spec, &report,
                                                             {static_cast<unsigned>(threads)});
    const auto transformed = std::chrono::steady_clock::now();
    features::writeFeatureCsv(matrix, output);

    const auto seconds = [](auto from, auto to) {
        return std::chrono::duration<double>(to - from).count();
    };
    std::fprintf(stderr, "%zu applicants x %zu features (%s spec) -> %s\n", matrix.rows(),
                 matrix.columns(), specFile ? "saved" : "fitted", output.c_str());
    std::fprintf(stderr, "load %.1f s, features %.1f s, write %.1f s\n", seconds(started, loaded),
                 seconds(loaded, transformed),
                 seconds(transformed, std::chrono::steady_clock::now()));
    if (report.unseenCategoryValues > 0) {
        std::fprintf(stderr, "%zu category values unseen at fit (their one-hot features are 0):\n",
                     report.unseenCategoryValues);
        for (const auto& [column, count] : report.unseenByColumn)
            std::fprintf(stderr, "  %s: %zu\n", column.c_str(), count);
    }
    for (const auto& table : report.absentTables)
        std::fprintf(stderr, "table %s is absent: its features are missing (NaN)\n", table.c_str());
    return 0;
}

} // namespace credit::cli
