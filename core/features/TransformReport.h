#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace credit::features {

// What a transform met that the model never saw: category levels unknown at fit (their one-hot
// features are all zero) and related tables absent from the data (their features are NaN).
struct TransformReport {
    std::size_t unseenCategoryValues = 0;
    // "table.column" -> number of values whose level was not learned at fit.
    std::map<std::string, std::size_t> unseenByColumn;
    std::vector<std::string> absentTables;
};

} // namespace credit::features
