#pragma once

#include "data/TableId.h"

#include <string>
#include <vector>

namespace credit::synth {

// The header of a Kaggle file (names and order), from the data module's built-in schema so the
// generator and the reader can never disagree on the layout.
std::vector<std::string> kaggleColumns(data::TableId table);

} // namespace credit::synth
