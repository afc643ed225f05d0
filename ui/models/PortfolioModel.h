#pragma once

#include "explain/PortfolioEntry.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <utility>
#include <vector>

namespace credit::ui {

// The advisor's client list. Display roles are formatted for the current language; SortRole
// returns numbers so that 9 sorts before 10 and 2,5 % before 10,0 %.
class PortfolioModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ClientNumber,
        DecisionColumn,
        Probability,
        ContractType,
        CreditAmount,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, ClientIdRole };

    explicit PortfolioModel(QObject* parent = nullptr);

    // Shown in the current sort order (none: the file's order).
    void setEntries(std::vector<explain::PortfolioEntry> entries);
    // -1 when the client is not in the list.
    int rowOfClient(long long clientId) const;

    // Sorts the rows itself, as QSortFilterProxyModel would on SortRole (a stable sort of the
    // rows as shown; column -1: the file's order), keeping persistent indexes. Why here and not
    // in the proxy: the proxy sorts on every reset through two QModelIndex per comparison, which
    // held the GUI thread ~60 ms when 300,000 clients arrived already in order; here an ordered
    // list costs one pass, and a click on a header sorts row numbers directly (issue 24).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setLanguage(const QString& language); // "fr" or "en"
    QString language() const { return m_language; }

    // The table's own bounds check, without QAbstractTableModel's virtual rowCount() and
    // columnCount() calls: the proxy's sort asks for two indexes per comparison, ~5 million of
    // them when 300,000 clients arrive (docs/performance.md, full-size stall).
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // Adds rows at the end (a further page of the server's list).
    void appendEntries(std::vector<explain::PortfolioEntry> entries);

private:
    const explain::PortfolioEntry& entryAt(int row) const
    {
        return m_entries[m_order[static_cast<std::size_t>(row)]];
    }
    // `order` (row -> entry) stably sorted on the current column, so that rows equal on it keep
    // their order, as in a QSortFilterProxyModel (sorting on one column, then on another, orders
    // the ties of the second by the first); the file's order without a sort column, or when
    // `order` does not cover the entries.
    std::vector<std::uint32_t> sortedOrder(std::vector<std::uint32_t> order) const;
    QVariant displayText(const explain::PortfolioEntry& entry, int column) const;
    QVariant sortValue(const explain::PortfolioEntry& entry, int column) const;

    std::vector<explain::PortfolioEntry> m_entries; // in the file's (or the server's) order
    std::vector<std::uint32_t> m_order;             // row -> index in m_entries
    // The lookups behind rowOfClient, which runs several times per selection: a scan of the
    // rows took ~5 % of a selection on 18,000 clients and grew with the list (issue 24).
    std::vector<std::uint32_t> m_rowOfEntry; // index in m_entries -> row (m_order inverted)
    std::vector<std::pair<long long, std::uint32_t>> m_entryOfClient; // by client, then index
    void indexClients();
    void setOrder(std::vector<std::uint32_t> order);
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
