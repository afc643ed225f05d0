#include "document/LocalScenarioRepository.h"

#include "common/LocalizedError.h"
#include "document/ScenarioRecord.h"
#include "store/LocalStore.h"

namespace credit::ui {

namespace {

nlohmann::json parsedObject(const QString& text, const QString& name)
{
    auto json = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw LocalizedError({"Le scénario « " + name.toStdString() + " » est illisible.",
                              "The scenario \"" + name.toStdString() + "\" is unreadable."});
    return json;
}

} // namespace

std::vector<SavedScenarioSummary> LocalScenarioRepository::list(ScenarioKind kind,
                                                                const QString& clientId) const
{
    std::vector<SavedScenarioSummary> entries;
    if (kind == ScenarioKind::NewApplication) {
        for (const auto& application : m_store.applications())
            entries.push_back({{kind, application.id},
                               application.name,
                               application.probability,
                               application.createdAt});
        return entries;
    }
    for (const auto& scenario : m_store.scenarios())
        if (scenario.clientId == clientId)
            entries.push_back(
                {{kind, scenario.id}, scenario.name, scenario.probability, scenario.createdAt});
    return entries;
}

std::optional<SavedScenario> LocalScenarioRepository::load(const SavedScenarioKey& key) const
{
    SavedScenario saved;
    saved.key = key;
    saved.kind = key.kind;
    if (key.kind == ScenarioKind::NewApplication) {
        const auto application = m_store.application(key.id);
        if (!application)
            return std::nullopt;
        saved.name = application->name;
        saved.original = parsedObject(application->recordJson, application->name);
        saved.probability = application->probability;
        return saved;
    }
    const auto scenario = m_store.scenario(key.id);
    if (!scenario)
        return std::nullopt;
    saved.name = scenario->name;
    saved.clientId = scenario->clientId;
    saved.original = parsedObject(scenario->originalJson, scenario->name);
    saved.edits = parsedObject(scenario->editsJson, scenario->name);
    saved.probability = scenario->probability;
    return saved;
}

SavedScenarioKey LocalScenarioRepository::save(const SavedScenario& scenario)
{
    if (scenario.kind == ScenarioKind::NewApplication) {
        // An application is kept as the record the advisor ended up with.
        const nlohmann::json record = recordWithEdits(scenario.original, scenario.edits);
        return {scenario.kind, m_store.saveApplication({0,
                                                        scenario.name,
                                                        QString::fromStdString(record.dump()),
                                                        scenario.probability,
                                                        {}})};
    }
    store::StoredScenario stored;
    stored.name = scenario.name;
    stored.clientId = scenario.clientId;
    stored.originalJson = QString::fromStdString(scenario.original.dump());
    stored.editsJson = QString::fromStdString(scenario.edits.dump());
    stored.probability = scenario.probability;
    return {scenario.kind, m_store.saveScenario(stored)};
}

} // namespace credit::ui
