// Numbers are written like the pandas export of the real files, and the random streams are
// fixed by the seed and the applicant index alone.
#include "synth/CsvText.h"
#include "synth/Random.h"
#include "synth/TableRow.h"

#include <catch2/catch.hpp>

using namespace credit::synth;

namespace {
std::string written(double value, NumberFormat format, int decimals)
{
    std::string out;
    appendNumber(out, value, format, decimals);
    return out;
}
} // namespace

TEST_CASE("numbers are written like the Kaggle export")
{
    CHECK(written(2.0, NumberFormat::FloatWithPoint, 0) == "2.0");
    CHECK(written(-3648.0, NumberFormat::FloatWithPoint, 0) == "-3648.0");
    CHECK(written(24700.5, NumberFormat::FloatWithPoint, 1) == "24700.5");
    CHECK(written(24700.54, NumberFormat::FloatWithPoint, 1) == "24700.5");
    CHECK(written(0.018801, NumberFormat::FloatWithPoint, -1) == "0.018801");
    CHECK(written(-9461.4, NumberFormat::Integer, 0) == "-9461");
    CHECK(written(-0.2, NumberFormat::FloatWithPoint, 0) == "0.0");
    CHECK(written(kMissing, NumberFormat::FloatWithPoint, 2).empty());
}

TEST_CASE("categories holding a comma are quoted")
{
    std::string out;
    appendText(out, "Spouse, partner");
    CHECK(out == "\"Spouse, partner\"");
    out.clear();
    appendText(out, "Cash loans");
    CHECK(out == "Cash loans");
}

TEST_CASE("an applicant's stream depends only on seed, index and purpose")
{
    Random a(42, 7, StreamPurpose::Applicant);
    Random b(42, 7, StreamPurpose::Applicant);
    Random otherIndex(42, 8, StreamPurpose::Applicant);
    Random otherPurpose(42, 7, StreamPurpose::Histories);
    const auto first = a.next();
    CHECK(first == b.next());
    CHECK(first != otherIndex.next());
    CHECK(first != otherPurpose.next());
}

TEST_CASE("uniforms, normals and counts have the expected moments")
{
    Random random(1, 0, StreamPurpose::Histories);
    double sum = 0, sumSquares = 0, uniformSum = 0, countSum = 0;
    constexpr int n = 200000;
    for (int i = 0; i < n; ++i) {
        const double z = random.normal();
        sum += z;
        sumSquares += z * z;
        const double u = random.uniform();
        REQUIRE(u > 0.0);
        REQUIRE(u < 1.0);
        uniformSum += u;
        countSum += random.negativeBinomial(4.5, 1.5);
    }
    CHECK(sum / n == Approx(0.0).margin(0.01));
    CHECK(sumSquares / n == Approx(1.0).margin(0.02));
    CHECK(uniformSum / n == Approx(0.5).margin(0.005));
    CHECK(countSum / n == Approx(4.5).margin(0.05));
}

TEST_CASE("quantile grids are interpolated")
{
    const std::vector<double> grid{0.0, 10.0, 30.0};
    CHECK(interpolateQuantile(grid, 0.0) == 0.0);
    CHECK(interpolateQuantile(grid, 0.25) == Approx(5.0));
    CHECK(interpolateQuantile(grid, 0.75) == Approx(20.0));
    CHECK(interpolateQuantile(grid, 1.0) == Approx(30.0));
}
