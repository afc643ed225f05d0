#include "Commands.h"

namespace credit::cli {

int runSynth(const std::vector<std::string>& arguments);
int runValidate(const std::vector<std::string>& arguments);
int runFeatures(const std::vector<std::string>& arguments);
int runDrift(const std::vector<std::string>& arguments);

const std::vector<Command>& allCommands()
{
    static const std::vector<Command> commands = {
        {"synth", "write a synthetic Home Credit portfolio (the eight Kaggle CSV files)",
         "--out DIR [--applicants N (20000)] [--seed S (42)] [--test-share 0.1] [--threads T]", runSynth},
        {"validate", "load a Home Credit data folder and report rows, warnings and key integrity",
         "--data DIR [--applicants train|test (train)]", runValidate},
        {"features", "build the model's feature table (CSV) from a data folder",
         "--data DIR --out FILE.csv [--spec SPEC.json] [--save-spec SPEC.json] "
         "[--applicants train|test (train)] [--threads N (0 = all cores)]",
         runFeatures},
         "--out DIR [--applicants N (20000)] [--seed S (42)] [--test-share 0.1] [--threads T]",
         runSynth},
        {"drift", "compare current data or logged scores with the training reference (HTML report)",
         "--reference DIR|FILE|PROFILE.json|LOG --current DIR|FILE|LOG --out report.html [--json FILE]\n"
         "       [--psi-warning 0.1] [--psi-alert 0.25] [--p-value 0.05] [--reference-scores LOG]\n"
         "       [--current-scores LOG] [--save-profile FILE.json] [--top 10]",
         runDrift},
    };
    return commands;
}

} // namespace credit::cli
