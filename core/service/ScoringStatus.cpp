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

QString ScoringStatus::details(const QString& language) const
{
    if (source != Source::Offline || !hasProblem())
        return message();
    const auto lang = language.toStdString();
    const auto problemText = QString::fromStdString(problem.in(lang));
    return remedy.fr.empty()
               ? tr("%1 : %2").arg(message(), problemText)
               : tr("%1 : %2 %3")
                     .arg(message(), problemText, QString::fromStdString(remedy.in(lang)));
}

} // namespace credit::service
