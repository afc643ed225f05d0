#pragma once

#include <stdexcept>
#include <string>

namespace credit::model {

// Why a model bundle was refused; the UI and the CLI can react per kind (e.g. "retrain" for
// an old format version, "file damaged" for a checksum mismatch).
enum class BundleProblem {
    Unreadable,          // cannot open or read the file
    NotABundle,          // wrong magic bytes: some other file
    UnsupportedVersion,  // written in another bundle format version
    Truncated,           // shorter than its own length fields say
    Malformed,           // trailing bytes, or a manifest that is not the expected JSON
    ChecksumMismatch,    // bytes changed since the bundle was written
    BoosterUnloadable,   // XGBoost refused the model bytes
    FeatureCountMismatch // the booster and the feature spec disagree on the feature count
};

const char* toString(BundleProblem problem);

class BundleError : public std::runtime_error {
public:
    BundleError(BundleProblem problem, const std::string& source, const std::string& detail);

    BundleProblem problem() const { return problem_; }

private:
    BundleProblem problem_;
};

} // namespace credit::model
