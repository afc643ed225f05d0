#pragma once

// A hand-made model description and drift report shaped like core's output
// (ExplanationEngine::modelDescription(), drift::toJson), so view tests need no model.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::ui::testing {

inline QJsonObject sampleModelDescription()
{
    return QJsonDocument::fromJson(R"({
      "version": "demo-2026-11-22",
      "checksum": "0123456789abcdef0123456789abcdef",
      "threshold": 0.094,
      "costs": {"false_negative": 10, "false_positive": 1},
      "created_utc": "2026-11-22T10:00:00Z",
      "tool_version": "credit-scoring 0.1.0",
      "features": [{"name": "EXT_SOURCE_3"}, {"name": "EXT_SOURCE_2"}, {"name": "DAYS_BIRTH"}],
      "training_data": {"rows": 2000, "positives": 161, "features": 3},
      "metrics": {"chosen": {"oof_auc": 0.8031, "mean_fold_auc": 0.801, "std_fold_auc": 0.004,
                             "oof_recall": 0.62, "oof_precision": 0.19,
                             "oof_cost_per_client": 0.41}},
      "global_importance": [
        {"group": "DAYS_BIRTH", "label_fr": "Âge", "label_en": "Age", "mean_abs_shap": 0.12},
        {"group": "EXT_SOURCE_3", "label_fr": "Score externe n°3",
         "label_en": "External score no. 3", "mean_abs_shap": 0.41},
        {"group": "EXT_SOURCE_2", "label_fr": "Score externe n°2",
         "label_en": "External score no. 2", "mean_abs_shap": 0.33}
      ]
    })")
        .object();
}

inline QByteArray sampleDriftReportJson()
{
    return R"({
      "reference": "reference.json", "current": "predictions.jsonl",
      "generated_at_utc": "2026-11-22T09:30:00Z",
      "summary": {"status": "warning", "compared_features": 40, "stable": 36, "warning": 3,
                  "alert": 1, "unavailable": 0, "drifted_share": 0.1},
      "features": [
        {"name": "AMT_INCOME_TOTAL", "status": "alert", "psi": 0.31},
        {"name": "DAYS_EMPLOYED", "status": "warning", "psi": 0.14},
        {"name": "EXT_SOURCE_1", "status": "stable", "psi": 0.01},
        {"name": "AMT_CREDIT", "status": "warning", "psi": 0.12}
      ]
    })";
}

} // namespace credit::ui::testing
