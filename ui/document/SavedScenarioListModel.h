#pragma once

#include "document/ScenarioRepository.h"

#include <QAbstractListModel>

#include <vector>

namespace credit::ui {

// The "Scénarios enregistrés" list of a scenario document: one row per saved entry ("name —
// 23,1 % — date"), each carrying its repository key, so opening a row opens exactly that entry
// whatever its kind.
class SavedScenarioListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KeyIdRole = Qt::UserRole + 1, KindRole, StateRole };

    using QAbstractListModel::QAbstractListModel;

    void setEntries(std::vector<SavedScenarioSummary> entries);
    void setLanguage(const QString& language);
    SavedScenarioKey keyAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<SavedScenarioSummary> m_entries;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
