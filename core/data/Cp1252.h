#pragma once

#include <string>
#include <string_view>

namespace credit::data {

// Converts Windows-1252 text (the encoding of the official HomeCredit_columns_description.csv)
// to UTF-8. The five bytes cp1252 leaves undefined become U+FFFD.
std::string cp1252ToUtf8(std::string_view text);

} // namespace credit::data
