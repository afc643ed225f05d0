#pragma once

// A model description with a feature policy and a fairness report, shaped like
// ExplanationEngine::modelDescription() (kept out of FairnessViewTest.cpp: moc does not parse
// raw string literals).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace credit::ui::testing {

// Shaped like ExplanationEngine::modelDescription() with core/fairness's report in
// metrics.fairness (fairness::toJson).
inline QJsonObject describedModel(bool withPolicy)
{
    QJsonObject description = QJsonDocument::fromJson(R"({
      "version": "demo", "threshold": 0.09,
      "costs": {"false_negative": 10, "false_positive": 1},
      "features": [{"name": "EXT_SOURCE_3"}],
      "feature_policy": {"format": "credit-scoring feature policy", "version": 1,
        "excluded": [{"column": "CODE_GENDER", "reason": "protected"},
                     {"column": "NAME_FAMILY_STATUS", "reason": "protected"}],
        "allowed_defaults": []},
      "warnings": [],
      "metrics": {"chosen": {"oof_auc": 0.8}, "fairness": {
        "format": "credit-scoring fairness report", "version": 1, "probabilities": "out-of-fold",
        "threshold": 0.09, "rows": 2000, "defaults": 160, "bootstrap_resamples": 1000,
        "approval_ratio_flag": 0.8, "excluded_columns": ["CODE_GENDER"],
        "groupings": [
          {"key": "gender", "column": "CODE_GENDER", "label_fr": "Genre", "label_en": "Gender",
           "reference_group": "F", "largest_false_refusal_gap": 0.05, "groups": [
            {"key": "F", "label_fr": "Femme", "label_en": "Female", "count": 1300, "defaults": 90,
             "default_rate": {"value": 0.069}, "approval_rate": {"value": 0.70, "ci95": [0.67, 0.73]},
             "auc": {"value": 0.78}, "false_refusal_rate": {"value": 0.27},
             "defaulter_approval_rate": {"value": 0.3}, "approval_ratio": {"value": 1.0},
             "false_refusal_gap": {"value": 0.0}, "flagged": false},
            {"key": "M", "label_fr": "Homme", "label_en": "Male", "count": 700, "defaults": 70,
             "default_rate": {"value": 0.1}, "approval_rate": {"value": 0.50, "ci95": [0.46, 0.54]},
             "auc": {"value": 0.76}, "false_refusal_rate": {"value": 0.32},
             "defaulter_approval_rate": {"value": 0.2}, "approval_ratio": {"value": 0.714},
             "false_refusal_gap": {"value": 0.05}, "flagged": true}]},
          {"key": "age_band", "column": "DAYS_BIRTH", "label_fr": "Tranche d\u0027âge",
           "label_en": "Age band", "reference_group": "55+", "largest_false_refusal_gap": null,
           "groups": [
            {"key": "<25", "label_fr": "Moins de 25 ans", "label_en": "Under 25", "count": 0,
             "defaults": 0,
             "default_rate": {"value": null, "not_computable": "no client in this group"},
             "approval_rate": {"value": null, "not_computable": "no client in this group"},
             "auc": {"value": null, "not_computable": "no client in this group"},
             "false_refusal_rate": {"value": null, "not_computable": "no client in this group"},
             "defaulter_approval_rate": {"value": null, "not_computable": "no client in this group"},
             "approval_ratio": {"value": null, "not_computable": "no client in this group"},
             "false_refusal_gap": {"value": null, "not_computable": "no client in this group"},
             "flagged": false}]}],
        "proxies": [{"column": "CODE_GENDER", "target": "CODE_GENDER = F", "rows": 2000,
                     "cross_validated_auc": {"value": 0.62}, "strongest": []}]}}
    })")
                                  .object();
    if (!withPolicy) {
        description.remove(QStringLiteral("feature_policy"));
        description.insert(
            QStringLiteral("warnings"),
            QJsonArray{QStringLiteral("this model bundle records no feature policy")});
    }
    return description;
}

} // namespace credit::ui::testing
