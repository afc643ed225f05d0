#pragma once

#include "data/HomeCreditDataset.h"
#include "features/FeatureFamilySelection.h"
#include "features/FeatureMatrix.h"
#include "features/FeaturePolicy.h"
#include "features/FeatureSpec.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace credit::training {

// A labelled Home Credit folder turned into what training reads: the application table (fairness
// and the reference statistics read it; the related tables are released once their aggregates
// are in the matrix), the 0/1 labels, the spec fitted under
// the feature policy with the families switched off removed, and its feature matrix.
struct TrainingData {
    data::HomeCreditDataset dataset;
    std::vector<float> labels;
    features::FeatureSpec spec;
    features::FeatureMatrix matrix;
    // A default exclusion allowed back in, an excluded column the data does not have.
    std::vector<std::string> warnings;
};

// Stage progress ("load", "features") as TrainingOptions::progress reports it.
using StageProgress =
    std::function<void(const std::string& stage, std::size_t done, std::size_t total)>;

// Shared by `train` and `select`, so both see the same rows and columns. Throws data::DataError
// for TARGET absent, not 0/1 or single-class (naming the file and row), a duplicated applicant,
// an excluded column that is in no table and not a default (a typo), and families that leave no
// feature.
TrainingData prepareTrainingData(const std::filesystem::path& dataFolder,
                                 const features::FeaturePolicy& policy,
                                 const features::FeatureFamilySelection& families,
                                 const StageProgress& progress);

} // namespace credit::training
