// credit-scoring: the data team's command-line tool. Each sub-command is a thin wrapper over a
// core function; this file only dispatches and turns errors into messages and exit codes.
#include "CommandLine.h"
#include "Commands.h"

#include <cstring>
#include <exception>
#include <iostream>

namespace {

void printHelp()
{
    std::cout << "credit-scoring " CREDIT_VERSION
                 " - train, evaluate and explain credit-default models\n\n"
                 "Usage: credit-scoring <command> [options]\n\nCommands:\n";
    for (const auto& command : credit::cli::allCommands()) {
        // Names are padded to 12 columns; a longer one gets a single space rather than a
        // negative (size_t-wrapped) padding that would throw.
        const std::size_t length = std::strlen(command.name);
        std::cout << "  " << command.name << std::string(length < 12 ? 12 - length : 1, ' ')
                  << command.summary << '\n';
    }
    std::cout << "\nRun 'credit-scoring <command> --help' for a command's options.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.empty() || arguments[0] == "--help" || arguments[0] == "-h") {
        printHelp();
        return arguments.empty() ? 2 : 0;
    }
    if (arguments[0] == "--version") {
        std::cout << "credit-scoring " CREDIT_VERSION "\n";
        return 0;
    }
    for (const auto& command : credit::cli::allCommands()) {
        if (arguments[0] != command.name)
            continue;
        const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
        if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
            std::cout << "Usage: credit-scoring " << command.name << ' ' << command.usage << '\n';
            return 0;
        }
        try {
            return command.run(rest);
        } catch (const credit::cli::UsageError& error) {
            std::cerr << "credit-scoring " << command.name << ": " << error.what()
                      << "\nUsage: credit-scoring " << command.name << ' ' << command.usage << '\n';
            return 2;
        } catch (const std::exception& error) {
            std::cerr << "credit-scoring " << command.name << ": error: " << error.what() << '\n';
            return 1;
        }
    }
    std::cerr << "credit-scoring: unknown command '" << arguments[0] << "'\n";
    printHelp();
    return 2;
}
