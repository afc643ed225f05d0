#include "features/FeatureCsvWriter.h"

#include "common/AtomicFileWriter.h"

#include <charconv>
#include <cmath>
#include <string>

namespace credit::features {

void writeFeatureCsv(const FeatureMatrix& matrix, const std::filesystem::path& file)
{
    common::AtomicFileWriter output(file);
    std::string line = "SK_ID_CURR";
    for (const auto& name : matrix.featureNames)
        line += "," + name;
    line += '\n';
    output.write(line);

    char number[64];
    for (std::size_t row = 0; row < matrix.rows(); ++row) {
        line.clear();
        line += std::to_string(matrix.clientIds[row]);
        for (std::size_t column = 0; column < matrix.columns(); ++column) {
            line += ',';
            const float value =
                matrix.values(static_cast<Eigen::Index>(row), static_cast<Eigen::Index>(column));
            if (std::isnan(value))
                continue;
            const auto result = std::to_chars(number, number + sizeof number, value);
            line.append(number, result.ptr);
        }
        line += '\n';
        output.write(line);
    }
    output.commit();
}

} // namespace credit::features
