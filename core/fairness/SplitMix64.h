#pragma once

#include <cstddef>
#include <cstdint>

namespace credit::fairness {

// splitmix64: a small, fully specified generator, so bootstrap intervals and proxy samples are
// the same on every platform and standard library (std::uniform_int_distribution is
// implementation-defined).
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound) by multiply-shift (Lemire); the bias is below 2^-40 for our sizes.
    std::size_t below(std::size_t bound)
    {
        __extension__ using Wide = unsigned __int128; // GCC and Clang; __extension__ for -Wpedantic
        return static_cast<std::size_t>((static_cast<Wide>(next()) * bound) >> 64);
    }

private:
    std::uint64_t state_;
};

} // namespace credit::fairness
