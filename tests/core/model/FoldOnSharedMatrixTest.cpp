#include "model/FoldOnSharedMatrix.h"

#include "model/DMatrix.h"
#include "model/StratifiedKFold.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <set>

using namespace credit::model;

namespace {

// Integer-valued features (0..9) with a label that depends on two of them: every level occurs
// among any fold's training rows, so the histogram bins of the shared matrix and of a copy of
// the training rows are the same, and the two trainings must grow the same trees.
struct SmallData {
    credit::features::FeatureValues values;
    std::vector<float> labels;
};

SmallData smallData(std::size_t rows)
{
    std::mt19937 engine(7);
    std::uniform_int_distribution<int> level(0, 9);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    SmallData data;
    data.values.resize(static_cast<Eigen::Index>(rows), 4);
    for (std::size_t row = 0; row < rows; ++row) {
        for (Eigen::Index column = 0; column < 4; ++column)
            data.values(static_cast<Eigen::Index>(row), column) = static_cast<float>(level(engine));
        const double margin = 0.6 * data.values(static_cast<Eigen::Index>(row), 0) -
                              0.4 * data.values(static_cast<Eigen::Index>(row), 1) - 1.0;
        data.labels.push_back(uniform(engine) < 1.0 / (1.0 + std::exp(-margin)) ? 1.0f : 0.0f);
    }
    // A missing value, as the feature matrix has them.
    data.values(3, 2) = std::numeric_limits<float>::quiet_NaN();
    return data;
}

TrainingParameters exactParameters()
{
    TrainingParameters parameters;
    parameters.subsample = 1.0; // no row sampling: draws over all rows would differ
    parameters.colsampleByTree = 1.0;
    parameters.minChildWeight = 1.0;
    parameters.maxDepth = 3;
    parameters.threads = 1;
    return parameters;
}

std::vector<float> labelsAt(const std::vector<float>& labels, const std::vector<std::size_t>& rows)
{
    std::vector<float> out;
    for (const std::size_t row : rows)
        out.push_back(labels[row]);
    return out;
}

} // namespace

TEST_CASE("A fold's row weights are zero exactly on the rows outside it")
{
    const std::vector<float> labels{1, 0, 0, 1, 0, 1, 0, 0};
    const auto folds = stratifiedKFold(labels, 2, 3);
    for (const Fold& fold : folds) {
        const auto weights = foldRowWeights(labels.size(), fold.trainRows, labels, 2.5);
        const std::set<std::size_t> train(fold.trainRows.begin(), fold.trainRows.end());
        const std::set<std::size_t> validation(fold.validationRows.begin(),
                                               fold.validationRows.end());
        // The fold's two row sets split the shared matrix: disjoint, together every row.
        CHECK(train.size() + validation.size() == labels.size());
        for (std::size_t row = 0; row < labels.size(); ++row) {
            CHECK(train.count(row) + validation.count(row) == 1);
            if (validation.count(row) == 1)
                CHECK(weights[row] == 0.0f);
            else
                CHECK(weights[row] == (labels[row] == 1.0f ? 2.5f : 1.0f));
        }
    }
    CHECK_THROWS_AS(
        foldRowWeights(3, std::vector<std::size_t>{5}, std::vector<float>{0, 1, 0}, 1.0),
        std::out_of_range);
}

TEST_CASE("Training a fold on the shared matrix grows the trees a copy of its rows grows")
{
    const SmallData data = smallData(400);
    const auto folds = stratifiedKFold(data.labels, 4, 11);
    const Fold& fold = folds[1];
    const auto trainLabels = labelsAt(data.labels, fold.trainRows);
    const TrainingParameters parameters = withBaseScore(exactParameters(), trainLabels);

    const DMatrix shared(data.values);
    FoldOnSharedMatrix onShared(shared, data.labels, fold.trainRows, fold.validationRows,
                                parameters);

    DMatrix copy(selectRows(data.values, fold.trainRows));
    copy.setLabels(trainLabels);
    Booster onCopy({&copy});
    onCopy.setParameters(parameters);

    std::vector<double> curve;
    for (int round = 0; round < 15; ++round) {
        curve.push_back(onShared.boostRound());
        onCopy.updateOneIter(round, copy);
    }
    CHECK(onShared.rounds() == 15);
    const DMatrix validation(selectRows(data.values, fold.validationRows));
    const auto expected = onCopy.predictProbability(validation);
    const auto actual = onShared.booster().predictProbability(validation);
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        CHECK(actual[i] == Approx(expected[i]).margin(1e-5));
    // The curve is the validation rows' AUC, and learning shows in it.
    for (const double auc : curve)
        CHECK((auc >= 0.0 && auc <= 1.0));
    CHECK(curve.back() > 0.7);
}

