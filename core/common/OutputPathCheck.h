#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace credit::common {

// An input a command reads, with the option that named it (for the message): a file, or a
// folder whose files are all inputs (a Home Credit data folder).
struct NamedInput {
    std::string option; // "--model"
    std::filesystem::path path;
};

// Throws OutputError when `output` is one of `inputs` (the same file after resolving links and
// hard links, or a file inside an input folder): writing it would destroy the data or the model
// the command is reading. An output that does not exist yet can be no input.
void refuseOutputOverInputs(const std::string& outputOption, const std::filesystem::path& output,
                            const std::vector<NamedInput>& inputs);

} // namespace credit::common
