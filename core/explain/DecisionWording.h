#pragma once

#include "explain/Explanation.h"
#include "explain/FeatureLabels.h"

namespace credit::explain {

// Half-width of the "close to the threshold" zone, in probability: a quarter of the threshold,
// at least two percentage points. With a 10 % threshold, 7.5 %-12.5 % reads as borderline.
double borderlineHalfWidth(double threshold);

Band bandFor(double probability, double threshold);
LocalizedText bandName(Band band);

// "Probabilité de difficultés de paiement : 23 %. Crédit refusé, 11 points au-dessus du seuil
// de 12 % (refus net)."
LocalizedText interpretationSentence(double probability, double threshold);

// One reason as a plain sentence stating the value, how it compares with other clients when
// known, and its effect: "Score externe n°3 bas (0,21 ; plus bas que 80 % des clients) :
// augmente le risque (+4,1 pts)."
Reason writeReason(const GroupContribution& group, const GroupLabel& label);

} // namespace credit::explain
