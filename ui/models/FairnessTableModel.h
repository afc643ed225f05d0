#pragma once

#include "models/FairnessSummary.h"

#include <QAbstractTableModel>

namespace credit::ui {

// The data-table twin of the fairness chart: one row per group, columns group, clients, default
// rate, approval rate with its interval, approval ratio (flag written out), AUC and refusals
// among clients who repaid. "non calculable" where core could not measure (empty group, no
// defaulter), never a blank or a NaN.
class FairnessTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Group,
        Clients,
        DefaultRate,
        ApprovalRate,
        ApprovalRatio,
        Auc,
        FalseRefusals,
        ColumnCount
    };

    explicit FairnessTableModel(QObject* parent = nullptr);

    void setSummary(const FairnessSummary& summary, const QString& language);
    void clear();
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<FairnessGroupRow> m_rows;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
