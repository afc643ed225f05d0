#pragma once

#include <string>
#include <string_view>

namespace credit::common {

// Text made safe inside HTML or SVG elements and attribute values (& < > " ').
std::string escapeHtml(std::string_view text);

} // namespace credit::common
