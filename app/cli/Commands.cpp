#include "Commands.h"

namespace credit::cli {

int runValidate(const std::vector<std::string>& arguments);

const std::vector<Command>& allCommands()
{
    static const std::vector<Command> commands = {
        {"validate", "load a Home Credit data folder and report rows, warnings and key integrity",
         "--data DIR [--applicants train|test (train)]", runValidate},
    };
    return commands;
}

} // namespace credit::cli
