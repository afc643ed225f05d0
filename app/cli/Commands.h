#pragma once

#include "data/HomeCreditDataset.h"

#include <memory>
#include <string>
#include <vector>

namespace credit::explain {
class ExplanationEngine;
}

namespace credit::cli {

// Opens a bundle for a command and prints its warnings (a bundle without a feature policy) to
// stderr as "credit-scoring COMMAND: warning: ...". Throws model::BundleError when refused.
std::shared_ptr<const explain::ExplanationEngine> openModel(const std::string& bundle,
                                                            const char* command);

// One sub-command of credit-scoring. `run` receives the arguments after the command name and
// returns the process exit code; it throws UsageError for a command line the user must fix.
struct Command {
    const char* name;
    const char* summary;
    const char* usage;
    int (*run)(const std::vector<std::string>& arguments);
};

// Every sub-command, in the order `credit-scoring --help` lists them.
const std::vector<Command>& allCommands();

// Loads a Home Credit folder with a progress bar on stderr and prints the loader's warnings.
data::HomeCreditDataset loadWithProgress(const std::string& folder,
                                         data::LoadOptions::Applicants applicants);

} // namespace credit::cli
