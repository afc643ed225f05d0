#include "service/ServerRecordsJson.h"

#include "data/ClientRecordJson.h"
#include "explain/ExplanationJson.h"
#include "population/SimilarGroupBands.h"

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

bool boolean(const json& body, const char* name)
{
    const auto& value = field(body, name);
    if (!value.is_boolean())
        throw std::runtime_error(std::string("'") + name + "' is not true or false");
    return value.get<bool>();
}

std::vector<double> numbers(const json& body, const char* name)
{
    std::vector<double> out;
    for (const auto& value : array(body, name)) {
        if (!value.is_number())
            throw std::runtime_error(std::string("'") + name + "' holds something not a number");
        out.push_back(value.get<double>());
    }
    return out;
}

// A count of the population routes: {"count": n} or {"suppressed": true}.
struct Count {
    double value = 0.0;
    bool suppressed = false;
};

Count count(const json& cell, const char* name)
{
    if (!cell.is_object())
        throw std::runtime_error(std::string("'") + name + "' is not a count object");
    if (const auto hidden = cell.find("suppressed"); hidden != cell.end()) {
        if (!hidden->is_boolean() || !hidden->get<bool>())
            throw std::runtime_error(std::string("'") + name + ".suppressed' is not true");
        return {0.0, true};
    }
    const auto value = integer(cell, "count");
    if (value < 0)
        throw std::runtime_error(std::string("'") + name + ".count' is negative");
    return {static_cast<double>(value), false};
}

Count count(const json& body, const char* name, std::nullptr_t)
{
    return count(field(body, name), name);
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

std::vector<ServerScenario> clientScenariosFromJson(const json& body)
{
    std::vector<ServerScenario> scenarios;
    for (const auto& entry : array(body, "scenarios"))
        scenarios.push_back(scenarioFromJson(entry));
    return scenarios;
}

ServerDistribution distributionFromJson(const json& body)
{
    ServerDistribution out;
    auto& distribution = out.distribution;
    distribution.variable = text(body, "variable").toStdString();
    distribution.categorical = boolean(body, "categorical");
    out.minCellCount = static_cast<int>(integer(body, "min_cell_count"));
    out.groupSuppressed = boolean(body, "group_suppressed");
    const auto clients = count(body, "clients", nullptr);
    const auto missing = count(body, "missing", nullptr);
    distribution.clients = static_cast<std::size_t>(clients.value);
    distribution.missing = static_cast<std::size_t>(missing.value);
    out.clientsSuppressed = clients.suppressed;
    out.missingSuppressed = missing.suppressed;
    const bool hasOutcome = boolean(body, "has_outcome");
    std::size_t expectedBins = 0;
    if (distribution.categorical) {
        for (const auto& level : array(body, "levels")) {
            if (!level.is_string())
                throw std::runtime_error("'levels' holds something not a string");
            distribution.levels.push_back(level.get<std::string>());
        }
        expectedBins = distribution.levels.size();
    } else {
        distribution.edges = numbers(body, "edges");
        expectedBins = distribution.edges.empty() ? 0 : distribution.edges.size() - 1;
    }
    const auto& bins = array(body, "bins");
    if (!bins.empty() && bins.size() != expectedBins)
        throw std::runtime_error("'bins' has " + std::to_string(bins.size()) + " entries for " +
                                 std::to_string(expectedBins) + " levels or ranges");
    for (const auto& bin : bins) {
        const auto all = count(bin, "all", nullptr);
        distribution.all.push_back(all.value);
        out.allSuppressed.push_back(all.suppressed);
        if (hasOutcome) {
            const auto repaid = count(bin, "repaid", nullptr);
            const auto difficulties = count(bin, "difficulties", nullptr);
            distribution.repaid.push_back(repaid.value);
            distribution.difficulties.push_back(difficulties.value);
            out.outcomesSuppressed.push_back(repaid.suppressed || difficulties.suppressed);
        }
    }
    return out;
}

ServerDensity densityFromJson(const json& body)
{
    ServerDensity out;
    out.xEdges = numbers(body, "x_edges");
    out.yEdges = numbers(body, "y_edges");
    out.minCellCount = static_cast<int>(integer(body, "min_cell_count"));
    out.groupSuppressed = boolean(body, "group_suppressed");
    const auto clients = count(body, "clients", nullptr);
    const auto points = count(body, "points", nullptr);
    const auto beyond = count(body, "beyond_axes", nullptr);
    out.clients = clients.value;
    out.clientsSuppressed = clients.suppressed;
    out.points = points.value;
    out.pointsSuppressed = points.suppressed;
    out.beyondAxes = beyond.value;
    out.beyondAxesSuppressed = beyond.suppressed;
    const auto& cells = array(body, "cells");
    const std::size_t xBins = out.xEdges.empty() ? 0 : out.xEdges.size() - 1;
    const std::size_t yBins = out.yEdges.empty() ? 0 : out.yEdges.size() - 1;
    if (!cells.empty() && cells.size() != xBins * yBins)
        throw std::runtime_error("'cells' has " + std::to_string(cells.size()) +
                                 " entries for a grid of " + std::to_string(xBins) + " x " +
                                 std::to_string(yBins));
    for (const auto& cell : cells) {
        const auto each = count(cell, "cells");
        out.counts.push_back(each.value);
        out.countsSuppressed.push_back(each.suppressed);
    }
    return out;
}

QUrlQuery toUrlQuery(const population::GroupFilter& filter)
{
    QUrlQuery out;
    const auto put = [&out](const char* name, const std::string& value) {
        out.addQueryItem(QString::fromLatin1(name), QString::fromLatin1(QUrl::toPercentEncoding(
                                                        QString::fromStdString(value))));
    };
    for (const auto& field : population::categoryFilterFields())
        if (const auto& value = filter.*field.member)
            put(field.name, *value);
    // Only the fixed bands exist on the server: a range is sent as the key of its band.
    const auto putBand = [&put](const char* name, const std::vector<population::Band>& bands,
                                const std::optional<population::GroupFilter::Range>& range,
                                const char* what) {
        if (!range)
            return;
        const auto key = population::bandKeyOf(bands, *range);
        if (!key)
            throw std::invalid_argument(std::string("the ") + what +
                                        " range is not one of the fixed similar-group bands");
        put(name, *key);
    };
    putBand("age_band", population::ageBands(), filter.ageYears, "age");
    putBand("income_band", population::incomeBands(), filter.income, "income");
    return out;
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
