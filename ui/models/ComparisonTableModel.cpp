#include "models/ComparisonTableModel.h"

#include "models/DisplayFormat.h"

#include <QLocale>

namespace credit::ui {

namespace {
enum Column { Range, Clients, Share, Repaid, Difficulties, Client };
}

ComparisonTableModel::ComparisonTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComparisonTableModel::setSeries(ComparisonSeries series)
{
    beginResetModel();
    m_series = std::move(series);
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_series.bins.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& bin = m_series.bins[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != Range)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale = m_locale;
    const double total = m_series.total();
    switch (index.column()) {
    case Range:
        return bin.label;
    case Clients:
        if (bin.clientsSuppressed)
            return fewerThan(role);
        return locale.toString(bin.clients, 'f', 0);
    case Share:
        if (bin.clientsSuppressed)
            return role == Qt::AccessibleTextRole ? tr("masquée") : QStringLiteral("–");
        return total > 0 ? formatPercent(bin.clients / total, locale) : QStringLiteral("–");
    case Repaid:
    case Difficulties:
        if (!m_series.hasOutcome)
            return QStringLiteral("–");
        if (bin.clientsSuppressed || bin.outcomesSuppressed)
            return role == Qt::AccessibleTextRole
                       ? tr("masqué : l'un des deux nombres est inférieur à %1")
                             .arg(m_series.suppressedBelow)
                       : tr("masqué");
        return locale.toString(index.column() == Repaid ? bin.repaid : bin.difficulties, 'f', 0);
    case Client:
        if (index.row() == m_series.clientBin)
            return tr("◆ le client");
        // Blank on screen, where the one marked row stands out; a screen reader gets words,
        // not a cell without a name.
        return role == Qt::AccessibleTextRole ? tr("pas le client") : QString();
    default:
        return {};
    }
}

QString ComparisonTableModel::fewerThan(int role) const
{
    // Short on screen, in words for a screen reader; never 0, which would be false.
    return role == Qt::AccessibleTextRole
               ? tr("moins de %1 clients (nombre masqué)").arg(m_series.suppressedBelow)
               : tr("< %1").arg(m_series.suppressedBelow);
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Range:
        return tr("Tranche");
    case Clients:
        return tr("Clients");
    case Share:
        return tr("Part du groupe");
    case Repaid:
        return tr("Ont remboursé");
    case Difficulties:
        return tr("En difficulté");
    case Client:
        return tr("Client");
    default:
        return {};
    }
}

} // namespace credit::ui
