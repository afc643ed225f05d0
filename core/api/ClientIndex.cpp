#include "api/ClientIndex.h"

#include "records/ClientSummary.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace credit::api {

namespace {

constexpr std::size_t kContractType = 0; // index in kSummaryCategories
constexpr std::size_t kCreditAmount = 3; // index in kSummaryNumbers

// A client's value for a sort: a number or a text (exactly one is used per sort).
struct SortValue {
    double number = 0.0;
    QString text;
};

bool isTextSort(ClientSort sort)
{
    return sort == ClientSort::Decision || sort == ClientSort::ContractType;
}

std::optional<SortValue> valueOf(const ClientIndex::Snapshot& snapshot, std::size_t row,
                                 ClientSort sort)
{
    const auto& client = snapshot.clients[row];
    const auto& score = snapshot.scores[row];
    switch (sort) {
    case ClientSort::Id:
        return SortValue{static_cast<double>(client.id), {}};
    case ClientSort::Decision:
        if (!score)
            return std::nullopt;
        return SortValue{0.0, score->decision};
    case ClientSort::Probability:
        if (!score)
            return std::nullopt;
        return SortValue{score->probability, {}};
    case ClientSort::ContractType:
        if (client.categories[kContractType].isEmpty())
            return std::nullopt;
        return SortValue{0.0, client.categories[kContractType]};
    case ClientSort::CreditAmount:
        if (std::isnan(client.numbers[kCreditAmount]))
            return std::nullopt;
        return SortValue{client.numbers[kCreditAmount], {}};
    }
    return std::nullopt;
}

// Orders (value, id) pairs; ids break ties so every position is unique.
int compare(const SortValue& a, long long aId, const SortValue& b, long long bId, bool text)
{
    if (text) {
        if (const int c = a.text.compare(b.text); c != 0)
            return c < 0 ? -1 : 1;
    } else if (a.number != b.number) {
        return a.number < b.number ? -1 : 1;
    }
    return aId < bId ? -1 : (aId > bId ? 1 : 0);
}

QString encodeCursor(const SortValue& value, long long id, ClientSort sort)
{
    QJsonObject cursor{{QStringLiteral("s"), toString(sort)},
                       {QStringLiteral("id"), QString::number(id)}};
    if (isTextSort(sort))
        cursor.insert(QStringLiteral("t"), value.text);
    else
        cursor.insert(QStringLiteral("n"), value.number);
    return QString::fromLatin1(
        QJsonDocument(cursor)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::pair<SortValue, long long> decodeCursor(const QString& text, ClientSort sort)
{
    const auto bytes = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
    const auto document = QJsonDocument::fromJson(bytes);
    const auto cursor = document.object();
    bool ok = false;
    const long long id = cursor.value(QStringLiteral("id")).toString().toLongLong(&ok);
    if (!document.isObject() || !ok)
        throw InvalidCursor("'after' is not a cursor this server wrote");
    if (cursor.value(QStringLiteral("s")).toString() != toString(sort))
        throw InvalidCursor("'after' belongs to another sort order; keep the same 'sort'");
    SortValue value;
    value.text = cursor.value(QStringLiteral("t")).toString();
    value.number = cursor.value(QStringLiteral("n")).toDouble();
    return {value, id};
}

void buildTable(ClientIndex::Snapshot& snapshot)
{
    auto& table = snapshot.applications;
    auto& ids = table.addColumn("SK_ID_CURR", data::ColumnKind::Key);
    ids.reserve(snapshot.clients.size());
    for (const auto& client : snapshot.clients)
        ids.appendNumber(static_cast<double>(client.id));
    for (std::size_t i = 0; i < records::kSummaryCategories.size(); ++i) {
        auto& column = table.addColumn(records::kSummaryCategories[i], data::ColumnKind::Category);
        column.reserve(snapshot.clients.size());
        for (const auto& client : snapshot.clients)
            column.appendCategory(client.categories[i].toStdString());
    }
    for (std::size_t i = 0; i < records::kSummaryNumbers.size(); ++i) {
        const std::string name = records::kSummaryNumbers[i];
        const bool anyValue = std::any_of(snapshot.clients.begin(), snapshot.clients.end(),
                                          [i](const auto& c) { return !std::isnan(c.numbers[i]); });
        if (name == "TARGET" && !anyValue)
            continue; // no outcome known: the population has no outcome split
        auto& column = table.addColumn(name, name.starts_with("DAYS_") ? data::ColumnKind::Days
                                                                       : data::ColumnKind::Real);
        column.reserve(snapshot.clients.size());
        for (const auto& client : snapshot.clients)
            column.appendNumber(client.numbers[i]);
    }
}

} // namespace

std::optional<ClientSort> clientSortFromString(const QString& text)
{
    for (const auto sort : {ClientSort::Id, ClientSort::Decision, ClientSort::Probability,
                            ClientSort::ContractType, ClientSort::CreditAmount})
        if (text == toString(sort))
            return sort;
    return std::nullopt;
}

QString toString(ClientSort sort)
{
    switch (sort) {
    case ClientSort::Decision:
        return QStringLiteral("decision");
    case ClientSort::Probability:
        return QStringLiteral("probability");
    case ClientSort::ContractType:
        return QStringLiteral("contract_type");
    case ClientSort::CreditAmount:
        return QStringLiteral("credit_amount");
    case ClientSort::Id:
        break;
    }
    return QStringLiteral("id");
}

ClientIndex::ClientIndex(QString modelVersion)
    : modelVersion_(std::move(modelVersion)), snapshot_(std::make_shared<Snapshot>())
{}

bool ClientIndex::merge(std::vector<records::ClientSummary> summaries)
{
    std::lock_guard lock(mutex_);
    bool changed = false;
    for (auto& summary : summaries) {
        latestRevision_ = std::max(latestRevision_, summary.revision);
        const auto found = clients_.find(summary.id);
        if (found != clients_.end() && found->second.revision == summary.revision)
            continue;
        const auto score = scores_.find(summary.id);
        if (score != scores_.end() && score->second.revision != summary.revision)
            scores_.erase(score);
        clients_[summary.id] = std::move(summary);
        dirty_ = true;
        changed = true;
    }
    merged_ = true;
    return changed;
}

QString ClientIndex::modelVersion() const
{
    std::lock_guard lock(mutex_);
    return modelVersion_;
}

void ClientIndex::switchModel(QString modelVersion)
{
    std::lock_guard lock(mutex_);
    if (modelVersion == modelVersion_)
        return;
    modelVersion_ = std::move(modelVersion);
    scores_.clear();
    dirty_ = true;
}

void ClientIndex::setScores(const std::vector<records::ClientScore>& scores)
{
    std::lock_guard lock(mutex_);
    for (const auto& score : scores) {
        if (score.modelVersion != modelVersion_)
            continue;
        const auto client = clients_.find(score.clientId);
        if (client == clients_.end() || client->second.revision != score.revision)
            continue;
        scores_[score.clientId] = score;
        dirty_ = true;
    }
}

void ClientIndex::rebuild()
{
    auto next = std::make_shared<Snapshot>();
    {
        std::lock_guard lock(mutex_);
        if (!dirty_) {
            loaded_ = merged_; // an empty database is loaded too
            return;
        }
        dirty_ = false;
        next->clients.reserve(clients_.size());
        next->scores.reserve(clients_.size());
        for (const auto& [id, summary] : clients_) {
            next->clients.push_back(summary);
            const auto score = scores_.find(id);
            next->scores.push_back(score == scores_.end()
                                       ? std::nullopt
                                       : std::optional<records::ClientScore>(score->second));
        }
    }
    auto& snapshot = *next;
    snapshot.rowOf.reserve(snapshot.clients.size());
    for (std::size_t row = 0; row < snapshot.clients.size(); ++row)
        snapshot.rowOf.emplace(snapshot.clients[row].id, row);
    for (const auto sort : {ClientSort::Id, ClientSort::Decision, ClientSort::Probability,
                            ClientSort::ContractType, ClientSort::CreditAmount}) {
        std::vector<std::pair<SortValue, std::uint32_t>> keyed;
        keyed.reserve(snapshot.clients.size());
        for (std::size_t row = 0; row < snapshot.clients.size(); ++row)
            if (auto value = valueOf(snapshot, row, sort))
                keyed.emplace_back(std::move(*value), static_cast<std::uint32_t>(row));
        const bool text = isTextSort(sort);
        std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
            return compare(a.first, snapshot.clients[a.second].id, b.first,
                           snapshot.clients[b.second].id, text) < 0;
        });
        auto& order = snapshot.orders[sort];
        order.reserve(keyed.size());
        for (const auto& entry : keyed)
            order.push_back(entry.second);
    }
    buildTable(snapshot);
    snapshot.population = std::make_unique<population::Population>(snapshot.applications);
    std::lock_guard lock(mutex_);
    snapshot_ = std::move(next);
    loaded_ = merged_; // only once readers see the clients: /ready waits for this
}

