#include "model/Booster.h"

#include "TrainOnSynthetic.h"
#include "model/Metrics.h"
#include "model/XgbError.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

using namespace credit::model;

namespace {

Booster trainSmallModel(const credit::testing::SyntheticLogistic& data, int rounds)
{
    TrainingParameters parameters;
    parameters.eta = 0.1;
    parameters.maxDepth = 4;
    parameters.threads = 1;
    return credit::testing::trainOn(data, parameters, rounds);
}

} // namespace

TEST_CASE("XgbError carries XGBoost's own message and what we were doing", "[booster]")
{
    const std::vector<std::uint8_t> garbage = {'n', 'o', 't', ' ', 'a',  ' ',  'm',
                                               'o', 'd', 'e', 'l', 0x00, 0x13, 0x37};
    try {
        (void)Booster::fromBytes(garbage);
        FAIL("loading garbage bytes should throw");
    } catch (const XgbError& error) {
        CHECK(std::string(error.what()).find("XGBoosterLoadModelFromBuffer") == 0);
        CHECK_FALSE(error.xgboostMessage().empty());
        CHECK(std::string(error.what()).find(error.xgboostMessage()) != std::string::npos);
    }
    // XGBoost validates parameters lazily: a bad value surfaces at the first round.
    const auto data = credit::testing::makeSyntheticLogistic(50, 3, 1);
    DMatrix train(data.values);
    train.setLabels(data.labels);
    Booster booster({&train});
    booster.setParameter("max_depth", "not-a-number");
    CHECK_THROWS_WITH(booster.updateOneIter(0, train),
                      Catch::Contains("XGBoosterUpdateOneIter (round 0): "));
}

TEST_CASE("Booster trains, predicts probabilities and margins consistently", "[booster]")
{
    const auto data = credit::testing::makeSyntheticLogistic(1500, 20, 11);
    Booster booster = trainSmallModel(data, 40);
    CHECK(booster.boostedRounds() == 40);
    CHECK(booster.featureCount() == 20);

    DMatrix all(data.values);
    const auto probabilities = booster.predictProbability(all);
    const auto margins = booster.predictMargin(all);
    REQUIRE(probabilities.size() == 1500);
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        CHECK(probabilities[i] == Approx(1.0 / (1.0 + std::exp(-margins[i]))).margin(1e-6));
    }
    CHECK(rocAuc(data.labels, probabilities) > 0.75);

    // Fewer rounds give a different prediction (tree limit is honoured).
    CHECK(booster.predictProbability(all, 5)[0] != probabilities[0]);
}

TEST_CASE("SHAP contributions sum to the margin and have a bias column", "[booster]")
{
    const auto data = credit::testing::makeSyntheticLogistic(600, 20, 12);
    Booster booster = trainSmallModel(data, 30);
    DMatrix all(data.values);
    const auto contributions = booster.predictContributions(all);
    const auto margins = booster.predictMargin(all);
    REQUIRE(contributions.rows() == 600);
    REQUIRE(contributions.cols() == 21);
    const float bias = contributions(0, 20);
    for (Eigen::Index r = 0; r < contributions.rows(); ++r) {
        CHECK(contributions.row(r).cast<double>().sum() ==
              Approx(margins[static_cast<std::size_t>(r)]).margin(1e-4));
        CHECK(contributions(r, 20) == bias); // the bias is the same for every row
    }
    // Noise features get far less credit than the strongest signal feature.
    CHECK(contributions.col(0).cwiseAbs().mean() > 3 * contributions.col(19).cwiseAbs().mean());
}

TEST_CASE("In-place prediction agrees with DMatrix prediction", "[booster]")
{
    const auto data = credit::testing::makeSyntheticLogistic(300, 20, 13);
    Booster booster = trainSmallModel(data, 20);
    DMatrix all(data.values);
    const auto expected = booster.predictProbability(all);
    const auto margins = booster.predictMargin(all);
    booster.setThreads(1);
    for (Eigen::Index r = 0; r < 50; ++r) {
        const std::span<const float> row(data.values.row(r).data(), 20);
        CHECK(booster.predictProbabilityInPlace(row) == expected[static_cast<std::size_t>(r)]);
        CHECK(booster.predictMarginInPlace(row) == margins[static_cast<std::size_t>(r)]);
    }
    CHECK(booster.predictProbabilityInPlace(data.values) == expected);
}

TEST_CASE("Booster bytes round trip gives bit-identical predictions", "[booster]")
{
    const auto data = credit::testing::makeSyntheticLogistic(500, 20, 14);
    const Booster original = trainSmallModel(data, 25);
    const auto bytes = original.serialize();
    CHECK(bytes.size() > 100);
    const Booster restored = Booster::fromBytes(bytes);
    DMatrix all(data.values);
    CHECK(original.predictProbability(all) == restored.predictProbability(all));
    CHECK(restored.boostedRounds() == 25);

    Booster moved = Booster::fromBytes(bytes);
    Booster target = std::move(moved);
    CHECK(target.predictProbability(all) == original.predictProbability(all));
}

TEST_CASE("Training parameters round trip through JSON and reject bad types", "[booster]")
{
    TrainingParameters parameters;
    parameters.maxDepth = 5;
    parameters.extra.emplace_back("max_delta_step", "1");
    const auto restored = TrainingParameters::fromJson(parameters.toJson());
    CHECK(restored.maxDepth == 5);
    CHECK(restored.eta == parameters.eta);
    REQUIRE(restored.extra.size() == 1);
    CHECK(restored.extra[0].first == "max_delta_step");
    CHECK_THROWS_WITH(TrainingParameters::fromJson({{"eta", "fast"}}), Catch::Contains("eta"));

    Booster booster;
    booster.setParameters(nlohmann::json{{"max_depth", 3}, {"grow_policy", "lossguide"}});
    CHECK_THROWS_AS(booster.setParameters(nlohmann::json{{"nthread", "x"}}), std::invalid_argument);
}
