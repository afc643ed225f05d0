#include "explain/ExplanationEngine.h"

#include "data/DataError.h"
#include "explain/ClientDescription.h"
#include "explain/ContributionGrouping.h"
#include "explain/CounterfactualSearch.h"
#include "explain/DecisionWording.h"
#include "explain/HistorySummary.h"
#include "features/FeaturePipeline.h"
#include "model/BundleError.h"
#include "model/ModelBundle.h"
#include "model/TreeShapExplainer.h"
#include "population/ReferenceStatistics.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <optional>
#include <sstream>

namespace credit::explain {

namespace {

constexpr int kMaxReasons = 4;

double sigmoid(double margin)
{
    return 1.0 / (1.0 + std::exp(-margin));
}

// Percentiles of DAYS_* values run backwards (a younger client has a larger DAYS_BIRTH), so
// they are flipped to speak of age and durations the way people do.
bool countsBackwards(ValueKind kind)
{
    return kind == ValueKind::AgeFromDays || kind == ValueKind::YearsAgo ||
           kind == ValueKind::Employment;
}

std::string hexOf(const std::uint8_t* bytes, std::size_t size)
{
    std::ostringstream out;
    for (std::size_t i = 0; i < size; ++i)
        out << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(bytes[i]);
    return out.str();
}

void requireOneApplicant(const data::HomeCreditDataset& client)
{
    if (client.applications.rowCount() != 1)
        throw data::DataError("a client record must hold exactly one application row, not " +
                              std::to_string(client.applications.rowCount()));
}

} // namespace

struct ExplanationEngine::Internals {
    features::FeatureSpec spec;
    // Prepared once: resolving the spec's feature names on every call cost ~1.2 ms of the
    // ~1.7 ms a single client took (docs/performance.md, features section).
    features::FeatureTransformer transformer;
    ContributionGrouping grouping;
    std::optional<population::ReferenceStatistics> reference;
    // The bundle's trees, read once: one client's prediction and exact TreeSHAP without
    // XGBoost's per-call set-up, which cost more than half of a scored API request; the tests
    // compare both with XGBoost. Immutable, so the server's workers share it.
    model::TreeShapExplainer trees;
    std::string checksum;
    std::string version;

    Internals(const model::ModelBundle& bundle, std::string bundleChecksum)
        : spec(features::FeatureSpec::fromJson(bundle.featureSpec)), transformer(spec),
          grouping(spec), trees(bundle.booster), checksum(std::move(bundleChecksum))
    {
        if (!bundle.referenceStatistics.is_null() &&
            bundle.referenceStatistics.contains("format_version"))
            reference = population::ReferenceStatistics::fromJson(bundle.referenceStatistics);
        // A readable version: when it was trained, and which bytes (first 8 hex of the checksum).
        version = bundle.createdUtc.substr(0, 10) + "-" + checksum.substr(0, 8);
    }

