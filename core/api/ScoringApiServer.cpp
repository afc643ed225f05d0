#include "api/ScoringApiServer.h"

#include "api/ApiReply.h"
#include "api/ConnectionGuard.h"
#include "api/ProblemDetails.h"
#include "api/RecordsApi.h"
#include "api/RequestFraming.h"
#include "common/JsonWriter.h"
#include "common/PrintableText.h"
#include "data/ClientRecordJson.h"
#include "data/DataError.h"
#include "data/HomeCreditDataset.h"
#include "drift/PredictionLogWriter.h"
#include "explain/ExplanationEngine.h"
#include "explain/ExplanationJson.h"
#include "features/ClientRecord.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <nlohmann/json.hpp>

namespace credit::api {

namespace {

// A scored client's answer without feature lists is ~20 KB on the demo model.
constexpr std::size_t kTypicalAnswerBytes = 32 * 1024;

// Connections the kernel may hold before the server accepts them (capped by net.core.somaxconn).
constexpr int kListenBacklog = 1024;

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;
using nlohmann::json;

QHttpServerResponse jsonResponse(const json& body, Status status = Status::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QByteArray::fromStdString(body.dump()), status);
}

QByteArray headerValue(const ApiRequest& request, const QByteArray& name)
{
    return request.header(name);
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

QHttpServerResponse malformedJson(const json::exception& error)
{
    if (const auto* syntax = dynamic_cast<const json::parse_error*>(&error))
        return problemResponse(Status::BadRequest, QStringLiteral("Malformed JSON"),
                               QStringLiteral("The request body is not valid JSON (byte %1): %2")
                                   .arg(syntax->byte)
                                   .arg(QString::fromUtf8(syntax->what())));
    // Not a syntax error but still unreadable, e.g. 1e999 overflows a double (out_of_range).
    return problemResponse(Status::BadRequest, QStringLiteral("Malformed JSON"),
                           QStringLiteral("The request body cannot be read as JSON: %1")
                               .arg(QString::fromUtf8(error.what())));
}

// Parses a request body that passed the size and media-type checks.
std::variant<json, QHttpServerResponse> parseJsonBody(const QByteArray& body)
{
    try {
        return json::parse(body.constData(), body.constData() + body.size());
    } catch (const json::exception& error) {
        return malformedJson(error);
    }
}

// 503 for work stopped at its deadline; a client that hung up gets nothing (the answer is only
// logged), but the same status keeps the access log honest.
QHttpServerResponse abandonedResponse(const RequestAbandoned& abandoned, int deadlineMs)
{
    QHttpServerResponse response = problemResponse(
        Status::ServiceUnavailable,
        abandoned.clientGone() ? QStringLiteral("Client gone")
                               : QStringLiteral("Deadline exceeded"),
        abandoned.clientGone()
            ? QStringLiteral("The client closed the connection; the work was abandoned.")
            : QStringLiteral("The request did not finish within the server's deadline (%1 ms); "
                             "retry later or send less history.")
                  .arg(deadlineMs));
    response.setHeader("Retry-After", "1");
    return response;
}

QHttpServerResponse invalidApplication(const std::vector<data::FieldIssue>& issues,
                                       const QString& prefix = {})
{
    return problemResponse(
        Status::BadRequest, QStringLiteral("Invalid application"),
        QStringLiteral("%1%2 field(s) are invalid; see errors.").arg(prefix).arg(issues.size()),
        issues);
}

} // namespace

// What a request carries into the worker thread: copies, since the request object does not
// outlive the network thread's handler.
class ScoringApiServer::RequestScope {
public:
    QString method;
    QString route;
    QString path;
    QString remote;
    QString keyId;
    Principal principal;
    QUrlQuery query;
    QByteArray idempotencyKey;
    QByteArray body;
    QString language;
    explain::ContributionDetail detail = explain::ContributionDetail::Groups;
    QElapsedTimer timer;
    std::shared_ptr<RequestDeadline> deadline;
};

ScoringApiServer::ScoringApiServer(ApiConfig config,
                                   std::shared_ptr<const explain::ExplanationEngine> engine,
                                   QObject* parent)
    : QObject(parent), config_(std::move(config)),
      engines_(std::make_shared<EngineSlot>(std::move(engine))),
      historyLimits_{static_cast<std::size_t>(config_.maxHistoryRows),
                     static_cast<std::size_t>(config_.maxBureauBalancePairs)},
      principals_(std::vector<QString>(config_.apiKeys.begin(), config_.apiKeys.end()),
                  config_.principalsPath),
      rateLimiter_(config_.rateLimitPerMinute), accessLog_(config_.accessLogPath)
{
    if (!principals_.enabled() && !config_.allowAnonymous)
        throw ConfigError("no API key is configured: set CREDIT_API_KEYS, api_keys in the "
                          "configuration file or --api-keys-file (or allow_anonymous for local "
                          "development only)");
    if (config_.workerThreads > 0)
        workers_.setMaxThreadCount(config_.workerThreads);
    if (!config_.portfolioPath.isEmpty()) {
        portfolio_ = std::make_unique<data::HomeCreditDataset>(
            data::HomeCreditDataset::load(config_.portfolioPath.toStdString()));
        portfolio_->requireUniqueApplicants(); // GET /v1/clients/{id} must mean one client
        // An index rather than a scan per request (the column copy alone cost a full pass).
        const auto ids = portfolio_->applications.column("SK_ID_CURR").numbers();
        for (std::size_t row = 0; row < ids.size(); ++row)
            portfolioRows_.emplace(static_cast<long long>(ids[row]), row);
        clientExtractor_ = std::make_unique<features::ClientExtractor>(*portfolio_);
    }
    if (!config_.databaseUrl.isEmpty())
        records_ = std::make_unique<RecordsApi>(config_.databaseUrl, engines_, config_.minCellCount,
                                                historyLimits_);
    if (!config_.predictionLogPath.isEmpty())
        predictionLog_ =
            std::make_unique<drift::PredictionLogWriter>(config_.predictionLogPath.toStdString());
    const auto loaded = engines_->current();
    metrics_.setModel(QString::fromStdString(loaded->modelVersion()),
                      QString::fromStdString(loaded->checksum()));
    registerRoutes();
}

std::optional<std::string> ScoringApiServer::reloadModel(const std::filesystem::path& bundle)
{
    std::shared_ptr<const explain::ExplanationEngine> next;
    try {
        next = explain::ExplanationEngine::open(bundle);
    } catch (const std::exception& error) {
        return std::string(error.what());
    }
    engines_->replace(next);
    metrics_.setModel(QString::fromStdString(next->modelVersion()),
                      QString::fromStdString(next->checksum()));
    if (records_)
        records_->modelChanged();
    return std::nullopt;
}

std::string ScoringApiServer::modelVersion() const
{
    return engines_->current()->modelVersion();
}

ScoringApiServer::~ScoringApiServer()
{
    workers_.waitForDone();
}

quint16 ScoringApiServer::listen()
{
    if (!config_.tlsCertificatePath.isEmpty()) {
        QFile certificateFile(config_.tlsCertificatePath);
        QFile keyFile(config_.tlsKeyPath);
        if (!certificateFile.open(QIODevice::ReadOnly))
            throw ConfigError("TLS certificate " +
                              common::printable(config_.tlsCertificatePath.toStdString()) + ": " +
                              certificateFile.errorString().toStdString());
        if (!keyFile.open(QIODevice::ReadOnly))
            throw ConfigError("TLS key " + common::printable(config_.tlsKeyPath.toStdString()) +
                              ": " + keyFile.errorString().toStdString());
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            throw ConfigError("TLS certificate or key is not a readable PEM file");
        server_.sslSetup(certificate, key);
    }
    const QHostAddress address(config_.bindAddress);
    if (address.isNull())
        throw ConfigError("bind address '" + common::printable(config_.bindAddress.toStdString()) +
                          "' is not an IP address");
    const auto failed = [this] {
        return ConfigError("cannot listen on " +
                           common::printable(config_.bindAddress.toStdString()) + ":" +
                           std::to_string(config_.port) + " (port in use or not permitted)");
    };
    if (!config_.tlsCertificatePath.isEmpty()) {
        const auto port = server_.listen(address, static_cast<quint16>(config_.port));
        if (port == 0)
            throw failed();
        return port;
    }
    // Our own listener for plain HTTP, to set the accept backlog: Qt's default of 50 overflowed
    // on bursts of new connections (kernel ListenOverflows with 200 clients connecting at once;
    // their SYNs are dropped and retried a second later).
    // Guarded: header/body and idle timeouts and connection caps Qt 6.4 does not have.
    auto* listener =
        new GuardedTcpServer({config_.idleTimeoutMs, config_.requestTimeoutMs,
                              config_.maxConnections, config_.maxConnectionsPerAddress},
                             this);
    listener->setListenBacklogSize(kListenBacklog);
    if (!listener->listen(address, static_cast<quint16>(config_.port))) {
        delete listener;
        throw failed();
    }
    server_.bind(listener);
    return listener->serverPort();
}

void ScoringApiServer::shutdownGracefully(int timeoutMs)
{
    draining_ = true;
    for (auto* listener : server_.servers())
        listener->close(); // no new connections; open ones finish their requests
    auto* poll = new QTimer(this);
    auto* deadline = new QElapsedTimer;
    deadline->start();
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, timeoutMs] {
        if ((metrics_.inFlight() > 0 || !connectionsIdle()) && deadline->elapsed() < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        delete deadline;
        // Let the event loop write the last responses before saying we are drained.
        QTimer::singleShot(100, this, &ScoringApiServer::drained);
    });
    poll->start(20);
}

