#include "app/ServerComparisonFeed.h"

#include "service/RecordsClient.h"
#include "widgets/ComparisonView.h"

namespace credit::ui {

ServerComparisonFeed::ServerComparisonFeed(service::RecordsClient& records, ComparisonView& view,
                                           QObject* parent)
    : QObject(parent), m_records(records), m_view(view)
{
    connect(&view, &ComparisonView::distributionWanted, this,
            [this](quint64 request, const QString& variable, const population::GroupFilter& group) {
                m_records.fetchDistribution(
                    variable.toStdString(), group, this,
                    [this, request](service::Fetched<service::ServerDistribution> fetched) {
                        if (const auto* answer = std::get_if<service::ServerDistribution>(&fetched))
                            m_view.showDistribution(request, *answer);
                        else
                            m_view.showAggregatesProblem(
                                request, std::get<service::ApiProblem>(fetched).text);
                    });
            });
    connect(&view, &ComparisonView::densityWanted, this,
            [this](quint64 request, const QString& x, const QString& y,
                   const population::GroupFilter& group) {
                m_records.fetchDensity(
                    x.toStdString(), y.toStdString(), group, this,
                    [this, request](service::Fetched<service::ServerDensity> fetched) {
                        if (const auto* answer = std::get_if<service::ServerDensity>(&fetched))
                            m_view.showDensity(request, *answer);
                        else
                            m_view.showAggregatesProblem(
                                request, std::get<service::ApiProblem>(fetched).text);
                    });
            });
    m_view.setServerAggregates(true);
}

ServerComparisonFeed::~ServerComparisonFeed()
{
    m_view.setServerAggregates(false);
}

void ServerComparisonFeed::loadFilterLevels()
{
    for (const auto filter :
         {ComparisonView::Filter::Gender, ComparisonView::Filter::ContractType,
          ComparisonView::Filter::Education, ComparisonView::Filter::FamilyStatus,
          ComparisonView::Filter::Housing}) {
        if (!m_levelsAsked.insert(static_cast<int>(filter)).second)
            continue;
        m_records.fetchDistribution(
            ComparisonView::filterVariable(filter).toStdString(), {}, this,
            [this, filter](service::Fetched<service::ServerDistribution> fetched) {
                // Without an answer the filter offers "all" only until the next try; the chart
                // says why the server failed.
                if (const auto* answer = std::get_if<service::ServerDistribution>(&fetched))
                    m_view.setFilterLevels(filter, answer->distribution.levels);
                else
                    m_levelsAsked.erase(static_cast<int>(filter));
            });
    }
}

} // namespace credit::ui
