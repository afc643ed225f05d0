#include "model/PlattCalibration.h"

#include "model/Reliability.h"
#include "model/TreeShapExplainer.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <vector>

using namespace credit::model;

namespace {

// Margins whose true log-odds are slope x margin + intercept: labels drawn from that.
struct Sample {
    std::vector<double> margins;
    std::vector<float> labels;
};

Sample drawn(double slope, double intercept, std::size_t rows, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> margin(-1.0, 1.5);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Sample sample;
    for (std::size_t i = 0; i < rows; ++i) {
        const double m = margin(random);
        const double p = 1.0 / (1.0 + std::exp(-(slope * m + intercept)));
        sample.margins.push_back(m);
        sample.labels.push_back(uniform(random) < p ? 1.0f : 0.0f);
    }
    return sample;
}

} // namespace

TEST_CASE("Platt scaling recovers the slope and intercept the labels were drawn with",
          "[calibration]")
{
    const auto sample = drawn(0.6, -0.8, 40000, 7);
    const auto fitted = PlattCalibration::fit(sample.margins, sample.labels);
    CHECK(fitted.slope == Approx(0.6).margin(0.03));
    CHECK(fitted.intercept == Approx(-0.8).margin(0.05));

    // Already calibrated scores give (almost) the identity.
    const auto calibrated = drawn(1.0, 0.0, 40000, 8);
    const auto identity = PlattCalibration::fit(calibrated.margins, calibrated.labels);
    CHECK(identity.slope == Approx(1.0).margin(0.04));
    CHECK(identity.intercept == Approx(0.0).margin(0.05));
}

TEST_CASE("Platt scaling lowers the calibration error of miscalibrated scores", "[calibration]")
{
    const auto sample = drawn(0.5, 0.7, 20000, 11);
    std::vector<float> raw, calibrated;
    const auto fitted = PlattCalibration::fit(sample.margins, sample.labels);
    for (const double m : sample.margins) {
        raw.push_back(static_cast<float>(1.0 / (1.0 + std::exp(-m))));
        calibrated.push_back(static_cast<float>(fitted.probability(static_cast<float>(m))));
    }
    const double before = expectedCalibrationError(reliabilityBins(sample.labels, raw));
    const double after = expectedCalibrationError(reliabilityBins(sample.labels, calibrated));
    CHECK(before > 0.1);
    CHECK(after < 0.02);
}

TEST_CASE("Separable data still gives a finite calibration", "[calibration]")
{
    const std::vector<double> margins{-3, -2, -1, 1, 2, 3};
    const std::vector<float> labels{0, 0, 0, 1, 1, 1};
    const auto fitted = PlattCalibration::fit(margins, labels);
    CHECK(std::isfinite(fitted.slope));
    CHECK(std::isfinite(fitted.intercept));
    CHECK(fitted.slope > 0);
}

TEST_CASE("A calibration round trips through JSON and a reversing one is refused", "[calibration]")
{
    const PlattCalibration calibration{0.8, -0.25};
    const auto back = PlattCalibration::fromJson(calibration.toJson());
    CHECK(back.slope == calibration.slope);
    CHECK(back.intercept == calibration.intercept);
    CHECK_THROWS_WITH(
        PlattCalibration::fromJson({{"method", "platt"}, {"slope", -1.0}, {"intercept", 0}}),
        Catch::Contains("reverse"));
    CHECK_THROWS_WITH(PlattCalibration::fromJson({{"method", "isotonic"}}),
                      Catch::Contains("platt"));
    CHECK_THROWS_WITH(
        PlattCalibration::fromJson({{"method", "platt"}, {"slope", "1"}, {"intercept", 0}}),
        Catch::Contains("slope"));
    CHECK_THROWS_AS(PlattCalibration::fit(std::vector<double>{1, 2}, std::vector<float>{1, 1}),
                    std::invalid_argument);
}

TEST_CASE("The identity keeps XGBoost's own float logistic bit for bit", "[calibration]")
{
    // A bundle without calibration must score exactly as before: XGBoost's float logistic, not a
    // double one that differs in the last bits.
    const PlattCalibration identity;
    for (const float margin : {-7.5f, -0.3f, 0.0f, 0.42f, 3.1f})
        CHECK(identity.probability(margin) == TreeShapExplainer::probabilityOf(margin));
    const PlattCalibration scaled{2.0, 1.0};
    CHECK(scaled.probability(0.5f) == Approx(1.0 / (1.0 + std::exp(-2.0))));
    CHECK(scaled.probabilityAt(0.5) == scaled.probability(0.5f));
    CHECK(PlattCalibration{1.0607, -0.17}.formula() ==
          "calibrated log-odds = 1.0607 x margin - 0.1700");
}

TEST_CASE("Reliability bins count every probability once and say what each band meant",
          "[calibration]")
{
    const std::vector<float> labels{0, 1, 0, 1, 1, 0};
    const std::vector<float> probabilities{0.05f, 0.08f, 0.55f, 0.58f, 1.0f, 0.99f};
    const auto bins = reliabilityBins(labels, probabilities, 10);
    REQUIRE(bins.size() == 10);
    CHECK(bins[0].count == 2);
    CHECK(bins[0].observedRate == Approx(0.5));
    CHECK(bins[0].meanPredicted == Approx(0.065));
    CHECK(bins[5].count == 2);
    CHECK(bins[9].count == 2); // 1.0 lands in the last, closed bin
    CHECK(bins[3].count == 0);
    CHECK(std::isnan(bins[3].meanPredicted));
    // |0.5-0.065|*2 + |0.5-0.565|*2 + |0.5-0.995|*2 over 6
    CHECK(expectedCalibrationError(bins) == Approx((0.435 + 0.065 + 0.495) / 3.0));
    CHECK(toJson(bins)[3].contains("mean_predicted") == false);
}
