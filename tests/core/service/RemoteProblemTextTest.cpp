#include "service/RemoteProblemText.h"

#include <catch2/catch.hpp>
#include <string>

using namespace credit::service;

TEST_CASE("Server failures are worded in both languages, Qt's English reason only in English",
          "[service]")
{
    const auto silent = serverSilent("http://scoring:8080", "Connection refused", 3);
    CHECK(silent.fr == "le serveur http://scoring:8080 ne répond pas (3 tentatives)");
    CHECK(silent.en ==
          "the server http://scoring:8080 does not answer (Connection refused, 3 attempts)");
    CHECK(serverSilent("s", "x", 1).fr.ends_with("(1 tentative)"));
    CHECK(serverFailing("s", 502, 1).en == "the server s is failing (HTTP 502, 1 attempt)");
    CHECK(apiKeyRefused("s", 401).fr == "le serveur s refuse la clé d'API (HTTP 401)");
    CHECK(fileRejected(400, "AMT_INCOME_TOTAL is negative").en ==
          "the server refused this file (HTTP 400): AMT_INCOME_TOTAL is negative");
    CHECK(answerUnreadable("s", "parse error at byte 3").fr.find("parse") == std::string::npos);
}
