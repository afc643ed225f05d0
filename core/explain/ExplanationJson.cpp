#include "explain/ExplanationJson.h"

#include "common/JsonWriter.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace credit::explain {

namespace {

using nlohmann::json;

const json& field(const json& object, const char* name, const std::string& where)
{
    const auto found = object.find(name);
    if (found == object.end())
        throw std::runtime_error(where + ": missing field '" + name + "'");
    return *found;
}

LocalizedText bothLanguages(const json& value)
{
    const auto text = value.get<std::string>();
    return {text, text};
}

Decision decisionFrom(const std::string& text)
{
    if (text == "grant")
        return Decision::Grant;
    if (text == "refuse")
        return Decision::Refuse;
    throw std::runtime_error("explanation: unknown decision '" + text + "'");
}

Band bandFrom(const std::string& text)
{
    for (const auto band : {Band::ClearRefusal, Band::BorderlineRefusal, Band::BorderlineGrant,
                            Band::ComfortableGrant})
        if (toString(band) == text)
            return band;
    throw std::runtime_error("explanation: unknown band '" + text + "'");
}

void writeReasons(common::JsonWriter& writer, const std::vector<Reason>& reasons,
                  const std::string& language)
{
    writer.beginArray();
    for (const auto& reason : reasons)
        writer.beginObject()
            .key("key")
            .value(reason.groupKey)
            .key("adverse")
            .value(reason.adverse)
            .key("text")
            .value(reason.text.in(language))
            .key("points")
            .value(reason.points)
            .endObject();
    writer.endArray();
}

std::vector<Reason> reasonsFromJson(const json& array, const std::string& where)
{
    std::vector<Reason> reasons;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto& item = array[i];
        const auto itemWhere = where + "[" + std::to_string(i) + "]";
        reasons.push_back({field(item, "key", itemWhere).get<std::string>(),
                           field(item, "adverse", itemWhere).get<bool>(),
                           bothLanguages(field(item, "text", itemWhere)),
                           field(item, "points", itemWhere).get<double>()});
    }
    return reasons;
}

} // namespace

std::string toString(Decision decision)
{
    return decision == Decision::Refuse ? "refuse" : "grant";
}

std::string toString(Band band)
{
    switch (band) {
    case Band::ClearRefusal:
        return "clear_refusal";
    case Band::BorderlineRefusal:
        return "borderline_refusal";
    case Band::BorderlineGrant:
        return "borderline_grant";
    case Band::ComfortableGrant:
        return "comfortable_grant";
    }
    return "unknown";
}

void writeExplanationFields(common::JsonWriter& writer, const Explanation& explanation,
                            const std::string& language, ContributionDetail detail)
{
    writer.key("probability").value(explanation.probability);
    writer.key("margin").value(explanation.margin);
    writer.key("base_margin").value(explanation.baseMargin);
    writer.key("threshold").value(explanation.threshold);
    writer.key("decision").value(toString(explanation.decision));
    writer.key("distance_points").value(explanation.distancePoints);
    writer.key("band").value(toString(explanation.band));
    writer.key("interpretation").value(explanation.interpretation.in(language));
    writer.key("contributions").beginArray();
    for (const auto& group : explanation.contributions) {
        writer.beginObject()
            .key("key")
            .value(group.key)
            .key("label")
            .value(group.label.in(language))
            .key("value")
            .value(group.clientValue.in(language))
            .key("log_odds")
            .value(group.logOdds)
            .key("points")
            .value(group.points);
        if (group.percentile >= 0.0)
            writer.key("percentile").value(group.percentile);
        if (detail == ContributionDetail::GroupsWithFeatures) {
            writer.key("features").beginArray();
            for (const auto& feature : group.features)
                writer.value(feature);
            writer.endArray();
        }
        writer.endObject();
    }
    writer.endArray();
    writer.key("reasons").beginObject();
    writer.key("adverse");
    writeReasons(writer, explanation.adverseReasons, language);
    writer.key("favourable");
    writeReasons(writer, explanation.favourableReasons, language);
    writer.endObject();
    writer.key("model_version").value(explanation.modelVersion);
    writer.key("language").value(language);
}

