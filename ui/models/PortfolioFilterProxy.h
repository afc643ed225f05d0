#pragma once

#include <QSortFilterProxyModel>

namespace credit::ui {

class PortfolioModel;

// Narrows the client list to what the advisor typed (part of a client number) and to one
// decision. Sorting: on a PortfolioModel, the model sorts its own rows (PortfolioModel::sort)
// and this proxy keeps their order; on any other model, QSortFilterProxyModel sorts on SortRole.
class PortfolioFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class DecisionFilter { All, GrantedOnly, RefusedOnly };

    explicit PortfolioFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void setDecisionFilter(DecisionFilter filter);
    DecisionFilter decisionFilter() const { return m_decisionFilter; }

    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    PortfolioModel* m_portfolio = nullptr;
    QString m_searchText;
    DecisionFilter m_decisionFilter = DecisionFilter::All;
};

} // namespace credit::ui
