#pragma once

#include "document/ScenarioOrigin.h"

#include <QString>

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace credit::ui {

// Where a saved entry stands. Local entries are always Stored; in server mode an entry waits in
// the outbox until the server has it, or was refused by it (the reason is in the outbox).
enum class SavedState { Stored, WaitingForServer, RefusedByServer };

// One line of the "Scénarios enregistrés" list.
struct SavedScenarioSummary {
    SavedScenarioKey key;
    QString name;
    double probability = 0.0; // NaN when the scenario could not be scored when saved
    QString createdAt;        // ISO 8601 UTC
    SavedState state = SavedState::Stored;
};

// What a repository keeps of a scenario document: enough to open it again identically.
struct SavedScenario {
    SavedScenarioKey key; // filled by the repository
    ScenarioKind kind = ScenarioKind::ClientScenario;
    QString name;
    QString clientId;                                   // client scenarios only
    nlohmann::json original = nlohmann::json::object(); // the record the edits apply to
    nlohmann::json edits = nlohmann::json::object();    // column -> value (null = cleared)
    double probability = 0.0;
};

// Where scenario documents are saved and listed. The desktop app's implementation wraps the
// local SQLite store (LocalScenarioRepository); server mode's (ServerScenarioRepository) saves
// through the outbox to the bank's server, and neither the document nor the editor changes.
// Failures throw credit::LocalizedError, worded in both languages for the advisor.
class ScenarioRepository {
public:
    virtual ~ScenarioRepository() = default;

    // Client scenarios of `clientId` for ScenarioKind::ClientScenario, every typed application
    // for ScenarioKind::NewApplication; newest first.
    virtual std::vector<SavedScenarioSummary> list(ScenarioKind kind,
                                                   const QString& clientId) const = 0;
    // nullopt when there is no such entry (deleted elsewhere). Throws LocalizedError when the
    // entry exists but cannot be read back.
    virtual std::optional<SavedScenario> load(const SavedScenarioKey& key) const = 0;
    virtual SavedScenarioKey save(const SavedScenario& scenario) = 0;
};

} // namespace credit::ui
