#pragma once

// What the GUI benchmarks share.
#include "widgets/ClientFinder.h"

#include <QSignalSpy>

#include <cstdio>
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

// Selects client `id` in the list and waits until `shown` (the controller's clientShown)
// fires; false, with a message on stderr, when it does not within 10 s.
inline bool selectAndWaitShown(ui::ClientFinder& finder, QSignalSpy& shown, long long id)
{
    finder.selectClient(id);
    if (shown.wait(10000))
        return true;
    std::fprintf(stderr, "client %lld not shown\n", id);
    return false;
}

} // namespace credit::bench
