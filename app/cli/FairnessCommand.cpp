// credit-scoring fairness / card: group fairness of a bundle on labelled data, and the generated
// part of a model card. All logic is in core/fairness.
#include "CommandLine.h"
#include "Commands.h"
#include "common/AtomicFileWriter.h"
#include "explain/ExplanationEngine.h"
#include "fairness/FairnessJob.h"
#include "fairness/FairnessReportHtml.h"
#include "fairness/FairnessReportJson.h"
#include "fairness/ModelCardSection.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace credit::cli {

namespace {

// Reports and cards are replaced whole: a full disk is an error naming the file, never a
// success with an empty or cut report.
void writeFile(const std::filesystem::path& file, const std::string& text)
{
    common::writeFileAtomically(file, text);
}

} // namespace

int runFairness(const std::vector<std::string>& arguments)
{
    const CommandLine line(arguments, {"model", "data", "out", "json", "resamples", "seed"},
                           {"no-proxies"});
    fairness::FairnessOptions options;
    options.bootstrap.resamples = static_cast<int>(line.integer("resamples", 1000));
    if (options.bootstrap.resamples < 0 || options.bootstrap.resamples > 100000)
        throw UsageError("option --resamples must be between 0 and 100000");
    options.bootstrap.minimumResamples =
        std::min(options.bootstrap.minimumResamples, options.bootstrap.resamples);
    options.bootstrap.seed = static_cast<std::uint64_t>(line.integer("seed", 42));
    options.checkProxies = !line.flag("no-proxies");
    const std::string bundle = line.required("model");
    const std::string out = line.required("out");
    line.refuseOutputsOverInputs({"out", "json"}, {"model", "data"});
    const auto engine = openModel(bundle, "fairness");
    const auto dataset =
        loadWithProgress(line.required("data"), data::LoadOptions::Applicants::Train);
    const auto report = fairness::analyseBundle(*engine, dataset, options);

    writeFile(out,
              fairness::renderFairnessPage(report, "Fairness of model " + engine->modelVersion() +
                                                       " on " + line.required("data")));
    if (const auto json = line.value("json"))
        writeFile(*json, fairness::toJson(report).dump(2) + "\n");

    std::cout << "Fairness report written to " << out << " (" << report.rows << " applicants, "
              << report.resamples << " bootstrap resamples)\n";
    for (const auto& grouping : report.groupings)
        for (const auto& group : grouping.groups)
            if (group.flagged)
                std::cout << "Flag: " << grouping.label.en << " " << group.label.en
                          << ": approval-rate ratio " << *group.approvalRatio.value << " below "
                          << report.approvalRatioFlag
                          << " (screening heuristic, not a legal test)\n";
    for (const auto& proxy : report.proxies)
        if (proxy.crossValidatedAuc.value)
            std::cout << "Proxy check " << proxy.column << ": features predict " << proxy.target
                      << " with cross-validated AUC " << *proxy.crossValidatedAuc.value << '\n';
    return 0;
}

int runCard(const std::vector<std::string>& arguments)
{
    const CommandLine line(arguments, {"model", "out", "into"}, {});
    const std::string bundle = line.required("model");
    if (line.has("out") == line.has("into"))
        throw UsageError("give exactly one of --out FILE.md (write the section alone) and --into "
                         "CARD.md (replace the card's generated section)");
    line.refuseOutputsOverInputs({"out"}, {"model"});
    const auto engine = openModel(bundle, "card");
    const auto section = fairness::renderModelCardSection(
        engine->bundle(), std::filesystem::path(bundle).filename().string());
    if (const auto out = line.value("out")) {
        writeFile(*out, section);
        std::cout << "Model card section written to " << *out << '\n';
        return 0;
    }
    const std::string card = *line.value("into");
    std::ifstream in(card, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read the model card " + card);
    std::ostringstream text;
    text << in.rdbuf();
    in.close();
    writeFile(card, fairness::replaceCardSection(text.str(), section));
    std::cout << "Generated section of " << card << " updated from " << bundle << '\n';
    return 0;
}

} // namespace credit::cli
