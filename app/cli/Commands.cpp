#include "Commands.h"

namespace credit::cli {

int runSynth(const std::vector<std::string>& arguments);
int runValidate(const std::vector<std::string>& arguments);

const std::vector<Command>& allCommands()
{
    static const std::vector<Command> commands = {
        {"synth", "write a synthetic Home Credit portfolio (the eight Kaggle CSV files)",
         "--out DIR [--applicants N (20000)] [--seed S (42)] [--test-share 0.1] [--threads T]",
         runSynth},
        {"validate", "load a Home Credit data folder and report rows, warnings and key integrity",
         "--data DIR [--applicants train|test (train)]", runValidate},
    };
    return commands;
}

} // namespace credit::cli
