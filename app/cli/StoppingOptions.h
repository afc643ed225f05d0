#pragma once

#include "CommandLine.h"

namespace credit::cli {

// --max-rounds, --patience and --min-rounds, shared by the commands that cross-validate (train,
// select), with the same defaults and checks.
struct StoppingOptions {
    int maxRounds = 2000;
    int patience = 40;
    int minimumRounds = 50;
};

// Throws UsageError for a round cap or patience below 1, or a negative warm-up.
StoppingOptions stoppingFromOptions(const CommandLine& line);

} // namespace credit::cli
