#pragma once

#include "data/FieldRules.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>

#include <vector>

namespace credit::api {

// An RFC 9457 "problem details" response (application/problem+json): a machine-readable type,
// a title, the HTTP status, a human detail, and for validation failures one entry per bad field.
QHttpServerResponse problemResponse(QHttpServerResponse::StatusCode status, const QString& title,
                                    const QString& detail,
                                    const std::vector<data::FieldIssue>& issues = {});

QByteArray problemBody(int status, const QString& title, const QString& detail,
                       const std::vector<data::FieldIssue>& issues = {});

} // namespace credit::api
