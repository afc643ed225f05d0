#include "common/NumberFormat.h"

#include <charconv>
#include <stdexcept>

namespace credit::common {
namespace {

std::string toChars(double value, std::chars_format format, int precision)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format, precision);
    return std::string(buffer, result.ptr);
}

} // namespace

std::string formatFixed(double value, int decimals)
{
    return toChars(value, std::chars_format::fixed, decimals);
}

std::string formatSignificant(double value, int digits)
{
    return toChars(value, std::chars_format::general, digits);
}

double parseLeadingDouble(std::string_view text)
{
    double value = 0.0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc{}) {
        throw std::invalid_argument("\"" + std::string(text.substr(0, 32)) +
                                    "\" does not start with a number");
    }
    return value;
}

} // namespace credit::common
