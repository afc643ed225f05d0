#include "app/AdvisorSettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace credit::ui {

AdvisorSettings AdvisorSettings::load(const QSettings& settings)
{
    AdvisorSettings loaded;
    // Unknown values stay local: a typo must not send the app to a server nobody configured.
    loaded.dataSource = settings.value(QStringLiteral("data/source")).toString().trimmed() ==
                                QLatin1String("server")
                            ? DataSource::Server
                            : DataSource::Local;
    loaded.apiUrl = settings.value(QStringLiteral("service/apiUrl")).toString();
    loaded.apiKey = settings.value(QStringLiteral("service/apiKey")).toString();
    loaded.mode =
        service::scoringModeFromSettings(settings.value(QStringLiteral("service/mode")).toString());
    loaded.timeoutMs = settings.value(QStringLiteral("service/timeoutMs"), 5000).toInt();
    loaded.retries = settings.value(QStringLiteral("service/retries"), 2).toInt();
    loaded.bundlePath = settings.value(QStringLiteral("paths/bundle")).toString();
    loaded.dataFolder = settings.value(QStringLiteral("paths/data")).toString();
    loaded.predictionLog = settings.value(QStringLiteral("paths/predictionLog")).toString();
    return loaded;
}

void AdvisorSettings::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("data/source"), dataSource == DataSource::Server
                                                         ? QStringLiteral("server")
                                                         : QStringLiteral("local"));
    settings.setValue(QStringLiteral("service/apiUrl"), apiUrl);
    settings.setValue(QStringLiteral("service/apiKey"), apiKey);
    settings.setValue(QStringLiteral("service/mode"), service::toSettingsValue(mode));
    settings.setValue(QStringLiteral("service/timeoutMs"), timeoutMs);
    settings.setValue(QStringLiteral("service/retries"), retries);
    settings.setValue(QStringLiteral("paths/bundle"), bundlePath);
    settings.setValue(QStringLiteral("paths/data"), dataFolder);
    settings.setValue(QStringLiteral("paths/predictionLog"), predictionLog);
}

service::ScoringServiceConfig AdvisorSettings::serviceConfig(const QString& language) const
{
    service::ScoringServiceConfig config;
    config.mode = mode;
    config.remote.baseUrl = QUrl::fromUserInput(apiUrl.trimmed());
    if (apiUrl.trimmed().isEmpty())
        config.remote.baseUrl = QUrl();
    config.remote.apiKey = apiKey;
    config.remote.language = language;
    config.remote.timeoutMs = timeoutMs;
    config.remote.retries = retries;
    config.predictionLog = predictionLog.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                     QStringLiteral("/predictions.jsonl")
                               : predictionLog;
    return config;
}

} // namespace credit::ui
