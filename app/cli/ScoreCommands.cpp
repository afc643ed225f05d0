// credit-scoring evaluate / score / explain: use a trained bundle on a data folder. Every figure
// comes from explain::ExplanationEngine, the path the server and the desktop app use too.
#include "CommandLine.h"
#include "Commands.h"
#include "TerminalProgressBar.h"
#include "common/AtomicFileWriter.h"
#include "data/ClientRecordJson.h"
#include "data/DataError.h"
#include "data/HomeCreditDataset.h"
#include "explain/ExplanationEngine.h"
#include "explain/ExplanationJson.h"
#include "features/ClientRecord.h"
#include "model/Metrics.h"
#include "model/ModelBundle.h"

#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace credit::cli {

data::HomeCreditDataset loadWithProgress(const std::string& folder,
                                         data::LoadOptions::Applicants applicants)
{
    TerminalProgressBar bar("load");
    data::LoadOptions options;
    options.applicants = applicants;
    options.progress = [&](data::TableId, std::size_t done, std::size_t total) {
        bar.update(done, total);
        return true;
    };
    auto dataset = data::HomeCreditDataset::load(folder, options);
    bar.finish();
    // One applicant, one score: a duplicated SK_ID_CURR could get two different decisions.
    dataset.requireUniqueApplicants();
    for (const auto& warning : dataset.warnings)
        std::cerr << "warning: " << warning << '\n';
    return dataset;
}

namespace {

data::LoadOptions::Applicants applicantsOption(const CommandLine& line, const char* fallback)
{
    const auto which = line.valueOr("applicants", fallback);
    if (which == "train")
        return data::LoadOptions::Applicants::Train;
    if (which == "test")
        return data::LoadOptions::Applicants::Test;
    throw UsageError("option --applicants must be train or test, got '" + which + "'");
}

} // namespace

int runEvaluate(const std::vector<std::string>& arguments)
{
    const CommandLine line(arguments, {"model", "data", "json"}, {});
    line.refuseOutputsOverInputs({"json"}, {"model", "data"});
    const auto engine = openModel(line.required("model"), "evaluate");
    const auto dataset =
        loadWithProgress(line.required("data"), data::LoadOptions::Applicants::Train);
    if (!dataset.hasTarget())
        throw data::DataError(
            line.required("data") +
            ": the applicant file has no TARGET column; evaluation needs known outcomes");
    const auto probabilities = engine->scoreDataset(dataset);
    const auto& target = dataset.applications.column("TARGET");
    std::vector<float> labels;
    std::vector<float> scores;
    for (std::size_t row = 0; row < probabilities.size(); ++row) {
        if (target.isMissing(row))
            continue;
        labels.push_back(static_cast<float>(target.number(row)));
        scores.push_back(static_cast<float>(probabilities[row]));
    }
    const auto& costs = engine->bundle().costs;
    const auto confusion = model::confusionAt(labels, scores, engine->threshold());
    const double cost = costs.falseNegativeCost * static_cast<double>(confusion.falseNegatives) +
                        costs.falsePositiveCost * static_cast<double>(confusion.falsePositives);
    const nlohmann::json report = {
        {"model_version", engine->modelVersion()},
        {"clients", labels.size()},
        {"roc_auc", model::rocAuc(labels, scores)},
        {"pr_auc", model::averagePrecision(labels, scores)},
        {"brier", model::brierScore(labels, scores)},
        {"ks", model::ksStatistic(labels, scores)},
        {"threshold", engine->threshold()},
        {"recall", confusion.recall()},
        {"precision", confusion.precision()},
        {"confusion",
         {{"tp", confusion.truePositives},
          {"fp", confusion.falsePositives},
          {"tn", confusion.trueNegatives},
          {"fn", confusion.falseNegatives}}},
        {"business_cost", cost},
        {"cost_per_client", labels.empty() ? 0.0 : cost / static_cast<double>(labels.size())}};
    std::cout << std::fixed << std::setprecision(4) << "Model " << engine->modelVersion() << " on "
              << labels.size() << " clients\n"
              << "ROC AUC        " << report["roc_auc"].get<double>() << '\n'
              << "PR AUC         " << report["pr_auc"].get<double>() << '\n'
              << "Brier score    " << report["brier"].get<double>() << '\n'
              << "KS             " << report["ks"].get<double>() << '\n'
              << "Threshold      " << engine->threshold() << '\n'
              << "Recall         " << confusion.recall() << '\n'
              << "Precision      " << confusion.precision() << '\n'
              << "Confusion      TP " << confusion.truePositives << "  FP "
              << confusion.falsePositives << "  TN " << confusion.trueNegatives << "  FN "
              << confusion.falseNegatives << '\n'
              << "Cost/client    " << report["cost_per_client"].get<double>() << " (FN "
              << costs.falseNegativeCost << ", FP " << costs.falsePositiveCost << ")\n";
    if (const auto path = line.value("json"))
        common::writeFileAtomically(*path, report.dump(2) + '\n');
    return 0;
}

