#pragma once

#include <vector>

namespace credit::ui {

// Where a probability sits on the score gauge. The gauge is drawn in log-odds (logit) around the
// decision threshold: with thresholds near 9 %, a linear 0-100 % track squeezed the whole
// decision into its left tenth, while in log-odds 5 %, 10 % and 20 % are as far apart as 50 %,
// 80 % and 90 %. The threshold always sits at the same place on the track (thresholdPosition),
// so the advisor's eye finds it at once whatever the model; the longer side of the track covers
// `halfSpanLogOdds` logits, and both sides have the same logits per unit of length. Positions are
// fractions of the track, 0 at its left end and 1 at its right end; probabilities beyond the
// track's ends clamp to them. Widget-free so the mapping is tested on its own
// (tests/ui/LogOddsScaleTest.cpp).
class LogOddsScale {
public:
    struct Tick {
        double probability; // 0-1, a round percentage (1 %, 2 %, 5 %, ...)
        double position;    // 0-1 along the track
    };

    static constexpr double defaultThresholdPosition = 0.5;
    // 4 logits each side: with a 9 % threshold the track runs from about 0.2 % to 84 %.
    static constexpr double defaultHalfSpanLogOdds = 4.0;

    explicit LogOddsScale(double threshold, double thresholdPosition = defaultThresholdPosition,
                          double halfSpanLogOdds = defaultHalfSpanLogOdds);

    double threshold() const { return m_threshold; }
    double thresholdPosition() const { return m_thresholdPosition; }
    // 0-1 along the track; clamped to the ends; NaN for a NaN probability.
    double positionOf(double probability) const;
    // The inverse of positionOf inside the track (position clamped to 0-1).
    double probabilityAt(double position) const;
    // The probabilities at the two ends of the track.
    double lowestShown() const { return probabilityAt(0.0); }
    double highestShown() const { return probabilityAt(1.0); }
    // True when the probability lies beyond an end of the track (its marker is drawn at the end).
    bool isBeyondTrack(double probability) const;
    // The round percentages (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 80, 90, 95, 98, 99, 99.9 %)
    // strictly inside the track, left to right.
    std::vector<Tick> ticks() const;

private:
    double m_threshold;
    double m_thresholdPosition;
    double m_halfSpan;
};

// ln(p / (1 - p)), with p kept a hair inside (0, 1) so 0 and 1 stay finite.
double logOdds(double probability);

} // namespace credit::ui
