#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace credit::features {

// A feature spec that does not fit the data it is applied to: some features read columns the
// data does not have. The message names them, and the list is kept for callers that show it.
class SpecMismatchError : public std::runtime_error {
public:
    SpecMismatchError(const std::string& message, std::vector<std::string> features)
        : std::runtime_error(message), features_(std::move(features))
    {}
    const std::vector<std::string>& differingFeatures() const { return features_; }

private:
    std::vector<std::string> features_;
};

} // namespace credit::features
