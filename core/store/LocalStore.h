#pragma once

#include "store/StoreRecords.h"

#include <QString>

#include <optional>
#include <vector>

namespace credit::store {

// What happened when the store was opened, so the app can tell the advisor.
struct StoreOpenReport {
    bool recoveredFromCorruption = false;
    QString backupPath; // where the unreadable file was moved
    QString message;    // a sentence for the advisor (English; the app words its own)
};

// The desktop app's local SQLite database: saved scenarios, typed applications and the
// append-only log of advisor decisions. Decisions have no update or delete API, and triggers
// refuse UPDATE and DELETE on the table, so even a hand-edited query cannot rewrite history.
// A corrupt file is renamed to a timestamped backup and a fresh store is created (nothing is
// deleted); a locked file raises StoreError naming the file. Not thread-safe: one per thread.
class LocalStore {
public:
    // <AppDataLocation>/local-store.sqlite, or $CREDIT_LOCAL_STORE when set.
    static QString defaultPath();

    // Opens or creates the database at `path` (its folder is created). Throws StoreError.
    explicit LocalStore(const QString& path);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    // The layout version this app writes (PRAGMA user_version): 2 adds the outbox and drafts.
    static constexpr int kCurrentSchemaVersion = 2;
    int schemaVersion() const;

    const QString& path() const { return path_; }
    // The Qt SQL connection the store's other tables (Outbox, DraftStore) run on.
    const QString& connectionName() const { return connectionName_; }
    const StoreOpenReport& openReport() const { return report_; }

    qint64 saveScenario(const StoredScenario& scenario);
    std::vector<StoredScenario> scenarios() const; // newest first
    std::optional<StoredScenario> scenario(qint64 id) const;

    qint64 saveApplication(const StoredApplication& application);
    std::vector<StoredApplication> applications() const; // newest first
    std::optional<StoredApplication> application(qint64 id) const;

    // Appends a decision. Throws StoreError when an override has no written justification or a
    // decision is not "grant"/"refuse".
    qint64 recordDecision(DecisionEntry decision);
    std::vector<DecisionEntry> decisions() const; // oldest first
    // All decisions as CSV (RFC 4180, UTF-8, header row); throws StoreError when unwritable.
    void exportDecisionsCsv(const QString& csvPath) const;
    QString decisionsCsv() const;

    // Runs a raw statement (for tests proving the triggers); throws StoreError on failure.
    void executeRaw(const QString& sql);

private:
    void open();
    void createSchema();
    bool looksCorrupt();
    void moveAsideCorruptFile();

    QString path_;
    QString connectionName_;
    StoreOpenReport report_;
};

} // namespace credit::store
