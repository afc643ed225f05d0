#pragma once

#include <stdexcept>
#include <string>

namespace credit::records {

// A storage failure with a message an operator can act on (names the database and the cause).
class RecordsError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The database cannot be reached (refused connection, server stopped, lost connection). The
// server answers 503 and reconnects by itself on a later request.
class DatabaseUnavailable : public RecordsError {
public:
    using RecordsError::RecordsError;
};

// The database was migrated by a newer program: this one refuses to touch it.
class SchemaTooNew : public RecordsError {
public:
    using RecordsError::RecordsError;
};

// A write that contradicts what is stored: the same idempotency key with another body (409).
class RecordConflict : public RecordsError {
public:
    using RecordsError::RecordsError;
};

// A write the rules refuse (an override without justification, an unknown decision): 400.
class InvalidRecord : public RecordsError {
public:
    using RecordsError::RecordsError;
};

} // namespace credit::records
