#pragma once

#include "data/Table.h"
#include "population/Population.h"
#include "records/ClientRepository.h"

#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace credit::api {

// The columns GET /v1/clients sorts on (the app's client list).
enum class ClientSort { Id, Decision, Probability, ContractType, CreditAmount };
std::optional<ClientSort> clientSortFromString(const QString& text);
QString toString(ClientSort sort);

struct ClientQuery {
    QString idPrefix;
    QString decision;     // "grant" / "refuse" / empty
    QString contractType; // as written in the data / empty
    ClientSort sort = ClientSort::Id;
    bool descending = false;
    int limit = 50;
    QString after; // opaque cursor from a previous page
};

struct ClientRow {
    long long id = 0;
    QString origin;
    QString contractType;
    double creditAmount = 0.0; // NaN when missing
    std::optional<double> probability;
    QString decision; // empty until scored
};

struct ClientPage {
    std::vector<ClientRow> rows;
    QString next; // cursor for the following page, empty on the last
};

// Thrown for a cursor the server did not write.
class InvalidCursor : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The application-level columns of every client and their current scores, held in memory so
// listing, searching and population aggregates never open a client's file. Readers work on an
// immutable snapshot (cheap to share between worker threads); changes gather in the index and a
// new snapshot is built by rebuild(), which sorts each list order once so a page is a binary
// search plus a short walk (keyset pagination: a page never shifts when clients are added).
class ClientIndex {
public:
    struct Snapshot {
        std::vector<records::ClientSummary> clients;             // by id
        std::vector<std::optional<records::ClientScore>> scores; // current scores only
        std::map<ClientSort, std::vector<std::uint32_t>> orders; // rows with a value, ascending
        data::Table applications; // the summary columns as a table, for the population
        std::unique_ptr<population::Population> population;
        std::unordered_map<long long, std::size_t> rowOf;
    };

    explicit ClientIndex(QString modelVersion);

    // Adds or replaces clients (by id); a score stays only if its revision still matches.
    // Returns whether any client was added or changed.
    bool merge(std::vector<records::ClientSummary> summaries);
    void setScores(const std::vector<records::ClientScore>& scores);
    // Builds a new snapshot when something changed since the last one.
    void rebuild();
    std::shared_ptr<const Snapshot> snapshot() const;
    qint64 latestRevision() const;
    bool loaded() const;
    QString modelVersion() const;
    // Another model now scores the clients: the scores of the previous one are dropped (a
    // client is unscored until the new model's score arrives).
    void switchModel(QString modelVersion);

    static ClientPage search(const Snapshot& snapshot, const ClientQuery& query);

private:
    QString modelVersion_;
    mutable std::mutex mutex_;
    std::map<long long, records::ClientSummary> clients_;
    std::unordered_map<long long, records::ClientScore> scores_;
    qint64 latestRevision_ = 0;
    bool dirty_ = false;
    bool merged_ = false; // the database was read at least once
    bool loaded_ = false; // ... and a snapshot built from it
    std::shared_ptr<const Snapshot> snapshot_;
};

} // namespace credit::api
