#include "models/FairnessSummary.h"

#include <QJsonArray>

#include <stdexcept>

namespace credit::ui {

namespace {

// {"value": v, "ci95": [low, high]} or {"value": null, "not_computable": "..."}.
std::optional<double> valueOf(const QJsonObject& group, const char* key)
{
    const QJsonValue value =
        group.value(QLatin1String(key)).toObject().value(QStringLiteral("value"));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

FairnessSummary FairnessSummary::fromJson(const QJsonObject& report)
{
    if (!report.value(QStringLiteral("groupings")).isArray())
        throw std::invalid_argument("fairness report: field \"groupings\" missing or not a list");
    FairnessSummary summary;
    summary.rows = static_cast<long long>(report.value(QStringLiteral("rows")).toDouble());
    summary.resamples = report.value(QStringLiteral("bootstrap_resamples")).toInt();
    summary.approvalRatioFlag = report.value(QStringLiteral("approval_ratio_flag")).toDouble(0.8);
    summary.threshold = report.value(QStringLiteral("threshold")).toDouble();
    for (const QJsonValue& groupingValue : report.value(QStringLiteral("groupings")).toArray()) {
        const QJsonObject grouping = groupingValue.toObject();
        const QString reference = grouping.value(QStringLiteral("reference_group")).toString();
        for (const QJsonValue& groupValue : grouping.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject group = groupValue.toObject();
            FairnessGroupRow row;
            row.groupingLabelFr = grouping.value(QStringLiteral("label_fr")).toString();
            row.groupingLabelEn = grouping.value(QStringLiteral("label_en")).toString();
            row.labelFr = group.value(QStringLiteral("label_fr")).toString();
            row.labelEn = group.value(QStringLiteral("label_en")).toString();
            row.count = static_cast<long long>(group.value(QStringLiteral("count")).toDouble());
            row.defaultRate = valueOf(group, "default_rate");
            row.approvalRate = valueOf(group, "approval_rate");
            const QJsonArray interval = group.value(QStringLiteral("approval_rate"))
                                            .toObject()
                                            .value(QStringLiteral("ci95"))
                                            .toArray();
            if (interval.size() == 2) {
                row.approvalLow = interval.at(0).toDouble();
                row.approvalHigh = interval.at(1).toDouble();
            }
            row.approvalRatio = valueOf(group, "approval_ratio");
            row.auc = valueOf(group, "auc");
            row.falseRefusalRate = valueOf(group, "false_refusal_rate");
            row.flagged = group.value(QStringLiteral("flagged")).toBool();
            row.reference = group.value(QStringLiteral("key")).toString() == reference;
            summary.groups.push_back(row);
        }
    }
    for (const QJsonValue& proxyValue : report.value(QStringLiteral("proxies")).toArray()) {
        const QJsonObject proxy = proxyValue.toObject();
        const QJsonValue auc = proxy.value(QStringLiteral("cross_validated_auc"))
                                   .toObject()
                                   .value(QStringLiteral("value"));
        if (auc.isDouble())
            summary.proxies << QStringLiteral("%1: %2")
                                   .arg(proxy.value(QStringLiteral("target")).toString())
                                   .arg(auc.toDouble(), 0, 'f', 2);
    }
    return summary;
}

} // namespace credit::ui
