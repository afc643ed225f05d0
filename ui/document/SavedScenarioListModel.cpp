#include "document/SavedScenarioListModel.h"

#include "models/DisplayFormat.h"

#include <cmath>

namespace credit::ui {

void SavedScenarioListModel::setEntries(std::vector<SavedScenarioSummary> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void SavedScenarioListModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_entries.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

SavedScenarioKey SavedScenarioListModel::keyAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_entries[static_cast<std::size_t>(row)].key;
}

int SavedScenarioListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SavedScenarioListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString score = std::isnan(entry.probability)
                                  ? tr("non évalué")
                                  : formatPercent(entry.probability, localeForLanguage(m_language));
        const QString line = tr("%1 — %2 — %3").arg(entry.name, score, entry.createdAt);
        switch (entry.state) {
        case SavedState::WaitingForServer:
            return tr("%1 — en attente d'envoi au serveur").arg(line);
        case SavedState::RefusedByServer:
            return tr("%1 — refusé par le serveur").arg(line);
        case SavedState::Stored:
            break;
        }
        return line;
    }
    case KeyIdRole:
        return entry.key.id;
    case KindRole:
        return static_cast<int>(entry.key.kind);
    case StateRole:
        return static_cast<int>(entry.state);
    default:
        return {};
    }
}

} // namespace credit::ui
