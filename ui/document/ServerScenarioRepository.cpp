#include "document/ServerScenarioRepository.h"

#include "common/LocalizedError.h"
#include "document/ScenarioRecord.h"
#include "store/Outbox.h"
#include "store/StoreError.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace credit::ui {

namespace {

const QString kScenarioKind = QStringLiteral("scenario");
const QString kApplicationKind = QStringLiteral("application");

SavedState stateOf(const store::OutboxEntry& entry)
{
    if (entry.pending())
        return SavedState::WaitingForServer;
    return entry.state == QLatin1String("rejected") ? SavedState::RefusedByServer
                                                    : SavedState::Stored;
}

nlohmann::json parsedObject(const QString& text, const QString& what)
{
    auto json = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw LocalizedError({"L'envoi « " + what.toStdString() + " » est illisible.",
                              "The item \"" + what.toStdString() + "\" is unreadable."});
    return json;
}

// The id the server gave an accepted creation ("scenario_id" or "client_id" of its answer).
std::optional<qint64> createdId(const store::OutboxEntry& entry, const char* field)
{
    if (entry.answer.isEmpty())
        return std::nullopt;
    const auto answer = nlohmann::json::parse(entry.answer.toStdString(), nullptr, false);
    if (!answer.is_object() || !answer.contains(field) || !answer[field].is_number_integer())
        return std::nullopt;
    return answer[field].get<qint64>();
}

} // namespace

ServerScenarioRepository::ServerScenarioRepository(store::Outbox& outbox, QObject* parent)
    : QObject(parent), m_outbox(outbox)
{}

void ServerScenarioRepository::setServerScenarios(const QString& clientId,
                                                  const nlohmann::json& original,
                                                  std::vector<service::ServerScenario> scenarios)
{
    m_clients[clientId] = {original, std::move(scenarios)};
}

std::vector<SavedScenarioSummary> ServerScenarioRepository::list(ScenarioKind kind,
                                                                 const QString& clientId) const
{
    std::vector<SavedScenarioSummary> entries;
    const auto outbox = m_outbox.entries(); // newest first
    if (kind == ScenarioKind::NewApplication) {
        for (const auto& entry : outbox) {
            if (entry.request.kind != kApplicationKind)
                continue;
            QString name = entry.request.summary;
            if (const auto id = createdId(entry, "client_id"))
                name += tr(" (dossier n° %1)").arg(*id);
            entries.push_back(
                {{kind, entry.id}, name, std::nan(""), entry.createdAt, stateOf(entry)});
        }
        return entries;
    }
    std::set<qint64> listedByServer;
    const auto known = m_clients.find(clientId);
    if (known != m_clients.end())
        for (const auto& scenario : known->second.scenarios)
            listedByServer.insert(scenario.scenarioId);
    // This workstation's entries the server has not listed yet: waiting, refused, or sent since
    // the server's list was read.
    for (const auto& entry : outbox) {
        if (entry.request.kind != kScenarioKind || entry.request.clientId != clientId)
            continue;
        const auto id = createdId(entry, "scenario_id");
        if (id && listedByServer.count(*id))
            continue;
        entries.push_back({{kind, entry.id},
                           entry.request.summary,
                           std::nan(""),
                           entry.createdAt,
                           stateOf(entry)});
    }
    if (known != m_clients.end()) {
        auto scenarios = known->second.scenarios;
        std::sort(scenarios.begin(), scenarios.end(),
                  [](const auto& a, const auto& b) { return a.scenarioId > b.scenarioId; });
        for (const auto& scenario : scenarios)
            entries.push_back({{kind, scenario.scenarioId, true},
                               scenario.name,
                               scenario.probability.value_or(std::nan("")),
                               scenario.createdAt,
                               SavedState::Stored});
    }
    return entries;
}

std::optional<SavedScenario> ServerScenarioRepository::load(const SavedScenarioKey& key) const
{
    SavedScenario saved;
    saved.key = key;
    saved.kind = key.kind;
    saved.probability = std::nan("");
    if (key.onServer) {
        for (const auto& [clientId, known] : m_clients)
            for (const auto& scenario : known.scenarios)
                if (scenario.scenarioId == key.id) {
                    saved.name = scenario.name;
                    saved.clientId = clientId;
                    saved.original = known.original;
                    saved.edits = parsedObject(scenario.editsJson, scenario.name);
                    saved.probability = scenario.probability.value_or(std::nan(""));
                    return saved;
                }
        return std::nullopt;
    }
    const auto entry = m_outbox.entry(key.id);
    if (!entry)
        return std::nullopt;
    saved.name = entry->request.summary;
    const auto body = parsedObject(entry->request.body, entry->request.summary);
    if (key.kind == ScenarioKind::NewApplication) {
        saved.original = body; // reopened as typed, with no edits yet
        return saved;
    }
    const auto known = m_clients.find(entry->request.clientId);
    if (known == m_clients.end())
        throw LocalizedError(
            {"Le scénario « " + saved.name.toStdString() +
                 " » s'ouvre avec le dossier de son client : ouvrez d'abord le client.",
             "The scenario \"" + saved.name.toStdString() +
                 "\" opens with its client's file: open the client first."});
    saved.clientId = entry->request.clientId;
    saved.original = known->second.original;
    saved.edits = body.value("edits", nlohmann::json::object());
    return saved;
}

SavedScenarioKey ServerScenarioRepository::save(const SavedScenario& scenario)
{
    store::OutboxRequest request;
    request.summary = scenario.name;
    if (scenario.kind == ScenarioKind::NewApplication) {
        request.kind = kApplicationKind;
        request.route = QStringLiteral("/v1/applications");
        auto record = recordWithEdits(scenario.original, scenario.edits);
        record.erase("SK_ID_CURR"); // the server numbers new files
        request.body = QString::fromStdString(record.dump());
    } else {
        request.kind = kScenarioKind;
        request.clientId = scenario.clientId;
        request.route = QStringLiteral("/v1/clients/%1/scenarios").arg(scenario.clientId);
        request.body = QString::fromStdString(nlohmann::json{
            {"name", scenario.name.toStdString()},
            {"edits", scenario.edits}}.dump());
    }
    try {
        const auto entry = m_outbox.enqueue(request);
        emit queued(entry.id);
        return {scenario.kind, entry.id};
    } catch (const store::StoreError& error) {
        throw LocalizedError(
            {"Le scénario n'a pas pu être gardé pour l'envoi au serveur : " + error.text().fr,
             "The scenario could not be kept for sending to the server: " + error.text().en});
    }
}

} // namespace credit::ui
