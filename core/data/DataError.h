#pragma once

#include <stdexcept>
#include <string>

namespace credit::data {

// Raised for input a user can fix: a missing column, a malformed line, a bad value. The message
// always names what is wrong and where (file, line, column), so it can be shown as it is.
class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace credit::data
