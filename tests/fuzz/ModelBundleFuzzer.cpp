// The model bundle loader as the server and the app run it: ModelBundle::fromBytes, then the
// ExplanationEngine built on it (feature spec, reference statistics, the trees read for TreeSHAP).
// Input: a bundle without its last 32 bytes; the harness appends the SHA-256 of what it got, so
// mutations reach the manifest and the booster instead of stopping at the checksum (a damaged
// file with a matching checksum is what a hand-edited or maliciously rebuilt bundle looks like).
// A BundleError is a clean refusal; anything else is a bug.
#include "FuzzSupport.h"
#include "common/Sha256.h"
#include "explain/ExplanationEngine.h"
#include "model/BundleError.h"
#include "model/ModelBundle.h"

#include <memory>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace credit;
    std::vector<std::uint8_t> bytes(data, data + size);
    const auto digest = common::Sha256::digest(bytes);
    bytes.insert(bytes.end(), digest.begin(), digest.end());
    try {
        auto bundle = std::make_shared<const model::ModelBundle>(
            model::ModelBundle::fromBytes(bytes, "fuzz.csbundle"));
        const explain::ExplanationEngine engine(bundle, common::Sha256::hexDigest(bytes));
        if (engine.modelVersion().empty())
            fuzz::invariantBroken("an engine without a model version");
    } catch (const model::BundleError&) {
    }
    return 0;
}
