#pragma once

#include "data/TableId.h"

#include <array>
#include <cstddef>
#include <string>

namespace credit::synth {

// CSV text produced for one chunk of applicants, one buffer per Kaggle file, written in order
// by the portfolio writer.
struct GeneratedText {
    std::array<std::string, 8> text;
    std::array<std::size_t, 8> rows{};

    std::string& of(data::TableId table) { return text[static_cast<std::size_t>(table)]; }
    void countRow(data::TableId table) { ++rows[static_cast<std::size_t>(table)]; }
};

} // namespace credit::synth
