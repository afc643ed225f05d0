#include "models/LogOddsScale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace credit::ui {

namespace {

// Far enough inside (0, 1) that logOdds stays finite, close enough that no real score differs.
constexpr double kProbabilityFloor = 1e-6;
// A threshold of 0 or 1 (everyone refused or granted) would centre the track on nothing
// readable; the track is then centred on 0.1 % or 99.9 % and the threshold drawn at its end.
constexpr double kThresholdFloor = 1e-3;

constexpr std::array<double, 15> kRoundProbabilities = {
    0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999};

double fromLogOdds(double logit)
{
    return 1.0 / (1.0 + std::exp(-logit));
}

} // namespace

double logOdds(double probability)
{
    const double p = std::clamp(probability, kProbabilityFloor, 1.0 - kProbabilityFloor);
    return std::log(p / (1.0 - p));
}

LogOddsScale::LogOddsScale(double threshold, double thresholdPosition, double halfSpanLogOdds)
    : m_threshold(std::isnan(threshold)
                      ? 0.5
                      : std::clamp(threshold, kThresholdFloor, 1.0 - kThresholdFloor)),
      m_thresholdPosition(std::clamp(thresholdPosition, 0.05, 0.95)),
      m_halfSpan(halfSpanLogOdds > 0.0 ? halfSpanLogOdds : defaultHalfSpanLogOdds)
{}

double LogOddsScale::positionOf(double probability) const
{
    if (std::isnan(probability))
        return probability;
    // Both sides of the threshold get the same logits per unit of track, so distances in the
    // picture are distances in log-odds everywhere.
    const double perUnit = m_halfSpan / std::max(m_thresholdPosition, 1.0 - m_thresholdPosition);
    const double position =
        m_thresholdPosition + (logOdds(probability) - logOdds(m_threshold)) / perUnit;
    return std::clamp(position, 0.0, 1.0);
}

double LogOddsScale::probabilityAt(double position) const
{
    const double perUnit = m_halfSpan / std::max(m_thresholdPosition, 1.0 - m_thresholdPosition);
    const double clamped = std::clamp(position, 0.0, 1.0);
    return fromLogOdds(logOdds(m_threshold) + (clamped - m_thresholdPosition) * perUnit);
}

bool LogOddsScale::isBeyondTrack(double probability) const
{
    return probability < lowestShown() || probability > highestShown();
}

std::vector<LogOddsScale::Tick> LogOddsScale::ticks() const
{
    std::vector<Tick> ticks;
    const double lowest = lowestShown();
    const double highest = highestShown();
    for (double probability : kRoundProbabilities)
        if (probability > lowest && probability < highest)
            ticks.push_back({probability, positionOf(probability)});
    return ticks;
}

} // namespace credit::ui
