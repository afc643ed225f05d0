#include "service/ServerRecordsJson.h"

#include "data/ClientRecordJson.h"
#include "explain/ExplanationJson.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace credit::service {

namespace {

using nlohmann::json;

const json& field(const json& body, const char* name)
{
    if (!body.is_object())
        throw std::runtime_error(std::string("the answer is not a JSON object where '") + name +
                                 "' was expected");
    const auto found = body.find(name);
    if (found == body.end())
        throw std::runtime_error(std::string("the answer has no '") + name + "'");
    return *found;
}

QString text(const json& body, const char* name)
{
    const auto& value = field(body, name);
    if (!value.is_string())
        throw std::runtime_error(std::string("'") + name + "' is not a string");
    return QString::fromStdString(value.get<std::string>());
}

// A string that may be null (the server writes null for "none").
QString optionalText(const json& body, const char* name)
{
    const auto found = body.find(name);
    if (found == body.end() || found->is_null())
        return {};
    if (!found->is_string())
        throw std::runtime_error(std::string("'") + name + "' is not a string");
    return QString::fromStdString(found->get<std::string>());
}

long long integer(const json& body, const char* name)
{
    const auto& value = field(body, name);
    if (!value.is_number_integer())
        throw std::runtime_error(std::string("'") + name + "' is not an integer");
    return value.get<long long>();
}

double number(const json& body, const char* name)
{
    const auto& value = field(body, name);
    if (!value.is_number())
        throw std::runtime_error(std::string("'") + name + "' is not a number");
    return value.get<double>();
}

std::optional<double> optionalNumber(const json& body, const char* name)
{
    const auto found = body.find(name);
    if (found == body.end() || found->is_null())
        return std::nullopt;
    if (!found->is_number())
        throw std::runtime_error(std::string("'") + name + "' is not a number");
    return found->get<double>();
}

const json& array(const json& body, const char* name)
{
    const auto& value = field(body, name);
    if (!value.is_array())
        throw std::runtime_error(std::string("'") + name + "' is not an array");
    return value;
}

} // namespace

ClientPage clientPageFromJson(const json& body)
{
    ClientPage page;
    for (const auto& row : array(body, "clients")) {
        ServerClientRow client;
        client.clientId = integer(row, "client_id");
        client.origin = text(row, "origin");
        client.contractType = optionalText(row, "contract_type");
        client.creditAmount = optionalNumber(row, "credit_amount").value_or(std::nan(""));
        client.probability = optionalNumber(row, "probability");
        client.decision = optionalText(row, "decision");
        page.rows.push_back(std::move(client));
    }
    page.next = optionalText(body, "next");
    page.modelVersion = optionalText(body, "model_version");
    page.totalClients = integer(body, "total_clients");
    return page;
}

ServerClientFile clientFileFromJson(const json& body)
{
    ServerClientFile file;
    file.clientId = integer(body, "client_id");
    file.origin = text(body, "origin");
    auto parsed = data::clientRecordFromJson(field(body, "application"));
    if (!parsed.record) {
        std::string why = "the client's file does not pass this app's checks";
        if (!parsed.issues.empty())
            why += ": " + parsed.issues.front().field + ": " + parsed.issues.front().message;
        throw std::runtime_error(why);
    }
    file.record = std::move(*parsed.record);
    file.score = explain::explanationFromJson(field(body, "score"));
    return file;
}

ServerDecision decisionFromJson(const json& body)
{
    ServerDecision decision;
    decision.sequence = integer(body, "sequence");
    decision.clientId = integer(body, "client_id");
    if (const auto scenario = body.find("scenario_id");
        scenario != body.end() && !scenario->is_null()) {
        if (!scenario->is_number_integer())
            throw std::runtime_error("'scenario_id' is not an integer");
        decision.scenarioId = scenario->get<qint64>();
    }
    decision.decision = text(body, "decision");
    decision.modelDecision = text(body, "model_decision");
    const auto& override = field(body, "override");
    if (!override.is_boolean())
        throw std::runtime_error("'override' is not true or false");
    decision.overridesModel = override.get<bool>();
    decision.justification = text(body, "justification");
    decision.modelVersion = text(body, "model_version");
    decision.probability = number(body, "probability");
    decision.threshold = number(body, "threshold");
    decision.recordedAt = text(body, "recorded_at");
    const auto& principal = field(body, "principal");
    decision.principalId = text(principal, "id");
    decision.principalRole = text(principal, "role");
    decision.recordHash = text(body, "record_hash");
    return decision;
}

std::vector<ServerDecision> clientDecisionsFromJson(const json& body)
{
    std::vector<ServerDecision> decisions;
    for (const auto& entry : array(body, "decisions"))
        decisions.push_back(decisionFromJson(entry));
    return decisions;
}

DecisionPage decisionPageFromJson(const json& body)
{
    DecisionPage page;
    page.decisions = clientDecisionsFromJson(body);
    page.next = optionalText(body, "next");
    return page;
}

ServerModelIdentity modelIdentityFromJson(const json& body)
{
    return {text(body, "version"), text(body, "checksum"), number(body, "threshold")};
}

ServerScenario scenarioFromJson(const json& body)
{
    ServerScenario scenario;
    scenario.scenarioId = integer(body, "scenario_id");
    scenario.clientId = integer(body, "client_id");
    scenario.name = text(body, "name");
    scenario.editsJson = QString::fromStdString(field(body, "edits").dump());
    scenario.createdBy = text(body, "created_by");
    scenario.createdAt = text(body, "created_at");
    scenario.probability = optionalNumber(body, "probability");
    return scenario;
}

QUrlQuery toUrlQuery(const ClientListQuery& query)
{
    // Values percent-encoded here, so that a cursor or a contract type holding '+', '&' or '%'
    // reaches the server as it was given.
    QUrlQuery out;
    const auto put = [&out](const QString& name, const QString& value) {
        if (!value.isEmpty())
            out.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    put(QStringLiteral("limit"), QString::number(query.limit));
    put(QStringLiteral("sort"), (query.descending ? QStringLiteral("-") : QString()) + query.sort);
    put(QStringLiteral("after"), query.after);
    put(QStringLiteral("id_prefix"), query.idPrefix);
    put(QStringLiteral("decision"), query.decision);
    put(QStringLiteral("contract_type"), query.contractType);
    return out;
}

} // namespace credit::service
