#pragma once

#include <stdexcept>

namespace credit::data {

// Thrown when a progress callback asked to stop a long load. Not a DataError: the input is fine,
// the user changed their mind, so callers show no error for it.
class LoadCancelled : public std::runtime_error {
public:
    LoadCancelled() : std::runtime_error("loading was cancelled") {}
};

} // namespace credit::data
