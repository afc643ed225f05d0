#include "drift/DriftThresholds.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace credit::drift {

void DriftThresholds::validate() const
{
    if (!(psiWarning > 0.0))
        throw std::invalid_argument("PSI warning threshold must be positive, got " +
                                    std::to_string(psiWarning));
    if (!(psiAlert >= psiWarning))
        throw std::invalid_argument("PSI alert threshold (" + std::to_string(psiAlert) +
                                    ") must not be below the warning threshold (" +
                                    std::to_string(psiWarning) + ")");
    if (!(this->pValue > 0.0 && this->pValue < 1.0))
        throw std::invalid_argument("p-value threshold must be between 0 and 1, got " +
                                    std::to_string(this->pValue));
    if (!(driftedShareAlert > 0.0 && driftedShareAlert <= 1.0))
        throw std::invalid_argument("drifted-share threshold must be in (0, 1], got " +
                                    std::to_string(driftedShareAlert));
}

DriftStatus DriftThresholds::classify(double psi, double testPValue) const
{
    if (std::isnan(psi))
        return DriftStatus::Unavailable;
    if (psi >= psiAlert)
        return DriftStatus::Alert;
    if (psi >= psiWarning || (!std::isnan(testPValue) && testPValue < this->pValue))
        return DriftStatus::Warning;
    return DriftStatus::Stable;
}

} // namespace credit::drift
