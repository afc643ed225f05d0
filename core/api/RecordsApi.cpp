#include "api/RecordsApi.h"

#include "api/PopulationAggregates.h"
#include "api/ProblemDetails.h"
#include "common/Sha256.h"
#include "data/ClientRecordJson.h"
#include "explain/ExplanationEngine.h"
#include "population/ComparisonVariable.h"
#include "records/RecordsError.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <string_view>

namespace credit::api {

namespace {

using Status = QHttpServerResponse::StatusCode;
using nlohmann::json;

// Clients whose revision is this close to the newest one seen are read again on each refresh:
// on PostgreSQL two transactions may commit in the other order than they took revisions.
constexpr qint64 kRevisionWindow = 5;
constexpr int kScoringChunk = 100;
constexpr int kMaxPageSize = 500;

QHttpServerResponse jsonResponse(const json& body, Status status = Status::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QByteArray::fromStdString(body.dump()), status);
}

QHttpServerResponse badRequest(const QString& title, const QString& detail)
{
    return problemResponse(Status::BadRequest, title, detail);
}

std::optional<long long> clientNumber(const QString& text)
{
    bool ok = false;
    const auto id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QHttpServerResponse invalidClientNumber(const QString& text)
{
    return badRequest(QStringLiteral("Invalid client number"),
                      QStringLiteral("'%1' is not a client number (SK_ID_CURR).").arg(text));
}

QHttpServerResponse unknownClient(long long id)
{
    return problemResponse(Status::NotFound, QStringLiteral("Unknown client"),
                           QStringLiteral("No client %1 in the database.").arg(id));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A stored file always passed validation; failing now means the schema changed under it.
data::HomeCreditDataset parseStored(const QByteArray& recordJson, long long id)
{
    auto parsed = data::clientRecordFromJsonText(
        std::string_view(recordJson.constData(), static_cast<std::size_t>(recordJson.size())));
    if (!parsed.record)
        throw records::RecordsError(
            "client " + std::to_string(id) +
            "'s stored file no longer validates: " + parsed.issues.front().message);
    return std::move(*parsed.record);
}

QString inputHash(const data::HomeCreditDataset& record)
{
    return QString::fromStdString(
        common::Sha256::hexDigest(data::clientRecordToJson(record, 0).dump()));
}

json decisionJson(const records::DecisionRecord& record)
{
    return {
        {"sequence", record.sequence},
        {"client_id", record.clientId},
        {"scenario_id", record.scenarioId ? json(*record.scenarioId) : json(nullptr)},
        {"decision", record.decision.toStdString()},
        {"model_decision", record.modelDecision.toStdString()},
        {"override", record.override},
        {"justification", record.justification.toStdString()},
        {"model_version", record.modelVersion.toStdString()},
        {"probability", record.probability},
        {"threshold", record.threshold},
        {"input_hash", record.inputHash.toStdString()},
        {"recorded_at", record.recordedAt.toStdString()},
        {"principal",
         {{"id", record.principalId.toStdString()}, {"role", record.principalRole.toStdString()}}},
        {"previous_hash", record.previousHash.toStdString()},
        {"record_hash", record.recordHash.toStdString()}};
}

json scenarioJson(const records::ScenarioRecord& scenario)
{
    return {{"scenario_id", scenario.id},
            {"client_id", scenario.clientId},
            {"name", scenario.name.toStdString()},
            {"edits", json::parse(scenario.editsJson.toStdString())},
            {"created_by", scenario.createdBy.toStdString()},
            {"created_at", scenario.createdAt.toStdString()}};
}

// The body as a JSON object holding only `allowed` keys; otherwise the 400 to answer.
std::variant<json, QHttpServerResponse> parseObject(const QByteArray& body,
                                                    std::initializer_list<std::string_view> allowed,
                                                    const QString& title, const QString& hint)
{
    json document;
    try {
        document = json::parse(body.constData(), body.constData() + body.size());
    } catch (const json::exception& error) {
        return badRequest(QStringLiteral("Malformed JSON"),
                          QStringLiteral("The request body is not valid JSON: %1")
                              .arg(QString::fromUtf8(error.what())));
    }
    if (!document.is_object())
        return badRequest(QStringLiteral("Invalid body"),
                          QStringLiteral("The body must be a JSON object."));
    if (allowed.size() > 0)
        for (const auto& [key, value] : document.items())
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
                return badRequest(title, QStringLiteral("Unknown field '%1' (%2).")
                                             .arg(QString::fromStdString(key), hint));
    return document;
}

int pageLimit(const QUrlQuery& query, QString& error)
{
    const auto text = query.queryItemValue(QStringLiteral("limit"));
    if (text.isEmpty())
        return 50;
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxPageSize)
        error = QStringLiteral("limit must be an integer from 1 to %1, got '%2'.")
                    .arg(kMaxPageSize)
                    .arg(text);
    return limit;
}

// An Idempotency-Key is at most 200 characters; the 400 to answer otherwise.
std::optional<QHttpServerResponse> invalidIdempotencyKey(const RecordsRequest& request)
{
    if (request.idempotencyKey.size() <= 200)
        return std::nullopt;
    return problemResponse(Status::BadRequest, QStringLiteral("Invalid Idempotency-Key"),
                           QStringLiteral("An Idempotency-Key has at most 200 characters."));
}

// The request's Idempotency-Key bound to what it asks (route and body as sent): the same key
// with another request is a conflict, never a replay. nullopt without a key.
std::optional<records::IdempotencyKey>
idempotencyKey(const RecordsRequest& request, const std::string& route, const std::string& body)
{
    if (request.idempotencyKey.isEmpty())
        return std::nullopt;
    return records::IdempotencyKey{
        request.principal.id, QString::fromUtf8(request.idempotencyKey),
        QString::fromStdString(common::Sha256::hexDigest("POST " + route + "\n" + body))};
}

} // namespace

RecordsApi::RecordsApi(const QString& databaseUrl, std::shared_ptr<const EngineSlot> engines,
                       int minCellCount, HistoryLimits historyLimits)
    : records_(records::Records::attach(databaseUrl)), engines_(std::move(engines)),
      minCellCount_(minCellCount), historyLimits_(historyLimits),
      index_(QString::fromStdString(engines_->current()->modelVersion()))
{
    try {
        records_.database->migrate();
        databaseReachable_ = true;
    } catch (const records::DatabaseUnavailable& error) {
        // Start anyway: /ready says 503 and the watcher connects when the database is back.
        qWarning("%s; retrying in the background", error.what());
    }
    watcher_.reset(QThread::create([this] { watchDatabase(); }));
    watcher_->start();
    scorer_.reset(QThread::create([this] { scoreInBackground(); }));
    // Idle priority (SCHED_IDLE on Linux; LowPriority changes nothing there): scoring the whole
    // portfolio must only use a core no request wants, or it costs /v1/score a core's worth of
    // throughput for as long as it runs (docs/performance.md, "Server: ready, search ...").
    scorer_->start(QThread::IdlePriority);
}

RecordsApi::~RecordsApi()
{
    stopping_ = true;
    watcher_->wait();
    scorer_->wait();
}

bool RecordsApi::waitFor(int milliseconds)
{
    for (int waited = 0; waited < milliseconds && !stopping_; waited += 50)
        QThread::msleep(50);
    return !stopping_;
}

void RecordsApi::watchDatabase()
{
    bool migrated = databaseReachable_;
    bool scoresLoaded = false;
    while (!stopping_) {
        try {
            if (!migrated) {
                records_.database->migrate();
                migrated = true;
            }
            const bool reachable = records_.database->reachable();
            databaseReachable_ = reachable;
            if (reachable) {
                const bool first = !index_.loaded();
                const qint64 after =
                    first ? 0 : std::max<qint64>(0, index_.latestRevision() - kRevisionWindow);
                bool changed = index_.merge(records_.clients->summariesAfter(after));
                if (reloadScores_.exchange(false))
                    scoresLoaded = false; // the model was swapped: its stored scores
                if (!scoresLoaded) {
                    index_.setScores(records_.clients->scores(index_.modelVersion()));
                    scoresLoaded = true;
                    changed = true;
                }
                // Only for clients that changed in the database: scores the background scorer
                // stores are published by the scorer itself, at idle priority. Rebuilding the
                // whole index here for them every second took a quarter of a core at 307,511
                // clients, away from the request workers (docs/performance.md).
                if (first || changed)
                    index_.rebuild();
            }
        } catch (const records::SchemaTooNew& error) {
            qCritical("%s", error.what());
        } catch (const std::exception& error) {
            if (databaseReachable_)
                qWarning("database check failed: %s", error.what());
            databaseReachable_ = false;
            records_.database->dropThreadConnection();
        }
        if (!waitFor(1000))
            break;
    }
}

void RecordsApi::modelChanged()
{
    index_.switchModel(QString::fromStdString(engines_->current()->modelVersion()));
    reloadScores_ = true;
}

void RecordsApi::scoreInBackground()
{
    QElapsedTimer sinceRebuild;
    sinceRebuild.start();
    while (!stopping_) {
        if (!index_.loaded() || !databaseReachable_) {
            waitFor(200);
            continue;
        }
        // Per pass: after a model swap the next pass scores with the new model and its version
        // (scores of the old one that land meanwhile are ignored by the index).
        const auto engine = engines_->current();
        const auto modelVersion = QString::fromStdString(engine->modelVersion());
        const auto snapshot = index_.snapshot();
        std::vector<std::size_t> todo;
        for (std::size_t row = 0; row < snapshot->clients.size(); ++row)
            if (!snapshot->scores[row])
                todo.push_back(row);
        scored_ = snapshot->clients.size() - todo.size();
        if (todo.empty()) {
            waitFor(500);
            continue;
        }
        // /health's "scored" counts only scores the lists can already show: a count raised before
        // the index is rebuilt let a caller see "every client scored" and then a list sorted by
        // probability without them.
        std::size_t unpublished = 0;
        const auto publish = [&] {
            index_.rebuild();
            scored_ += unpublished;
            unpublished = 0;
            sinceRebuild.restart();
        };
        try {
            for (std::size_t start = 0; start < todo.size() && !stopping_; start += kScoringChunk) {
                std::vector<data::HomeCreditDataset> files;
                std::vector<records::ClientScore> scores;
                for (std::size_t i = start; i < std::min(todo.size(), start + kScoringChunk); ++i) {
                    const auto id = snapshot->clients[todo[i]].id;
                    const auto file = records_.clients->client(id);
                    if (!file)
                        continue;
                    files.push_back(parseStored(file->recordJson, id));
                    scores.push_back({id, modelVersion, file->summary.revision, 0.0, {}});
                }
                std::vector<const data::HomeCreditDataset*> pointers;
                for (const auto& file : files)
                    pointers.push_back(&file);
                const auto probabilities = engine->probabilities(pointers);
                for (std::size_t i = 0; i < scores.size(); ++i) {
                    scores[i].probability = probabilities[i];
                    scores[i].decision = probabilities[i] >= engine->threshold()
                                             ? QStringLiteral("refuse")
                                             : QStringLiteral("grant");
                }
                records_.clients->storeScores(scores);
                index_.setScores(scores);
                unpublished += scores.size();
                if (sinceRebuild.elapsed() > 2000)
                    publish();
            }
            publish();
        } catch (const std::exception& error) {
            qWarning("background scoring paused: %s", error.what());
            waitFor(1000);
        }
    }
}

QHttpServerResponse RecordsApi::guarded(const std::function<QHttpServerResponse()>& work)
{
    try {
        return work();
    } catch (const records::DatabaseUnavailable& error) {
        databaseReachable_ = false;
        QHttpServerResponse response = problemResponse(
            Status::ServiceUnavailable, QStringLiteral("Database unavailable"),
            QStringLiteral("The database cannot be reached; nothing was recorded. Retry shortly "
                           "(%1).")
                .arg(QString::fromUtf8(error.what())));
        response.setHeader("Retry-After", "2");
        return response;
    } catch (const records::InvalidRecord& error) {
        return badRequest(QStringLiteral("Invalid decision"), QString::fromUtf8(error.what()));
    } catch (const records::RecordConflict& error) {
        return problemResponse(Status::Conflict, QStringLiteral("Idempotency key reused"),
                               QString::fromUtf8(error.what()));
    } catch (const InvalidCursor& error) {
        return badRequest(QStringLiteral("Invalid cursor"), QString::fromUtf8(error.what()));
    }
}

QHttpServerResponse RecordsApi::listClients(const RecordsRequest& request)
{
    return guarded([&] {
        ClientQuery query;
        QString error;
        query.limit = pageLimit(request.query, error);
        if (!error.isEmpty())
            return badRequest(QStringLiteral("Invalid limit"), error);
        static const QStringList known{QStringLiteral("limit"),    QStringLiteral("after"),
                                       QStringLiteral("sort"),     QStringLiteral("id_prefix"),
                                       QStringLiteral("decision"), QStringLiteral("contract_type"),
                                       QStringLiteral("lang"),     QStringLiteral("include")};
        for (const auto& [name, value] : request.query.queryItems())
            if (!known.contains(name))
                return badRequest(QStringLiteral("Unknown parameter"),
                                  QStringLiteral("'%1' is not a parameter of /v1/clients (known: "
                                                 "%2).")
                                      .arg(name, known.join(QStringLiteral(", "))));
        query.after = request.query.queryItemValue(QStringLiteral("after"));
        query.idPrefix = request.query.queryItemValue(QStringLiteral("id_prefix"));
        query.decision = request.query.queryItemValue(QStringLiteral("decision"));
        query.contractType =
            request.query.queryItemValue(QStringLiteral("contract_type"), QUrl::FullyDecoded);
        auto sortText = request.query.queryItemValue(QStringLiteral("sort"));
        if (sortText.startsWith(QLatin1Char('-'))) {
            query.descending = true;
            sortText = sortText.mid(1);
        }
        const auto sort =
            sortText.isEmpty() ? std::optional(ClientSort::Id) : clientSortFromString(sortText);
        if (!sort)
            return badRequest(QStringLiteral("Invalid sort"),
                              QStringLiteral("sort must be id, decision, probability, "
                                             "contract_type or credit_amount (prefix '-' for "
                                             "descending), got '%1'.")
                                  .arg(sortText));
        query.sort = *sort;
        if (!query.decision.isEmpty() && query.decision != QLatin1String("grant") &&
            query.decision != QLatin1String("refuse"))
            return badRequest(QStringLiteral("Invalid decision filter"),
                              QStringLiteral("decision must be grant or refuse."));
        if (!index_.loaded())
            throw records::DatabaseUnavailable("the client list is not loaded yet");
        const auto snapshot = index_.snapshot();
        const auto page = ClientIndex::search(*snapshot, query);
        json rows = json::array();
        for (const auto& row : page.rows)
            rows.push_back(
                {{"client_id", row.id},
                 {"origin", row.origin.toStdString()},
                 {"contract_type", row.contractType.isEmpty()
                                       ? json(nullptr)
                                       : json(row.contractType.toStdString())},
                 {"credit_amount",
                  std::isnan(row.creditAmount) ? json(nullptr) : json(row.creditAmount)},
                 {"probability", row.probability ? json(*row.probability) : json(nullptr)},
                 {"decision",
                  row.decision.isEmpty() ? json(nullptr) : json(row.decision.toStdString())}});
        return jsonResponse(
            {{"clients", std::move(rows)},
             {"next", page.next.isEmpty() ? json(nullptr) : json(page.next.toStdString())},
             {"model_version", index_.modelVersion().toStdString()},
             {"total_clients", snapshot->clients.size()}});
    });
}

QHttpServerResponse RecordsApi::client(const RecordsRequest& request, const QString& text)
{
    const auto engine = engines_->current();
    return guarded([&] {
        const auto id = clientNumber(text);
        if (!id)
            return invalidClientNumber(text);
        const auto file = records_.clients->client(*id);
        if (!file)
            return unknownClient(*id);
        const auto record = parseStored(file->recordJson, *id);
        const auto explanation = engine->explain(record, request.detail);
        auto score = explain::toJson(explanation, request.language.toStdString(), request.detail);
        score["client_id"] = *id;
        return jsonResponse({{"client_id", *id},
                             {"origin", file->summary.origin.toStdString()},
                             {"application", data::clientRecordToJson(record, 0)},
                             {"score", std::move(score)}});
    });
}

std::variant<RecordsApi::SimilarGroup, QHttpServerResponse>
RecordsApi::similarGroup(const QUrlQuery& query, population::GroupFilter& filter) const
{
    if (const auto error = groupFilterFromQuery(query, filter))
        return badRequest(QStringLiteral("Invalid group"), QString::fromStdString(*error));
    if (!index_.loaded())
        throw records::DatabaseUnavailable("the population is not loaded yet");
    auto snapshot = index_.snapshot();
    auto rows = snapshot->population->select(filter);
    return SimilarGroup{std::move(snapshot), std::move(rows)};
}

QHttpServerResponse RecordsApi::distribution(const RecordsRequest& request)
{
    return guarded([&] {
        const auto key = request.query.queryItemValue(QStringLiteral("variable")).toStdString();
        const auto* variable = population::findComparisonVariable(key);
        if (!variable)
            return badRequest(QStringLiteral("Unknown variable"),
                              QStringLiteral("variable '%1' is not a comparison variable.")
                                  .arg(QString::fromStdString(key)));
        population::GroupFilter filter;
        auto group = similarGroup(request.query, filter);
        if (auto* failure = std::get_if<QHttpServerResponse>(&group))
            return std::move(*failure);
        const auto& [snapshot, rows] = std::get<SimilarGroup>(group);
        return jsonResponse(distributionAnswer(snapshot->population->distribution(*variable, rows),
                                               filter, minCellCount_));
    });
}

QHttpServerResponse RecordsApi::density(const RecordsRequest& request)
{
    return guarded([&] {
        const auto xKey = request.query.queryItemValue(QStringLiteral("x")).toStdString();
        const auto yKey = request.query.queryItemValue(QStringLiteral("y")).toStdString();
        const auto* x = population::findComparisonVariable(xKey);
        const auto* y = population::findComparisonVariable(yKey);
        if (!x || !y || x->categorical || y->categorical)
            return badRequest(QStringLiteral("Unknown variable"),
                              QStringLiteral("x and y must be numeric comparison variables."));
        population::GroupFilter filter;
        auto group = similarGroup(request.query, filter);
        if (auto* failure = std::get_if<QHttpServerResponse>(&group))
            return std::move(*failure);
        const auto& [snapshot, rows] = std::get<SimilarGroup>(group);
        constexpr int kDensityBins = 20;
        auto answer = densityAnswer(snapshot->population->scatter(*x, *y, rows, kDensityBins), xKey,
                                    yKey, rows.size(), minCellCount_);
        return jsonResponse(answer);
    });
}

QHttpServerResponse RecordsApi::createApplication(const RecordsRequest& request)
{
    const auto engine = engines_->current();
    return guarded([&] {
        auto parsed = parseObject(request.body, {}, {}, {});
        if (auto* failure = std::get_if<QHttpServerResponse>(&parsed))
            return std::move(*failure);
        auto body = std::get<json>(std::move(parsed));
        if (auto invalid = invalidIdempotencyKey(request))
            return std::move(*invalid);
        const auto key = idempotencyKey(request, "/v1/applications", body.dump());
        // The server numbers new files; any number in the body is replaced.
        body["SK_ID_CURR"] = records::kFirstApplicationId;
        const auto validated = data::clientRecordFromJson(body);
        if (!validated.record)
            return problemResponse(
                Status::BadRequest, QStringLiteral("Invalid application"),
                QStringLiteral("%1 field(s) are invalid; see errors.").arg(validated.issues.size()),
                validated.issues);
        if (const auto excess = exceededLimit(*validated.record, historyLimits_))
            return tooMuchHistory(*excess);
        std::optional<data::HomeCreditDataset> stored;
        const auto created = records_.clients->addApplication(
            [&](long long newId) {
                body["SK_ID_CURR"] = newId;
                stored = std::move(*data::clientRecordFromJson(body).record);
                records::ClientFile file;
                file.summary =
                    records::summarize(stored->applications, 0, QStringLiteral("application"));
                file.recordJson =
                    QByteArray::fromStdString(data::clientRecordToJson(*stored, 0).dump());
                return file;
            },
            key);
        const long long id = created.id;
        const auto file = records_.clients->client(id);
        if (file && !created.replayed) {
            index_.merge({file->summary});
            index_.rebuild();
        }
        if (created.replayed) {
            // The first request with this key created the file: answer with it again.
            if (!file)
                throw records::RecordsError("an idempotency key points at a missing application");
            stored = parseStored(file->recordJson, id);
        }
        const auto explanation = engine->explain(*stored, request.detail);
        auto score = explain::toJson(explanation, request.language.toStdString(), request.detail);
        score["client_id"] = id;
        auto response = jsonResponse({{"client_id", id},
                                      {"origin", "application"},
                                      {"application", data::clientRecordToJson(*stored, 0)},
                                      {"score", std::move(score)}},
                                     created.replayed ? Status::Ok : Status::Created);
        response.setHeader("Location", "/v1/applications/" + QByteArray::number(id));
        if (created.replayed)
            response.setHeader("Idempotent-Replayed", "true");
        return response;
    });
}

QHttpServerResponse RecordsApi::createScenario(const RecordsRequest& request, const QString& text)
{
    const auto engine = engines_->current();
    return guarded([&] {
        const auto id = clientNumber(text);
        if (!id)
            return invalidClientNumber(text);
        auto parsed =
            parseObject(request.body, {"name", "edits"}, QStringLiteral("Invalid scenario"),
                        QStringLiteral("a scenario has name and edits"));
        if (auto* failure = std::get_if<QHttpServerResponse>(&parsed))
            return std::move(*failure);
        const auto body = std::get<json>(std::move(parsed));
        if (auto invalid = invalidIdempotencyKey(request))
            return std::move(*invalid);
        const auto key = idempotencyKey(
            request, "/v1/clients/" + std::to_string(*id) + "/scenarios", body.dump());
        const auto name = body.value("name", json()).is_string()
                              ? QString::fromStdString(body["name"].get<std::string>()).trimmed()
                              : QString();
        const auto edits = body.value("edits", json());
        if (name.isEmpty() || !edits.is_object() || edits.empty())
            return badRequest(QStringLiteral("Invalid scenario"),
                              QStringLiteral("A scenario needs a non-empty \"name\" and an "
                                             "\"edits\" object of field: new value."));
        if (edits.contains("SK_ID_CURR"))
            return badRequest(QStringLiteral("Invalid scenario"),
                              QStringLiteral("A scenario cannot change the client number."));
        const auto file = records_.clients->client(*id);
        if (!file)
            return unknownClient(*id);
        auto edited = json::parse(file->recordJson.constData(),
                                  file->recordJson.constData() + file->recordJson.size());
        for (const auto& [field, value] : edits.items())
            edited[field] = value;
        const auto validated = data::clientRecordFromJson(edited);
        if (!validated.record)
            return problemResponse(Status::BadRequest, QStringLiteral("Invalid scenario"),
                                   QStringLiteral("%1 edited field(s) are invalid; see errors.")
                                       .arg(validated.issues.size()),
                                   validated.issues);
        if (const auto excess = exceededLimit(*validated.record, historyLimits_))
            return tooMuchHistory(*excess);
        records::ScenarioRecord scenario;
        scenario.clientId = *id;
        scenario.name = name;
        scenario.editsJson = QString::fromStdString(edits.dump());
        scenario.recordJson =
            QString::fromStdString(data::clientRecordToJson(*validated.record, 0).dump());
        scenario.createdBy = request.principal.id;
        scenario.createdAt = nowUtc();
        const auto created = records_.scenarios->add(scenario, key);
        scenario.id = created.id;
        if (created.replayed) {
            // The first request with this key stored the scenario: answer with that one.
            const auto first = records_.scenarios->scenario(created.id);
            if (!first)
                throw records::RecordsError("an idempotency key points at a missing scenario");
            scenario = *first;
        }
        const double probability = engine->probability(*validated.record);
        auto answer = scenarioJson(scenario);
        answer["probability"] = probability;
        answer["decision"] = probability >= engine->threshold() ? "refuse" : "grant";
        answer["model_version"] = engine->modelVersion();
        auto response = jsonResponse(answer, created.replayed ? Status::Ok : Status::Created);
        if (created.replayed)
            response.setHeader("Idempotent-Replayed", "true");
        return response;
    });
}

QHttpServerResponse RecordsApi::listScenarios(const RecordsRequest&, const QString& text)
{
    return guarded([&] {
        const auto id = clientNumber(text);
        if (!id)
            return invalidClientNumber(text);
        if (!records_.clients->client(*id))
            return unknownClient(*id);
        json scenarios = json::array();
        for (const auto& scenario : records_.scenarios->forClient(*id))
            scenarios.push_back(scenarioJson(scenario));
        return jsonResponse({{"client_id", *id}, {"scenarios", std::move(scenarios)}});
    });
}

QHttpServerResponse RecordsApi::recordDecision(const RecordsRequest& request, const QString& text)
{
    const auto engine = engines_->current();
    return guarded([&] {
        const auto id = clientNumber(text);
        if (!id)
            return invalidClientNumber(text);
        auto parsed = parseObject(
            request.body, {"decision", "justification", "scenario_id"},
            QStringLiteral("Invalid decision"),
            QStringLiteral("a decision has decision, justification and scenario_id; the server "
                           "sets everything else: who, when, the model's score, override"));
        if (auto* failure = std::get_if<QHttpServerResponse>(&parsed))
            return std::move(*failure);
        const auto body = std::get<json>(std::move(parsed));
        const auto decision = body.value("decision", json());
        const auto justification = body.value("justification", json(""));
        const auto scenarioId = body.value("scenario_id", json());
        if (!decision.is_string() || !justification.is_string() ||
            !(scenarioId.is_null() || scenarioId.is_number_integer()))
            return badRequest(QStringLiteral("Invalid decision"),
                              QStringLiteral("decision must be \"grant\" or \"refuse\", "
                                             "justification a string, scenario_id an integer."));
        if (auto invalid = invalidIdempotencyKey(request))
            return std::move(*invalid);
        // The record the decision is about: the client's file or the named scenario's edit.
        QByteArray recordJson;
        std::optional<long long> scenario;
        if (scenarioId.is_number_integer()) {
            scenario = scenarioId.get<long long>();
            const auto stored = records_.scenarios->scenario(*scenario);
            if (!stored || stored->clientId != *id)
                return problemResponse(
                    Status::NotFound, QStringLiteral("Unknown scenario"),
                    QStringLiteral("Client %1 has no scenario %2.").arg(*id).arg(*scenario));
            recordJson = stored->recordJson.toUtf8();
        } else {
            const auto file = records_.clients->client(*id);
            if (!file)
                return unknownClient(*id);
            recordJson = file->recordJson;
        }
        const auto record = parseStored(recordJson, *id);
        const double probability = engine->probability(record);
        records::DecisionDraft draft;
        draft.clientId = *id;
        draft.scenarioId = scenario;
        draft.decision = QString::fromStdString(decision.get<std::string>());
        draft.justification = QString::fromStdString(justification.get<std::string>()).trimmed();
        draft.modelVersion = QString::fromStdString(engine->modelVersion());
        draft.probability = probability;
        draft.threshold = engine->threshold();
        draft.modelDecision =
            probability >= engine->threshold() ? QStringLiteral("refuse") : QStringLiteral("grant");
        draft.inputHash = inputHash(record);
        draft.recordedAt = nowUtc();
        draft.principalId = request.principal.id;
        draft.principalRole = toString(request.principal.role);
        const auto key = idempotencyKey(
            request, "/v1/clients/" + std::to_string(*id) + "/decisions", body.dump());
        const auto outcome = records_.decisions->append(draft, key);
        auto response = jsonResponse(decisionJson(outcome.record),
                                     outcome.replayed ? Status::Ok : Status::Created);
        if (outcome.replayed)
            response.setHeader("Idempotent-Replayed", "true");
        return response;
    });
}

QHttpServerResponse RecordsApi::listClientDecisions(const RecordsRequest&, const QString& text)
{
    return guarded([&] {
        const auto id = clientNumber(text);
        if (!id)
            return invalidClientNumber(text);
        json decisions = json::array();
        for (const auto& record : records_.decisions->forClient(*id))
            decisions.push_back(decisionJson(record));
        return jsonResponse({{"client_id", *id}, {"decisions", std::move(decisions)}});
    });
}

QHttpServerResponse RecordsApi::reviewQueue(const RecordsRequest& request)
{
    return guarded([&] {
        QString error;
        const int limit = pageLimit(request.query, error);
        if (!error.isEmpty())
            return badRequest(QStringLiteral("Invalid limit"), error);
        const auto overrideText = request.query.queryItemValue(QStringLiteral("override"));
        if (!overrideText.isEmpty() && overrideText != QLatin1String("true") &&
            overrideText != QLatin1String("false"))
            return badRequest(QStringLiteral("Invalid override filter"),
                              QStringLiteral("override must be true or false."));
        const auto since =
            request.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
        if (!since.isEmpty() && !QDateTime::fromString(since, Qt::ISODateWithMs).isValid() &&
            !QDateTime::fromString(since, Qt::ISODate).isValid())
            return badRequest(QStringLiteral("Invalid since"),
                              QStringLiteral("since must be an ISO 8601 time such as "
                                             "2026-12-01T00:00:00Z, got '%1'.")
                                  .arg(since));
        qint64 after = 0;
        if (const auto text = request.query.queryItemValue(QStringLiteral("after"));
            !text.isEmpty()) {
            bool ok = false;
            after = text.toLongLong(&ok);
            if (!ok || after < 0)
                return badRequest(QStringLiteral("Invalid cursor"),
                                  QStringLiteral("after must be a decision sequence number."));
        }
        const auto records =
            records_.decisions->list(overrideText == QLatin1String("true"), since, after, limit);
        json decisions = json::array();
        for (const auto& record : records)
            decisions.push_back(decisionJson(record));
        return jsonResponse({{"decisions", std::move(decisions)},
                             {"next", static_cast<int>(records.size()) == limit
                                          ? json(std::to_string(records.back().sequence))
                                          : json(nullptr)}});
    });
}

} // namespace credit::api