// True when no accepted connection still has response bytes to send or request bytes unread.
bool ScoringApiServer::connectionsIdle() const
{
    for (const auto* listener : server_.servers())
        for (const auto* socket : listener->findChildren<QTcpSocket*>())
            if (socket->state() == QAbstractSocket::ConnectedState &&
                (socket->bytesToWrite() > 0 || socket->bytesAvailable() > 0))
                return false;
    return true;
}

void ScoringApiServer::registerRoutes()
{
    // Every route goes through `serve`: checks that need no work run on the network thread,
    // the work itself on the pool; metrics and the access log see every outcome.
    //
    // Handlers take the QHttpServerResponder instead of returning a QFuture: Qt 6.4's future
    // path keeps a raw socket pointer and a reference to the request, and a client hanging up
    // before its answer crashed the server (found by the integration tests). Here the answer
    // goes back to the network thread, which writes it only if the connection still exists.
    enum class Access { Public, Key };
    // Cheap answers (health, metrics, the document, 405) run inline on the network thread, so
    // a load balancer's health check is answered even when every worker is busy scoring.
    enum class Run { Inline, OnWorkers };
    using Work = std::function<QHttpServerResponse(const RequestScope&)>;
    auto serve = [this](const ApiRequest& request, std::shared_ptr<ApiReply> reply,
                        const QString& route, Access access, bool jsonBody, Run run, Work work,
                        Role role = Role::Service) {
        auto scope = std::make_shared<RequestScope>();
        scope->timer.start();
        scope->deadline =
            std::make_shared<RequestDeadline>(std::chrono::milliseconds(config_.requestDeadlineMs));
        scope->method = methodName(request.method());
        scope->route = route;
        scope->path = request.url().path();
        scope->remote = request.remoteAddress().toString();
        // Runs on the network thread: log, count, write if the client is still there.
        auto deliver = [this, scope](ApiReply& to, QHttpServerResponse&& response, bool connected) {
            const int status = static_cast<int>(response.statusCode());
            const double seconds = static_cast<double>(scope->timer.nsecsElapsed()) / 1e9;
            metrics_.recordRequest(scope->method, scope->route, status, seconds);
            accessLog_.write({scope->remote, scope->method, scope->path, status, seconds * 1000.0,
                              scope->keyId, connected ? response.data().size() : 0});
            if (connected)
                to.send(std::move(response));
        };
        auto refuse = [&](QHttpServerResponse response) {
            deliver(*reply, std::move(response), true);
        };
        if (hasAmbiguousLength(request)) {
            const auto socket = reply->socket();
            QHttpServerResponse response = problemResponse(
                Status::BadRequest, QStringLiteral("Ambiguous length"),
                QStringLiteral("The request has several Content-Length headers, or one with "
                               "Transfer-Encoding; send exactly one."));
            response.setHeader("Connection", "close");
            refuse(std::move(response));
            if (socket) // what follows on this connection cannot be framed: drop it
                socket->disconnectFromHost();
            return;
        }
        if (draining_)
            return refuse(problemResponse(
                Status::ServiceUnavailable, QStringLiteral("Shutting down"),
                QStringLiteral("The server is shutting down; retry on another replica.")));
        if (access == Access::Key && (principals_.enabled() || !config_.allowAnonymous)) {
            const auto principal = principals_.authenticate(headerValue(request, "X-API-Key"));
            if (!principal) {
                QHttpServerResponse response = problemResponse(
                    Status::Unauthorized, QStringLiteral("Missing or invalid API key"),
                    QStringLiteral("Send a valid key in the X-API-Key header."));
                response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
                return refuse(std::move(response));
            }
            scope->principal = *principal;
            scope->keyId = principal->id;
            const auto decision = rateLimiter_.acquire(principal->id);
            if (!decision.allowed) {
                QHttpServerResponse response = problemResponse(
                    Status::TooManyRequests, QStringLiteral("Rate limit exceeded"),
                    QStringLiteral("At most %1 requests per minute per key; retry in %2 s.")
                        .arg(config_.rateLimitPerMinute)
                        .arg(decision.retryAfterSeconds));
                response.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
                return refuse(std::move(response));
            }
        } else if (access == Access::Key) {
            // allow_anonymous (development only) acts as a service caller.
            scope->principal =
                Principal{QStringLiteral("anonymous"), QStringLiteral("anonymous"), Role::Service};
        }
        if (access == Access::Key && !scope->principal.may(role))
            return refuse(
                problemResponse(Status::Forbidden, QStringLiteral("Role not allowed"),
                                QStringLiteral("%1 needs the %2 role; %3 has the %4 role.")
                                    .arg(route, toString(role), scope->principal.id,
                                         toString(scope->principal.role))));
        scope->query = request.query();
        scope->idempotencyKey = headerValue(request, "Idempotency-Key");
        scope->language = request.query().queryItemValue(QStringLiteral("lang"));
        if (scope->language.isEmpty())
            scope->language = QStringLiteral("fr");
        if (scope->language != QLatin1String("fr") && scope->language != QLatin1String("en"))
            return refuse(
                problemResponse(Status::BadRequest, QStringLiteral("Unsupported language"),
                                QStringLiteral("Query parameter lang must be fr or en, got '%1'.")
                                    .arg(scope->language)));
        const auto include = request.query().queryItemValue(QStringLiteral("include"));
        if (include == QLatin1String("features"))
            scope->detail = explain::ContributionDetail::GroupsWithFeatures;
        else if (!include.isEmpty())
            return refuse(problemResponse(
                Status::BadRequest, QStringLiteral("Unsupported include"),
                QStringLiteral("Query parameter include accepts only 'features', got '%1'.")
                    .arg(include)));
        if (jsonBody) {
            if (request.body().size() > config_.maxBodyBytes)
                return refuse(
                    problemResponse(Status::PayloadTooLarge, QStringLiteral("Body too large"),
                                    QStringLiteral("The body has %1 bytes; the limit is %2.")
                                        .arg(request.body().size())
                                        .arg(config_.maxBodyBytes)));
            const auto contentType = headerValue(request, "Content-Type").toLower();
            // The media type before any parameter ("; charset=utf-8"); "application/jsonx" is not
            // JSON.
            const auto parameters = contentType.indexOf(';');
            const auto mediaType =
                (parameters < 0 ? contentType : contentType.left(parameters)).trimmed();
            if (mediaType != "application/json")
                return refuse(problemResponse(
                    Status::UnsupportedMediaType, QStringLiteral("Unsupported media type"),
                    QStringLiteral("Send the body as application/json (got '%1').")
                        .arg(QString::fromLatin1(contentType))));
            scope->body = request.body();
        }
        auto compute = [scope, work = std::move(work),
                        deadlineMs = config_.requestDeadlineMs]() -> QHttpServerResponse {
            try {
                scope->deadline->check(); // it may have waited in the queue past its deadline
                return work(*scope);
            } catch (const RequestAbandoned& abandoned) {
                return abandonedResponse(abandoned, deadlineMs);
            } catch (const data::DataError& error) {
                return problemResponse(Status::BadRequest, QStringLiteral("Invalid application"),
                                       QString::fromStdString(error.what()));
            } catch (const std::exception& error) {
                qWarning("internal error on %s: %s", qPrintable(scope->path), error.what());
                return problemResponse(
                    Status::InternalServerError, QStringLiteral("Internal error"),
                    QStringLiteral("The server could not complete the request."));
            }
        };
        if (run == Run::Inline || !reply->deferrable()) {
            metrics_.requestStarted();
            refuse(compute());
            metrics_.requestFinished();
            return;
        }
        metrics_.requestStarted();
        const auto socket = reply->socket();
        // A client that hangs up cancels its work at the next checkpoint.
        const auto hangUp = socket ? connect(socket, &QAbstractSocket::disconnected, this,
                                             [deadline = scope->deadline] { deadline->cancel(); })
                                   : QMetaObject::Connection();
        workers_.start([this, compute = std::move(compute), deliver, reply, hangUp]() {
            auto response = std::make_shared<QHttpServerResponse>(compute());
            QMetaObject::invokeMethod(
                this,
                [this, deliver, reply, response, hangUp]() {
                    disconnect(hangUp);
                    deliver(*reply, std::move(*response), reply->connected());
                    metrics_.requestFinished();
                },
                Qt::QueuedConnection);
        });
    };

    auto methodNotAllowed = [serve](const ApiRequest& request, std::shared_ptr<ApiReply> reply,
                                    const QString& route, const char* allowed) {
        const QString allow = QString::fromLatin1(allowed);
        serve(request, std::move(reply), route, Access::Public, false, Run::Inline,
              [allow](const RequestScope&) {
                  QHttpServerResponse response = problemResponse(
                      Status::MethodNotAllowed, QStringLiteral("Method not allowed"),
                      QStringLiteral("This resource accepts %1 only.").arg(allow));
                  response.setHeader("Allow", allow.toLatin1());
                  return response;
              });
    };

    struct Route {
        const char* path;
        Method method;
        const char* documented;
        Access access;
        bool jsonBody;
        Run run;
        std::function<QHttpServerResponse(const RequestScope&, const QString& argument)> work;
        Role role = Role::Service;
    };
    // The system-of-record endpoints read what they need from the scope.
    const auto recordsRequest = [](const RequestScope& scope) {
        return RecordsRequest{scope.principal,      scope.query,    scope.body,
                              scope.idempotencyKey, scope.language, scope.detail};
    };
    // Without --database they are not found, as before.
    const auto needsDatabase = [this](const std::function<QHttpServerResponse()>& work) {
        if (!records_)
            return problemResponse(Status::NotFound, QStringLiteral("No database"),
                                   QStringLiteral("This server has no database configured "
                                                  "(--database URL)."));
        return work();
    };
    std::vector<Route> routes{
        {"/health", Method::Get, "/health", Access::Public, false, Run::Inline,
         [this](const RequestScope&, const QString&) { return health(); }},
        {"/openapi.json", Method::Get, "/openapi.json", Access::Public, false, Run::Inline,
         [this](const RequestScope&, const QString&) { return openApiDocument(); }},
        {"/metrics", Method::Get, "/metrics", Access::Public, false, Run::Inline,
         [this](const RequestScope&, const QString&) { return metricsText(); }},
        {"/v1/model", Method::Get, "/v1/model", Access::Key, false, Run::OnWorkers,
         [this](const RequestScope&, const QString&) { return modelDescription(); }},
        {"/v1/score", Method::Post, "/v1/score", Access::Key, true, Run::OnWorkers,
         [this](const RequestScope& scope, const QString&) { return score(scope); }},
        {"/v1/score/batch", Method::Post, "/v1/score/batch", Access::Key, true, Run::OnWorkers,
         [this](const RequestScope& scope, const QString&) { return scoreBatch(scope); }},
        {"/v1/counterfactual", Method::Post, "/v1/counterfactual", Access::Key, true,
         Run::OnWorkers,
         [this](const RequestScope& scope, const QString&) { return counterfactual(scope); }},
        {"/v1/clients/<arg>", Method::Get, "/v1/clients/{id}", Access::Key, false, Run::OnWorkers,
         [this, recordsRequest](const RequestScope& scope, const QString& id) {
             if (records_)
                 return records_->client(recordsRequest(scope), id);
             return client(id, scope.language, scope.detail);
         }},
        {"/ready", Method::Get, "/ready", Access::Public, false, Run::Inline,
         [this](const RequestScope&, const QString&) { return readiness(); }},
    };
    routes.insert(
        routes.end(),
        {
            {"/v1/clients", Method::Get, "/v1/clients", Access::Key, false, Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString&) {
                 return needsDatabase([&] { return records_->listClients(recordsRequest(scope)); });
             },
             Role::Advisor},
            {"/v1/population/distribution", Method::Get, "/v1/population/distribution", Access::Key,
             false, Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString&) {
                 return needsDatabase(
                     [&] { return records_->distribution(recordsRequest(scope)); });
             },
             Role::Advisor},
            {"/v1/population/density", Method::Get, "/v1/population/density", Access::Key, false,
             Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString&) {
                 return needsDatabase([&] { return records_->density(recordsRequest(scope)); });
             },
             Role::Advisor},
            {"/v1/applications", Method::Post, "/v1/applications", Access::Key, true,
             Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString&) {
                 return needsDatabase(
                     [&] { return records_->createApplication(recordsRequest(scope)); });
             },
             Role::Advisor},
            {"/v1/applications/<arg>", Method::Get, "/v1/applications/{id}", Access::Key, false,
             Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString& id) {
                 return needsDatabase([&] { return records_->client(recordsRequest(scope), id); });
             },
             Role::Advisor},
            {"/v1/clients/<arg>/scenarios", Method::Post, "/v1/clients/{id}/scenarios", Access::Key,
             true, Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString& id) {
                 return needsDatabase(
                     [&] { return records_->createScenario(recordsRequest(scope), id); });
             },
             Role::Advisor},
            {"/v1/clients/<arg>/scenarios", Method::Get, "/v1/clients/{id}/scenarios", Access::Key,
             false, Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString& id) {
                 return needsDatabase(
                     [&] { return records_->listScenarios(recordsRequest(scope), id); });
             },
             Role::Advisor},
            {"/v1/clients/<arg>/decisions", Method::Post, "/v1/clients/{id}/decisions", Access::Key,
             true, Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString& id) {
                 return needsDatabase(
                     [&] { return records_->recordDecision(recordsRequest(scope), id); });
             },
             Role::Advisor},
            {"/v1/clients/<arg>/decisions", Method::Get, "/v1/clients/{id}/decisions", Access::Key,
             false, Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString& id) {
                 return needsDatabase(
                     [&] { return records_->listClientDecisions(recordsRequest(scope), id); });
             },
             Role::Advisor},
            {"/v1/decisions", Method::Get, "/v1/decisions", Access::Key, false, Run::OnWorkers,
             [=, this](const RequestScope& scope, const QString&) {
                 return needsDatabase([&] { return records_->reviewQueue(recordsRequest(scope)); });
             },
             Role::Supervisor},
        });
    // Known paths with another method: 405 with Allow, rather than a bare 404. Registered after
    // the real routes, which the router tries first.
    constexpr auto anyMethod = Method::Get | Method::Put | Method::Delete | Method::Patch |
                               Method::Post | Method::Head | Method::Options;
    for (const bool allowedMethod : {true, false}) {
        for (const auto& route : routes) {
            const QString documented = QString::fromLatin1(route.documented);
            // Every method the path accepts (GET and POST share some paths).
            QStringList accepted;
            for (const auto& other : routes)
                if (QLatin1String(other.path) == QLatin1String(route.path))
                    accepted << (other.method == Method::Get ? QStringLiteral("GET")
                                                             : QStringLiteral("POST"));
            const QByteArray allow = accepted.join(QStringLiteral(", ")).toLatin1();
            auto handle = [=](const QString& argument, const ApiRequest& request,
                              std::shared_ptr<ApiReply> reply) {
                if (!allowedMethod)
                    return methodNotAllowed(request, std::move(reply), documented,
                                            allow.constData());
                auto work = route.work;
                serve(
                    request, std::move(reply), documented, route.access, route.jsonBody, route.run,
                    [work, argument](const RequestScope& scope) { return work(scope, argument); },
                    route.role);
            };
            const auto methods = allowedMethod ? QHttpServerRequest::Methods(route.method)
                                               : QHttpServerRequest::Methods(anyMethod);
            const QString path = QString::fromLatin1(route.path);
            if (path.contains(QLatin1String("<arg>")))
                server_.route(path, methods,
                              [handle](const QString& argument, const QHttpServerRequest& request,
                                       QHttpServerResponder&& responder) {
                                  handle(argument, ApiRequest::from(request),
                                         std::make_shared<ConnectionReply>(std::move(responder)));
                              });
            else
                server_.route(
                    path, methods,
                    [handle](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                        handle(QString(), ApiRequest::from(request),
                               std::make_shared<ConnectionReply>(std::move(responder)));
                    });
            inProcessRoutes_.add(path, methods, handle);
        }
    }
    // Unknown paths: a problem document too, so every error a client sees has the same shape.
    auto missing = [this](const ApiRequest& request, std::shared_ptr<ApiReply> reply) {
        const auto body = problemBody(
            404, QStringLiteral("Not found"),
            QStringLiteral("No resource at %1; see /openapi.json.").arg(request.url().path()));
        metrics_.recordRequest(methodName(request.method()), QStringLiteral("unknown"), 404, 0.0);
        accessLog_.write({request.remoteAddress().toString(), methodName(request.method()),
                          request.url().path(), 404, 0.0, QString(), body.size()});
        reply->send(QHttpServerResponse(QByteArrayLiteral("application/problem+json"), body,
                                        Status::NotFound));
    };
    server_.setMissingHandler([missing](const QHttpServerRequest& request,
                                        QHttpServerResponder&& responder) {
        missing(ApiRequest::from(request), std::make_shared<ConnectionReply>(std::move(responder)));
    });
    inProcessRoutes_.setMissing(missing);
}

