#include "models/DriftSummary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace credit::ui {

DriftSummary DriftSummary::readJsonFile(const QString& path, int maxFeatures)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the drift report " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw std::runtime_error("drift report " + path.toStdString() + " is not JSON (offset " +
                                 std::to_string(error.offset) +
                                 "): " + error.errorString().toStdString());
    const QJsonObject root = document.object();
    if (!root.value(QStringLiteral("summary")).isObject())
        throw std::runtime_error("drift report " + path.toStdString() +
                                 " has no \"summary\" object: was it written by "
                                 "credit-scoring drift --json?");
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();

    DriftSummary result;
    result.status = summary.value(QStringLiteral("status")).toString();
    result.generatedAtUtc = root.value(QStringLiteral("generated_at_utc")).toString();
    result.comparedFeatures = summary.value(QStringLiteral("compared_features")).toInt();
    result.driftedFeatures = summary.value(QStringLiteral("warning")).toInt() +
                             summary.value(QStringLiteral("alert")).toInt();
    result.driftedShare = summary.value(QStringLiteral("drifted_share")).toDouble();
    for (const QJsonValue& value : root.value(QStringLiteral("features")).toArray()) {
        if (static_cast<int>(result.topDrifted.size()) >= maxFeatures)
            break;
        const QJsonObject feature = value.toObject();
        const QString status = feature.value(QStringLiteral("status")).toString();
        if (status != QStringLiteral("warning") && status != QStringLiteral("alert"))
            continue;
        result.topDrifted.push_back({feature.value(QStringLiteral("name")).toString(), status,
                                     feature.value(QStringLiteral("psi")).toDouble()});
    }
    return result;
}

} // namespace credit::ui
