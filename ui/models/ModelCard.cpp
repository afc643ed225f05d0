#include "models/ModelCard.h"

#include <QJsonArray>

#include <algorithm>
#include <stdexcept>

namespace credit::ui {
namespace {

std::optional<double> optionalNumber(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

ModelCard ModelCard::fromDescription(const QJsonObject& description)
{
    if (!description.value(QStringLiteral("version")).isString())
        throw std::invalid_argument("model description: field \"version\" missing or not a text");
    if (!description.value(QStringLiteral("threshold")).isDouble())
        throw std::invalid_argument(
            "model description: field \"threshold\" missing or not a number");

    ModelCard card;
    card.version = description.value(QStringLiteral("version")).toString();
    card.checksum = description.value(QStringLiteral("checksum")).toString();
    card.createdUtc = description.value(QStringLiteral("created_utc")).toString();
    card.toolVersion = description.value(QStringLiteral("tool_version")).toString();
    card.threshold = description.value(QStringLiteral("threshold")).toDouble();
    const QJsonObject costs = description.value(QStringLiteral("costs")).toObject();
    card.falseNegativeCost = costs.value(QStringLiteral("false_negative")).toDouble();
    card.falsePositiveCost = costs.value(QStringLiteral("false_positive")).toDouble();
    card.featureCount =
        static_cast<int>(description.value(QStringLiteral("features")).toArray().size());

    const QJsonObject data = description.value(QStringLiteral("training_data")).toObject();
    if (data.value(QStringLiteral("rows")).isDouble())
        card.trainingRows = static_cast<long long>(data.value(QStringLiteral("rows")).toDouble());
    if (data.value(QStringLiteral("positives")).isDouble())
        card.trainingPositives =
            static_cast<long long>(data.value(QStringLiteral("positives")).toDouble());

    // Bundles store the chosen variant under metrics.chosen; older ones flat under metrics.
    const QJsonObject metrics = description.value(QStringLiteral("metrics")).toObject();
    const QJsonObject chosen = metrics.contains(QStringLiteral("chosen"))
                                   ? metrics.value(QStringLiteral("chosen")).toObject()
                                   : metrics;
    card.oofAuc = optionalNumber(chosen, "oof_auc");
    card.meanFoldAuc = optionalNumber(chosen, "mean_fold_auc");
    card.stdFoldAuc = optionalNumber(chosen, "std_fold_auc");
    card.recall = optionalNumber(chosen, "oof_recall");
    card.precision = optionalNumber(chosen, "oof_precision");
    card.costPerClient = optionalNumber(chosen, "oof_cost_per_client");

    for (const QJsonValue& value :
         description.value(QStringLiteral("global_importance")).toArray()) {
        const QJsonObject entry = value.toObject();
        card.importance.push_back({entry.value(QStringLiteral("group")).toString(),
                                   entry.value(QStringLiteral("label_fr")).toString(),
                                   entry.value(QStringLiteral("label_en")).toString(),
                                   entry.value(QStringLiteral("mean_abs_shap")).toDouble()});
    }
    const QJsonObject policy = description.value(QStringLiteral("feature_policy")).toObject();
    card.policyKnown = !policy.isEmpty();
    for (const QJsonValue& exclusion : policy.value(QStringLiteral("excluded")).toArray())
        card.excludedColumns << exclusion.toObject().value(QStringLiteral("column")).toString();
    for (const QJsonValue& column : policy.value(QStringLiteral("allowed_defaults")).toArray())
        card.allowedDefaults << column.toString();
    for (const QJsonValue& warning : description.value(QStringLiteral("warnings")).toArray())
        card.warnings << warning.toString();
    if (metrics.value(QStringLiteral("fairness")).isObject())
        card.fairness =
            FairnessSummary::fromJson(metrics.value(QStringLiteral("fairness")).toObject());

    std::stable_sort(card.importance.begin(), card.importance.end(),
                     [](const ImportanceEntry& a, const ImportanceEntry& b) {
                         return a.meanAbsShap > b.meanAbsShap;
                     });
    return card;
}

} // namespace credit::ui
