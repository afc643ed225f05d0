#include "explain/CounterfactualSearch.h"

#include "explain/DecisionWording.h"
#include "explain/FeatureLabels.h"
#include "explain/HumanFormat.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace credit::explain {

namespace {

// One candidate: shares by which the credit (with annuity, same duration), the annuity alone
// (longer duration) and the goods price (cheaper goods, credit and annuity with it) go down.
struct Candidate {
    enum class Kind { DownPayment, LongerDuration, Both, CheaperGoods } kind;
    double creditCut = 0.0;
    double annuityCut = 0.0;
    double effort() const { return creditCut + annuityCut; }
};

double valueOf(const data::HomeCreditDataset& client, const char* column)
{
    const auto* found = client.applications.find(column);
    return found && !found->isCategory() ? found->number(0) : std::nan("");
}

void setValue(data::HomeCreditDataset& client, const char* column, double value)
{
    if (auto* found = client.applications.find(column); found && !std::isnan(value))
        found->setNumber(0, value);
}

CounterfactualChange change(const char* field, double from, double to)
{
    const auto* label = findGroupLabel(field);
    const LocalizedText name = label ? label->label : LocalizedText{field, field};
    const auto fromText = formatAmount(from);
    const auto toText = formatAmount(to);
    return {field, name, from, to,
            {name.fr + " : " + fromText.fr + " → " + toText.fr, name.en + ": " + fromText.en + " → " + toText.en}};
}

LocalizedText sentenceFor(const Candidate& candidate, const std::vector<CounterfactualChange>& changes,
                          double probability, double threshold)
{
    const auto probabilityText = formatPercent(probability, 1);
    const auto thresholdText = formatPercent(threshold, 1);
    const std::string outcomeFr = " ramènerait la probabilité à " + probabilityText.fr + ", sous le seuil de " +
                                  thresholdText.fr + ".";
    const std::string outcomeEn = " would bring the probability to " + probabilityText.en + ", below the " +
                                  thresholdText.en + " threshold.";
    const auto& first = changes.front();
    const auto downPayment = formatAmount(first.from - first.to);
    switch (candidate.kind) {
    case Candidate::Kind::DownPayment:
        return {"Un apport personnel de " + downPayment.fr + " (crédit de " + formatAmount(first.to).fr + ")" + outcomeFr,
                "A personal down payment of " + downPayment.en + " (credit of " + formatAmount(first.to).en + ")" +
                    outcomeEn};
    case Candidate::Kind::LongerDuration:
        return {"Allonger la durée pour une annuité de " + formatAmount(first.to).fr + " au lieu de " +
                    formatAmount(first.from).fr + outcomeFr,
                "A longer duration, with an annuity of " + formatAmount(first.to).en + " instead of " +
                    formatAmount(first.from).en + "," + outcomeEn};
    case Candidate::Kind::Both: {
        const auto& annuity = changes.back();
        // Two changes: the French verb agrees in the plural ("ramèneraient").
        std::string pluralOutcomeFr = outcomeFr;
        pluralOutcomeFr.replace(pluralOutcomeFr.find("ramènerait"), std::string("ramènerait").size(),
                                "ramèneraient");
        return {"Un apport de " + downPayment.fr + " et une durée plus longue (annuité de " +
                    formatAmount(annuity.to).fr + ")" + pluralOutcomeFr,
                "A down payment of " + downPayment.en + " and a longer duration (annuity of " +
                    formatAmount(annuity.to).en + ")" + outcomeEn};
    }
    case Candidate::Kind::CheaperGoods:
        return {"Financer un bien moins cher (" + formatAmount(first.to).fr + " au lieu de " +
                    formatAmount(first.from).fr + ")" + outcomeFr,
                "Financing cheaper goods (" + formatAmount(first.to).en + " instead of " +
                    formatAmount(first.from).en + ")" + outcomeEn};
    }
    return {};
}

} // namespace

CounterfactualSearch::CounterfactualSearch(BatchScorer scorer, double threshold)
    : scorer_(std::move(scorer)), threshold_(threshold)
{
}

