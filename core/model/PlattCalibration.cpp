#include "model/PlattCalibration.h"

#include "common/NumberFormat.h"
#include "model/TreeShapExplainer.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace credit::model {

double PlattCalibration::probability(float margin) const
{
    if (isIdentity())
        return TreeShapExplainer::probabilityOf(margin);
    return probabilityAt(margin);
}

double PlattCalibration::probabilityAt(double margin) const
{
    return 1.0 / (1.0 + std::exp(-logOdds(margin)));
}

std::string PlattCalibration::formula() const
{
    return "calibrated log-odds = " + common::formatFixed(slope, 4) + " x margin " +
           (intercept < 0 ? "- " : "+ ") + common::formatFixed(std::fabs(intercept), 4);
}

PlattCalibration PlattCalibration::fit(std::span<const double> margins,
                                       std::span<const float> labels)
{
    if (margins.size() != labels.size())
        throw std::invalid_argument("Platt scaling: " + std::to_string(margins.size()) +
                                    " margins for " + std::to_string(labels.size()) + " labels");
    double positives = 0;
    for (const float label : labels)
        positives += label == 1.0f;
    const double negatives = static_cast<double>(labels.size()) - positives;
    if (positives == 0 || negatives == 0)
        throw std::invalid_argument("Platt scaling needs both outcomes");
    const double targetPositive = (positives + 1.0) / (positives + 2.0);
    const double targetNegative = 1.0 / (negatives + 2.0);

    // Newton's method on the mean log-loss; start from the identity (the model's own scale).
    double slope = 1.0;
    double intercept = 0.0;
    const double n = static_cast<double>(labels.size());
    auto meanLoss = [&](double a, double b) {
        double loss = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const double z = a * margins[i] + b;
            const double target = labels[i] == 1.0f ? targetPositive : targetNegative;
            // log(1 + e^z) - target * z, written to stay finite for large |z|.
            loss += (z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z))) - target * z;
        }
        return loss / n;
    };
    double loss = meanLoss(slope, intercept);
    for (int iteration = 0; iteration < 100; ++iteration) {
        double gA = 0, gB = 0, hAA = 0, hAB = 0, hBB = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const double z = slope * margins[i] + intercept;
            const double p = 1.0 / (1.0 + std::exp(-z));
            const double target = labels[i] == 1.0f ? targetPositive : targetNegative;
            const double residual = p - target;
            const double weight = std::max(p * (1.0 - p), 1e-12);
            gA += residual * margins[i];
            gB += residual;
            hAA += weight * margins[i] * margins[i];
            hAB += weight * margins[i];
            hBB += weight;
        }
        gA /= n, gB /= n, hAA /= n, hAB /= n, hBB /= n;
        const double ridge = 1e-12;
        const double determinant = (hAA + ridge) * (hBB + ridge) - hAB * hAB;
        if (!(determinant > 0))
            break;
        const double stepA = ((hBB + ridge) * gA - hAB * gB) / determinant;
        const double stepB = ((hAA + ridge) * gB - hAB * gA) / determinant;
        // Halve the step until the loss does not rise (a plain Newton step can overshoot).
        double scale = 1.0;
        double nextLoss = meanLoss(slope - stepA, intercept - stepB);
        while (nextLoss > loss && scale > 1e-6) {
            scale /= 2;
            nextLoss = meanLoss(slope - scale * stepA, intercept - scale * stepB);
        }
        if (nextLoss > loss)
            break;
        slope -= scale * stepA;
        intercept -= scale * stepB;
        const bool converged = loss - nextLoss < 1e-12;
        loss = nextLoss;
        if (converged)
            break;
    }
    return PlattCalibration{slope, intercept};
}

nlohmann::json PlattCalibration::toJson() const
{
    return {{"method", "platt"}, {"slope", slope}, {"intercept", intercept}};
}

PlattCalibration PlattCalibration::fromJson(const nlohmann::json& object)
{
    if (!object.is_object() || object.value("method", std::string()) != "platt")
        throw std::invalid_argument("calibration: expected {\"method\": \"platt\", ...}");
    const auto number = [&](const char* key) {
        const auto found = object.find(key);
        if (found == object.end() || !found->is_number())
            throw std::invalid_argument(std::string("calibration: \"") + key +
                                        "\" must be a number");
        return found->get<double>();
    };
    PlattCalibration calibration{number("slope"), number("intercept")};
    if (!std::isfinite(calibration.slope) || calibration.slope <= 0.0)
        throw std::invalid_argument("calibration: slope " + std::to_string(calibration.slope) +
                                    " would reverse or flatten the model's ranking");
    if (!std::isfinite(calibration.intercept))
        throw std::invalid_argument("calibration: the intercept is not finite");
    return calibration;
}

double marginOfProbability(double probability)
{
    const double clamped = std::clamp(probability, 1e-7, 1.0 - 1e-7);
    return std::log(clamped / (1.0 - clamped));
}

} // namespace credit::model
