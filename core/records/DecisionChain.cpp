#include "records/DecisionChain.h"

#include "common/Sha256.h"

#include <array>
#include <charconv>
#include <nlohmann/json.hpp>

namespace credit::records {

namespace {

// Strings as JSON string literals: one line whatever they contain, unambiguous separators.
std::string quoted(const QString& text)
{
    return nlohmann::json(text.toStdString())
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The shortest decimal that reads back as the same double (std::to_chars): both backends
// return exactly the double they were given, so the text is the same everywhere.
std::string number(double value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

} // namespace

QString canonicalDecisionText(const DecisionRecord& record)
{
    std::string text = "credit-decision-v1";
    const auto line = [&text](const char* name, const std::string& value) {
        text += '\n';
        text += name;
        text += '=';
        text += value;
    };
    line("sequence", std::to_string(record.sequence));
    line("client_id", std::to_string(record.clientId));
    line("scenario_id", record.scenarioId ? std::to_string(*record.scenarioId) : std::string());
    line("decision", quoted(record.decision));
    line("override", record.override ? "true" : "false");
    line("justification", quoted(record.justification));
    line("model_version", quoted(record.modelVersion));
    line("probability", number(record.probability));
    line("threshold", number(record.threshold));
    line("model_decision", quoted(record.modelDecision));
    line("input_hash", quoted(record.inputHash));
    line("recorded_at", quoted(record.recordedAt));
    line("principal_id", quoted(record.principalId));
    line("principal_role", quoted(record.principalRole));
    line("previous_hash", record.previousHash.toStdString());
    return QString::fromStdString(text);
}

QString decisionHash(const DecisionRecord& record)
{
    return QString::fromStdString(
        common::Sha256::hexDigest(canonicalDecisionText(record).toUtf8().toStdString()));
}

ChainVerification verifyChain(const std::vector<DecisionRecord>& records)
{
    ChainVerification result;
    QString previous = kGenesisHash;
    qint64 expectedSequence = 1;
    for (const auto& record : records) {
        const auto broken = [&](const QString& reason) {
            result.firstBroken = record.sequence;
            result.reason = reason;
        };
        if (record.sequence != expectedSequence)
            broken(QStringLiteral("sequence %1 follows %2: records are missing")
                       .arg(record.sequence)
                       .arg(expectedSequence - 1));
        else if (record.previousHash != previous)
            broken(QStringLiteral("its previous hash does not match record %1's hash")
                       .arg(expectedSequence - 1));
        else if (decisionHash(record) != record.recordHash)
            broken(QStringLiteral("its content does not match its hash (altered after writing)"));
        else if (record.override != (record.decision != record.modelDecision))
            broken(QStringLiteral("its override flag contradicts its decisions"));
        if (result.firstBroken)
            return result;
        ++result.checked;
        previous = record.recordHash;
        ++expectedSequence;
    }
    return result;
}

} // namespace credit::records
