#include "training/TrainingParametersFile.h"

#include "common/AtomicFileWriter.h"

#include <fstream>
#include <stdexcept>

namespace credit::training {

namespace {

constexpr const char* kFamiliesKey = "feature_families";
constexpr const char* kRoundSelectionKey = "round_selection";
constexpr const char* kSelectionKey = "selection";

} // namespace

nlohmann::json TrainingParametersFile::toJson() const
{
    nlohmann::json object = xgboost.toJson();
    if (families)
        object[kFamiliesKey] = families->toJson();
    if (roundSelection)
        object[kRoundSelectionKey] = model::roundSelectionName(*roundSelection);
    if (!selection.is_null())
        object[kSelectionKey] = selection;
    return object;
}

TrainingParametersFile TrainingParametersFile::fromJson(const nlohmann::json& object)
{
    if (!object.is_object())
        throw std::invalid_argument("training parameters must be a JSON object, got " +
                                    std::string(object.type_name()));
    TrainingParametersFile file;
    nlohmann::json xgboost = object;
    if (const auto families = object.find(kFamiliesKey); families != object.end()) {
        file.families = features::FeatureFamilySelection::fromJson(*families);
        xgboost.erase(kFamiliesKey);
    }
    if (const auto rounds = object.find(kRoundSelectionKey); rounds != object.end()) {
        const auto method = rounds->is_string()
                                ? model::roundSelectionFromName(rounds->get<std::string>())
                                : std::nullopt;
        if (!method)
            throw std::invalid_argument("\"round_selection\" must be \"per_fold\" or "
                                        "\"mean_curve\", not " +
                                        rounds->dump());
        file.roundSelection = *method;
        xgboost.erase(kRoundSelectionKey);
    }
    if (const auto selection = object.find(kSelectionKey); selection != object.end()) {
        file.selection = *selection;
        xgboost.erase(kSelectionKey);
    }
    file.xgboost = model::TrainingParameters::fromJson(xgboost);
    return file;
}

TrainingParametersFile TrainingParametersFile::fromFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error("cannot open training parameters file " + file.string());
    try {
        return fromJson(nlohmann::json::parse(in));
    } catch (const nlohmann::json::parse_error& error) {
        throw std::runtime_error("training parameters file " + file.string() +
                                 " is not valid JSON: " + error.what());
    } catch (const std::invalid_argument& error) {
        throw std::runtime_error("training parameters file " + file.string() + ": " + error.what());
    }
}

void TrainingParametersFile::save(const std::filesystem::path& file) const
{
    common::writeFileAtomically(file, toJson().dump(2) + '\n');
}

} // namespace credit::training
