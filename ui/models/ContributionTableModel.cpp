#include "models/ContributionTableModel.h"

#include "models/DisplayFormat.h"

namespace credit::ui {

ContributionTableModel::ContributionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ContributionTableModel::setRows(std::vector<ContributionRow> rows, const QString& language)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_language = language;
    endResetModel();
}

int ContributionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContributionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContributionTableModel::directionText(const ContributionRow& row)
{
    if (row.points > 0.0)
        return tr("Augmente le risque");
    if (row.points < 0.0)
        return tr("Diminue le risque");
    return tr("Sans effet");
}

QVariant ContributionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContributionRow& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == SortRole) {
        switch (index.column()) {
        case Effect:
            return row.points;
        case Direction:
            return row.points > 0.0 ? 1 : (row.points < 0.0 ? -1 : 0);
        case Variable:
            return row.label;
        default:
            return row.clientValue;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Effect)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Variable:
        return row.label;
    case ClientValue:
        // The row that sums the remaining variables has no single value: blank on screen, said
        // in words to a screen reader rather than left as a cell without a name.
        if (row.clientValue.isEmpty() && role == Qt::AccessibleTextRole)
            return tr("plusieurs variables");
        return row.clientValue;
    case Effect:
        return formatSignedPoints(row.points, localeForLanguage(m_language));
    case Direction:
        return directionText(row);
    default:
        return {};
    }
}

QVariant ContributionTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Variable:
        return tr("Variable");
    case ClientValue:
        return tr("Valeur du client");
    case Effect:
        return tr("Effet (points)");
    case Direction:
        return tr("Sens");
    default:
        return {};
    }
}

} // namespace credit::ui
