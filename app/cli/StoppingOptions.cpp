#include "StoppingOptions.h"

namespace credit::cli {

StoppingOptions stoppingFromOptions(const CommandLine& line)
{
    const StoppingOptions defaults;
    StoppingOptions options;
    options.maxRounds = static_cast<int>(line.integer("max-rounds", defaults.maxRounds));
    options.patience = static_cast<int>(line.integer("patience", defaults.patience));
    options.minimumRounds = static_cast<int>(line.integer("min-rounds", defaults.minimumRounds));
    if (options.maxRounds < 1 || options.patience < 1 || options.minimumRounds < 0)
        throw UsageError(
            "options --max-rounds and --patience must be at least 1, --min-rounds at least 0");
    return options;
}

} // namespace credit::cli
