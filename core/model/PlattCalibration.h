#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string>

namespace credit::model {

// Platt scaling on the model's margin: calibrated log-odds = slope x margin + intercept.
// Chosen over isotonic steps because it keeps the explanation additive: every SHAP contribution
// scales by `slope` and the bias absorbs `intercept`, so the reasons still add up to the
// probability the advisor is shown. Fitted on out-of-fold predictions only.
struct PlattCalibration {
    double slope = 1.0;
    double intercept = 0.0;

    bool isIdentity() const { return slope == 1.0 && intercept == 0.0; }
    // The calibrated log-odds of a margin.
    double logOdds(double margin) const { return slope * margin + intercept; }
    // The probability shown for a model margin. The identity keeps XGBoost's own float logistic,
    // so a bundle without calibration scores bit-identically to before.
    double probability(float margin) const;
    // The calibrated probability of a margin known in double precision (out-of-fold margins).
    double probabilityAt(double margin) const;
    // "calibrated log-odds = 1.0607 x margin + 0.1727", as the run report, the model card and
    // the CLI state it.
    std::string formula() const;

    // Maximum-likelihood fit (Newton's method on the two parameters) with Platt's smoothed
    // targets (N+ + 1) / (N+ + 2) and 1 / (N- + 2), which keeps the fit finite on separable data.
    // Labels 0/1, margins finite. Throws std::invalid_argument without both classes.
    static PlattCalibration fit(std::span<const double> margins, std::span<const float> labels);

    nlohmann::json toJson() const;
    // Refuses (std::invalid_argument) a slope that is not finite and positive (a calibration that
    // reversed or flattened the model's ranking) and a non-finite intercept.
    static PlattCalibration fromJson(const nlohmann::json& object);
};

// The margin a probability came from, clamped away from 0 and 1 (float probabilities saturate).
double marginOfProbability(double probability);

} // namespace credit::model
