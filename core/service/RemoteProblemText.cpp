#include "service/RemoteProblemText.h"

namespace credit::service {
namespace {

std::string attemptsFr(int attempts)
{
    return std::to_string(attempts) + (attempts > 1 ? " tentatives" : " tentative");
}

std::string attemptsEn(int attempts)
{
    return std::to_string(attempts) + (attempts > 1 ? " attempts" : " attempt");
}

} // namespace

LocalizedText apiKeyRefused(const std::string& server, int httpStatus)
{
    const std::string http = "HTTP " + std::to_string(httpStatus);
    return {"le serveur " + server + " refuse la clé d'API (" + http + ")",
            "the server " + server + " refuses the API key (" + http + ")"};
}

LocalizedText serverSilent(const std::string& server, const std::string& qtReason, int attempts)
{
    return {"le serveur " + server + " ne répond pas (" + attemptsFr(attempts) + ")",
            "the server " + server + " does not answer (" + qtReason + ", " + attemptsEn(attempts) +
                ")"};
}

LocalizedText serverFailing(const std::string& server, int httpStatus, int attempts)
{
    const std::string http = "HTTP " + std::to_string(httpStatus);
    return {"le serveur " + server + " est en erreur (" + http + ", " + attemptsFr(attempts) + ")",
            "the server " + server + " is failing (" + http + ", " + attemptsEn(attempts) + ")"};
}

LocalizedText answerUnreadable(const std::string& server, const std::string& why)
{
    return {"le serveur " + server + " a renvoyé une réponse illisible",
            "the server " + server + " sent an unreadable answer: " + why};
}

LocalizedText fileRejected(int httpStatus, const std::string& detail)
{
    const std::string http = "HTTP " + std::to_string(httpStatus);
    return {"le serveur a refusé ce dossier (" + http + ") : " + detail,
            "the server refused this file (" + http + "): " + detail};
}

} // namespace credit::service
