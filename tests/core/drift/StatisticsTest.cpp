// The drift statistics against values computed by hand (arithmetic in the comments) or by
// SciPy 1.10 (scipy.stats.chi2.sf, scipy.special.gammaincc), quoted to the digits shown.
#include "drift/ChiSquareTest.h"
#include "drift/IncompleteGamma.h"
#include "drift/KolmogorovSmirnov.h"
#include "drift/PopulationStabilityIndex.h"
#include "drift/QuantileBinning.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

using namespace credit::drift;

TEST_CASE("PSI of two bin-share vectors matches the hand computation")
{
    // (0.25 - 0.5) ln(0.25 / 0.5) + (0.75 - 0.5) ln(0.75 / 0.5)
    // = (-0.25)(-0.693147) + (0.25)(0.405465) = 0.173287 + 0.101366 = 0.274653
    const std::vector<double> reference{0.5, 0.5};
    const std::vector<double> current{0.25, 0.75};
    CHECK(populationStabilityIndex(reference, current) == Approx(0.274653).epsilon(1e-5));
    CHECK(populationStabilityIndex(reference, reference) == 0.0);
    // PSI is symmetric in its two arguments.
    CHECK(populationStabilityIndex(current, reference) == Approx(0.274653).epsilon(1e-5));
}

TEST_CASE("PSI gives an empty bin the epsilon share instead of an infinite term")
{
    // Reference {0.5, 0.5}, current {1.0, 0.0}: bin 2 is empty in the current sample, so its
    // share becomes 1e-4.
    //   (1.0 - 0.5) ln(1.0 / 0.5)       = 0.5 x 0.693147        = 0.346574
    //   (1e-4 - 0.5) ln(1e-4 / 0.5)     = (-0.4999)(-8.517193)  = 4.257745
    //   total                                                     = 4.604319
    const std::vector<double> reference{0.5, 0.5};
    const std::vector<double> current{1.0, 0.0};
    CHECK(populationStabilityIndex(reference, current) == Approx(4.604319).epsilon(1e-5));
    // Bins empty on both sides add nothing.
    CHECK(populationStabilityIndex(std::vector<double>{0.5, 0.5, 0.0},
                                   std::vector<double>{0.5, 0.5, 0.0}) == 0.0);
    CHECK_THROWS_AS(populationStabilityIndex(reference, std::vector<double>{1.0}),
                    std::invalid_argument);
}

