#pragma once

#include "explain/PortfolioEntry.h"

#include <QAbstractTableModel>

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

    void setEntries(std::vector<explain::PortfolioEntry> entries);
    const std::vector<explain::PortfolioEntry>& entries() const { return m_entries; }
    // -1 when the client is not in the list.
    int rowOfClient(long long clientId) const;

    // Whether row `left` sorts before row `right` on `column`: the same order as SortRole, read
    // from the entries directly. The list's proxy sorts 300,000 rows with it: going through
    // data() and QVariant per comparison held the GUI thread for half a second (issue 24).
    bool rowLessThan(int left, int right, int column) const;

    void setLanguage(const QString& language); // "fr" or "en"
    QString language() const { return m_language; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // Adds rows at the end (a further page of the server's list).
    void appendEntries(std::vector<explain::PortfolioEntry> entries);

private:
    QVariant displayText(const explain::PortfolioEntry& entry, int column) const;
    QVariant sortValue(const explain::PortfolioEntry& entry, int column) const;

    std::vector<explain::PortfolioEntry> m_entries;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
