#pragma once

#include "models/FairnessSummary.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace credit::ui {

// One business variable's global importance (mean |SHAP| in log-odds), in both languages.
struct ImportanceEntry {
    QString key;
    QString labelFr;
    QString labelEn;
    double meanAbsShap = 0.0;
    QString label(const QString& language) const
    {
        return language == QStringLiteral("en") ? labelEn : labelFr;
    }
};

// What the "Modèle" page shows about the model in use: read from
// explain::ExplanationEngine::modelDescription() (converted to Qt JSON by the caller), never
// computed here. Missing fields stay empty/NaN and the page says "non renseigné".
struct ModelCard {
    QString version;
    QString checksum;
    QString createdUtc;
    QString toolVersion;
    double threshold = 0.0;
    double falseNegativeCost = 0.0;
    double falsePositiveCost = 0.0;
    int featureCount = 0;
    // Training data, when the caller adds the bundle's fingerprint as "training_data".
    std::optional<long long> trainingRows;
    std::optional<long long> trainingPositives;
    // Metrics of the chosen cross-validation variant (out-of-fold).
    std::optional<double> oofAuc;
    std::optional<double> meanFoldAuc;
    std::optional<double> stdFoldAuc;
    std::optional<double> recall;
    std::optional<double> precision;
    std::optional<double> costPerClient;
    std::vector<ImportanceEntry> importance; // largest first
    // The feature policy: source columns kept out of the model. policyKnown is false for a
    // bundle written before policies existed (the page then shows the warning).
    bool policyKnown = false;
    QStringList excludedColumns;
    QStringList allowedDefaults;             // default exclusions this model lets back in
    QStringList warnings;                    // ExplanationEngine::warnings(), shown as they are
    std::optional<FairnessSummary> fairness; // metrics.fairness, when the bundle has it

    // Throws std::invalid_argument naming the field when `description` is not a model
    // description (no version or no threshold).
    static ModelCard fromDescription(const QJsonObject& description);
};

} // namespace credit::ui
