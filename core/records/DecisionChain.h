#pragma once

#include "records/DecisionRecord.h"

#include <QString>

#include <optional>
#include <vector>

namespace credit::records {

// The hash chain over decisions. docs/api.md ("Decision chain") defines the canonical text;
// both backends store the fields and the program computes the hash, so a decision hashes the
// same in SQLite and PostgreSQL.
inline const QString kGenesisHash = QString(64, QLatin1Char('0'));

QString canonicalDecisionText(const DecisionRecord& record);
QString decisionHash(const DecisionRecord& record); // hex SHA-256 of the canonical text

struct ChainVerification {
    std::size_t checked = 0;
    std::optional<qint64> firstBroken; // sequence of the first record that does not fit
    QString reason;
    bool intact() const { return !firstBroken; }
};

// Checks records given in sequence order: sequences 1, 2, 3... without gap, each previous
// hash equal to the record before's hash, each hash equal to the recomputed one.
ChainVerification verifyChain(const std::vector<DecisionRecord>& records);

} // namespace credit::records
