#include "app/ServerReviewQueue.h"

#include "models/DecisionHistoryModel.h"
#include "service/RecordsClient.h"

namespace credit::ui {

ServerReviewQueue::ServerReviewQueue(service::RecordsClient& client, QObject* parent)
    : QObject(parent), m_client(client), m_model(new DecisionHistoryModel(this))
{}

void ServerReviewQueue::load(const ReviewQueueFilter& filter)
{
    m_filter = filter;
    request(true);
}

void ServerReviewQueue::loadMore()
{
    if (moreAvailable())
        request(false);
}

void ServerReviewQueue::request(bool first)
{
    if (first) {
        ++m_generation;
        m_next.clear();
    }
    const quint64 generation = m_generation;
    emit statusChanged({"Chargement…", "Loading…"});
    // The server compares recorded_at (UTC) with `since`: the advisor's day starts at their
    // local midnight.
    const QString since = m_filter.since
                              ? m_filter.since->startOfDay().toUTC().toString(Qt::ISODateWithMs)
                              : QString();
    m_client.fetchReviewQueue(
        m_filter.overridesOnly, since, first ? QString() : m_next, kPageSize, this,
        [this, generation, first](service::Fetched<service::DecisionPage> fetched) {
            if (generation != m_generation)
                return; // the filter changed meanwhile
            if (const auto* problem = std::get_if<service::ApiProblem>(&fetched)) {
                if (problem->kind == service::RemoteFailure::Unauthorized && problem->status == 403)
                    emit statusChanged({"La revue des décisions est réservée aux superviseurs : "
                                        "votre clé est celle d'un conseiller.",
                                        "The review of decisions is reserved to supervisors: "
                                        "your key is an advisor's."});
                else
                    emit statusChanged(problem->text);
                return;
            }
            auto& page = std::get<service::DecisionPage>(fetched);
            auto decisions = first ? std::vector<service::ServerDecision>{} : m_model->decisions();
            decisions.insert(decisions.end(), page.decisions.begin(), page.decisions.end());
            m_model->setDecisions(std::move(decisions));
            m_next = page.next;
            emit moreAvailableChanged(moreAvailable());
            const int rows = m_model->rowCount();
            const auto count = std::to_string(rows);
            const bool one = rows <= 1; // French: 0 and 1 take the singular
            const bool oneInEnglish = rows == 1;
            emit statusChanged(
                m_filter.overridesOnly
                    ? LocalizedText{count +
                                        (one ? " dérogation affichée." : " dérogations affichées."),
                                    count +
                                        (oneInEnglish ? " override shown." : " overrides shown.")}
                    : LocalizedText{count + (one ? " décision affichée." : " décisions affichées."),
                                    count +
                                        (oneInEnglish ? " decision shown." : " decisions shown.")});
        });
}

} // namespace credit::ui
