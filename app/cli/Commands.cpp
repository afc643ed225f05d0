#include "Commands.h"

namespace credit::cli {

int runValidate(const std::vector<std::string>& arguments);
int runDrift(const std::vector<std::string>& arguments);

const std::vector<Command>& allCommands()
{
    static const std::vector<Command> commands = {
        {"validate", "load a Home Credit data folder and report rows, warnings and key integrity",
         "--data DIR [--applicants train|test (train)]", runValidate},
        {"drift", "compare current data or logged scores with the training reference (HTML report)",
         "--reference DIR|FILE|PROFILE.json|LOG --current DIR|FILE|LOG --out report.html [--json FILE]\n"
         "       [--psi-warning 0.1] [--psi-alert 0.25] [--p-value 0.05] [--reference-scores LOG]\n"
         "       [--current-scores LOG] [--save-profile FILE.json] [--top 10]",
         runDrift},
    };
    return commands;
}

} // namespace credit::cli