QHttpServerResponse ScoringApiServer::handleInProcess(const ApiRequest& request)
{
    auto reply = std::make_shared<CapturedReply>();
    inProcessRoutes_.dispatch(request, reply);
    return reply->take();
}

QHttpServerResponse ScoringApiServer::health() const
{
    const auto engine = engines_->current();
    json body{{"status", draining_ ? "draining" : "ok"},
              {"model_loaded", engine != nullptr},
              {"model_version", engine->modelVersion()},
              {"portfolio_loaded", portfolio_ != nullptr},
              {"database", "not_configured"}};
    if (records_) {
        body["database"] = records_->databaseReachable() ? "ok" : "unreachable";
        body["scoring"] = {{"model_version", engine->modelVersion()},
                           {"clients_loaded", records_->indexLoaded()},
                           {"scored", records_->clientsScored()},
                           {"total", records_->clientsTotal()}};
    }
    return jsonResponse(body);
}

QHttpServerResponse ScoringApiServer::readiness() const
{
    const auto engine = engines_->current();
    QStringList reasons;
    if (draining_)
        reasons << QStringLiteral("the server is shutting down");
    if (!engine)
        reasons << QStringLiteral("no model is loaded");
    if (records_ && !records_->databaseReachable())
        reasons << QStringLiteral("the database is unreachable");
    else if (records_ && !records_->indexLoaded())
        reasons << QStringLiteral("the client list is still loading");
    if (!reasons.isEmpty())
        return problemResponse(Status::ServiceUnavailable, QStringLiteral("Not ready"),
                               reasons.join(QStringLiteral("; ")) + QLatin1Char('.'));
    return jsonResponse({{"status", "ready"}});
}

