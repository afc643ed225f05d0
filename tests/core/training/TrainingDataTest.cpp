// prepareTrainingData releases the related tables once their aggregates are in the matrix (the
// full-size run's memory depends on it). Releasing them must change nothing the model is trained
// on: the matrix is the one a fresh load of the folder gives with the same spec, bit for bit.
#include "training/TrainingData.h"

#include "data/HomeCreditDataset.h"
#include "features/FeaturePipeline.h"
#include "synth/PortfolioGenerator.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <unistd.h>

using namespace credit;

TEST_CASE("Releasing the related tables after the features leaves the training matrix unchanged")
{
    const auto folder = std::filesystem::temp_directory_path() /
                        ("credit-training-data-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    synth::PortfolioOptions portfolio;
    portfolio.applicants = 800;
    portfolio.testShare = 0.0;
    synth::generatePortfolio(folder / "data", portfolio);

    const auto prepared = training::prepareTrainingData(
        folder / "data", features::FeaturePolicy{}, features::FeatureFamilySelection::all(), {});
    // Released: only the applicants stay (fairness and the reference statistics read them).
    CHECK_FALSE(prepared.dataset.bureau);
    CHECK_FALSE(prepared.dataset.bureauBalance);
    CHECK_FALSE(prepared.dataset.previousApplications);
    CHECK_FALSE(prepared.dataset.posCashBalance);
    CHECK_FALSE(prepared.dataset.installmentsPayments);
    CHECK_FALSE(prepared.dataset.creditCardBalance);
    CHECK(prepared.dataset.applications.rowCount() == 800);

    // Every table of the folder again, transformed with the same spec.
    const auto dataset = data::HomeCreditDataset::load(folder / "data");
    REQUIRE(dataset.bureau);
    REQUIRE(dataset.installmentsPayments);
    const auto fresh = features::FeaturePipeline::transform(dataset, prepared.spec);
    REQUIRE(fresh.featureNames == prepared.matrix.featureNames);
    REQUIRE(fresh.clientIds == prepared.matrix.clientIds);
    REQUIRE(fresh.rows() == prepared.matrix.rows());
    REQUIRE(fresh.columns() == prepared.matrix.columns());
    std::size_t differing = 0;
    std::size_t related = 0; // cells of the related tables' aggregates, known for some client
    for (Eigen::Index row = 0; row < fresh.values.rows(); ++row)
        for (Eigen::Index column = 0; column < fresh.values.cols(); ++column) {
            const float a = fresh.values(row, column);
            const float b = prepared.matrix.values(row, column);
            if (!(a == b || (std::isnan(a) && std::isnan(b))))
                ++differing;
            const auto& name = fresh.featureNames[static_cast<std::size_t>(column)];
            if ((name.rfind("BURO_", 0) == 0 || name.rfind("INSTAL_", 0) == 0) && !std::isnan(b))
                ++related;
        }
    CHECK(differing == 0);
    CHECK(related > 0); // the related tables' aggregates really are in the matrix
    std::filesystem::remove_all(folder);
}