json toJson(const Explanation& explanation, const std::string& language, ContributionDetail detail)
{
    // One writer for both forms, so the API's text answer and this DOM cannot drift apart.
    common::JsonWriter writer;
    writer.beginObject();
    writeExplanationFields(writer, explanation, language, detail);
    writer.endObject();
    return json::parse(writer.text());
}

Explanation explanationFromJson(const json& body)
{
    const std::string where = "explanation";
    if (!body.is_object())
        throw std::runtime_error("explanation: expected a JSON object");
    try {
        Explanation explanation;
        explanation.probability = field(body, "probability", where).get<double>();
        explanation.margin = field(body, "margin", where).get<double>();
        explanation.baseMargin = field(body, "base_margin", where).get<double>();
        explanation.threshold = field(body, "threshold", where).get<double>();
        explanation.decision = decisionFrom(field(body, "decision", where).get<std::string>());
        explanation.distancePoints = field(body, "distance_points", where).get<double>();
        explanation.band = bandFrom(field(body, "band", where).get<std::string>());
        explanation.interpretation = bothLanguages(field(body, "interpretation", where));
        explanation.modelVersion = field(body, "model_version", where).get<std::string>();
        const auto& contributions = field(body, "contributions", where);
        for (std::size_t i = 0; i < contributions.size(); ++i) {
            const auto& item = contributions[i];
            const auto itemWhere = where + ".contributions[" + std::to_string(i) + "]";
            GroupContribution group;
            group.key = field(item, "key", itemWhere).get<std::string>();
            group.label = bothLanguages(field(item, "label", itemWhere));
            group.clientValue = bothLanguages(field(item, "value", itemWhere));
            group.logOdds = field(item, "log_odds", itemWhere).get<double>();
            group.points = field(item, "points", itemWhere).get<double>();
            group.percentile = item.value("percentile", -1.0);
            group.features = item.value("features", std::vector<std::string>{});
            explanation.contributions.push_back(std::move(group));
        }
        const auto& reasons = field(body, "reasons", where);
        explanation.adverseReasons = reasonsFromJson(field(reasons, "adverse", where + ".reasons"),
                                                     where + ".reasons.adverse");
        explanation.favourableReasons = reasonsFromJson(
            field(reasons, "favourable", where + ".reasons"), where + ".reasons.favourable");
        return explanation;
    } catch (const json::exception& error) {
        throw std::runtime_error(where + ": a field has the wrong type (" + error.what() + ")");
    }
}

json toJson(const CounterfactualResult& result, const std::string& language)
{
    json suggestions = json::array();
    for (const auto& suggestion : result.suggestions) {
        json changes = json::array();
        for (const auto& change : suggestion.changes)
            changes.push_back({{"field", change.field},
                               {"label", change.label.in(language)},
                               {"from", change.from},
                               {"to", change.to},
                               {"description", change.description.in(language)}});
        suggestions.push_back({{"changes", std::move(changes)},
                               {"probability", suggestion.probability},
                               {"sentence", suggestion.sentence.in(language)}});
    }
    return {{"suggestions", std::move(suggestions)},
            {"statement", result.statement.in(language)},
            {"language", language}};
}

CounterfactualResult counterfactualsFromJson(const json& body)
{
    const std::string where = "counterfactuals";
    try {
        CounterfactualResult result;
        result.statement = bothLanguages(field(body, "statement", where));
        const auto& suggestions = field(body, "suggestions", where);
        for (std::size_t i = 0; i < suggestions.size(); ++i) {
            const auto itemWhere = where + ".suggestions[" + std::to_string(i) + "]";
            const auto& item = suggestions[i];
            Counterfactual suggestion;
            suggestion.probability = field(item, "probability", itemWhere).get<double>();
            suggestion.sentence = bothLanguages(field(item, "sentence", itemWhere));
            for (const auto& change : field(item, "changes", itemWhere))
                suggestion.changes.push_back(
                    {field(change, "field", itemWhere).get<std::string>(),
                     bothLanguages(field(change, "label", itemWhere)),
                     field(change, "from", itemWhere).get<double>(),
                     field(change, "to", itemWhere).get<double>(),
                     bothLanguages(field(change, "description", itemWhere))});
            result.suggestions.push_back(std::move(suggestion));
        }
        return result;
    } catch (const json::exception& error) {
        throw std::runtime_error(where + ": a field has the wrong type (" + error.what() + ")");
    }
}

} // namespace credit::explain
