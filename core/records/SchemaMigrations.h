#pragma once

#include "records/DatabaseUrl.h"

#include <QStringList>

#include <vector>

namespace credit::records {

// One step of the schema, written for both backends (their DDL differs: sequences, BYTEA vs
// BLOB, PL/pgSQL triggers vs SQLite's RAISE). Steps are never edited once released: a change is
// a new step, so every database walks the same path.
struct SchemaMigration {
    int version;
    const char* description;
    QStringList sqlite;
    QStringList postgresql;
};

const std::vector<SchemaMigration>& schemaMigrations();
int latestSchemaVersion();

} // namespace credit::records
