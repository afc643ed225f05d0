#pragma once

#include <cstdlib>
#include <filesystem>

namespace credit::testing {

// The folder of real Home Credit rows beside the repository (set by CTest from the CMake cache
// variable CREDIT_SHARED_DATA_DIR). Tests that need it are built with the shared-data main, which
// skips the whole executable with a message when the folder is absent.
inline std::filesystem::path sharedDataDir()
{
    const char* fromEnvironment = std::getenv("CREDIT_SHARED_DATA");
    return fromEnvironment ? std::filesystem::path(fromEnvironment) : std::filesystem::path{};
}

inline bool sharedDataAvailable()
{
    const auto dir = sharedDataDir();
    return !dir.empty() && std::filesystem::exists(dir / "application_train.csv");
}

} // namespace credit::testing