QHttpServerResponse ScoringApiServer::modelDescription() const
{
    const auto engine = engines_->current();
    return jsonResponse(engine->modelDescription());
}

QHttpServerResponse ScoringApiServer::openApiDocument() const
{
    QFile document(QStringLiteral(":/credit/api/openapi.json"));
    if (!document.open(QIODevice::ReadOnly))
        return problemResponse(
            Status::InternalServerError, QStringLiteral("Missing document"),
            QStringLiteral("The OpenAPI document is not compiled into this server."));
    return QHttpServerResponse(QByteArrayLiteral("application/json"), document.readAll());
}

QHttpServerResponse ScoringApiServer::metricsText() const
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                               metrics_.prometheusText());
}

QHttpServerResponse ScoringApiServer::score(const RequestScope& scope) const
{
    const auto engine = engines_->current();
    const auto& body = scope.body;
    const auto& language = scope.language;
    const auto detail = scope.detail;
    // Read straight from the text: the parsed document of a client with history cost more than
    // scoring them (docs/performance.md). The batch endpoint keeps the document path; both
    // feed the same validation.
    data::ClientRecordParse record;
    try {
        record = data::clientRecordFromJsonText(
            std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    } catch (const json::exception& error) {
        return malformedJson(error);
    }
    if (!record.record)
        return invalidApplication(record.issues);
    if (const auto excess = exceededLimit(*record.record, historyLimits_))
        return tooMuchHistory(*excess);
    scope.deadline->check();
    const auto started = std::chrono::steady_clock::now();
    const auto explanation = engine->explain(*record.record, detail);
    logPrediction(
        *record.record, explanation,
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count());
    metrics_.recordDecision(explanation.decision == explain::Decision::Refuse);
    // Written as text directly: a DOM plus dump cost more than the TreeSHAP call.
    common::JsonWriter writer;
    writer.reserve(kTypicalAnswerBytes);
    writer.beginObject();
    explain::writeExplanationFields(writer, explanation, language.toStdString(), detail);
    writer.key("client_id")
        .value(static_cast<long long>(record.record->applications.column("SK_ID_CURR").number(0)));
    writer.endObject();
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QByteArray::fromStdString(writer.text()), Status::Ok);
}

