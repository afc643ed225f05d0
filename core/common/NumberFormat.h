#pragma once

#include <string>
#include <string_view>

namespace credit::common {

// Locale-independent number text ('.' as decimal separator whatever LC_NUMERIC says). Needed
// because QCoreApplication calls setlocale(LC_ALL, "") on Unix, after which printf/strtod use
// the user's separator (',' in French) and would break SVG coordinates or metric parsing.
std::string formatFixed(double value, int decimals);
std::string formatSignificant(double value, int digits);
// Parses the leading number of `text` (like strtod in the "C" locale); throws
// std::invalid_argument naming the text when there is none.
double parseLeadingDouble(std::string_view text);

} // namespace credit::common
