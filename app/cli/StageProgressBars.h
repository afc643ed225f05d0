#pragma once

#include "TerminalProgressBar.h"

#include <cstddef>
#include <memory>
#include <string>

namespace credit::cli {

// One progress bar per stage of a long run ("load", "features", "cross-validation", ...): a new
// stage finishes the previous stage's bar and starts its own. Feed it the (stage, done, total)
// reports of core's training and selection runs.
class StageProgressBars {
public:
    void update(const std::string& stage, std::size_t done, std::size_t total);
    // Finishes the current stage's bar (the run is over).
    void finish();

private:
    std::string stage_;
    std::unique_ptr<TerminalProgressBar> bar_;
};

} // namespace credit::cli
