#include "model/TreeShapExplainer.h"

#include "TrainOnSynthetic.h"
#include "model/Booster.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

using namespace credit::model;

namespace {

Booster train(const credit::testing::SyntheticLogistic& data, int depth, int rounds,
              double baseScore = 0.0)
{
    TrainingParameters parameters;
    parameters.eta = 0.2;
    parameters.maxDepth = depth;
    parameters.minChildWeight = 1.0;
    parameters.colsampleByTree = 0.7;
    parameters.baseScore = baseScore;
    parameters.threads = 1;
    return credit::testing::trainOn(data, parameters, rounds);
}

// Our TreeSHAP, both ways, against XGBoost's predictContributions on every row of `data`.
void checkAgainstXgboost(const Booster& booster, const credit::testing::SyntheticLogistic& data)
{
    for (const auto method :
         {TreeShapExplainer::Method::Fastest, TreeShapExplainer::Method::Recursive}) {
        const TreeShapExplainer explainer(booster, method);
        // These models are small enough for the tables: Fastest must use them.
        REQUIRE(explainer.usesLeafTables() == (method == TreeShapExplainer::Method::Fastest));
        const auto columns = static_cast<std::size_t>(data.values.cols());
        REQUIRE(explainer.featureCount() == columns);
        const auto expected = booster.predictContributions(DMatrix(data.values));
        const auto margins = booster.predictMargin(DMatrix(data.values));
        std::vector<float> ours(columns + 1);
        double largestDifference = 0.0;
        for (Eigen::Index r = 0; r < data.values.rows(); ++r) {
            explainer.contributions({data.values.row(r).data(), columns}, ours);
            double sum = 0.0;
            for (std::size_t c = 0; c <= columns; ++c) {
                const double difference =
                    std::fabs(ours[c] - expected(r, static_cast<Eigen::Index>(c)));
                largestDifference = std::max(largestDifference, difference);
                sum += ours[c];
            }
            CAPTURE(r);
            CHECK(sum == Approx(margins[static_cast<std::size_t>(r)]).margin(1e-4));
        }
        // Float rounding only: the same algorithm over the same covers.
        CHECK(largestDifference < 2e-5);
    }
}

} // namespace

TEST_CASE("TreeSHAP gives XGBoost's exact contributions, missing values included", "[treeshap]")
{
    const auto data = credit::testing::makeSyntheticLogistic(400, 12, 21);
    SECTION("shallow trees")
    {
        checkAgainstXgboost(train(data, 2, 25), data);
    }
    SECTION("deep trees, features split on twice along a path")
    {
        checkAgainstXgboost(train(data, 7, 40), data);
    }
    SECTION("a base score far from 0.5")
    {
        checkAgainstXgboost(train(data, 4, 30, 0.08), data);
    }
}

TEST_CASE("tree prediction is bit-identical to XGBoost's margin and probability", "[treeshap]")
{
    const auto data = credit::testing::makeSyntheticLogistic(2000, 15, 33);
    for (const int depth : {2, 4, 7}) {
        CAPTURE(depth);
        const auto booster = train(data, depth, 60, depth == 4 ? 0.08 : 0.0);
        const TreeShapExplainer trees(booster);
        const auto margins = booster.predictMargin(DMatrix(data.values));
        const auto probabilities = booster.predictProbability(DMatrix(data.values));
        std::size_t differing = 0;
        for (Eigen::Index r = 0; r < data.values.rows(); ++r) {
            const std::span<const float> row(data.values.row(r).data(), 15);
            const float margin = trees.margin(row);
            const auto i = static_cast<std::size_t>(r);
            differing +=
                margin != margins[i] ||
                TreeShapExplainer::probabilityOf(margin) != probabilities[i] ||
                margin != booster.predictMarginInPlace(row) ||
                TreeShapExplainer::probabilityOf(margin) != booster.predictProbabilityInPlace(row);
        }
        CHECK(differing == 0);
    }
}

TEST_CASE("TreeSHAP bias is the model's expected margin, the same for every row", "[treeshap]")
{
    const auto data = credit::testing::makeSyntheticLogistic(300, 8, 5);
    const auto booster = train(data, 4, 20);
    const TreeShapExplainer explainer(booster);
    std::vector<float> first(9);
    std::vector<float> other(9);
    explainer.contributions({data.values.row(0).data(), 8}, first);
    explainer.contributions({data.values.row(1).data(), 8}, other);
    CHECK(first[8] == other[8]);
    CHECK(first != other);
}

TEST_CASE("TreeSHAP refuses what it cannot explain, saying why", "[treeshap]")
{
    const auto data = credit::testing::makeSyntheticLogistic(200, 6, 9);
    DMatrix matrix(data.values);
    matrix.setLabels(data.labels);
    Booster linear({&matrix});
    linear.setParameter("booster", "gblinear");
    linear.setParameter("objective", "binary:logistic");
    linear.updateOneIter(0, matrix);
    try {
        TreeShapExplainer explainer(linear);
        FAIL("a gblinear model was accepted");
    } catch (const std::invalid_argument& error) {
        CHECK(std::string(error.what()).find("gblinear") != std::string::npos);
    }

    const TreeShapExplainer explainer(train(data, 3, 5));
    std::vector<float> out(7);
    std::vector<float> tooShort(5);
    CHECK_THROWS_AS(explainer.contributions(tooShort, out), std::invalid_argument);
}

TEST_CASE("TreeSHAP refuses a forged tree whose children loop or point outside it", "[treeshap]")
{
    const auto data = credit::testing::makeSyntheticLogistic(200, 6, 9);
    const auto original = train(data, 3, 2).modelJson();
    // Each edit keeps a model XGBoost loads, but whose trees are not trees.
    auto forged = [&](const std::function<void(nlohmann::json & tree)>& edit) {
        auto model = original;
        edit(model.at("learner").at("gradient_booster").at("model").at("trees").at(0));
        const std::string text = model.dump();
        return Booster::fromBytes(std::span<const std::uint8_t>(
            reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
    };
    auto refusal = [](const Booster& booster) -> std::string {
        try {
            const TreeShapExplainer explainer(booster);
        } catch (const std::invalid_argument& error) {
            return error.what();
        }
        return "accepted";
    };
    // XGBoost itself may refuse some of these; what matters is that nothing is accepted.
    auto refusedSomewhere = [&](const std::function<void(nlohmann::json&)>& edit,
                                const std::string& reason) {
        try {
            const auto booster = forged(edit);
            const auto why = refusal(booster);
            INFO(why);
            CHECK(why.find(reason) != std::string::npos);
        } catch (const std::exception& xgboostRefusal) {
            SUCCEED(xgboostRefusal.what());
        }
    };
    refusedSomewhere([](nlohmann::json& tree) { tree["left_children"][0] = 0; }, "reached twice");
    refusedSomewhere([](nlohmann::json& tree) { tree["right_children"][0] = 1000; },
                     "is not one of its");
    refusedSomewhere(
        [](nlohmann::json& tree) { tree["right_children"][0] = tree["left_children"][0]; },
        "reached twice");
}
