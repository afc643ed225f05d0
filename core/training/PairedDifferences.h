#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace credit::training {

// Paired AUC differences between two configurations measured on the same folds (one value per
// repeat x fold), summarised. The pairs share training rows across repeats, so the standard
// error below (sd / sqrt(pairs)) understates the true uncertainty somewhat: the rule that reads
// it is deliberately demanding (two standard errors).
struct PairedDifferences {
    std::vector<double> differences;
    double mean = 0.0;
    double sd = 0.0;            // sample standard deviation of the differences
    double standardError = 0.0; // sd / sqrt(pairs)
    double min = 0.0;
    double max = 0.0;

    static PairedDifferences of(std::vector<double> differences);
    nlohmann::json toJson() const;
};

// The noise multiplier of the family rule: a family is kept only when removing it lowers AUC by
// more than this many standard errors of the paired differences.
inline constexpr double kNoiseStandardErrors = 2.0;

// The family rule, `removalCost` being AUC(with the family) - AUC(without) per pair: keep the
// family only when its mean exceeds `standardErrors` standard errors (a family whose removal
// costs no more than the noise goes, which also keeps training cheaper and explanations shorter).
bool removalCostsBeyondNoise(const PairedDifferences& removalCost,
                             double standardErrors = kNoiseStandardErrors);

// The words of the rule, for reports and the parameters file.
std::string familyRuleText(double standardErrors = kNoiseStandardErrors);

} // namespace credit::training