std::shared_ptr<const ClientIndex::Snapshot> ClientIndex::snapshot() const
{
    std::lock_guard lock(mutex_);
    return snapshot_;
}

qint64 ClientIndex::latestRevision() const
{
    std::lock_guard lock(mutex_);
    return latestRevision_;
}

bool ClientIndex::loaded() const
{
    std::lock_guard lock(mutex_);
    return loaded_;
}

ClientPage ClientIndex::search(const Snapshot& snapshot, const ClientQuery& query)
{
    ClientPage page;
    const auto found = snapshot.orders.find(query.sort);
    if (found == snapshot.orders.end())
        return page;
    const auto& order = found->second;
    const bool text = isTextSort(query.sort);
    // Position of the first row to look at, in walking direction.
    std::ptrdiff_t position = query.descending ? static_cast<std::ptrdiff_t>(order.size()) - 1 : 0;
    if (!query.after.isEmpty()) {
        // Named members, not a structured binding: clang 15 (the fuzz build) cannot capture a
        // structured binding in the lambdas below.
        const auto cursor = decodeCursor(query.after, query.sort);
        const auto& value = cursor.first;
        const auto& id = cursor.second;
        // First row strictly after the cursor in ascending order.
        const auto upper = std::partition_point(order.begin(), order.end(), [&](std::uint32_t row) {
            return compare(*valueOf(snapshot, row, query.sort), snapshot.clients[row].id, value, id,
                           text) <= 0;
        });
        if (query.descending) {
            const auto lower =
                std::partition_point(order.begin(), order.end(), [&](std::uint32_t row) {
                    return compare(*valueOf(snapshot, row, query.sort), snapshot.clients[row].id,
                                   value, id, text) < 0;
                });
            position = (lower - order.begin()) - 1;
        } else {
            position = upper - order.begin();
        }
    }
    const std::ptrdiff_t step = query.descending ? -1 : 1;
    for (; position >= 0 && position < static_cast<std::ptrdiff_t>(order.size());
         position += step) {
        const auto row = order[static_cast<std::size_t>(position)];
        const auto& client = snapshot.clients[row];
        const auto& score = snapshot.scores[row];
        if (!query.idPrefix.isEmpty() && !QString::number(client.id).startsWith(query.idPrefix))
            continue;
        if (!query.decision.isEmpty() && (!score || score->decision != query.decision))
            continue;
        if (!query.contractType.isEmpty() && client.categories[kContractType] != query.contractType)
            continue;
        if (static_cast<int>(page.rows.size()) == query.limit) {
            const auto& last = page.rows.back();
            const auto lastRow = snapshot.rowOf.at(last.id);
            page.next = encodeCursor(*valueOf(snapshot, lastRow, query.sort), last.id, query.sort);
            break;
        }
        ClientRow out;
        out.id = client.id;
        out.origin = client.origin;
        out.contractType = client.categories[kContractType];
        out.creditAmount = client.numbers[kCreditAmount];
        if (score) {
            out.probability = score->probability;
            out.decision = score->decision;
        }
        page.rows.push_back(std::move(out));
    }
    return page;
}

} // namespace credit::api
