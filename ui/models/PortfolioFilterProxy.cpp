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
    m_portfolio = qobject_cast<const PortfolioModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool PortfolioFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_portfolio && sortRole() == PortfolioModel::SortRole)
        return m_portfolio->rowLessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
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
    invalidateFilter();
}

void PortfolioFilterProxy::setDecisionFilter(DecisionFilter filter)
{
    if (filter == m_decisionFilter)
        return;
    m_decisionFilter = filter;
    invalidateFilter();
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
