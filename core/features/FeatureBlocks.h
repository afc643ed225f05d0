#pragma once

#include "features/FeatureBlock.h"
#include "features/FeatureCatalogue.h"
#include "features/FeatureSpec.h"

#include <memory>
#include <vector>

namespace credit::data {
struct HomeCreditDataset;
}

namespace credit::features {

// What a block is built from: the vocabulary (category levels and application columns, learned
// at fit or read from a spec), the dataset whose columns it binds, and the catalogue it declares
// its features into.
struct BlockContext {
    const FeatureSpec& vocabulary;
    const data::HomeCreditDataset& dataset;
    FeatureCatalogue& catalogue;

    // The categories of one table in the vocabulary, with their index (for unseen counts).
    std::vector<std::pair<std::size_t, const CategoryLevels*>>
    categoriesOf(std::string_view table) const;
};

std::unique_ptr<FeatureBlock> makeApplicationBlock(const BlockContext& context);
std::unique_ptr<FeatureBlock> makeBureauBlock(const BlockContext& context);
std::unique_ptr<FeatureBlock> makePreviousApplicationBlock(const BlockContext& context);
std::unique_ptr<FeatureBlock> makePosCashBlock(const BlockContext& context);
std::unique_ptr<FeatureBlock> makeInstallmentsBlock(const BlockContext& context);
std::unique_ptr<FeatureBlock> makeCreditCardBlock(const BlockContext& context);

// Every block, in the fixed order of the feature list.
std::vector<std::unique_ptr<FeatureBlock>> makeAllBlocks(const BlockContext& context);

} // namespace credit::features
