#include "features/FeatureBlocks.h"

namespace credit::features {

std::vector<std::pair<std::size_t, const CategoryLevels*>>
BlockContext::categoriesOf(std::string_view table) const
{
    std::vector<std::pair<std::size_t, const CategoryLevels*>> found;
    for (std::size_t index = 0; index < vocabulary.categories.size(); ++index)
        if (vocabulary.categories[index].table == table)
            found.emplace_back(index, &vocabulary.categories[index]);
    return found;
}

std::vector<std::unique_ptr<FeatureBlock>> makeAllBlocks(const BlockContext& context)
{
    std::vector<std::unique_ptr<FeatureBlock>> blocks;
    blocks.push_back(makeApplicationBlock(context));
    blocks.push_back(makeBureauBlock(context));
    blocks.push_back(makePreviousApplicationBlock(context));
    blocks.push_back(makePosCashBlock(context));
    blocks.push_back(makeInstallmentsBlock(context));
    blocks.push_back(makeCreditCardBlock(context));
    return blocks;
}

} // namespace credit::features
