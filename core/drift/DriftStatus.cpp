#include "drift/DriftStatus.h"

namespace credit::drift {

std::string_view toKey(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Stable:
        return "stable";
    case DriftStatus::Warning:
        return "warning";
    case DriftStatus::Alert:
        return "alert";
    case DriftStatus::Unavailable:
        return "unavailable";
    }
    return "unavailable";
}

std::string_view frenchLabel(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Stable:
        return "Stable";
    case DriftStatus::Warning:
        return "Dérive modérée";
    case DriftStatus::Alert:
        return "Dérive forte";
    case DriftStatus::Unavailable:
        return "Non comparable";
    }
    return "Non comparable";
}

int severityRank(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Alert:
        return 3;
    case DriftStatus::Warning:
        return 2;
    case DriftStatus::Unavailable:
        return 1;
    case DriftStatus::Stable:
        return 0;
    }
    return 0;
}

} // namespace credit::drift
