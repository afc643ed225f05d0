#include "Commands.h"

namespace credit::cli {

const std::vector<Command>& allCommands()
{
    static const std::vector<Command> commands = {};
    return commands;
}

} // namespace credit::cli
