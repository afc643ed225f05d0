#include "CommandLine.h"

#include "common/OutputPathCheck.h"

#include <charconv>

namespace credit::cli {

CommandLine::CommandLine(const std::vector<std::string>& arguments,
                         const std::set<std::string>& valueOptions,
                         const std::set<std::string>& flagOptions)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const auto& argument = arguments[i];
        if (argument.rfind("--", 0) != 0)
            throw UsageError("unexpected argument '" + argument + "'");
        auto name = argument.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto equals = name.find('='); equals != std::string::npos) {
            inlineValue = name.substr(equals + 1);
            name = name.substr(0, equals);
        }
        if (flagOptions.count(name)) {
            if (inlineValue)
                throw UsageError("option --" + name + " takes no value");
            flags_.insert(name);
        } else if (valueOptions.count(name)) {
            if (inlineValue) {
                values_[name] = *inlineValue;
            } else {
                if (i + 1 >= arguments.size())
                    throw UsageError("option --" + name + " needs a value");
                values_[name] = arguments[++i];
            }
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

bool CommandLine::has(const std::string& name) const
{
    return values_.count(name) != 0 || flags_.count(name) != 0;
}

std::optional<std::string> CommandLine::value(const std::string& name) const
{
    const auto found = values_.find(name);
    if (found == values_.end())
        return std::nullopt;
    return found->second;
}

std::string CommandLine::required(const std::string& name) const
{
    if (auto found = value(name))
        return *found;
    throw UsageError("missing required option --" + name);
}

std::string CommandLine::valueOr(const std::string& name, const std::string& fallback) const
{
    return value(name).value_or(fallback);
}

long long CommandLine::integer(const std::string& name, long long fallback) const
{
    const auto text = value(name);
    if (!text)
        return fallback;
    long long result = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), result);
    if (error != std::errc{} || end != text->data() + text->size())
        throw UsageError("option --" + name + " expects a whole number, got '" + *text + "'");
    return result;
}

double CommandLine::number(const std::string& name, double fallback) const
{
    const auto text = value(name);
    if (!text)
        return fallback;
    double result = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), result);
    if (error != std::errc{} || end != text->data() + text->size())
        throw UsageError("option --" + name + " expects a number, got '" + *text + "'");
    return result;
}

void CommandLine::refuseOutputsOverInputs(const std::vector<std::string>& outputOptions,
                                          const std::vector<std::string>& inputOptions) const
{
    std::vector<common::NamedInput> inputs;
    for (const auto& option : inputOptions)
        if (const auto path = value(option))
            inputs.push_back({"--" + option, *path});
    for (const auto& option : outputOptions)
        if (const auto path = value(option))
            common::refuseOutputOverInputs("--" + option, *path, inputs);
}

} // namespace credit::cli