TEST_CASE("A quantised shared matrix trains the same folds as a plain one")
{
    const SmallData data = smallData(300);
    const auto folds = stratifiedKFold(data.labels, 3, 5);
    TrainingParameters parameters = exactParameters();
    parameters.subsample = 0.8; // sampling draws over the same rows on both matrices
    // The two boosters take turns on one thread: each reseeds XGBoost's sampling engine per
    // round, or they would share its draws.
    parameters.extra.emplace_back("seed_per_iteration", "1");
    const DMatrix plain(data.values);
    const DMatrix quantised = DMatrix::quantised(data.values, parameters.maxBin, 1);
    CHECK(quantised.rows() == 300);
    CHECK(quantised.columns() == 4);
    prepareSharedMatrix(plain, parameters);
    for (const Fold& fold : folds) {
        const auto resolved = withBaseScore(parameters, labelsAt(data.labels, fold.trainRows));
        FoldOnSharedMatrix a(plain, data.labels, fold.trainRows, fold.validationRows, resolved);
        FoldOnSharedMatrix b(quantised, data.labels, fold.trainRows, fold.validationRows, resolved);
        for (int round = 0; round < 10; ++round)
            CHECK(a.boostRound() == b.boostRound());
        const DMatrix validation(selectRows(data.values, fold.validationRows));
        CHECK(a.booster().predictMargin(validation) == b.booster().predictMargin(validation));
    }
}

TEST_CASE("A fold's validation predictions from the quantised shared matrix equal those from its "
          "rows' values")
{
    // Continuous values with missing ones: most values fall strictly inside a bin, so a
    // prediction from the bins is right only if the bins send each row the way its value does.
    std::mt19937 engine(3);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const std::size_t rows = 600;
    credit::features::FeatureValues values(static_cast<Eigen::Index>(rows), 5);
    std::vector<float> labels;
    for (std::size_t row = 0; row < rows; ++row) {
        for (Eigen::Index column = 0; column < 5; ++column)
            values(static_cast<Eigen::Index>(row), column) =
                uniform(engine) < 0.1 ? std::numeric_limits<float>::quiet_NaN() : normal(engine);
        const float x0 = values(static_cast<Eigen::Index>(row), 0);
        const float x1 = values(static_cast<Eigen::Index>(row), 1);
        const double margin = (std::isnan(x0) ? 0.0 : 1.2 * x0) - (std::isnan(x1) ? 0.5 : 0.8 * x1);
        labels.push_back(uniform(engine) < 1.0 / (1.0 + std::exp(-margin)) ? 1.0f : 0.0f);
    }
    TrainingParameters parameters = exactParameters();
    parameters.maxBin = 16; // few bins: many values per bin, far from every boundary
    const DMatrix quantised = DMatrix::quantised(values, parameters.maxBin, 1);
    const auto folds = stratifiedKFold(labels, 3, 9);
    for (const Fold& fold : folds) {
        FoldOnSharedMatrix training(quantised, labels, fold.trainRows, fold.validationRows,
                                    withBaseScore(parameters, labelsAt(labels, fold.trainRows)));
        for (int round = 0; round < 12; ++round)
            training.boostRound();
        const DMatrix validation(selectRows(values, fold.validationRows));
        for (const int rounds : {1, 7, 12}) {
            const auto fromRows = training.booster().predictMargin(validation, rounds);
            const auto fromShared = training.predictValidation(rounds, true);
            REQUIRE(fromShared.size() == fold.validationRows.size());
            for (std::size_t i = 0; i < fromRows.size(); ++i)
                CHECK(fromShared[i] == Approx(fromRows[i]).margin(1e-5));
            const auto probabilities = training.predictValidation(rounds, false);
            CHECK(probabilities[0] ==
                  Approx(1.0 / (1.0 + std::exp(-static_cast<double>(fromRows[0])))).margin(1e-5));
        }
        CHECK_THROWS_AS(training.predictValidation(13, true), std::invalid_argument);
        CHECK_THROWS_AS(training.predictValidation(0, true), std::invalid_argument);
    }
}
