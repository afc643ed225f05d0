#pragma once

#include "features/FeatureMatrix.h"
#include "features/FeaturePolicy.h"
#include "features/FeatureSpec.h"
#include "features/TransformReport.h"

#include <memory>
#include <string>
#include <vector>

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
    // The same, without the features that read a column `policy` excludes (FeaturePolicy).
    static FeatureSpec fit(const data::HomeCreditDataset& dataset, const FeaturePolicy& policy);

    // Throws SpecMismatchError naming the features whose source columns are absent from a table
    // present in `dataset`. An absent related table makes its features NaN (listed in the report).
    static FeatureMatrix transform(const data::HomeCreditDataset& dataset, const FeatureSpec& spec,
                                   TransformReport* report = nullptr,
                                   const TransformOptions& options = {});

    // One client: the same computation, on the calling thread.
    static FeatureMatrix transform(const ClientRecord& client, const FeatureSpec& spec,
                                   TransformReport* report = nullptr);
};

// A spec prepared once for many transforms (the app rescoring client after client): where each
// spec feature sits among the computed outputs is resolved at construction, so a transform only
// binds columns and aggregates. Same results as FeaturePipeline::transform, bit for bit.
class FeatureTransformer {
public:
    // Throws SpecMismatchError naming features this version cannot compute.
    explicit FeatureTransformer(FeatureSpec spec);

    const FeatureSpec& spec() const { return spec_; }

    FeatureMatrix transform(const data::HomeCreditDataset& dataset,
                            TransformReport* report = nullptr,
                            const TransformOptions& options = {}) const;
    FeatureMatrix transform(const ClientRecord& client, TransformReport* report = nullptr) const;
    // The values alone (no names, no report) of a small dataset such as one client's record,
    // on the calling thread: the scoring hot path.
    FeatureValues valuesOf(const data::HomeCreditDataset& client) const;

private:
    struct BoundLayouts;

    FeatureSpec spec_;
    std::vector<std::string> names_;
    std::vector<std::size_t> specToCatalogue_;
    // Clients' tables with blocks bound to them, reused by valuesOf for records of the same
    // layout. Shared by copies: layouts are a property of the spec, not of one object.
    std::shared_ptr<BoundLayouts> boundLayouts_;
};

} // namespace credit::features
