#include "models/ServerPortfolioModel.h"

namespace credit::ui {

namespace {

// The API's sort key of each column.
QString sortKey(int column)
{
    switch (column) {
    case PortfolioModel::DecisionColumn:
        return QStringLiteral("decision");
    case PortfolioModel::Probability:
        return QStringLiteral("probability");
    case PortfolioModel::ContractType:
        return QStringLiteral("contract_type");
    case PortfolioModel::CreditAmount:
        return QStringLiteral("credit_amount");
    default:
        return QStringLiteral("id");
    }
}

} // namespace

ServerPortfolioModel::ServerPortfolioModel(service::PortfolioPageSource source, QObject* parent)
    : PortfolioModel(parent), m_source(std::move(source))
{
    m_query.limit = kPageSize;
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(kSearchPauseMs);
    connect(&m_searchPause, &QTimer::timeout, this, &ServerPortfolioModel::refresh);
}

void ServerPortfolioModel::refresh()
{
    m_searchPause.stop();
    requestPage(true);
}

void ServerPortfolioModel::setSearch(const QString& idPrefix, const QString& decision)
{
    const QString prefix = idPrefix.trimmed();
    if (prefix == m_query.idPrefix && decision == m_query.decision)
        return;
    m_query.idPrefix = prefix;
    m_query.decision = decision;
    m_searchPause.start();
}

bool ServerPortfolioModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_next.isEmpty();
}

void ServerPortfolioModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void ServerPortfolioModel::sort(int column, Qt::SortOrder order)
{
    const QString key = sortKey(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = key;
    m_query.descending = descending;
    refresh();
}

void ServerPortfolioModel::requestPage(bool first)
{
    auto query = m_query;
    if (first)
        ++m_generation; // a new query: whatever is in flight answers an older one
    else
        query.after = m_next;
    const quint64 generation = m_generation;
    setLoading(true);
    m_source(query, this,
             [this, generation, first](service::Fetched<service::PortfolioPage> fetched) {
                 if (generation != m_generation)
                     return;
                 setLoading(false);
                 if (const auto* failure = std::get_if<service::ApiProblem>(&fetched)) {
                     emit problem(failure->text);
                     return;
                 }
                 auto& page = std::get<service::PortfolioPage>(fetched);
                 m_next = page.next;
                 m_totalClients = page.totalClients;
                 m_modelVersion = page.modelVersion;
                 auto entries = std::move(page.entries);
                 if (first) {
                     setEntries(std::move(entries));
                     emit refreshed();
                 } else {
                     appendEntries(std::move(entries));
                 }
             });
}

void ServerPortfolioModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace credit::ui