TEST_CASE("nearest-rank quantiles are observed values")
{
    const std::vector<double> sorted{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    CHECK(nearestRankQuantile(sorted, 0.0) == 1.0);
    CHECK(nearestRankQuantile(sorted, 0.1) == 1.0);  // ceil(0.1 x 10) - 1 = index 0
    CHECK(nearestRankQuantile(sorted, 0.3) == 3.0);  // ceil(3) - 1 = index 2 (no float slip)
    CHECK(nearestRankQuantile(sorted, 0.35) == 4.0); // ceil(3.5) - 1 = index 3
    CHECK(nearestRankQuantile(sorted, 1.0) == 10.0);
    CHECK_THROWS(nearestRankQuantile(std::vector<double>{}, 0.5));
}

TEST_CASE("PSI bins are reference deciles, or one bin per value for few distinct values")
{
    std::vector<double> oneToTwenty;
    for (int i = 1; i <= 20; ++i)
        oneToTwenty.push_back(i);
    // Decile k is sorted[ceil(2k) - 1] = value 2k: edges 2, 4, ..., 18, two values per bin.
    CHECK(quantileCutPoints(oneToTwenty) == std::vector<double>{2, 4, 6, 8, 10, 12, 14, 16, 18});

    // A flag with 95 % ones: still split 0 | 1 (the deciles would all be 1).
    std::vector<double> flag(95, 1.0);
    flag.insert(flag.begin(), 5, 0.0);
    CHECK(quantileCutPoints(flag) == std::vector<double>{0.0});
    // A constant column has a single bin.
    CHECK(quantileCutPoints(std::vector<double>(10, 3.0)).empty());

    const std::vector<double> cuts{1.0, 2.0, 3.0};
    CHECK(binIndex(cuts, 0.5) == 0);
    CHECK(binIndex(cuts, 1.0) == 0); // upper edges are inclusive
    CHECK(binIndex(cuts, 1.5) == 1);
    CHECK(binIndex(cuts, 3.0) == 2);
    CHECK(binIndex(cuts, 9.0) == 3);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(countPerBin(cuts, std::vector<double>{1, 1, 2, nan}) ==
          std::vector<double>{2, 1, 0, 0, 1});
}

TEST_CASE("two-sample KS statistic and p-value match the hand computation")
{
    // Reference {1,2,3,4}, current {3,4,5,6}. CDFs after each distinct value:
    //   x:    1    2    3    4    5    6
    //   ref: .25  .50  .75  1    1    1
    //   cur:  0    0   .25  .50  .75  1
    //   gap: .25  .50  .50  .50  .25  0     -> D = 0.5
    // n_e = 4 x 4 / 8 = 2; lambda = (sqrt 2 + 0.12 + 0.11 / sqrt 2) x 0.5 = 0.805998
    // Q_KS(lambda) = 2 (e^{-2 l^2} - e^{-8 l^2} + e^{-18 l^2} ...) = 0.534416
    const std::vector<double> reference{1, 2, 3, 4};
    const std::vector<double> current{3, 4, 5, 6};
    const auto result = kolmogorovSmirnov(reference, current);
    CHECK(result.statistic == Approx(0.5));
    CHECK(result.pValue == Approx(0.534416).epsilon(1e-5));

    const auto same = kolmogorovSmirnov(reference, reference);
    CHECK(same.statistic == 0.0);
    CHECK(same.pValue == 1.0);

    // Ties across samples are stepped over together: {0,0,1} vs {0,1,1} -> D = |2/3 - 1/3|.
    CHECK(kolmogorovSmirnov(std::vector<double>{0, 0, 1}, std::vector<double>{0, 1, 1}).statistic ==
          Approx(1.0 / 3.0));
    CHECK(kolmogorovSmirnov(std::vector<double>{}, current).pValue == 1.0);
}

TEST_CASE("Kolmogorov's distribution matches its tabulated critical values")
{
    CHECK(kolmogorovComplement(1.2238) == Approx(0.10).epsilon(1e-3));
    CHECK(kolmogorovComplement(1.3581) == Approx(0.05).epsilon(1e-3));
    CHECK(kolmogorovComplement(1.6276) == Approx(0.01).epsilon(1e-3));
    CHECK(kolmogorovComplement(0.1) == 1.0);
    CHECK(kolmogorovComplement(5.0) < 1e-20);
}

TEST_CASE("KS from percentiles approximates the exact statistic")
{
    std::vector<double> reference;
    std::vector<double> current;
    for (int i = 0; i < 1000; ++i) {
        reference.push_back(i);
        current.push_back(i + 150); // shifted by 15 % of the range: D = 0.15
    }
    const auto exact = kolmogorovSmirnov(reference, current);
    const auto approximate =
        kolmogorovSmirnovFromPercentiles(percentilesOf(reference), 1000, current);
    CHECK(exact.statistic == Approx(0.15));
    CHECK(approximate.statistic == Approx(exact.statistic).margin(0.011));
}

TEST_CASE("regularized incomplete gamma matches SciPy")
{
    CHECK(regularizedGammaQ(3.5, 1.2) == Approx(0.9344370795779711).epsilon(1e-10));
    CHECK(regularizedGammaP(3.5, 6.0) == Approx(0.8994411314916412).epsilon(1e-10));
    // P(1, x) = 1 - e^{-x}
    CHECK(regularizedGammaP(1.0, 2.0) == Approx(1.0 - std::exp(-2.0)).epsilon(1e-12));
    CHECK(regularizedGammaP(2.0, 0.0) == 0.0);
    CHECK(regularizedGammaQ(2.0, 0.0) == 1.0);
    CHECK_THROWS_AS(regularizedGammaQ(0.0, 1.0), std::domain_error);
    CHECK_THROWS_AS(regularizedGammaQ(1.0, -1.0), std::domain_error);
}

TEST_CASE("chi-square p-values match the textbook critical values")
{
    CHECK(chiSquarePValue(3.841459, 1) == Approx(0.05).epsilon(1e-6));
    CHECK(chiSquarePValue(3.84, 1) == Approx(0.05).epsilon(1e-3));
    CHECK(chiSquarePValue(5.991465, 2) == Approx(0.05).epsilon(1e-6));
    CHECK(chiSquarePValue(2.0, 2) == Approx(std::exp(-1.0)).epsilon(1e-12)); // dof 2: p = e^{-x/2}
    CHECK(chiSquarePValue(18.307038, 10) == Approx(0.05).epsilon(1e-6));
    CHECK(chiSquarePValue(0.5, 1) == Approx(0.4795001221869535).epsilon(1e-9));
    CHECK(chiSquarePValue(120.0, 100) == Approx(0.08440668109369177).epsilon(1e-9));
    CHECK(chiSquarePValue(80.0, 100) == Approx(0.9296649333406051).epsilon(1e-9));
    CHECK(chiSquarePValue(0.0, 3) == 1.0);
}

TEST_CASE("chi-square homogeneity test matches the hand computation")
{
    // Reference {30, 10}, current {20, 20}: row totals 40/40, column totals 50/30, N = 80.
    // Expected in both rows: 40 x 50 / 80 = 25 and 40 x 30 / 80 = 15.
    // chi2 = 5^2/25 + 5^2/15 + 5^2/25 + 5^2/15 = 1 + 1.6667 + 1 + 1.6667 = 5.3333, dof = 1
    // p = Q(0.5, 2.6667) = erfc(sqrt(2.6667)) = 0.020921
    const auto result =
        chiSquareHomogeneity(std::vector<double>{30, 10}, std::vector<double>{20, 20});
    CHECK(result.statistic == Approx(16.0 / 3.0));
    CHECK(result.degreesOfFreedom == 1);
    CHECK(result.pValue == Approx(0.020921).epsilon(1e-4));

    // A category empty on both sides does not count towards the degrees of freedom.
    const auto withEmpty =
        chiSquareHomogeneity(std::vector<double>{30, 0, 10}, std::vector<double>{20, 0, 20});
    CHECK(withEmpty.degreesOfFreedom == 1);
    CHECK(withEmpty.statistic == Approx(16.0 / 3.0));

    const auto identical =
        chiSquareHomogeneity(std::vector<double>{5, 7, 9}, std::vector<double>{5, 7, 9});
    CHECK(identical.statistic == 0.0);
    CHECK(identical.pValue == Approx(1.0));
    CHECK(chiSquareHomogeneity(std::vector<double>{5}, std::vector<double>{7}).degreesOfFreedom ==
          0);
    CHECK_THROWS_AS(chiSquareHomogeneity(std::vector<double>{1, 2}, std::vector<double>{1}),
                    std::invalid_argument);
}
