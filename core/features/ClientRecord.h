#pragma once

#include "data/HomeCreditDataset.h"
#include "features/HistoryIndex.h"

#include <cstddef>

namespace credit::features {

// One applicant's file: their application row and every related row that belongs to them, in the
// original file order, held as a small HomeCreditDataset. This is what the advisor edits and
// rescores; FeaturePipeline::transform on it gives the same values as the batch transform gives
// for that applicant (bit for bit), because both run the same aggregation on the same rows.
struct ClientRecord {
    data::HomeCreditDataset data;

    long long clientId() const;
};

// Cuts ClientRecords out of a loaded dataset; the dataset is grouped by applicant once, so each
// extraction costs only the client's own rows.
class ClientExtractor {
public:
    explicit ClientExtractor(const data::HomeCreditDataset& dataset);

    // `applicationRow` is the row in dataset.applications.
    ClientRecord extract(std::size_t applicationRow) const;

private:
    const data::HomeCreditDataset& dataset_;
    HistoryIndex index_;
};

} // namespace credit::features
