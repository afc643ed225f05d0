#include "explain/DecisionWording.h"

#include "explain/HumanFormat.h"

#include <algorithm>
#include <cmath>

namespace credit::explain {

double borderlineHalfWidth(double threshold)
{
    return std::max(0.02, 0.25 * threshold);
}

Band bandFor(double probability, double threshold)
{
    const double halfWidth = borderlineHalfWidth(threshold);
    if (probability >= threshold)
        return probability - threshold >= halfWidth ? Band::ClearRefusal : Band::BorderlineRefusal;
    return threshold - probability >= halfWidth ? Band::ComfortableGrant : Band::BorderlineGrant;
}

LocalizedText bandName(Band band)
{
    switch (band) {
    case Band::ClearRefusal:
        return {"refus net", "clear refusal"};
    case Band::BorderlineRefusal:
        return {"refus proche du seuil", "refusal close to the threshold"};
    case Band::BorderlineGrant:
        return {"accord proche du seuil", "approval close to the threshold"};
    case Band::ComfortableGrant:
        return {"accord confortable", "comfortable approval"};
    }
    return {};
}

LocalizedText interpretationSentence(double probability, double threshold)
{
    const bool refused = probability >= threshold;
    const double distance = std::fabs(probability - threshold) * 100.0;
    const auto band = bandName(bandFor(probability, threshold));
    const auto probabilityText = formatPercent(probability, 1);
    const auto thresholdText = formatPercent(threshold, 1);
    const auto points = groupDigits(distance, 1, "fr");
    const auto pointsEn = groupDigits(distance, 1, "en");
    LocalizedText sentence;
    sentence.fr = "Probabilité de difficultés de paiement : " + probabilityText.fr + ". " +
                  (refused ? "Crédit refusé, " : "Crédit accordé, ") + points +
                  (distance >= 2.0 ? " points " : " point ") +
                  (refused ? "au-dessus" : "en dessous") + " du seuil de " + thresholdText.fr +
                  " (" + band.fr + ").";
    sentence.en = "Probability of payment difficulties: " + probabilityText.en + ". " +
                  (refused ? "Credit refused, " : "Credit granted, ") + pointsEn +
                  (distance == 1.0 ? " point " : " points ") + (refused ? "above" : "below") +
                  " the " + thresholdText.en + " threshold (" + band.en + ").";
    return sentence;
}

Reason writeReason(const GroupContribution& group, const GroupLabel& label)
{
    Reason reason;
    reason.groupKey = group.key;
    reason.adverse = group.logOdds > 0.0;
    reason.points = group.points;
    const auto effect = reason.adverse ? LocalizedText{"augmente le risque", "raises the risk"}
                                       : LocalizedText{"diminue le risque", "lowers the risk"};
    const auto points = formatPoints(group.points);
    std::string detailFr = group.clientValue.fr;
    std::string detailEn = group.clientValue.en;
    std::string qualifierFr;
    std::string qualifierEn;
    if (group.percentile >= 0.0) {
        const bool high = group.percentile >= 50.0;
        qualifierFr = " " + (high ? label.high.fr : label.low.fr);
        qualifierEn = (high ? label.high.en : label.low.en) + " ";
        const int share =
            static_cast<int>(std::lround(high ? group.percentile : 100.0 - group.percentile));
        const char* comparisonFr =
            high ? (label.feminineFr ? "élevée" : "élevé") : (label.feminineFr ? "basse" : "bas");
        detailFr += std::string(" ; plus ") + comparisonFr + " que " + std::to_string(share) +
                    "\u00a0% des clients";
        detailEn += std::string("; ") + (high ? "higher" : "lower") + " than " +
                    std::to_string(share) + "% of clients";
    }
    reason.text.fr = label.label.fr + qualifierFr + " (" + detailFr + ") : " + effect.fr + " (" +
                     points.fr + ").";
    // English puts the qualifier first and lowers the label's capital: "Low external score no. 3".
    std::string labelEn = label.label.en;
    if (!qualifierEn.empty() && !labelEn.empty()) {
        labelEn[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(labelEn[0])));
        qualifierEn[0] =
            static_cast<char>(std::toupper(static_cast<unsigned char>(qualifierEn[0])));
    }
    reason.text.en =
        qualifierEn + labelEn + " (" + detailEn + "): " + effect.en + " (" + points.en + ").";
    return reason;
}

} // namespace credit::explain
