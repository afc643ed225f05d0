#pragma once

#include "data/HomeCreditDataset.h"
#include "explain/ClientFacts.h"
#include "explain/Counterfactual.h"
#include "explain/Explanation.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace credit::model {
struct ModelBundle;
}
namespace credit::features {
struct FeatureSpec;
}

namespace credit::explain {

// The one scoring path of the product: features -> model -> SHAP -> grouped reasons. The CLI,
// the API server and the desktop app all call it, so they always agree. Thread-safe: the
// server calls it from a worker pool.
class ExplanationEngine {
public:
    // Loads and verifies a bundle; throws model::BundleError with the reason it is refused.
    static std::shared_ptr<const ExplanationEngine> open(const std::filesystem::path& bundle);
    // `checksum` identifies the bundle's bytes (hex SHA-256); open() reads it from the file.
    ExplanationEngine(std::shared_ptr<const model::ModelBundle> bundle, std::string checksum);
    ~ExplanationEngine();

    // Scores and explains applicant row 0 of `client` (a one-applicant dataset with history).
    Explanation explain(const data::HomeCreditDataset& client,
                        ContributionDetail detail = ContributionDetail::GroupsWithFeatures) const;
    // Probability only: no SHAP, for batch scoring and the counterfactual search.
    double probability(const data::HomeCreditDataset& client) const;
    // Smallest actionable changes that bring a refused or borderline client under the threshold.
    // `checkpoint` (optional) is called before each variant is scored: it may throw to abandon
    // the search (the server's request deadline, or a client that hung up).
    CounterfactualResult counterfactuals(const data::HomeCreditDataset& client,
                                         const std::function<void()>& checkpoint = {}) const;

    // Probabilities for many one-applicant records (no SHAP), reusing one booster.
    std::vector<double>
    probabilities(const std::vector<const data::HomeCreditDataset*>& clients) const;

    // Probabilities for every applicant of a dataset (batch feature path, multithreaded), in the
    // applicant table's order; equal to probability() of each client extracted from it.
    std::vector<double> scoreDataset(const data::HomeCreditDataset& dataset) const;
    const features::FeatureSpec& featureSpec() const;

    // Version, checksum, threshold, features with labels, metrics, global importance.
    nlohmann::json modelDescription() const;
    const std::string& modelVersion() const;
    const std::string& checksum() const;
    double threshold() const;
    // Global importance grouped like the explanations: mean |SHAP| per business variable.
    std::vector<GroupContribution> globalImportance() const;
    const model::ModelBundle& bundle() const { return *bundle_; }
    // What a user must be told about this bundle before trusting it (today: a bundle written
    // before feature policies existed). The CLI prints these, the server logs them, the app shows
    // them on its status bar and "Modèle" page.
    std::vector<std::string> warnings() const;

private:
    struct Internals;
    std::shared_ptr<const model::ModelBundle> bundle_;
    std::unique_ptr<Internals> internals_;
};

} // namespace credit::explain
