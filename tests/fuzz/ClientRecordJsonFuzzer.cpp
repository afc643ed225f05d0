// Differential harness for the two client-record JSON readers: the document reader
// (nlohmann::json::parse, then clientRecordFromJson: the batch and counterfactual endpoints, the
// app's saved scenarios) and the text reader (clientRecordFromJsonText with simdjson: the
// /v1/score hot path). The API promises one judgement whichever endpoint reads a body, so both
// must refuse the same texts, report the same issues and build the same record.
#include "FuzzSupport.h"
#include "data/ClientRecordJson.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace {

using credit::data::ClientRecordParse;
using nlohmann::json;

struct Outcome {
    bool refusedAsJson = false; // the reader threw: the API answers "Malformed JSON"
    std::string issues;         // every issue, in order
    std::string record;         // the record in its canonical JSON form, when valid
};

Outcome describe(const std::optional<ClientRecordParse>& parse)
{
    Outcome outcome;
    if (!parse) {
        outcome.refusedAsJson = true;
        return outcome;
    }
    for (const auto& issue : parse->issues)
        outcome.issues += issue.field + " | " + std::string(credit::data::toString(issue.code)) +
                          " | " + issue.message + "\n";
    if (parse->record)
        outcome.record = credit::data::clientRecordToJson(*parse->record, 0).dump();
    if (parse->record.has_value() == !parse->issues.empty())
        credit::fuzz::invariantBroken("a record and issues together, or neither");
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = credit::fuzz::asText(data, size);
    std::optional<ClientRecordParse> fromDocument;
    try {
        fromDocument = credit::data::clientRecordFromJson(json::parse(text));
    } catch (const json::exception&) {
    }
    std::optional<ClientRecordParse> fromText;
    try {
        fromText = credit::data::clientRecordFromJsonText(text);
    } catch (const json::exception&) {
    }
    const auto document = describe(fromDocument);
    const auto direct = describe(fromText);
    if (document.refusedAsJson != direct.refusedAsJson)
        credit::fuzz::invariantBroken(std::string("only the ") +
                                      (document.refusedAsJson ? "document" : "text") +
                                      " reader refused the body as JSON");
    if (document.issues != direct.issues)
        credit::fuzz::invariantBroken("the readers report different issues:\ndocument:\n" +
                                      document.issues + "text:\n" + direct.issues);
    if (document.record != direct.record)
        credit::fuzz::invariantBroken("the readers build different records:\ndocument: " +
                                      document.record + "\ntext:     " + direct.record);
    return 0;
}
