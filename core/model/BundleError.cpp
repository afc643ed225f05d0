#include "model/BundleError.h"

namespace credit::model {

const char* toString(BundleProblem problem)
{
    switch (problem) {
    case BundleProblem::Unreadable:
        return "unreadable";
    case BundleProblem::NotABundle:
        return "not a model bundle";
    case BundleProblem::UnsupportedVersion:
        return "unsupported bundle format version";
    case BundleProblem::Truncated:
        return "truncated";
    case BundleProblem::Malformed:
        return "malformed";
    case BundleProblem::ChecksumMismatch:
        return "checksum mismatch";
    case BundleProblem::BoosterUnloadable:
        return "model cannot be loaded";
    case BundleProblem::FeatureCountMismatch:
        return "feature count mismatch";
    }
    return "unknown problem";
}

BundleError::BundleError(BundleProblem problem, const std::string& source,
                         const std::string& detail)
    : std::runtime_error("model bundle " + source + " refused (" + toString(problem) +
                         "): " + detail),
      problem_(problem)
{}

} // namespace credit::model
