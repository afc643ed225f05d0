#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace credit::cli {

// Thrown for a command line the user must fix; main() prints it with the command's usage.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Options of one sub-command: "--name value" pairs and bare "--flag"s. Every option the command
// did not declare is an error, so a typo never silently falls back to a default.
class CommandLine {
public:
    CommandLine(const std::vector<std::string>& arguments,
                const std::set<std::string>& valueOptions,
                const std::set<std::string>& flagOptions);

    bool has(const std::string& name) const;
    bool flag(const std::string& name) const { return flags_.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::string required(const std::string& name) const;
    std::string valueOr(const std::string& name, const std::string& fallback) const;
    long long integer(const std::string& name, long long fallback) const;
    double number(const std::string& name, double fallback) const;
    // Throws common::OutputError when the value of any of `outputOptions` names a file that one
    // of `inputOptions` reads (the same file, or a file in an input folder), before any work.
    void refuseOutputsOverInputs(const std::vector<std::string>& outputOptions,
                                 const std::vector<std::string>& inputOptions) const;

private:
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
};

} // namespace credit::cli
