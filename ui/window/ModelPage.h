#pragma once

#include "models/DriftSummary.h"
#include "models/ModelCard.h"
#include "theme/Theme.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QFormLayout;
class QGroupBox;
class QLabel;
class QTableView;

namespace credit::ui {

class FairnessChart;
class FairnessTableModel;
class ImportanceChart;

// The "Modèle" page: the model card (data, metrics, threshold, date, version, the feature
// policy), the global importance chart, the fairness by group (chart and table twin, from the
// bundle's fairness analysis) and the latest drift summary. View only: the card comes from
// ExplanationEngine::modelDescription(), the drift summary from the JSON report that
// `credit-scoring drift --json` wrote (path from the settings).
class ModelPage : public QWidget {
    Q_OBJECT
public:
    explicit ModelPage(QWidget* parent = nullptr);

    void setModelCard(const ModelCard& card);
    void clearModelCard();
    // Reads the report at `path`; an empty or missing path shows "Aucun rapport de dérive", an
    // unreadable one shows why. Returns whether a report was shown.
    bool setDriftReportPath(const QString& path);
    void setLanguage(const QString& language);
    void setTheme(const Theme& theme);
    // Card above the drift summary instead of beside it (large text sizes).
    void setStacked(bool stacked);

    ImportanceChart* importanceChart() const { return m_importance; }
    // The value label of a card or drift row by key ("version", "threshold", "driftStatus"...).
    QLabel* valueLabel(const QString& key) const;
    QLabel* driftMessage() const { return m_driftMessage; }
    FairnessChart* fairnessChart() const { return m_fairness; }
    QTableView* fairnessTable() const { return m_fairnessTable; }
    // The warning line above the card (a bundle without a feature policy); hidden when none.
    QLabel* warningLabel() const { return m_warning; }

private:
    void rebuild();
    void addRow(QFormLayout* form, const QString& key, const QString& name, const QString& value);

    QLabel* m_heading = nullptr;
    QBoxLayout* m_topRow = nullptr;
    QGroupBox* m_cardBox = nullptr;
    QFormLayout* m_cardForm = nullptr;
    QGroupBox* m_importanceBox = nullptr;
    QLabel* m_importanceCaption = nullptr;
    ImportanceChart* m_importance = nullptr;
    QGroupBox* m_driftBox = nullptr;
    QFormLayout* m_driftForm = nullptr;
    QLabel* m_driftMessage = nullptr;
    QLabel* m_warning = nullptr;
    QGroupBox* m_fairnessBox = nullptr;
    QLabel* m_fairnessCaption = nullptr;
    FairnessChart* m_fairness = nullptr;
    FairnessTableModel* m_fairnessModel = nullptr;
    QTableView* m_fairnessTable = nullptr;

    std::optional<ModelCard> m_card;
    QString m_driftPath;
    std::optional<DriftSummary> m_drift;
    QString m_driftError;
    QString m_language = QStringLiteral("fr");
};

} // namespace credit::ui
