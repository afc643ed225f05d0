#pragma once

#include <string>
#include <string_view>

namespace credit::common {

// `text` with every control character (below 0x20, and DEL) written as \n, \r, \t or \xNN, so a
// file name or a cell quoted in an error message cannot move the cursor, clear a terminal or
// forge a second log line. Other bytes, UTF-8 included, are kept as they are.
std::string printable(std::string_view text);

} // namespace credit::common
