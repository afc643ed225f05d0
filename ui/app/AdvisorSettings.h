#pragma once

#include "service/ScoringService.h"

#include <QString>

class QSettings;

namespace credit::ui {

// Where client files come from (data/source): the installed or chosen Home Credit folder, or
// the bank's server (its paged search and client files; nothing of other clients kept here).
// service/mode still says where scores come from.
enum class DataSource { Local, Server };

// The advisor's connection and file settings, kept in QSettings (on Linux
// ~/.config/Pret a depenser/credit-advisor.conf, readable by the user only like any file in the
// home folder). The API key is stored there in clear because the workstation account is the
// trust boundary; it is never printed, logged or shown unmasked by the app.
struct AdvisorSettings {
    DataSource dataSource = DataSource::Local; // "local" (default) or "server"
    QString apiUrl;
    QString apiKey;
    service::ScoringMode mode = service::ScoringMode::Automatic;
    int timeoutMs = 5000;
    int retries = 2;
    QString bundlePath;    // empty: the installed or build-tree demo bundle
    QString dataFolder;    // empty: the installed or build-tree demo data
    QString predictionLog; // empty: <AppDataLocation>/predictions.jsonl

    static AdvisorSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    // The service configuration these settings describe, for texts in `language`.
    service::ScoringServiceConfig serviceConfig(const QString& language) const;
};

} // namespace credit::ui
