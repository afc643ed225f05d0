#pragma once

#include <stdexcept>
#include <string>

namespace credit::store {

// A local-store failure an advisor can act on: the message names the database file and what
// went wrong (locked by another program, disk full, refused write).
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace credit::store
