#include "model/StratifiedKFold.h"

#include <algorithm>
#include <random>
#include <stdexcept>
#include <string>

namespace credit::model {
namespace {

void shuffle(std::vector<std::size_t>& values, std::mt19937_64& random)
{
    for (std::size_t i = values.size(); i > 1; --i) {
        // Modulo bias is below 2^-40 for any realistic row count; determinism matters more.
        const std::size_t j = static_cast<std::size_t>(random() % i);
        std::swap(values[i - 1], values[j]);
    }
}

} // namespace

std::vector<Fold> stratifiedKFold(std::span<const float> labels, int folds, std::uint64_t seed)
{
    if (folds < 2) {
        throw std::invalid_argument("stratified k-fold needs at least 2 folds, got " +
                                    std::to_string(folds));
    }
    std::vector<std::size_t> positives;
    std::vector<std::size_t> negatives;
    for (std::size_t row = 0; row < labels.size(); ++row) {
        (labels[row] > 0.5f ? positives : negatives).push_back(row);
    }
    const auto k = static_cast<std::size_t>(folds);
    if (positives.size() < k || negatives.size() < k) {
        throw std::invalid_argument(
            "stratified " + std::to_string(folds) + "-fold needs at least " +
            std::to_string(folds) + " rows of each class; got " + std::to_string(positives.size()) +
            " positives and " + std::to_string(negatives.size()) + " negatives");
    }
    std::mt19937_64 random(seed);
    shuffle(positives, random);
    shuffle(negatives, random);

    std::vector<std::size_t> foldOf(labels.size());
    std::size_t next = 0;
    for (const auto* group : {&positives, &negatives}) {
        for (const std::size_t row : *group) {
            foldOf[row] = next;
            next = (next + 1) % k;
        }
    }
    std::vector<Fold> result(k);
    for (std::size_t row = 0; row < labels.size(); ++row) {
        for (std::size_t f = 0; f < k; ++f) {
            (foldOf[row] == f ? result[f].validationRows : result[f].trainRows).push_back(row);
        }
    }
    return result;
}

} // namespace credit::model
