#pragma once

// The properties every explanation must have, checked on whichever trained model a test gives:
// the synthetic one (always) and the one fitted on the real linked-1000 rows (when present).
#include "TrainedModel.h"
#include "data/ClientRecordJson.h"
#include "explain/ContributionGrouping.h"
#include "explain/FeatureLabels.h"
#include "features/FeaturePipeline.h"
#include "model/DMatrix.h"
#include "model/ModelBundle.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <map>

namespace credit::explain::testing {

// Rows spread over the dataset, so refused and granted clients, with and without history, appear.
inline std::vector<std::size_t> sampleRows(const data::HomeCreditDataset& dataset,
                                           std::size_t count)
{
    std::vector<std::size_t> rows;
    const auto total = dataset.applications.rowCount();
    for (std::size_t i = 0; i < count && i < total; ++i)
        rows.push_back(i * total / count);
    return rows;
}

inline void checkEveryKeyLabelled(const ExplanationEngine& engine)
{
    const ContributionGrouping grouping(engine.featureSpec());
    CAPTURE(grouping.unlabelledKeys());
    CHECK(grouping.unlabelledKeys().empty());
    for (const auto& group : grouping.groups()) {
        if (!group.label)
            continue;
        CAPTURE(group.key);
        CHECK(!group.label->label.fr.empty());
        CHECK(!group.label->label.en.empty());
    }
}

inline void checkContributionsAddUp(const TrainedModel& model)
{
    const auto& engine = *model.engine;
    const auto& spec = engine.featureSpec();
    const ContributionGrouping grouping(spec);
    for (const auto row : sampleRows(model.dataset, 25)) {
        CAPTURE(row);
        const auto client = data::extractClient(model.dataset, row);
        const auto explanation = engine.explain(client);

        // Per feature: exact TreeSHAP plus the bias equals the margin, on the calibrated scale
        // (XGBoost's contributions times the Platt slope; the bias absorbs the intercept).
        const auto& calibration = engine.bundle().calibration;
        const auto values = features::FeaturePipeline::transform(client, spec).values;
        const auto contributions =
            engine.bundle().booster.predictContributions(model::DMatrix(values));
        REQUIRE(static_cast<std::size_t>(contributions.cols()) == spec.features.size() + 1);
        double total = 0.0;
        std::map<std::string, double> byFeature;
        for (std::size_t i = 0; i < spec.features.size(); ++i) {
            const double value = calibration.slope * contributions(0, static_cast<Eigen::Index>(i));
            total += value;
            byFeature[spec.features[i].name] = value;
        }
        CHECK(total + explanation.baseMargin == Approx(explanation.margin).margin(1e-4));
        CHECK(explanation.probability ==
              Approx(1.0 / (1.0 + std::exp(-explanation.margin))).margin(1e-5));

        // Per group: the shown groups add up to the margin too (the dropped ones are ~0) ...
        double groupTotal = explanation.baseMargin;
        double pointsTotal = 0.0;
        for (const auto& group : explanation.contributions) {
            groupTotal += group.logOdds;
            pointsTotal += group.points;
            // ... and each group is the sum of its members.
            double members = 0.0;
            for (const auto& name : group.features)
                members += byFeature.at(name);
            CAPTURE(group.key);
            CHECK(group.logOdds == Approx(members).margin(1e-5));
            CHECK(!group.label.fr.empty());
            CHECK(!group.label.en.empty());
            CHECK(!group.clientValue.fr.empty());
            CHECK(!group.clientValue.en.empty());
        }
        CHECK(groupTotal == Approx(explanation.margin).margin(1e-4));
        // The points share out the move from the average client's probability exactly.
        const double baseProbability = 1.0 / (1.0 + std::exp(-explanation.baseMargin));
        CHECK(pointsTotal ==
              Approx(100.0 * (explanation.probability - baseProbability)).margin(1e-2));

        // The grouping's own sums agree with summing the members by hand.
        std::vector<float> perFeature(spec.features.size());
        for (std::size_t i = 0; i < perFeature.size(); ++i)
            perFeature[i] = contributions(0, static_cast<Eigen::Index>(i));
        const auto sums = grouping.sum(std::span<const float>(perFeature));
        for (std::size_t g = 0; g < grouping.groups().size(); ++g) {
            double members = 0.0;
            for (const auto index : grouping.groups()[g].features)
                members += perFeature[index];
            CHECK(sums[g] == Approx(members).margin(1e-6));
        }
    }
}

inline void checkReasons(const TrainedModel& model)
{
    for (const auto row : sampleRows(model.dataset, 25)) {
        CAPTURE(row);
        const auto explanation = model.engine->explain(data::extractClient(model.dataset, row));
        CHECK(explanation.adverseReasons.size() <= 4);
        CHECK(explanation.favourableReasons.size() <= 4);
        CHECK(explanation.adverseReasons.size() + explanation.favourableReasons.size() > 0);
        CHECK(!explanation.interpretation.fr.empty());
        CHECK(!explanation.interpretation.en.empty());
        for (const auto* reasons : {&explanation.adverseReasons, &explanation.favourableReasons})
            for (const auto& reason : *reasons) {
                CAPTURE(reason.groupKey, reason.text.fr, reason.text.en);
                CHECK(reason.text.fr.size() > 10);
                CHECK(reason.text.en.size() > 10);
                CHECK(reason.adverse == (reasons == &explanation.adverseReasons));
                CHECK(reason.adverse == (reason.points > 0));
                // No raw column name or placeholder reaches an advisor.
                CHECK(reason.text.fr.find(reason.groupKey) == std::string::npos);
                CHECK(reason.text.en.find(reason.groupKey) == std::string::npos);
                CHECK(reason.text.fr.find("nan") == std::string::npos);
            }
    }
}

inline void checkEngineMatchesBatchScoring(const TrainedModel& model)
{
    const auto batch = model.engine->scoreDataset(model.dataset);
    REQUIRE(batch.size() == model.dataset.applications.rowCount());
    for (const auto row : sampleRows(model.dataset, 40)) {
        CAPTURE(row);
        const auto client = data::extractClient(model.dataset, row);
        // Exactly the same figure: one client's path reads the trees itself, batch scoring asks
        // XGBoost, and the two must agree bit for bit (the list and the detail never differ).
        CHECK(model.engine->probability(client) == batch[row]);
        CHECK(model.engine->explain(client).probability == batch[row]);
    }
}

// Applies a suggestion's changes to a copy of the client, as an advisor would in the form.
inline data::HomeCreditDataset applied(const data::HomeCreditDataset& client,
                                       const Counterfactual& suggestion)
{
    auto edited = client;
    for (const auto& change : suggestion.changes)
        edited.applications.column(change.field).setNumber(0, change.to);
    return edited;
}

inline void checkCounterfactualsCrossTheThreshold(const TrainedModel& model, std::size_t wanted)
{
    const auto& engine = *model.engine;
    const auto batch = engine.scoreDataset(model.dataset);
    std::size_t checked = 0;
    for (std::size_t row = 0; row < batch.size() && checked < wanted; ++row) {
        if (batch[row] < engine.threshold())
            continue; // refused clients only
        const auto client = data::extractClient(model.dataset, row);
        const auto result = engine.counterfactuals(client);
        CAPTURE(row, batch[row], engine.threshold());
        if (result.suggestions.empty()) {
            CHECK(!result.statement.fr.empty()); // none within bounds: it says so
            continue;
        }
        ++checked;
        CHECK(result.suggestions.size() <= 3);
        for (const auto& suggestion : result.suggestions) {
            CAPTURE(suggestion.sentence.en);
            REQUIRE(!suggestion.changes.empty());
            const double rescored = engine.probability(applied(client, suggestion));
            CHECK(rescored < engine.threshold());
            CHECK(rescored == Approx(suggestion.probability).margin(1e-6));
            CHECK(!suggestion.sentence.fr.empty());
            CHECK(!suggestion.sentence.en.empty());
            for (const auto& change : suggestion.changes)
                CHECK(change.to < change.from); // only ever borrowing less or paying less
        }
    }
    CHECK(checked > 0);
}

inline void checkClientWithoutHistory(const TrainedModel& model)
{
    const auto full = data::extractClient(model.dataset, 0);

    // No related tables at all (a walk-in applicant entered by hand).
    data::HomeCreditDataset bare;
    bare.applications = full.applications;
    const auto withoutTables = model.engine->explain(bare);
    CHECK(withoutTables.probability > 0.0);
    CHECK(withoutTables.probability < 1.0);
    CHECK(withoutTables.adverseReasons.size() + withoutTables.favourableReasons.size() > 0);

    // Related tables present but empty ("known to have no history", the API's empty arrays).
    auto empty = full;
    const std::vector<std::size_t> none;
    for (auto* table :
         {&empty.bureau, &empty.bureauBalance, &empty.previousApplications, &empty.posCashBalance,
          &empty.installmentsPayments, &empty.creditCardBalance})
        if (*table)
            **table = (*table)->selectRows(none);
    const auto withEmptyTables = model.engine->explain(empty);
    CHECK(withEmptyTables.probability > 0.0);
    CHECK(withEmptyTables.probability < 1.0);
    CHECK(model.engine->probability(empty) == Approx(withEmptyTables.probability).margin(1e-6));
    CHECK_NOTHROW(model.engine->counterfactuals(empty));
    for (const auto& group : withEmptyTables.contributions) {
        CAPTURE(group.key);
        CHECK(!group.clientValue.fr.empty());
    }
}

} // namespace credit::explain::testing
