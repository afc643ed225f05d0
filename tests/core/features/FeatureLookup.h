#pragma once

#include "features/FeatureMatrix.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace credit::features::testing {

// The value of a named feature for one applicant (by SK_ID_CURR), as a double for Approx.
inline double valueOf(const FeatureMatrix& matrix, long long clientId, const std::string& feature)
{
    const auto column = std::find(matrix.featureNames.begin(), matrix.featureNames.end(), feature);
    if (column == matrix.featureNames.end())
        throw std::out_of_range("no feature " + feature);
    const auto row = std::find(matrix.clientIds.begin(), matrix.clientIds.end(), clientId);
    if (row == matrix.clientIds.end())
        throw std::out_of_range("no client " + std::to_string(clientId));
    return matrix.values(row - matrix.clientIds.begin(), column - matrix.featureNames.begin());
}

inline bool hasFeature(const FeatureMatrix& matrix, const std::string& feature)
{
    return std::find(matrix.featureNames.begin(), matrix.featureNames.end(), feature) !=
           matrix.featureNames.end();
}

} // namespace credit::features::testing