QHttpServerResponse ScoringApiServer::scoreBatch(const RequestScope& scope) const
{
    const auto engine = engines_->current();
    const auto& language = scope.language;
    const auto detail = scope.detail;
    auto parsed = parseJsonBody(scope.body);
    if (auto* failure = std::get_if<QHttpServerResponse>(&parsed))
        return std::move(*failure);
    const auto& document = std::get<json>(parsed);
    const auto applications = document.is_object() ? document.find("applications") : document.end();
    if (!document.is_object() || applications == document.end() || !applications->is_array())
        return problemResponse(
            Status::BadRequest, QStringLiteral("Invalid batch"),
            QStringLiteral("The body must be an object with an 'applications' array."));
    if (applications->empty() ||
        applications->size() > static_cast<std::size_t>(config_.maxBatchSize))
        return problemResponse(Status::BadRequest, QStringLiteral("Invalid batch size"),
                               QStringLiteral("A batch holds 1 to %1 applications; got %2.")
                                   .arg(config_.maxBatchSize)
                                   .arg(applications->size()));
    json results = json::array();
    for (std::size_t i = 0; i < applications->size(); ++i) {
        const auto record = data::clientRecordFromJson((*applications)[i]);
        if (!record.record) {
            json errors = json::array();
            for (const auto& issue : record.issues)
                errors.push_back({{"field", issue.field},
                                  {"code", std::string(data::toString(issue.code))},
                                  {"message", issue.message}});
            results.push_back({{"index", i}, {"status", 400}, {"errors", std::move(errors)}});
            continue;
        }
        if (const auto excess = exceededLimit(*record.record, historyLimits_)) {
            results.push_back(
                {{"index", i},
                 {"status", 413},
                 {"errors",
                  {{{"field", excess->table},
                    {"code", "too_much_history"},
                    {"message", excess->measure + ": " + std::to_string(excess->count) +
                                    ", limit " + std::to_string(excess->limit)}}}}});
            continue;
        }
        scope.deadline->check();
        const auto started = std::chrono::steady_clock::now();
        const auto explanation = engine->explain(*record.record, detail);
        logPrediction(
            *record.record, explanation,
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                .count());
        metrics_.recordDecision(explanation.decision == explain::Decision::Refuse);
        auto result = explain::toJson(explanation, language.toStdString(), detail);
        result["client_id"] =
            static_cast<long long>(record.record->applications.column("SK_ID_CURR").number(0));
        results.push_back({{"index", i}, {"status", 200}, {"result", std::move(result)}});
    }
    return jsonResponse({{"results", std::move(results)}});
}