CounterfactualResult CounterfactualSearch::search(const data::HomeCreditDataset& client) const
{
    CounterfactualResult result;
    const double credit = valueOf(client, "AMT_CREDIT");
    const double annuity = valueOf(client, "AMT_ANNUITY");
    const double goods = valueOf(client, "AMT_GOODS_PRICE");
    const auto current = scorer_({&client}).front();
    // A refused client needs to cross the threshold; a borderline approved client is shown how
    // to reach a comfortable approval.
    const double target = current >= threshold_ ? threshold_ : threshold_ - borderlineHalfWidth(threshold_);
    if (current < target) {
        result.statement = {"Le dossier est déjà accordé confortablement : aucun changement n'est nécessaire.",
                            "The application is already comfortably approved: no change is needed."};
        return result;
    }
    if (std::isnan(credit)) {
        result.statement = {"Le montant du crédit n'est pas renseigné : aucune simulation n'est possible.",
                            "The credit amount is not provided: no simulation is possible."};
        return result;
    }

    std::vector<Candidate> candidates;
    for (int step = 1; step <= 10; ++step) {
        const double cut = kMaxDownPaymentShare * step / 10.0;
        candidates.push_back({Candidate::Kind::DownPayment, cut, 0.0});
        if (!std::isnan(goods))
            candidates.push_back({Candidate::Kind::CheaperGoods, cut, 0.0});
    }
    if (!std::isnan(annuity)) {
        for (int step = 1; step <= 8; ++step) {
            const double annuityCut = kMaxAnnuityReduction * step / 8.0;
            candidates.push_back({Candidate::Kind::LongerDuration, 0.0, annuityCut});
            for (int creditStep = 1; creditStep <= 5; ++creditStep)
                candidates.push_back({Candidate::Kind::Both, kMaxDownPaymentShare * creditStep / 10.0, annuityCut});
        }
    }

    std::vector<data::HomeCreditDataset> edited;
    edited.reserve(candidates.size());
    for (const auto& candidate : candidates) {
        auto copy = client;
        const double keep = 1.0 - candidate.creditCut;
        setValue(copy, "AMT_CREDIT", credit * keep);
        // A down payment or cheaper goods shrink the annuity with the credit (same duration);
        // a longer duration lowers the annuity on top of that.
        setValue(copy, "AMT_ANNUITY", annuity * keep * (1.0 - candidate.annuityCut));
        if (candidate.kind == Candidate::Kind::CheaperGoods)
            setValue(copy, "AMT_GOODS_PRICE", goods * keep);
        edited.push_back(std::move(copy));
    }
    std::vector<const data::HomeCreditDataset*> pointers;
    for (const auto& copy : edited)
        pointers.push_back(&copy);
    const auto probabilities = scorer_(pointers);

    // The smallest sufficient change of each kind, then the kinds ordered by effort.
    std::vector<std::optional<std::size_t>> bestOfKind(4);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (probabilities[i] >= target)
            continue;
        auto& best = bestOfKind[static_cast<std::size_t>(candidates[i].kind)];
        if (!best || candidates[i].effort() < candidates[*best].effort())
            best = i;
    }
    std::vector<std::size_t> chosen;
    for (const auto& best : bestOfKind)
        if (best)
            chosen.push_back(*best);
    std::sort(chosen.begin(), chosen.end(),
              [&](std::size_t a, std::size_t b) { return candidates[a].effort() < candidates[b].effort(); });
    if (chosen.size() > static_cast<std::size_t>(kMaxSuggestions))
        chosen.resize(kMaxSuggestions);

    for (const auto index : chosen) {
        const auto& candidate = candidates[index];
        const auto& copy = edited[index];
        Counterfactual suggestion;
        suggestion.probability = probabilities[index];
        if (candidate.kind == Candidate::Kind::CheaperGoods)
            suggestion.changes.push_back(change("AMT_GOODS_PRICE", goods, valueOf(copy, "AMT_GOODS_PRICE")));
        if (candidate.kind != Candidate::Kind::LongerDuration)
            suggestion.changes.push_back(change("AMT_CREDIT", credit, valueOf(copy, "AMT_CREDIT")));
        if (!std::isnan(annuity))
            suggestion.changes.push_back(change("AMT_ANNUITY", annuity, valueOf(copy, "AMT_ANNUITY")));
        suggestion.sentence = sentenceFor(candidate, suggestion.changes, suggestion.probability, threshold_);
        result.suggestions.push_back(std::move(suggestion));
    }
    if (result.suggestions.empty())
        result.statement = {"Aucune modification réaliste du montant, de la durée ou de l'apport ne suffit à passer "
                            "sous le seuil : le risque tient à d'autres éléments du dossier.",
                            "No realistic change of amount, duration or down payment is enough to go below the "
                            "threshold: the risk comes from other parts of the file."};
    return result;
}

} // namespace credit::explain
