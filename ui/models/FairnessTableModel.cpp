#include "models/FairnessTableModel.h"

#include "models/DisplayFormat.h"

namespace credit::ui {

FairnessTableModel::FairnessTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FairnessTableModel::setSummary(const FairnessSummary& summary, const QString& language)
{
    beginResetModel();
    m_rows = summary.groups;
    m_language = language;
    endResetModel();
}

void FairnessTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void FairnessTableModel::setLanguage(const QString& language)
{
    m_language = language;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int FairnessTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FairnessTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FairnessTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const FairnessGroupRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const QLocale locale = localeForLanguage(m_language);
    const QString notComputable = tr("non calculable");
    const auto percent = [&](const std::optional<double>& value) {
        return value ? formatPercent(*value, locale) : notComputable;
    };
    switch (index.column()) {
    case Group:
        return tr("%1 : %2").arg(row.groupingLabel(m_language), row.label(m_language));
    case Clients:
        return locale.toString(row.count);
    case DefaultRate:
        return percent(row.defaultRate);
    case ApprovalRate:
        if (row.approvalRate && row.approvalLow && row.approvalHigh)
            return tr("%1 (IC 95 % %2 – %3)")
                .arg(formatPercent(*row.approvalRate, locale),
                     formatPercent(*row.approvalLow, locale),
                     formatPercent(*row.approvalHigh, locale));
        return percent(row.approvalRate);
    case ApprovalRatio:
        if (!row.approvalRatio)
            return notComputable;
        if (row.flagged)
            return tr("⚠ %1 (sous le seuil d'alerte)")
                .arg(locale.toString(*row.approvalRatio, 'f', 2));
        return row.reference ? tr("%1 (groupe le plus accepté)")
                                   .arg(locale.toString(*row.approvalRatio, 'f', 2))
                             : locale.toString(*row.approvalRatio, 'f', 2);
    case Auc:
        return row.auc ? locale.toString(*row.auc, 'f', 3) : notComputable;
    case FalseRefusals:
        return percent(row.falseRefusalRate);
    default:
        return {};
    }
}

QVariant FairnessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Groupe");
    case Clients:
        return tr("Clients");
    case DefaultRate:
        return tr("Taux de défaut");
    case ApprovalRate:
        return tr("Taux d'acceptation");
    case ApprovalRatio:
        return tr("Rapport au groupe le plus accepté");
    case Auc:
        return tr("AUC");
    case FalseRefusals:
        return tr("Refusés parmi ceux qui ont remboursé");
    default:
        return {};
    }
}

} // namespace credit::ui
