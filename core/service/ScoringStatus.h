#pragma once

#include "common/LocalizedText.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace credit::service {

// Where the last score came from (or why none can be computed), as the status bar shows it.
struct ScoringStatus {
    Q_DECLARE_TR_FUNCTIONS(credit::service::ScoringStatus)

public:
    enum class Source { LocalModel, RemoteServer, Offline };
    Source source = Source::Offline;
    QString modelVersion; // local bundle or server model version, when known
    // Offline only: what is wrong and what the advisor can do about it, in both languages, so
    // text already on screen follows a language switch.
    LocalizedText problem;
    LocalizedText remedy;

    bool hasProblem() const { return !problem.fr.empty(); }
    // "Modèle local v…", "Serveur distant", "Hors ligne" (translated).
    QString message() const;
    // message() plus, when offline, the problem and the remedy in `language` ("fr" or "en"):
    // for the status bar and tooltips.
    QString details(const QString& language) const;
};

} // namespace credit::service

Q_DECLARE_METATYPE(credit::service::ScoringStatus)
