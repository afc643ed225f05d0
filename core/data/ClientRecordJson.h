#pragma once

#include "data/FieldRules.h"
#include "data/HomeCreditDataset.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credit::data {

// The JSON form of one applicant, as the scoring API receives it and the app sends it:
// the application fields by their Home Credit names at the top level, plus optional history
// arrays named after the related tables ("bureau", "bureau_balance", "previous_application",
// "POS_CASH_balance", "installments_payments", "credit_card_balance"), one object per row.
// A history array that is absent means "unknown" (its features are missing); an empty array
// means "known to be empty".
struct ClientRecordParse {
    std::optional<HomeCreditDataset> record; // set when `issues` is empty
    std::vector<FieldIssue> issues;          // every problem found, not only the first
};

// Validates and converts. Never throws for bad content: every unknown field, wrong type,
// out-of-range value, unknown category level and missing required field becomes an issue.
ClientRecordParse clientRecordFromJson(const nlohmann::json& body);
// The same from JSON text, without building a document first (the scoring API's hot path).
// Bad JSON throws nlohmann::json::parse_error (or out_of_range for a number such as 1e999).
ClientRecordParse clientRecordFromJsonText(std::string_view text);

// The inverse: applicant `row` of `dataset` with its history rows, in the same JSON form.
nlohmann::json clientRecordToJson(const HomeCreditDataset& dataset, std::size_t row);

// The same document as text, for a dataset holding one applicant and only that applicant's
// history (ClientExtractor's output): byte for byte clientRecordToJson(client, 0).dump(), written
// without building the document first (the bulk import's hot path: no map per history row).
std::string clientRecordToJsonText(const HomeCreditDataset& client);

// A one-applicant dataset holding row `row` of `dataset` and that applicant's history rows.
HomeCreditDataset extractClient(const HomeCreditDataset& dataset, std::size_t row);

} // namespace credit::data
