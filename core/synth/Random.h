#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>

namespace credit::synth {

// splitmix64: turns any 64-bit key into a well-mixed one (used to seed streams).
constexpr std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// What a stream of random numbers is used for. Each applicant has one independent stream per
// purpose, so drawing more numbers for one purpose never shifts another (and the history counts
// can be re-drawn cheaply to assign identifiers in order).
enum class StreamPurpose : std::uint64_t { Applicant = 1, HistoryCounts = 2, Histories = 3 };

// xoshiro256**: small, fast and fully specified, so the portfolio is the same bytes on every
// platform and standard library (std:: distributions are implementation-defined).
class Random {
public:
    Random(std::uint64_t seed, std::uint64_t applicant, StreamPurpose purpose)
    {
        std::uint64_t key = splitMix64(seed) ^ splitMix64(applicant * 0xD1B54A32D192ED03ULL +
                                                          static_cast<std::uint64_t>(purpose));
        for (auto& word : state_) {
            key = splitMix64(key);
            word = key;
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform in the open interval (0, 1): never exactly 0 so log() and quantiles stay finite.
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }

    bool chance(double probability) { return uniform() < probability; }

    // Uniform integer in [0, bound).
    std::uint64_t below(std::uint64_t bound)
    {
        return static_cast<std::uint64_t>(uniform() * static_cast<double>(bound));
    }

    // Standard normal by Box-Muller (one value per call keeps the stream layout simple).
    double normal()
    {
        const double radius = std::sqrt(-2.0 * std::log(uniform()));
        return radius * std::cos(2.0 * std::numbers::pi * uniform());
    }

    // Gamma(shape, 1) by Marsaglia-Tsang; shape < 1 uses the boost U^(1/shape).
    double gamma(double shape)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x = 0.0;
            double v = 0.0;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniform();
            if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v))
                return d * v;
        }
    }

    // Poisson by inversion for small means, normal approximation above (counts stay >= 0).
    int poisson(double mean)
    {
        if (mean <= 0.0)
            return 0;
        if (mean > 60.0) {
            const double value = std::round(mean + std::sqrt(mean) * normal());
            return value < 0.0 ? 0 : static_cast<int>(value);
        }
        const double limit = std::exp(-mean);
        double product = uniform();
        int count = 0;
        while (product > limit) {
            product *= uniform();
            ++count;
        }
        return count;
    }

    // Negative binomial as a gamma-Poisson mixture: over-dispersed counts like credit histories.
    int negativeBinomial(double mean, double shape) { return poisson(gamma(shape) * mean / shape); }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k)
    {
        return (x << k) | (x >> (64 - k));
    }
    std::uint64_t state_[4];
};

// Standard normal cumulative distribution (maps a copula dimension to a probability).
inline double normalCdf(double z)
{
    return 0.5 * std::erfc(-z * std::numbers::sqrt2 / 2.0);
}

} // namespace credit::synth
