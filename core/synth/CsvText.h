#pragma once

#include "synth/Calibration.h"

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace credit::synth {

// Appends numbers the way the pandas-exported Kaggle files write them: shortest round-trip
// digits (std::to_chars), float columns always with a point ("2.0"), missing as empty.
inline void appendNumber(std::string& out, double value, NumberFormat format, int decimals)
{
    if (std::isnan(value))
        return;
    if (decimals >= 0) {
        const double scale = std::pow(10.0, decimals);
        value = std::round(value * scale) / scale;
    }
    if (value == 0.0)
        value = 0.0; // never "-0"
    char buffer[40];
    if (format == NumberFormat::Integer) {
        const auto end = std::to_chars(buffer, buffer + sizeof buffer,
                                       static_cast<long long>(std::llround(value)))
                             .ptr;
        out.append(buffer, end);
        return;
    }
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    const std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    out.append(text);
    if (text.find_first_of(".e") == std::string_view::npos)
        out.append(".0");
}

inline void appendInteger(std::string& out, long long value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

// Categories are written as text; the ones holding a comma ("Spouse, partner") are quoted.
inline void appendText(std::string& out, std::string_view text)
{
    if (text.find_first_of(",\"") == std::string_view::npos) {
        out.append(text);
        return;
    }
    out.push_back('"');
    for (const char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

} // namespace credit::synth
