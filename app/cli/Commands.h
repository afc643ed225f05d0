#pragma once

#include <string>
#include <vector>

namespace credit::cli {

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

} // namespace credit::cli
