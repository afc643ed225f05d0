#include "Commands.h"

#include "explain/ExplanationEngine.h"

#include <iostream>

namespace credit::cli {

int runSynth(const std::vector<std::string>& arguments);
int runValidate(const std::vector<std::string>& arguments);
int runFeatures(const std::vector<std::string>& arguments);
int runTrain(const std::vector<std::string>& arguments);
int runSelect(const std::vector<std::string>& arguments);
int runRuns(const std::vector<std::string>& arguments);
int runEvaluate(const std::vector<std::string>& arguments);
int runScore(const std::vector<std::string>& arguments);
int runExplain(const std::vector<std::string>& arguments);
int runDrift(const std::vector<std::string>& arguments);
int runFairness(const std::vector<std::string>& arguments);
int runCard(const std::vector<std::string>& arguments);
int runImport(const std::vector<std::string>& arguments);
int runAudit(const std::vector<std::string>& arguments);

std::shared_ptr<const explain::ExplanationEngine> openModel(const std::string& bundle,
                                                            const char* command)
{
    auto engine = explain::ExplanationEngine::open(bundle);
    for (const auto& warning : engine->warnings())
        std::cerr << "credit-scoring " << command << ": warning: " << bundle << ": " << warning
                  << '\n';
    return engine;
}

const std::vector<Command>& allCommands()
{
    static const std::vector<Command> commands = {
        {"synth", "write a synthetic Home Credit portfolio (the eight Kaggle CSV files)",
         "--out DIR [--applicants N (20000)] [--seed S (42)] [--test-share 0.1] [--threads T]",
         runSynth},
        {"validate", "load a Home Credit data folder and report rows, warnings and key integrity",
         "--data DIR [--applicants train|test (train)]", runValidate},
        {"features", "build the model's feature table (CSV) from a data folder",
         "--data DIR --out FILE.csv [--spec SPEC.json] [--save-spec SPEC.json] "
         "[--applicants train|test (train)] [--threads N (0 = all cores)]",
         runFeatures},
        {"train", "cross-validate, pick the cost-minimising threshold, write a model bundle",
         "--data DIR --out BUNDLE [--folds N (5, fewer above 120,000 labelled rows)]\n"
         "       [--params FILE.json] [--runs DIR] [--seed 42]\n"
         "       [--fn-cost 10] [--fp-cost 1] [--max-rounds 2000] [--patience 40]\n"
         "       [--min-rounds 50] [--bagging 1] [--jobs N (0 = all cores)] [--note TEXT]\n"
         "       [--round-selection per_fold|mean_curve (default: the params file's, else\n"
         "       the project's)] [--no-weighting-comparison]\n"
         "       [--exclude-attribute COLUMN[,COLUMN...]]\n"
         "       [--allow-attribute COLUMN[,COLUMN...]] (default policy excludes CODE_GENDER,\n"
         "       NAME_FAMILY_STATUS, HOUR_APPR_PROCESS_START, WEEKDAY_APPR_PROCESS_START)",
         runTrain},
        {"select",
         "choose feature families and round selection by repeated CV; write a params file",
         "--data DIR --out PARAMS.json [--params FILE.json (XGBoost parameters)]\n"
         "       [--repeats 3] [--folds 5] [--seed 42 (fold seeds 42, 43, ...)]\n"
         "       [--max-rounds 2000] [--patience 40] [--min-rounds 50] [--jobs N (0 = all cores)]\n"
         "       [--exclude-attribute COLUMN[,COLUMN...]] [--allow-attribute COLUMN[,COLUMN...]]\n"
         "       Keeps a family only when removing it lowers the held-out fold AUC by more than\n"
         "       2 standard errors of the paired differences; then: train --params PARAMS.json",
         runSelect},
        {"runs", "list and compare recorded training runs", "[--runs DIR (runs)]", runRuns},
        {"evaluate", "measure a bundle on labelled data (AUC, PR AUC, Brier, KS, cost)",
         "--model BUNDLE --data DIR [--json FILE]", runEvaluate},
        {"score",
         "score every applicant of a folder into a CSV (SK_ID_CURR, probability, decision)",
         "--model BUNDLE --data DIR --out preds.csv [--applicants test|train (test)]", runScore},
        {"explain", "explain one client's score in plain language",
         "--model BUNDLE --data DIR --client ID [--lang fr|en] [--json] [--counterfactuals]\n"
         "       [--applicants train|test (train)]",
         runExplain},
        {"drift", "compare current data or logged scores with the training reference (HTML report)",
         "--reference DIR|FILE|PROFILE.json|LOG --current DIR|FILE|LOG --out report.html [--json "
         "FILE]\n"
         "       [--psi-warning 0.1] [--psi-alert 0.25] [--p-value 0.05] [--reference-scores LOG]\n"
         "       [--current-scores LOG] [--save-profile FILE.json] [--top 10]",
         runDrift},
        {"fairness",
         "measure approval, errors and AUC by gender, age, family status and children (HTML)",
         "--model BUNDLE --data DIR --out report.html [--json FILE] [--resamples 1000]\n"
         "       [--seed 42] [--no-proxies]",
         runFairness},
        {"card", "write the model card's generated section (policy, metrics, fairness)",
         "--model BUNDLE (--out SECTION.md | --into CARD.md)", runCard},
        {"import", "load a Home Credit folder into the server's database (one file per client)",
         "--data DIR --database sqlite:PATH|postgresql://user@host:port/db\n"
         "       [--rejected-report FILE.csv] [--batch-size 500]\n"
         "       (password: PGPASSWORD, ~/.pgpass or CREDIT_DATABASE_PASSWORD_FILE)",
         runImport},
        {"audit", "check the decision log's hash chain and name the first broken record",
         "verify --database URL", runAudit},
    };
    return commands;
}

} // namespace credit::cli
