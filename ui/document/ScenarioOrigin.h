#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace credit::ui {

// Where a scenario document's original record comes from. A client's file and an application the
// advisor types are the same document (an original record plus edits); only the origin differs:
// what is compared with ("before" score or none), where it is saved, how it is titled.
enum class ScenarioKind {
    ClientScenario, // edits on top of a client's file from the portfolio
    NewApplication, // an application typed by the advisor, from defaults or reopened
};

// A saved entry of a repository: the kind says which table it lives in, so an application and a
// client scenario that happen to share a number are never confused.
struct SavedScenarioKey {
    ScenarioKind kind = ScenarioKind::ClientScenario;
    qint64 id = 0;
    // Server mode: true for a scenario the bank's server listed (id is the server's scenario
    // id); false for an entry of this workstation (its local store row, or its outbox entry).
    bool onServer = false;
    bool operator==(const SavedScenarioKey&) const = default;
};

struct ScenarioOrigin {
    ScenarioKind kind = ScenarioKind::ClientScenario;
    QString clientId;                      // SK_ID_CURR of a client's file, as text
    std::optional<SavedScenarioKey> saved; // set when the document was opened from a repository
    QString savedName;
};

} // namespace credit::ui
