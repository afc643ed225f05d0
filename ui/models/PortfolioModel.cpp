#include "models/PortfolioModel.h"

#include "models/DisplayFormat.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>
#include <utility>

namespace credit::ui {

PortfolioModel::PortfolioModel(QObject* parent) : QAbstractTableModel(parent) {}

void PortfolioModel::setEntries(std::vector<explain::PortfolioEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    indexClients();
    setOrder(sortedOrder({})); // a new list: from the file's order
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
    std::vector<std::uint32_t> order = std::move(m_order);
    for (auto index = static_cast<std::uint32_t>(first); index < m_entries.size(); ++index)
        order.push_back(index);
    indexClients();
    setOrder(std::move(order));
    endInsertRows();
    // This class's own sort, not a subclass's (the server's list asks the server to sort).
    if (m_sortColumn >= 0)
        PortfolioModel::sort(m_sortColumn, m_sortOrder);
}

int PortfolioModel::rowOfClient(long long clientId) const
{
    const auto found = std::lower_bound(m_entryOfClient.begin(), m_entryOfClient.end(),
                                        std::pair<long long, std::uint32_t>{clientId, 0});
    if (found == m_entryOfClient.end() || found->first != clientId)
        return -1;
    // A client listed twice: the row shown first, as a scan of the rows would find.
    int row = static_cast<int>(m_rowOfEntry[found->second]);
    for (auto same = found + 1; same != m_entryOfClient.end() && same->first == clientId; ++same)
        row = std::min(row, static_cast<int>(m_rowOfEntry[same->second]));
    return row;
}

void PortfolioModel::indexClients()
{
    m_entryOfClient.resize(m_entries.size());
    for (std::size_t index = 0; index < m_entries.size(); ++index)
        m_entryOfClient[index] = {m_entries[index].clientId, static_cast<std::uint32_t>(index)};
    // A file lists its clients in order: one pass then, no sort on the GUI thread.
    if (!std::is_sorted(m_entryOfClient.begin(), m_entryOfClient.end()))
        std::sort(m_entryOfClient.begin(), m_entryOfClient.end());
}

void PortfolioModel::setOrder(std::vector<std::uint32_t> order)
{
    m_order = std::move(order);
    m_rowOfEntry.resize(m_order.size());
    for (std::size_t row = 0; row < m_order.size(); ++row)
        m_rowOfEntry[m_order[row]] = static_cast<std::uint32_t>(row);
}

std::vector<std::uint32_t> PortfolioModel::sortedOrder(std::vector<std::uint32_t> order) const
{
    if (order.size() != m_entries.size()) {
        order.resize(m_entries.size());
        std::iota(order.begin(), order.end(), std::uint32_t{0});
    }
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount) {
        std::iota(order.begin(), order.end(), std::uint32_t{0});
        return order;
    }
    // One number per entry, in SortRole's order (contract types by their UTF-8 bytes, the order
    // of SortRole's QStrings), compared instead of the entries: on
    // 276,707 clients the comparisons through the entries (the language test, the contract
    // types' strings) took ~0.5 s per click on a header.
    std::vector<double> keys(m_entries.size());
    if (m_sortColumn == ContractType) {
        const std::string language = m_language.toStdString();
        std::map<std::string, double> rank; // the few distinct contract types, in byte order
        for (const auto& entry : m_entries)
            rank.emplace(entry.contractType.in(language), 0.0);
        double next = 0;
        for (auto& [name, value] : rank)
            value = next++;
        for (std::size_t i = 0; i < m_entries.size(); ++i)
            keys[i] = rank.at(m_entries[i].contractType.in(language));
    } else {
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const auto& entry = m_entries[i];
            switch (m_sortColumn) {
            case ClientNumber: // identifiers stay below 2^53: exact as doubles
                keys[i] = static_cast<double>(entry.clientId);
                break;
            case DecisionColumn:
                keys[i] = entry.decision == explain::Decision::Grant ? 0.0 : 1.0;
                break;
            case Probability:
                keys[i] = std::isnan(entry.probability) ? -1.0 : entry.probability;
                break;
            default:
                keys[i] = entry.creditAmount;
            }
        }
    }
    const auto before = [&](std::uint32_t left, std::uint32_t right) {
        return m_sortOrder == Qt::AscendingOrder ? keys[left] < keys[right]
                                                 : keys[right] < keys[left];
    };
    // A list that arrives in order (the file's client numbers, the default sort) costs one pass.
    if (!std::is_sorted(order.begin(), order.end(), before))
        std::stable_sort(order.begin(), order.end(), before);
    return order;
}

void PortfolioModel::sort(int column, Qt::SortOrder order)
{
    const int sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    auto sorted = sortedOrder(m_order);
    const std::vector<std::uint32_t> before = std::exchange(m_order, {});
    setOrder(std::move(sorted));
    // Persistent indexes (the selection, the current row) follow their entry to its new row.
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from)
        to.append(
            index.isValid()
                ? createIndex(
                      static_cast<int>(m_rowOfEntry[before[static_cast<std::size_t>(index.row())]]),
                      index.column())
                : QModelIndex());
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PortfolioModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // Contract types are named differently in each language, and so ordered differently.
    if (m_sortColumn == ContractType)
        PortfolioModel::sort(m_sortColumn, m_sortOrder);
}

QModelIndex PortfolioModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount ||
        static_cast<std::size_t>(row) >= m_order.size())
        return {};
    return createIndex(row, column);
}

int PortfolioModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int PortfolioModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const explain::PortfolioEntry& entry = entryAt(index.row());
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
