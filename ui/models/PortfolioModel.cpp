#include "models/PortfolioModel.h"

#include "models/DisplayFormat.h"

#include <cmath>

namespace credit::ui {

PortfolioModel::PortfolioModel(QObject* parent) : QAbstractTableModel(parent) {}

void PortfolioModel::setEntries(std::vector<explain::PortfolioEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void PortfolioModel::appendEntries(std::vector<explain::PortfolioEntry> entries)
{
    if (entries.empty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_entries.insert(m_entries.end(), std::make_move_iterator(entries.begin()),
                     std::make_move_iterator(entries.end()));
    endInsertRows();
}

int PortfolioModel::rowOfClient(long long clientId) const
{
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].clientId == clientId)
            return static_cast<int>(row);
    }
    return -1;
}

void PortfolioModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PortfolioModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PortfolioModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const explain::PortfolioEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::AccessibleTextRole:
        return displayText(entry, index.column());
    case SortRole:
        return sortValue(entry, index.column());
    case ClientIdRole:
        return QVariant::fromValue<qlonglong>(entry.clientId);
    case Qt::TextAlignmentRole:
        if (index.column() == Probability || index.column() == CreditAmount ||
            index.column() == ClientNumber)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant PortfolioModel::displayText(const explain::PortfolioEntry& entry, int column) const
{
    const QLocale locale = localeForLanguage(m_language);
    switch (column) {
    case ClientNumber:
        // Client numbers are identifiers: no digit grouping.
        return QString::number(entry.clientId);
    case DecisionColumn:
        // Not scored yet (remote scoring scores on selection only).
        if (std::isnan(entry.probability))
            return QStringLiteral("\u2014");
        // A symbol and a word, never colour alone.
        return decisionLabel(entry.decision == explain::Decision::Grant);
    case Probability:
        if (std::isnan(entry.probability))
            return QStringLiteral("\u2014");
        return formatPercent(entry.probability, locale);
    case ContractType:
        return QString::fromStdString(entry.contractType.in(m_language.toStdString()));
    case CreditAmount:
        return formatAmount(entry.creditAmount, locale);
    default:
        return {};
    }
}

bool PortfolioModel::rowLessThan(int left, int right, int column) const
{
    const auto& a = m_entries[static_cast<std::size_t>(left)];
    const auto& b = m_entries[static_cast<std::size_t>(right)];
    const auto probability = [](const explain::PortfolioEntry& entry) {
        return std::isnan(entry.probability) ? -1.0 : entry.probability;
    };
    switch (column) {
    case ClientNumber:
        return a.clientId < b.clientId;
    case DecisionColumn:
        return (a.decision != explain::Decision::Grant) < (b.decision != explain::Decision::Grant);
    case Probability:
        return probability(a) < probability(b);
    case ContractType: {
        // UTF-8 byte order is code point order: the order SortRole's QStrings compare in.
        const bool english = m_language == QLatin1String("en");
        return (english ? a.contractType.en : a.contractType.fr) <
               (english ? b.contractType.en : b.contractType.fr);
    }
    case CreditAmount:
        return a.creditAmount < b.creditAmount;
    default:
        return false;
    }
}

QVariant PortfolioModel::sortValue(const explain::PortfolioEntry& entry, int column) const
{
    switch (column) {
    case ClientNumber:
        return QVariant::fromValue<qlonglong>(entry.clientId);
    case DecisionColumn:
        return entry.decision == explain::Decision::Grant ? 0 : 1;
    case Probability:
        return std::isnan(entry.probability) ? -1.0 : entry.probability;
    case ContractType:
        return QString::fromStdString(entry.contractType.in(m_language.toStdString()));
    case CreditAmount:
        return entry.creditAmount;
    default:
        return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short titles keep the list narrow; the tooltip (also read by screen readers) says it all.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ClientNumber:
            return tr("N° client");
        case DecisionColumn:
            return tr("Décision");
        case Probability:
            return tr("Probabilité");
        case ContractType:
            return tr("Contrat");
        case CreditAmount:
            return tr("Montant");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ClientNumber:
            return tr("Numéro du client (SK_ID_CURR)");
        case DecisionColumn:
            return tr("Décision du modèle au seuil en vigueur");
        case Probability:
            return tr("Probabilité de difficultés de paiement");
        case ContractType:
            return tr("Type de contrat demandé");
        case CreditAmount:
            return tr("Montant du crédit demandé");
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace credit::ui
