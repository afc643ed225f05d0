#pragma once

// What the GUI benchmarks share.
#include <fstream>
#include <string>

namespace credit::bench {

// VmHWM of this process, from /proc/self/status, in MB; -1 when unreadable.
inline long peakResidentMegabytes()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6)) / 1024;
    return -1;
}

} // namespace credit::bench
