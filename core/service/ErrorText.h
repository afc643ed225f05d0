#pragma once

#include "common/LocalizedText.h"

#include <exception>

namespace credit::service {

// What an advisor reads when core refuses something: a sentence in both languages saying what
// failed and what to do, followed by core's own detail (which names the file, line, column or
// field as the data has them). A LocalizedError is already worded for people and is used as is;
// a refused model bundle is worded by the kind of problem (damaged, other version, ...).
LocalizedText errorText(const std::exception& error);

} // namespace credit::service
