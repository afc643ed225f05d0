#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace credit::data {
struct HomeCreditDataset;
class Table;
} // namespace credit::data

namespace credit::features {

// The dataset's tables under the names the feature spec uses: "application" for the applicant
// file (train or test), the Kaggle file names without extension for the others.
const data::Table* findTable(const data::HomeCreditDataset& dataset, std::string_view name);

// Every table name the spec may refer to, in a fixed order (absent tables give nullptr).
std::vector<std::pair<std::string_view, const data::Table*>>
specTables(const data::HomeCreditDataset& dataset);

} // namespace credit::features
