#pragma once

#include "document/ScenarioRepository.h"

namespace credit::store {
class LocalStore;
}

namespace credit::ui {

// Scenario documents in the desktop app's local SQLite store: client scenarios in its scenarios
// table (original + edits), typed applications in its applications table (the record as typed,
// reopened as a new application with no edits yet).
class LocalScenarioRepository : public ScenarioRepository {
public:
    explicit LocalScenarioRepository(store::LocalStore& store) : m_store(store) {}

    std::vector<SavedScenarioSummary> list(ScenarioKind kind,
                                           const QString& clientId) const override;
    std::optional<SavedScenario> load(const SavedScenarioKey& key) const override;
    SavedScenarioKey save(const SavedScenario& scenario) override;

private:
    store::LocalStore& m_store;
};

} // namespace credit::ui
