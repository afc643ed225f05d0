#include "service/ScoringMode.h"

namespace credit::service {

QString toSettingsValue(ScoringMode mode)
{
    switch (mode) {
    case ScoringMode::LocalOnly:
        return QStringLiteral("local");
    case ScoringMode::RemoteOnly:
        return QStringLiteral("remote");
    case ScoringMode::Automatic:
        break;
    }
    return QStringLiteral("auto");
}

ScoringMode scoringModeFromSettings(const QString& value)
{
    if (value == QLatin1String("local"))
        return ScoringMode::LocalOnly;
    if (value == QLatin1String("remote"))
        return ScoringMode::RemoteOnly;
    return ScoringMode::Automatic;
}

} // namespace credit::service
