#include "records/SchemaMigrations.h"

namespace credit::records {

namespace {

// The application-level columns the comparisons and the client list read without opening a
// client's file (ClientSummary.h lists the same names in the same order).
QString summaryColumnsDdl(const char* numberType)
{
    QString ddl;
    for (const char* name : {"NAME_CONTRACT_TYPE", "CODE_GENDER", "NAME_EDUCATION_TYPE",
                             "NAME_FAMILY_STATUS", "NAME_HOUSING_TYPE", "NAME_INCOME_TYPE"})
        ddl += QStringLiteral("  %1 TEXT,\n").arg(QLatin1String(name));
    for (const char* name : {"DAYS_BIRTH", "DAYS_EMPLOYED", "AMT_INCOME_TOTAL", "AMT_CREDIT",
                             "AMT_ANNUITY", "AMT_GOODS_PRICE", "EXT_SOURCE_1", "EXT_SOURCE_2",
                             "EXT_SOURCE_3", "CNT_CHILDREN", "CNT_FAM_MEMBERS", "TARGET"})
        ddl += QStringLiteral("  %1 %2,\n").arg(QLatin1String(name), QLatin1String(numberType));
    return ddl;
}

// Decisions are the audit trail: neither an UPDATE nor a DELETE may rewrite them, whoever
// sends the statement. Version 1 of the schema.
const char* kDecisionsColumns = R"(
  client_id BIGINT NOT NULL,
  scenario_id BIGINT,
  decision TEXT NOT NULL CHECK (decision IN ('grant', 'refuse')),
  justification TEXT NOT NULL,
  override INTEGER NOT NULL CHECK (override IN (0, 1)),
  model_version TEXT NOT NULL,
  probability DOUBLE PRECISION NOT NULL,
  threshold DOUBLE PRECISION NOT NULL,
  model_decision TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  principal_id TEXT NOT NULL,
  principal_role TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  record_hash TEXT NOT NULL UNIQUE
)";

std::vector<SchemaMigration> buildMigrations()
{
    SchemaMigration first{
        1, "clients, scores, scenarios, append-only hash-chained decisions", {}, {}};
    first.sqlite = {
        QStringLiteral("CREATE TABLE clients (\n  client_id INTEGER PRIMARY KEY,\n"
                       "  origin TEXT NOT NULL,\n  revision INTEGER NOT NULL,\n"
                       "  updated_at TEXT NOT NULL,\n") +
            summaryColumnsDdl("REAL") + QStringLiteral("  document BLOB NOT NULL\n)"),
        QStringLiteral("CREATE INDEX clients_revision ON clients (revision)"),
        QStringLiteral("CREATE TABLE revision_counter (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "value INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO revision_counter VALUES (1, 0)"),
        QStringLiteral("CREATE TABLE application_counter (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "value INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO application_counter VALUES (1, 900000000000)"),
        QStringLiteral("CREATE TABLE client_scores (client_id INTEGER NOT NULL, model_version "
                       "TEXT NOT NULL, revision INTEGER NOT NULL, probability REAL NOT NULL, "
                       "decision TEXT NOT NULL, PRIMARY KEY (client_id, model_version))"),
        QStringLiteral("CREATE TABLE scenarios (scenario_id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "client_id INTEGER NOT NULL, name TEXT NOT NULL, edits TEXT NOT NULL, "
                       "record TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX scenarios_client ON scenarios (client_id)"),
        QStringLiteral("CREATE TABLE decisions (\n  sequence INTEGER PRIMARY KEY,") +
            QLatin1String(kDecisionsColumns) + QStringLiteral(")"),
        QStringLiteral("CREATE INDEX decisions_client ON decisions (client_id)"),
        QStringLiteral("CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions "
                       "BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END"),
        QStringLiteral("CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions "
                       "BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END"),
        QStringLiteral("CREATE TABLE idempotency_keys (principal_id TEXT NOT NULL, "
                       "idempotency_key TEXT NOT NULL, request_hash TEXT NOT NULL, "
                       "decision_sequence INTEGER NOT NULL, created_at TEXT NOT NULL, "
                       "PRIMARY KEY (principal_id, idempotency_key))"),
    };
    first.postgresql = {
        QStringLiteral("CREATE TABLE clients (\n  client_id BIGINT PRIMARY KEY,\n"
                       "  origin TEXT NOT NULL,\n  revision BIGINT NOT NULL,\n"
                       "  updated_at TEXT NOT NULL,\n") +
            summaryColumnsDdl("DOUBLE PRECISION") + QStringLiteral("  document BYTEA NOT NULL\n)"),
        QStringLiteral("CREATE INDEX clients_revision ON clients (revision)"),
        QStringLiteral("CREATE SEQUENCE client_revisions"),
        QStringLiteral("CREATE SEQUENCE application_ids START 900000000001"),
        QStringLiteral("CREATE TABLE client_scores (client_id BIGINT NOT NULL, model_version "
                       "TEXT NOT NULL, revision BIGINT NOT NULL, probability DOUBLE PRECISION NOT "
                       "NULL, decision TEXT NOT NULL, PRIMARY KEY (client_id, model_version))"),
        QStringLiteral("CREATE TABLE scenarios (scenario_id BIGSERIAL PRIMARY KEY, client_id "
                       "BIGINT NOT NULL, name TEXT NOT NULL, edits TEXT NOT NULL, record TEXT NOT "
                       "NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX scenarios_client ON scenarios (client_id)"),
        QStringLiteral("CREATE TABLE decisions (\n  sequence BIGINT PRIMARY KEY,") +
            QLatin1String(kDecisionsColumns) + QStringLiteral(")"),
        QStringLiteral("CREATE INDEX decisions_client ON decisions (client_id)"),
        QStringLiteral("CREATE FUNCTION decisions_append_only() RETURNS trigger AS $$ BEGIN "
                       "RAISE EXCEPTION 'decisions are append-only'; END $$ LANGUAGE plpgsql"),
        QStringLiteral("CREATE TRIGGER decisions_no_update BEFORE UPDATE OR DELETE ON decisions "
                       "FOR EACH ROW EXECUTE FUNCTION decisions_append_only()"),
        QStringLiteral("CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions "
                       "FOR EACH STATEMENT EXECUTE FUNCTION decisions_append_only()"),
        QStringLiteral("CREATE TABLE idempotency_keys (principal_id TEXT NOT NULL, "
                       "idempotency_key TEXT NOT NULL, request_hash TEXT NOT NULL, "
                       "decision_sequence BIGINT NOT NULL, created_at TEXT NOT NULL, "
                       "PRIMARY KEY (principal_id, idempotency_key))"),
    };
    // Version 2: a resent creation (a scenario, a new application) with the same Idempotency-Key
    // gives back what the first request created instead of a second copy.
    SchemaMigration second{2, "idempotency keys of creations (scenarios, applications)", {}, {}};
    const auto creationKeys = [](const char* idType) {
        return QStringLiteral("CREATE TABLE creation_keys (principal_id TEXT NOT NULL, kind TEXT "
                              "NOT NULL CHECK (kind IN ('scenario', 'application')), "
                              "idempotency_key TEXT NOT NULL, request_hash TEXT NOT NULL, "
                              "created_id %1 NOT NULL, created_at TEXT NOT NULL, "
                              "PRIMARY KEY (principal_id, kind, idempotency_key))")
            .arg(QLatin1String(idType));
    };
    second.sqlite = {creationKeys("INTEGER")};
    second.postgresql = {creationKeys("BIGINT")};
    return {first, second};
}

} // namespace

const std::vector<SchemaMigration>& schemaMigrations()
{
    static const std::vector<SchemaMigration> migrations = buildMigrations();
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace credit::records
