#pragma once

#include "features/FeatureMatrix.h"

#include <filesystem>

namespace credit::features {

// Writes SK_ID_CURR then one column per feature, one row per applicant. Values are written with
// the shortest text that reads back to the same float; a missing value is an empty field (what
// pandas and most CSV readers take as NaN). Feature names are CSV-safe by construction.
void writeFeatureCsv(const FeatureMatrix& matrix, const std::filesystem::path& file);

} // namespace credit::features