QHttpServerResponse ScoringApiServer::counterfactual(const RequestScope& scope) const
{
    const auto engine = engines_->current();
    auto parsed = parseJsonBody(scope.body);
    if (auto* failure = std::get_if<QHttpServerResponse>(&parsed))
        return std::move(*failure);
    const auto record = data::clientRecordFromJson(std::get<json>(parsed));
    if (!record.record)
        return invalidApplication(record.issues);
    if (const auto excess = exceededLimit(*record.record, historyLimits_))
        return tooMuchHistory(*excess);
    scope.deadline->check();
    const double probability = engine->probability(*record.record);
    const auto& deadline = *scope.deadline;
    auto out = explain::toJson(engine->counterfactuals(*record.record, [&] { deadline.check(); }),
                               scope.language.toStdString());
    out["probability"] = probability;
    out["threshold"] = engine->threshold();
    out["decision"] = probability >= engine->threshold() ? "refuse" : "grant";
    return jsonResponse(out);
}

QHttpServerResponse ScoringApiServer::client(const QString& id, const QString& language,
                                             explain::ContributionDetail detail) const
{
    const auto engine = engines_->current();
    if (!portfolio_)
        return problemResponse(Status::NotFound, QStringLiteral("No portfolio"),
                               QStringLiteral("This server has no client portfolio configured."));
    bool ok = false;
    const auto clientId = id.toLongLong(&ok);
    if (!ok)
        return problemResponse(Status::BadRequest, QStringLiteral("Invalid client number"),
                               QStringLiteral("'%1' is not a client number (SK_ID_CURR).").arg(id));
    const auto found = portfolioRows_.find(clientId);
    if (found == portfolioRows_.end())
        return problemResponse(Status::NotFound, QStringLiteral("Unknown client"),
                               QStringLiteral("No client %1 in the portfolio.").arg(clientId));
    const auto row = found->second;
    const auto started = std::chrono::steady_clock::now();
    const auto client = clientExtractor_->extract(row).data;
    const auto explanation = engine->explain(client, detail);
    auto application = data::clientRecordToJson(client, 0);
    logPrediction(
        client, explanation,
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count());
    metrics_.recordDecision(explanation.decision == explain::Decision::Refuse);
    auto score = explain::toJson(explanation, language.toStdString(), detail);
    score["client_id"] = clientId;
    return jsonResponse({{"client_id", clientId},
                         {"application", std::move(application)},
                         {"score", std::move(score)}});
}

void ScoringApiServer::logPrediction(const data::HomeCreditDataset& inputs,
                                     const explain::Explanation& explanation,
                                     double milliseconds) const
{
    if (!predictionLog_)
        return;
    drift::PredictionRecord record;
    record.modelVersion = explanation.modelVersion;
    record.inputHash = drift::hashInputs(data::clientRecordToJson(inputs, 0));
    record.probability = explanation.probability;
    record.decision = explain::toString(explanation.decision);
    record.latencyMs = milliseconds;
    predictionLog_->append(std::move(record));
}

} // namespace credit::api
