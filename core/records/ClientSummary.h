#pragma once

#include "data/HomeCreditDataset.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace credit::records {

// The application-level columns kept beside each client's file, so the client list and the
// population comparisons never open a file: every column a comparison variable, a similar-group
// filter or the list reads (SchemaMigrations.cpp creates the same columns).
inline constexpr std::array<const char*, 6> kSummaryCategories{
    "NAME_CONTRACT_TYPE", "CODE_GENDER",       "NAME_EDUCATION_TYPE",
    "NAME_FAMILY_STATUS", "NAME_HOUSING_TYPE", "NAME_INCOME_TYPE"};
inline constexpr std::array<const char*, 12> kSummaryNumbers{
    "DAYS_BIRTH",   "DAYS_EMPLOYED",   "AMT_INCOME_TOTAL", "AMT_CREDIT",
    "AMT_ANNUITY",  "AMT_GOODS_PRICE", "EXT_SOURCE_1",     "EXT_SOURCE_2",
    "EXT_SOURCE_3", "CNT_CHILDREN",    "CNT_FAM_MEMBERS",  "TARGET"};

struct ClientSummary {
    long long id = 0;
    QString origin;      // "train", "test" (imported) or "application" (POST /v1/applications)
    qint64 revision = 0; // grows with every change, so a reader can fetch only what changed
    std::array<QString, kSummaryCategories.size()> categories; // empty: missing
    std::array<double, kSummaryNumbers.size()> numbers{};      // NaN: missing
};

// One client's file: the summary and the whole record (application row and history) as the
// JSON client record of core/data/ClientRecordJson.h.
struct ClientFile {
    ClientSummary summary;
    QByteArray recordJson;
};

// A client's file in the form the repository stores it (the document compressed), made by
// ClientRepository::prepare without the database, so a bulk import can do that work on worker
// threads while one thread only writes.
struct PreparedClientFile {
    ClientSummary summary;
    QByteArray storedDocument;
};

// The summary of the applicant in row `row` of `applications`.
ClientSummary summarize(const data::Table& applications, std::size_t row, QString origin);

} // namespace credit::records
