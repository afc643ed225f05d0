#include "models/PortfolioFilterProxy.h"

#include "models/PortfolioModel.h"

namespace credit::ui {

PortfolioFilterProxy::PortfolioFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PortfolioModel::SortRole);
    setDynamicSortFilter(true);
}

void PortfolioFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_portfolio = qobject_cast<PortfolioModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void PortfolioFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_portfolio) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    // The model orders its rows; this proxy, left unsorted (column -1), keeps their order.
    if (QSortFilterProxyModel::sortColumn() != -1)
        QSortFilterProxyModel::sort(-1);
    m_portfolio->sort(column, order);
}

void PortfolioFilterProxy::setSearchText(const QString& text)
{
    // Advisors paste numbers with spaces ("100 002"); only the digits identify a client.
    QString digits;
    for (QChar character : text) {
        if (character.isDigit())
            digits.append(character);
    }
    if (digits == m_searchText)
        return;
    m_searchText = digits;
    refilter();
}

void PortfolioFilterProxy::setDecisionFilter(DecisionFilter filter)
{
    if (filter == m_decisionFilter)
        return;
    m_decisionFilter = filter;
    refilter();
}

void PortfolioFilterProxy::refilter()
{
    // The whole mapping rebuilt in one pass (one layout change), not invalidateFilter(): that one
    // removes or inserts each run of rows that changed separately, erasing from the middle of its
    // mapping each time, which is quadratic: typing "1" into the search of 276,707 clients (rows
    // kept and dropped alternate) froze the window 50 s (docs/performance.md, issue 24).
    invalidate();
}

bool PortfolioFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_decisionFilter != DecisionFilter::All) {
        const int refused = model->index(sourceRow, PortfolioModel::DecisionColumn, sourceParent)
                                .data(PortfolioModel::SortRole)
                                .toInt();
        if ((m_decisionFilter == DecisionFilter::GrantedOnly) == (refused == 1))
            return false;
    }
    if (m_searchText.isEmpty())
        return true;
    const qlonglong clientId = model->index(sourceRow, PortfolioModel::ClientNumber, sourceParent)
                                   .data(PortfolioModel::ClientIdRole)
                                   .toLongLong();
    return QString::number(clientId).contains(m_searchText);
}

} // namespace credit::ui
