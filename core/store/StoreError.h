#pragma once

#include "common/LocalizedError.h"

namespace credit::store {

// A local-store failure an advisor can act on: the message names the database file and what
// went wrong (locked by another program, disk full, refused write), in French and in English so
// a French screen never shows an English sentence; what() is the English text (logs, tests).
class StoreError : public LocalizedError {
public:
    using LocalizedError::LocalizedError;
};

} // namespace credit::store
