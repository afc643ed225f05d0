#include "app/ServiceScenarioScoring.h"

#include "data/ClientRecordJson.h"
#include "document/FieldValidation.h"
#include "service/RemoteCounterfactuals.h"
#include "service/ScoringService.h"

#include <QPointer>

namespace credit::ui {

ServiceScenarioScoring::ServiceScenarioScoring(service::ScoringService& service, QObject* parent)
    : QObject(parent), m_service(service)
{
    connect(&m_service, &service::ScoringService::scored, this,
            [this](quint64 ticket, long long, const explain::Explanation& explanation) {
                const auto waiting = m_waiting.find(ticket);
                if (waiting == m_waiting.end())
                    return; // a client selection's ticket, not ours
                auto done = std::move(waiting->second);
                m_waiting.erase(waiting);
                done({explanation, {}});
            });
    connect(&m_service, &service::ScoringService::failed, this,
            [this](quint64 ticket, long long, const LocalizedText& message) {
                const auto waiting = m_waiting.find(ticket);
                if (waiting == m_waiting.end())
                    return;
                auto done = std::move(waiting->second);
                m_waiting.erase(waiting);
                done({std::nullopt, message});
            });
}

ScenarioScoring ServiceScenarioScoring::scoring()
{
    ScenarioScoring scoring;
    scoring.originalScoredByCaller = true; // the controller scores every selected client
    scoring.scoreLater =
        [self = QPointer<ServiceScenarioScoring>(this)](const nlohmann::json& record,
                                                        std::function<void(ScenarioScore)> done) {
            if (!self) {
                done({std::nullopt,
                      {"le service de scoring n'est plus disponible.",
                       "the scoring service is no longer available."}});
                return;
            }
            self->send(record, std::move(done));
        };
    // The suggestions come from the server's own search (the same core code as a local model
    // runs); the editor calls this on its worker thread, so it may block.
    scoring.suggest = [settings = m_service.config().remote](const nlohmann::json& record) {
        return service::fetchCounterfactuals(settings, QByteArray::fromStdString(record.dump()));
    };
    return scoring;
}

void ServiceScenarioScoring::send(const nlohmann::json& record,
                                  std::function<void(ScenarioScore)> done)
{
    auto parsed = data::clientRecordFromJson(record);
    if (!parsed.record) {
        done({std::nullopt, describeFieldIssues(parsed.issues)});
        return;
    }
    features::ClientRecord client{std::move(*parsed.record)};
    const quint64 ticket = m_service.score(client);
    m_waiting.emplace(ticket, std::move(done));
}

} // namespace credit::ui