    features::FeatureValues featuresOf(const data::HomeCreditDataset& client) const
    {
        requireOneApplicant(client);
        return transformer.valuesOf(client);
    }
};

std::shared_ptr<const ExplanationEngine>
ExplanationEngine::open(const std::filesystem::path& bundlePath)
{
    auto bundle = std::make_shared<const model::ModelBundle>(model::ModelBundle::load(bundlePath));
    // The last 32 bytes of a bundle are its SHA-256, already verified by load().
    std::ifstream in(bundlePath, std::ios::binary);
    in.seekg(-32, std::ios::end);
    std::uint8_t digest[32] = {};
    in.read(reinterpret_cast<char*>(digest), sizeof digest);
    return std::make_shared<const ExplanationEngine>(std::move(bundle),
                                                     hexOf(digest, sizeof digest));
}

ExplanationEngine::ExplanationEngine(std::shared_ptr<const model::ModelBundle> bundle,
                                     std::string checksum)
    : bundle_(std::move(bundle))
{
    try {
        internals_ = std::make_unique<Internals>(*bundle_, std::move(checksum));
    } catch (const std::exception& error) {
        throw model::BundleError(
            model::BundleProblem::Malformed, "model bundle",
            std::string("its feature spec or reference statistics cannot be read: ") +
                error.what());
    }
    if (internals_->spec.features.size() != bundle_->booster.featureCount())
        throw model::BundleError(model::BundleProblem::FeatureCountMismatch, "model bundle",
                                 "the feature spec lists " +
                                     std::to_string(internals_->spec.features.size()) +
                                     " features but the model expects " +
                                     std::to_string(bundle_->booster.featureCount()));
}

ExplanationEngine::~ExplanationEngine() = default;

const std::string& ExplanationEngine::modelVersion() const
{
    return internals_->version;
}

const std::string& ExplanationEngine::checksum() const
{
    return internals_->checksum;
}

const features::FeatureSpec& ExplanationEngine::featureSpec() const
{
    return internals_->spec;
}

double ExplanationEngine::threshold() const
{
    return bundle_->threshold;
}

double ExplanationEngine::probability(const data::HomeCreditDataset& client) const
{
    const auto values = internals_->featuresOf(client);
    const auto& trees = internals_->trees;
    return bundle_->calibration.probability(trees.margin(
        std::span<const float>(values.data(), static_cast<std::size_t>(values.size()))));
}

std::vector<double> ExplanationEngine::scoreDataset(const data::HomeCreditDataset& dataset) const
{
    const auto matrix = features::FeaturePipeline::transform(dataset, internals_->spec);
    if (matrix.rows() == 0)
        return {};
    // The bundle's own booster uses every core; the pooled copies are single-threaded.
    const auto margins = bundle_->booster.predictMarginInPlace(matrix.values);
    std::vector<double> predicted(margins.size());
    for (std::size_t i = 0; i < margins.size(); ++i)
        predicted[i] = bundle_->calibration.probability(margins[i]);
    return predicted;
}

std::vector<double>
ExplanationEngine::probabilities(const std::vector<const data::HomeCreditDataset*>& clients) const
{
    if (clients.empty())
        return {};
    std::vector<double> predicted;
    predicted.reserve(clients.size());
    for (const auto* client : clients)
        predicted.push_back(probability(*client));
    return predicted;
}

Explanation ExplanationEngine::explain(const data::HomeCreditDataset& client,
                                       ContributionDetail detail) const
{
    const auto& internals = *internals_;
    const auto values = internals.featuresOf(client);
    const auto featureCount = internals.spec.features.size();
    const std::span<const float> row(values.data(), featureCount);
    Explanation explanation;
    // The model's own prediction, bit-identical to XGBoost's (batch scoring, the portfolio
    // list) as the tests check, so every path shows the same figure; the SHAP values explain it
    // (they add up to the margin within float rounding, also checked).
    // With a calibration (calibrated log-odds = a x margin + b) every contribution scales by a
    // and the bias absorbs b: the reasons still add up to the probability shown.
    const auto& calibration = bundle_->calibration;
    const float modelMargin = internals.trees.margin(row);
    explanation.margin = calibration.logOdds(modelMargin);
    explanation.probability = calibration.probability(modelMargin);
    const double margin = explanation.margin;
    std::vector<float> contributions(featureCount + 1);
    internals.trees.contributions(row, contributions);
    if (!calibration.isIdentity()) {
        for (std::size_t i = 0; i < featureCount; ++i)
            contributions[i] = static_cast<float>(calibration.slope * contributions[i]);
        contributions[featureCount] =
            static_cast<float>(calibration.logOdds(contributions[featureCount]));
    }
    const std::span<const float> perFeature(contributions.data(), featureCount);
    explanation.baseMargin = contributions[featureCount];
    explanation.threshold = bundle_->threshold;
    explanation.decision =
        explanation.probability >= explanation.threshold ? Decision::Refuse : Decision::Grant;
    explanation.distancePoints = (explanation.probability - explanation.threshold) * 100.0;
    explanation.band = bandFor(explanation.probability, explanation.threshold);
    explanation.interpretation =
        interpretationSentence(explanation.probability, explanation.threshold);
    explanation.modelVersion = internals.version;

    // Percentage points: the group's share of the move from the average client's probability to
    // this client's, in proportion to its log-odds (the secant of the logistic curve), so the
    // points add up exactly to the difference in probability. Near the average (no move) the
    // tangent is used instead. docs/methodology.md states this.
    const double baseProbability = sigmoid(explanation.baseMargin);
    const double marginMove = margin - explanation.baseMargin;
    const double pointsPerLogOdd =
        std::fabs(marginMove) > 1e-9
            ? 100.0 * (explanation.probability - baseProbability) / marginMove
            : 100.0 * explanation.probability * (1.0 - explanation.probability);

    const auto history = HistorySummary::of(client);
    const auto sums = internals.grouping.sum(perFeature);
    const auto& groups = internals.grouping.groups();
    // Groups in the order they are shown (largest |log-odds| first), sorted as indices: moving
    // the built contributions (five strings each) around was a visible share of a request.
    std::vector<std::size_t> order;
    order.reserve(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (std::fabs(sums[g]) >= 1e-7) // else the model did not use this variable for this client
            order.push_back(g);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::fabs(sums[a]) > std::fabs(sums[b]);
    });
    explanation.contributions.reserve(order.size());
    for (const std::size_t g : order) {
        const auto& group = groups[g];
        GroupContribution contribution;
        contribution.key = group.key;
        contribution.logOdds = sums[g];
        contribution.points = sums[g] * pointsPerLogOdd;
        if (detail == ContributionDetail::GroupsWithFeatures)
            for (const auto index : group.features)
                contribution.features.push_back(internals.spec.features[index].name);
        std::optional<double> representativeValue;
        if (group.representative) {
            const double value = values(0, static_cast<Eigen::Index>(*group.representative));
            if (!std::isnan(value))
                representativeValue = value;
        }
        if (group.label) {
            contribution.label = group.label->label;
            contribution.clientValue =
                describeGroupValue(*group.label, client.applications, history, representativeValue);
            if (internals.reference && representativeValue &&
                group.label->kind != ValueKind::Category && group.label->kind != ValueKind::Flag &&
                group.label->kind != ValueKind::History) {
                double percentile = internals.reference->featurePercentile(
                    internals.spec.features[*group.representative].name, *representativeValue);
                if (!std::isnan(percentile))
                    contribution.percentile =
                        countsBackwards(group.label->kind) ? 100.0 - percentile : percentile;
            }
        } else {
            contribution.label = {group.key, group.key};
            contribution.clientValue = representativeValue
                                           ? formatValue(ValueKind::Decimal, *representativeValue)
                                           : LocalizedText{"—", "—"};
        }
        explanation.contributions.push_back(std::move(contribution));
    }

