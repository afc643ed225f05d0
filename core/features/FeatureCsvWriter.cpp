#include "features/FeatureCsvWriter.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

namespace credit::features {

namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

} // namespace

void writeFeatureCsv(const FeatureMatrix& matrix, const std::filesystem::path& file)
{
    std::unique_ptr<std::FILE, FileCloser> output(std::fopen(file.c_str(), "wb"));
    if (!output)
        throw std::runtime_error("cannot write the feature file " + file.string());
    std::string line = "SK_ID_CURR";
    for (const auto& name : matrix.featureNames)
        line += "," + name;
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), output.get());

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
        if (std::fwrite(line.data(), 1, line.size(), output.get()) != line.size())
            throw std::runtime_error("writing the feature file " + file.string() +
                                     " failed (disk full?)");
    }
    if (std::fflush(output.get()) != 0)
        throw std::runtime_error("writing the feature file " + file.string() +
                                 " failed (disk full?)");
}

} // namespace credit::features
