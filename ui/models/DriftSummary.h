#pragma once

#include <QString>

#include <vector>

namespace credit::ui {

// The part of a drift report (`credit-scoring drift --json`, core/drift/DriftReportJson) that
// the "Modèle" page shows: overall status, share of drifted features and the worst features.
struct DriftSummary {
    struct Feature {
        QString name;
        QString status; // "stable", "warning", "alert", "unavailable"
        double psi = 0.0;
    };
    QString status; // same keys as Feature::status
    QString generatedAtUtc;
    int comparedFeatures = 0;
    int driftedFeatures = 0; // warning + alert
    double driftedShare = 0.0;
    std::vector<Feature>
        topDrifted; // warning/alert features, most severe first (the report's order)

    // Reads a drift JSON report. Throws std::runtime_error naming the file and what is wrong
    // (unreadable, not JSON, no "summary").
    static DriftSummary readJsonFile(const QString& path, int maxFeatures = 5);
};

} // namespace credit::ui