    for (const auto& contribution : explanation.contributions) {
        auto& reasons =
            contribution.logOdds > 0 ? explanation.adverseReasons : explanation.favourableReasons;
        if (static_cast<int>(reasons.size()) >= kMaxReasons ||
            std::fabs(contribution.points) < 0.05)
            continue;
        const auto* label = findGroupLabel(contribution.key);
        const GroupLabel fallback{contribution.key, contribution.label, ValueKind::Decimal};
        reasons.push_back(writeReason(contribution, label ? *label : fallback));
    }
    return explanation;
}

CounterfactualResult
ExplanationEngine::counterfactuals(const data::HomeCreditDataset& client,
                                   const std::function<void()>& checkpoint) const
{
    const CounterfactualSearch search(
        [this, &checkpoint](const std::vector<const data::HomeCreditDataset*>& clients) {
            if (!checkpoint)
                return probabilities(clients);
            std::vector<double> predicted;
            predicted.reserve(clients.size());
            for (const auto* variant : clients) {
                checkpoint();
                predicted.push_back(probability(*variant));
            }
            return predicted;
        },
        bundle_->threshold);
    return search.search(client);
}

std::vector<GroupContribution> ExplanationEngine::globalImportance() const
{
    const auto& internals = *internals_;
    std::vector<double> perFeature(internals.spec.features.size(), 0.0);
    for (const auto& item : bundle_->globalImportance) {
        const auto found =
            std::find(bundle_->featureNames.begin(), bundle_->featureNames.end(), item.feature);
        if (found != bundle_->featureNames.end())
            perFeature[static_cast<std::size_t>(found - bundle_->featureNames.begin())] =
                item.meanAbsoluteShap;
    }
    const auto sums = internals.grouping.sum(std::span<const double>(perFeature));
    std::vector<GroupContribution> importance;
    const auto& groups = internals.grouping.groups();
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (sums[g] <= 0.0)
            continue;
        GroupContribution item;
        item.key = groups[g].key;
        item.label =
            groups[g].label ? groups[g].label->label : LocalizedText{groups[g].key, groups[g].key};
        item.logOdds = sums[g];
        for (const auto index : groups[g].features)
            item.features.push_back(internals.spec.features[index].name);
        importance.push_back(std::move(item));
    }
    std::sort(importance.begin(), importance.end(),
              [](const auto& a, const auto& b) { return a.logOdds > b.logOdds; });
    return importance;
}

nlohmann::json ExplanationEngine::modelDescription() const
{
    const auto& internals = *internals_;
    nlohmann::json features = nlohmann::json::array();
    for (const auto& feature : internals.spec.features) {
        const auto* label = findGroupLabel(feature.labelKey);
        features.push_back({{"name", feature.name},
                            {"group", feature.labelKey},
                            {"label_fr", label ? label->label.fr : feature.labelKey},
                            {"label_en", label ? label->label.en : feature.labelKey}});
    }
    nlohmann::json importance = nlohmann::json::array();
    for (const auto& group : globalImportance())
        importance.push_back({{"group", group.key},
                              {"label_fr", group.label.fr},
                              {"label_en", group.label.en},
                              {"mean_abs_shap", group.logOdds}});
    return {{"version", internals.version},
            {"checksum", internals.checksum},
            {"threshold", bundle_->threshold},
            {"calibration", bundle_->calibration.toJson()},
            {"costs",
             {{"false_negative", bundle_->costs.falseNegativeCost},
              {"false_positive", bundle_->costs.falsePositiveCost}}},
            {"created_utc", bundle_->createdUtc},
            {"tool_version", bundle_->toolVersion},
            {"features", std::move(features)},
            {"metrics", bundle_->metrics},
            {"feature_policy", bundle_->featurePolicy},
            {"warnings", warnings()},
            {"global_importance", std::move(importance)}};
}

std::vector<std::string> ExplanationEngine::warnings() const
{
    if (!bundle_->hasFeaturePolicy())
        return {model::missingPolicyWarning()};
    return {};
}

} // namespace credit::explain
