#pragma once

#include "data/HomeCreditDataset.h"

#include <filesystem>
#include <string>

namespace credit::testing {

// A small model trained once per test executable: 2,000 synthetic applicants written to a
// temporary folder, 2-fold CV, 60 rounds (a few seconds). The folder doubles as the server's
// --portfolio.
struct TrainedModel {
    std::filesystem::path folder; // temporary, removed at exit
    std::filesystem::path dataFolder;
    std::filesystem::path bundle;
    data::HomeCreditDataset portfolio; // the applicants as the server's portfolio loads them
};

const TrainedModel& trainedModel();

// The request body of portfolio applicant `row`, as the app would send it.
std::string applicationBody(std::size_t row);

inline const char* kApiKey = "integration-test-key-6f1c";

} // namespace credit::testing
