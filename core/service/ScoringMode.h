#pragma once

#include <QString>

namespace credit::service {

// Where the advisor's scores come from. Automatic uses the local model when a bundle is loaded
// and the scoring API otherwise; the two others force one path (e.g. a workstation that must
// always use the central, audited model).
enum class ScoringMode { Automatic, LocalOnly, RemoteOnly };

QString toSettingsValue(ScoringMode mode);                 // "auto", "local", "remote"
ScoringMode scoringModeFromSettings(const QString& value); // unknown values fall back to Automatic

} // namespace credit::service
