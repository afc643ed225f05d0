#pragma once

#include "features/FeatureMatrix.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace credit::testing {

// A dataset with a known signal: logit = -2.5 + sum_j w_j x_j over the first five features
// (weights 1.2, -0.9, 0.7, 0.5, -0.4), the other features are noise; about 3 % of values are
// missing (NaN). Positive share is around 12 %, like credit data.
struct SyntheticLogistic {
    features::FeatureValues values;
    std::vector<float> labels;
    std::vector<double> trueProbabilities;
};

inline SyntheticLogistic makeSyntheticLogistic(int rows, int columns, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double weights[] = {1.2, -0.9, 0.7, 0.5, -0.4};
    SyntheticLogistic data;
    data.values.resize(rows, columns);
    for (int r = 0; r < rows; ++r) {
        double logit = -2.5;
        for (int c = 0; c < columns; ++c) {
            const double x = normal(random);
            if (c < 5) {
                logit += weights[c] * x;
            }
            data.values(r, c) = uniform(random) < 0.03 ? std::numeric_limits<float>::quiet_NaN()
                                                       : static_cast<float>(x);
        }
        const double p = 1.0 / (1.0 + std::exp(-logit));
        data.trueProbabilities.push_back(p);
        data.labels.push_back(uniform(random) < p ? 1.0f : 0.0f);
    }
    return data;
}

} // namespace credit::testing
