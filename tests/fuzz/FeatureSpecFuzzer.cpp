// The feature spec loader (FeatureSpec::fromJson, as FeatureSpec::load and a bundle's manifest
// use it). Input: the spec file's text (the JSON parser may refuse it first). A refusal must be a
// std::runtime_error naming the field; an accepted spec must survive its own round trip unchanged.
#include "FuzzSupport.h"
#include "features/FeatureSpec.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using nlohmann::json;
    json document;
    try {
        document = json::parse(credit::fuzz::asText(data, size));
    } catch (const json::exception&) {
        return 0;
    }
    credit::features::FeatureSpec spec;
    try {
        spec = credit::features::FeatureSpec::fromJson(document);
    } catch (const std::runtime_error&) {
        return 0;
    } catch (const json::exception& error) {
        // FeatureSpec::load adds the file's path to runtime_errors only: anything else reaches
        // the user without saying which file is wrong.
        credit::fuzz::invariantBroken(std::string("fromJson let a JSON exception escape: ") +
                                      error.what());
    }
    const auto again = credit::features::FeatureSpec::fromJson(spec.toJson());
    if (!(again == spec))
        credit::fuzz::invariantBroken("a spec read back from its own JSON differs");
    return 0;
}
