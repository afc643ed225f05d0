#include "fairness/FairnessAnalysis.h"

#include "data/Table.h"
#include "fairness/ProtectedGroups.h"

#include <algorithm>
#include <stdexcept>

namespace credit::fairness {

FairnessReport analyseFairness(const data::Table& applications, std::span<const float> labels,
                               std::span<const float> probabilities, double threshold,
                               const std::string& source, const features::FeatureMatrix* features,
                               const std::vector<std::string>& excludedColumns,
                               const FairnessOptions& options)
{
    if (applications.rowCount() != labels.size())
        throw std::invalid_argument("fairness: the application table has " +
                                    std::to_string(applications.rowCount()) + " rows but " +
                                    std::to_string(labels.size()) + " labels were given");
    FairnessReport report = analyseFairness(protectedGroupings(applications), labels, probabilities,
                                            threshold, source, excludedColumns, options);
    if (options.checkProxies && features != nullptr && !excludedColumns.empty())
        report.proxies = checkProxies(features->values, features->featureNames, applications,
                                      excludedColumns, options.proxies);
    return report;
}

FairnessReport analyseFairness(const std::vector<Grouping>& groupings,
                               std::span<const float> labels, std::span<const float> probabilities,
                               double threshold, const std::string& source,
                               const std::vector<std::string>& excludedColumns,
                               const FairnessOptions& options)
{
    FairnessReport report;
    report.probabilities = source;
    report.threshold = threshold;
    report.rows = labels.size();
    report.defaults = static_cast<std::size_t>(
        std::count_if(labels.begin(), labels.end(), [](float label) { return label > 0.5f; }));
    report.resamples = resamplesFor(labels.size(), options.bootstrap);
    report.approvalRatioFlag = options.bootstrap.approvalRatioFlag;
    report.excludedColumns = excludedColumns;
    report.groupings = measureGroups(labels, probabilities, threshold, groupings, options.bootstrap,
                                     report.resamples);
    return report;
}

} // namespace credit::fairness
