#pragma once

#include <string>

namespace credit::model {

// The product version that wrote a bundle or a run record (the CMake project version).
std::string toolVersion();

} // namespace credit::model
