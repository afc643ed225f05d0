#pragma once

#include <Eigen/Core>
#include <string>
#include <vector>

namespace credit::features {

// Row-major float storage is what XGBoost's dense DMatrix constructor reads without a copy.
using FeatureValues = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// The engineered features of a set of applicants: one row per applicant (in the order of the
// applicant table), one column per feature (in the FeatureSpec's order). Missing is NaN.
struct FeatureMatrix {
    std::vector<std::string> featureNames;
    std::vector<long long> clientIds; // SK_ID_CURR of each row
    FeatureValues values;

    std::size_t rows() const { return static_cast<std::size_t>(values.rows()); }
    std::size_t columns() const { return static_cast<std::size_t>(values.cols()); }
};

} // namespace credit::features
