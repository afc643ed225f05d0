#pragma once

#include "models/ContributionRow.h"

#include <QAbstractTableModel>

#include <vector>

namespace credit::ui {

// The contribution chart as a table: the accessible, keyboard-navigable twin of the painted
// bars, holding exactly the same rows.
class ContributionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Variable, ClientValue, Effect, Direction, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ContributionTableModel(QObject* parent = nullptr);

    void setRows(std::vector<ContributionRow> rows, const QString& language);
    const std::vector<ContributionRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString directionText(const ContributionRow& row);

private:
    std::vector<ContributionRow> m_rows;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