int runScore(const std::vector<std::string>& arguments)
{
    const CommandLine line(arguments, {"model", "data", "out", "applicants"}, {});
    const std::string path = line.required("out");
    line.refuseOutputsOverInputs({"out"}, {"model", "data"});
    const auto engine = openModel(line.required("model"), "score");
    const auto dataset = loadWithProgress(line.required("data"), applicantsOption(line, "test"));
    const auto probabilities = engine->scoreDataset(dataset);
    // The lines are formatted in memory and the file replaced whole: a full disk fails naming
    // the file, and an existing output is never left empty or cut mid-line.
    std::ostringstream out;
    out << "SK_ID_CURR,probability,decision\n" << std::setprecision(9);
    const auto& ids = dataset.applications.column("SK_ID_CURR");
    std::size_t refused = 0;
    for (std::size_t row = 0; row < probabilities.size(); ++row) {
        const bool refuse = probabilities[row] >= engine->threshold();
        refused += refuse;
        out << static_cast<long long>(ids.number(row)) << ',' << probabilities[row] << ','
            << (refuse ? "refuse" : "grant") << '\n';
    }
    common::writeFileAtomically(path, out.str());
    std::cout << "Scored " << probabilities.size() << " clients with model "
              << engine->modelVersion() << " (" << refused << " refused at threshold "
              << engine->threshold() << "): " << path << '\n';
    return 0;
}

int runExplain(const std::vector<std::string>& arguments)
{
    const CommandLine line(arguments, {"model", "data", "client", "lang", "applicants"},
                           {"json", "counterfactuals"});
    const auto language = line.valueOr("lang", "fr");
    if (language != "fr" && language != "en")
        throw UsageError("option --lang must be fr or en");
    const long long clientId = line.integer("client", -1);
    if (clientId < 0)
        throw UsageError("missing required option --client (an SK_ID_CURR)");
    const auto engine = openModel(line.required("model"), "explain");
    const auto dataset = loadWithProgress(line.required("data"), applicantsOption(line, "train"));
    const auto ids = dataset.applications.column("SK_ID_CURR").numbers();
    const auto found = std::find(ids.begin(), ids.end(), static_cast<double>(clientId));
    if (found == ids.end())
        throw data::DataError("client " + std::to_string(clientId) + " is not in " +
                              line.required("data"));
    const features::ClientExtractor extractor(dataset);
    const auto client = extractor.extract(static_cast<std::size_t>(found - ids.begin()));
    const auto explanation = engine->explain(client.data);
    std::optional<explain::CounterfactualResult> counterfactuals;
    if (line.flag("counterfactuals"))
        counterfactuals = engine->counterfactuals(client.data);

    if (line.flag("json")) {
        auto body = explain::toJson(explanation, language);
        body["client_id"] = clientId;
        if (counterfactuals)
            body["counterfactuals"] = explain::toJson(*counterfactuals, language);
        std::cout << body.dump(2) << '\n';
        return 0;
    }
    const bool french = language == "fr";
    std::cout << (french ? "Client " : "Client ") << clientId << '\n'
              << explanation.interpretation.in(language) << "\n\n"
              << (french ? "Ce qui augmente le risque :\n" : "What raises the risk:\n");
    for (const auto& reason : explanation.adverseReasons)
        std::cout << "  - " << reason.text.in(language) << '\n';
    std::cout << (french ? "\nCe qui diminue le risque :\n" : "\nWhat lowers the risk:\n");
    for (const auto& reason : explanation.favourableReasons)
        std::cout << "  + " << reason.text.in(language) << '\n';
    if (counterfactuals) {
        std::cout << (french ? "\nPistes pour revoir la demande :\n"
                             : "\nWays to revise the application:\n");
        for (const auto& suggestion : counterfactuals->suggestions)
            std::cout << "  * " << suggestion.sentence.in(language) << '\n';
        if (counterfactuals->suggestions.empty())
            std::cout << "  " << counterfactuals->statement.in(language) << '\n';
    }
    std::cout << '\n' << (french ? "Modèle " : "Model ") << explanation.modelVersion << '\n';
    return 0;
}

} // namespace credit::cli
