#include "common/OutputPathCheck.h"

#include "common/OutputError.h"
#include "common/PrintableText.h"

namespace credit::common {

namespace {

namespace fs = std::filesystem;

bool sameFile(const fs::path& a, const fs::path& b)
{
    std::error_code error;
    return fs::equivalent(a, b, error) && !error;
}

[[noreturn]] void refuse(const std::string& outputOption, const fs::path& output,
                         const NamedInput& input, const std::string& what)
{
    throw OutputError("refusing to write " + outputOption + " " + printable(output.string()) +
                      ": it is " + what + " given with " + input.option + " (" +
                      printable(input.path.string()) + "); choose another output path");
}

} // namespace

void refuseOutputOverInputs(const std::string& outputOption, const fs::path& output,
                            const std::vector<NamedInput>& inputs)
{
    std::error_code error;
    if (!fs::exists(output, error))
        return;
    for (const auto& input : inputs) {
        if (sameFile(output, input.path))
            refuse(outputOption, output, input,
                   fs::is_directory(input.path, error) ? "the folder" : "the file");
        if (!fs::is_directory(input.path, error))
            continue;
        for (const auto& entry : fs::directory_iterator(input.path, error))
            if (sameFile(output, entry.path()))
                refuse(outputOption, output, input,
                       "the input file " + printable(entry.path().filename().string()) +
                           " of the folder");
    }
}

} // namespace credit::common
