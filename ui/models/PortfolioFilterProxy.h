#pragma once

#include <QSortFilterProxyModel>

namespace credit::ui {

class PortfolioModel;

// Narrows the client list to what the advisor typed (part of a client number) and to one
// decision, and sorts on the model's numeric SortRole.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // On a PortfolioModel, compares the entries themselves (PortfolioModel::rowLessThan).
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const PortfolioModel* m_portfolio = nullptr;
    QString m_searchText;
    DecisionFilter m_decisionFilter = DecisionFilter::All;
};

} // namespace credit::ui
