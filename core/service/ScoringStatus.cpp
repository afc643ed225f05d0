#include "service/ScoringStatus.h"

namespace credit::service {

QString ScoringStatus::message() const
{
    switch (source) {
    case Source::LocalModel:
        return tr("Modèle local v%1").arg(modelVersion);
    case Source::RemoteServer:
        return modelVersion.isEmpty() ? tr("Serveur distant")
                                      : tr("Serveur distant (modèle v%1)").arg(modelVersion);
    case Source::Offline:
        break;
    }
    return tr("Hors ligne");
}

QString ScoringStatus::details() const
{
    if (source != Source::Offline || problem.isEmpty())
        return message();
    return remedy.isEmpty() ? tr("%1 : %2").arg(message(), problem)
                            : tr("%1 : %2 %3").arg(message(), problem, remedy);
}

} // namespace credit::service
