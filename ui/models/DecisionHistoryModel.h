#pragma once

#include "service/ServerRecords.h"

#include <QAbstractTableModel>

#include <vector>

namespace credit::ui {

// Decisions of the server's log as a table: a client's history on the Decision tab, and the
// supervisors' review queue. Who, when, which model at which probability, what the model said,
// what the advisor decided, whether it was an override and why. Texts in the current language;
// decisions carry a symbol and a word, never colour alone.
class DecisionHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RecordedAt,
        Client,
        Advisor,
        AdvisorDecision,
        ModelDecision,
        Override,
        Justification,
        ModelVersion,
        ColumnCount
    };
    enum Role { ClientIdRole = Qt::UserRole + 1 };

    explicit DecisionHistoryModel(QObject* parent = nullptr);

    // Replaces the rows, newest first (the server lists them in chain order).
    void setDecisions(std::vector<service::ServerDecision> decisions);
    const std::vector<service::ServerDecision>& decisions() const { return m_decisions; }
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const service::ServerDecision& decision, int column) const;

    std::vector<service::ServerDecision> m_decisions;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
