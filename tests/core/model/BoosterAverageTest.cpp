#include "model/BoosterAverage.h"

#include "TrainOnSynthetic.h"
#include "model/TreeShapExplainer.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <stdexcept>
#include <vector>

using namespace credit::model;

namespace {

Booster trainMember(const credit::testing::SyntheticLogistic& data, unsigned seed, int rounds,
                    double baseScore = 0.12)
{
    TrainingParameters parameters;
    parameters.eta = 0.2;
    parameters.maxDepth = 3;
    parameters.subsample = 0.7;
    parameters.colsampleByTree = 0.5;
    parameters.baseScore = baseScore;
    parameters.threads = 1;
    parameters.seed = seed;
    return credit::testing::trainOn(data, parameters, rounds);
}

} // namespace

TEST_CASE("A merged bag's margin is the mean of its members' margins", "[bagging]")
{
    const auto data = credit::testing::makeSyntheticLogistic(600, 10, 5);
    std::vector<Booster> members;
    for (unsigned seed = 1; seed <= 3; ++seed)
        members.push_back(trainMember(data, seed, 20));
    const DMatrix all(data.values);
    std::vector<std::vector<float>> memberMargins;
    std::vector<std::vector<float>> memberMarginsAt5;
    for (const auto& member : members) {
        memberMargins.push_back(member.predictMargin(all));
        memberMarginsAt5.push_back(member.predictMargin(all, 5));
    }
    // Different seeds draw different rows and columns: the members really differ.
    REQUIRE(memberMargins[0] != memberMargins[1]);

    const Booster merged = averageBoosters(members);
    CHECK(merged.boostedRounds() == 20); // one round = one tree of each member
    CHECK(merged.featureCount() == 10);
    const auto margins = merged.predictMargin(all);
    const auto marginsAt5 = merged.predictMargin(all, 5);
    const auto probabilities = merged.predictProbability(all);
    const TreeShapExplainer explainer(merged);
    std::vector<float> contributions(11);
    for (std::size_t row = 0; row < margins.size(); ++row) {
        CAPTURE(row);
        const double mean =
            (memberMargins[0][row] + memberMargins[1][row] + memberMargins[2][row]) / 3.0;
        CHECK(margins[row] == Approx(mean).margin(1e-5));
        const double meanAt5 =
            (memberMarginsAt5[0][row] + memberMarginsAt5[1][row] + memberMarginsAt5[2][row]) / 3.0;
        CHECK(marginsAt5[row] == Approx(meanAt5).margin(1e-5));
        CHECK(probabilities[row] == Approx(1.0 / (1.0 + std::exp(-mean))).margin(1e-6));
        // Exact TreeSHAP of the merged model: additive in log-odds up to its margin.
        explainer.contributions({data.values.row(static_cast<Eigen::Index>(row)).data(), 10},
                                contributions);
        double sum = 0.0;
        for (const float value : contributions)
            sum += value;
        CHECK(sum == Approx(margins[row]).margin(1e-4));
    }
    // The bundle stores the merged booster as bytes: it must survive the round trip.
    const Booster reloaded = Booster::fromBytes(merged.serialize());
    CHECK(reloaded.predictMargin(all) == margins);
    CHECK(reloaded.boostedRounds() == 20);
}

TEST_CASE("Boosters that cannot be averaged are refused with the reason", "[bagging]")
{
    const auto data = credit::testing::makeSyntheticLogistic(300, 6, 9);
    CHECK_THROWS_AS(averageBoosters({}), std::invalid_argument);
    std::vector<Booster> differentRounds;
    differentRounds.push_back(trainMember(data, 1, 10));
    differentRounds.push_back(trainMember(data, 2, 12));
    CHECK_THROWS_WITH(averageBoosters(differentRounds), Catch::Contains("num_trees"));
    std::vector<Booster> differentBase;
    differentBase.push_back(trainMember(data, 1, 10, 0.12));
    differentBase.push_back(trainMember(data, 2, 10, 0.3));
    CHECK_THROWS_WITH(averageBoosters(differentBase), Catch::Contains("base_score"));
}
