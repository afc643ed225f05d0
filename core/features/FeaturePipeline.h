#pragma once

#include "features/FeatureMatrix.h"
#include "features/FeatureSpec.h"
#include "features/TransformReport.h"

namespace credit::data {
struct HomeCreditDataset;
}

namespace credit::features {

struct ClientRecord;

struct TransformOptions {
    // Worker threads for the batch path; 0 = one per hardware thread.
    unsigned threads = 0;
};

// Turns Home Credit tables into model features.
//
// fit() learns what shapes the feature list (category levels, the application's numeric columns)
// and returns the spec; transform() computes a spec's features, in the spec's exact order, for
// every applicant of a dataset: a whole export (batch, multithreaded over applicant chunks) or
// one ClientRecord (single client). Both paths run the same per-applicant code on the same rows.
class FeaturePipeline {
public:
    // Keeps every feature whose source table and columns exist in `dataset`. Category levels are
    // those present in the data, sorted; a `_nan` level is added where values were missing.
    static FeatureSpec fit(const data::HomeCreditDataset& dataset);

    // Throws SpecMismatchError naming the features whose source columns are absent from a table
    // present in `dataset`. An absent related table makes its features NaN (listed in the report).
    static FeatureMatrix transform(const data::HomeCreditDataset& dataset, const FeatureSpec& spec,
                                   TransformReport* report = nullptr,
                                   const TransformOptions& options = {});

    // One client: the same computation, on the calling thread.
    static FeatureMatrix transform(const ClientRecord& client, const FeatureSpec& spec,
                                   TransformReport* report = nullptr);
};

} // namespace credit::features
