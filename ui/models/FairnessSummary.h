#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace credit::ui {

// One group of the fairness analysis as the "Modèle" page shows it (read from the bundle's
// metrics.fairness, written by core/fairness; nothing is computed here).
struct FairnessGroupRow {
    QString groupingLabelFr;
    QString groupingLabelEn;
    QString labelFr;
    QString labelEn;
    long long count = 0;
    std::optional<double> defaultRate;
    std::optional<double> approvalRate;
    std::optional<double> approvalLow; // 95 % bootstrap interval
    std::optional<double> approvalHigh;
    std::optional<double> approvalRatio;
    std::optional<double> auc;
    std::optional<double> falseRefusalRate;
    bool flagged = false;   // approval ratio below the screening flag
    bool reference = false; // the grouping's most-approved group

    QString label(const QString& language) const
    {
        return language == QStringLiteral("en") ? labelEn : labelFr;
    }
    QString groupingLabel(const QString& language) const
    {
        return language == QStringLiteral("en") ? groupingLabelEn : groupingLabelFr;
    }
};

struct FairnessSummary {
    long long rows = 0;
    int resamples = 0;
    double approvalRatioFlag = 0.8;
    double threshold = 0.0;
    std::vector<FairnessGroupRow> groups; // grouping by grouping, in the report's order
    // "CODE_GENDER = F: 0.62" per excluded attribute the proxy check could measure.
    QStringList proxies;

    // Throws std::invalid_argument naming the field when `report` is not a fairness report.
    static FairnessSummary fromJson(const QJsonObject& report);
};

} // namespace credit::ui
