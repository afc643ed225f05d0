#pragma once

#include "service/ServerRecords.h"

#include <QUrlQuery>

#include <nlohmann/json_fwd.hpp>

namespace credit::service {

// Reading the records routes' answers. Each throws std::runtime_error naming the field that is
// missing or of the wrong type, so a server of another version is reported, not misread.
ClientPage clientPageFromJson(const nlohmann::json& body);
ServerClientFile clientFileFromJson(const nlohmann::json& body);
ServerDecision decisionFromJson(const nlohmann::json& body);
std::vector<ServerDecision> clientDecisionsFromJson(const nlohmann::json& body);
DecisionPage decisionPageFromJson(const nlohmann::json& body);
ServerModelIdentity modelIdentityFromJson(const nlohmann::json& body);
ServerScenario scenarioFromJson(const nlohmann::json& body);
std::vector<ServerScenario> clientScenariosFromJson(const nlohmann::json& body);
ServerDistribution distributionFromJson(const nlohmann::json& body);
ServerDensity densityFromJson(const nlohmann::json& body);

// The query string of a client search.
QUrlQuery toUrlQuery(const ClientListQuery& query);
// The query string of a similar group (the population routes): the fixed bands by their keys.
// Throws std::invalid_argument when an age or income range is not one of the fixed bands.
QUrlQuery toUrlQuery(const population::GroupFilter& filter);

} // namespace credit::service
