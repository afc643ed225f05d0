#include "training/TrainingData.h"

#include "common/FreeMemory.h"
#include "data/DataError.h"
#include "features/DatasetTables.h"
#include "features/FeaturePipeline.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace credit::training {

namespace {

std::vector<float> labelsOf(const data::HomeCreditDataset& dataset)
{
    if (!dataset.hasTarget())
        throw data::DataError(
            "application_train.csv has no TARGET column: training needs known outcomes");
    const auto& target = dataset.applications.column("TARGET");
    std::vector<float> labels(target.size());
    std::size_t positives = 0;
    for (std::size_t row = 0; row < labels.size(); ++row) {
        const double value = target.number(row);
        if (std::isnan(value) || (value != 0.0 && value != 1.0))
            throw data::DataError(
                "application_train.csv: TARGET must be 0 or 1 on every row; row " +
                std::to_string(row + 2) + " has another value");
        labels[row] = static_cast<float>(value);
        positives += value == 1.0;
    }
    if (positives == 0 || positives == labels.size())
        throw data::DataError("application_train.csv: TARGET needs both outcomes to train a model");
    return labels;
}

// What the run must say about its policy: defaults let back in, and excluded columns that no
// table of the data has. A column the user named that exists nowhere is a typo: refused.
std::vector<std::string> policyWarnings(const features::FeaturePolicy& policy,
                                        const data::HomeCreditDataset& dataset)
{
    std::vector<std::string> warnings;
    for (const auto& column : policy.allowedDefaults)
        warnings.push_back("the default feature policy excludes " + column +
                           ", but this run lets it back into the model (--allow-attribute): "
                           "check that a refusal may lawfully rest on it");
    const auto defaults = features::FeaturePolicy::defaults();
    for (const auto& column : policy.excludedColumns()) {
        bool present = false;
        for (const auto& [name, table] : features::specTables(dataset))
            present = present || (table != nullptr && table->hasColumn(column));
        if (present)
            continue;
        if (!defaults.excludes(column))
            throw data::DataError("excluded attribute " + column +
                                  " is a column of no table in the data folder (misspelt?)");
        warnings.push_back("excluded attribute " + column + " is absent from the data");
    }
    return warnings;
}

} // namespace

TrainingData prepareTrainingData(const std::filesystem::path& dataFolder,
                                 const features::FeaturePolicy& policy,
                                 const features::FeatureFamilySelection& families,
                                 const StageProgress& progress)
{
    const auto report = [&](const std::string& stage, std::size_t done, std::size_t total) {
        if (progress)
            progress(stage, done, total);
    };
    TrainingData data;
    data::LoadOptions loadOptions;
    loadOptions.progress = [&](data::TableId, std::size_t done, std::size_t total) {
        report("load", done, total);
        return true;
    };
    data.dataset = data::HomeCreditDataset::load(dataFolder, loadOptions);
    data.dataset.requireUniqueApplicants(); // a duplicated client would count twice in every fold
    data.labels = labelsOf(data.dataset);

    report("features", 0, 1);
    data.warnings = policyWarnings(policy, data.dataset);
    data.spec = features::FeaturePipeline::fit(data.dataset, policy);
    families.applyTo(data.spec);
    if (data.spec.features.empty())
        throw data::DataError("the feature families switched on leave no feature to train on (" +
                              families.toJson().dump() + ")");
    data.matrix = features::FeaturePipeline::transform(data.dataset, data.spec);
    // The related tables were read only for their aggregates, now in the matrix; at full size
    // they are most of the loaded bytes, and training after this point needs none of them.
    data.dataset.bureau.reset();
    data.dataset.bureauBalance.reset();
    data.dataset.previousApplications.reset();
    data.dataset.posCashBalance.reset();
    data.dataset.installmentsPayments.reset();
    data.dataset.creditCardBalance.reset();
    common::releaseFreeMemory();
    report("features", 1, 1);
    return data;
}

} // namespace credit::training
