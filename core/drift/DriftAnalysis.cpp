#include "drift/DriftAnalysis.h"

#include "common/IsoTime.h"
#include "drift/ChiSquareTest.h"
#include "drift/KolmogorovSmirnov.h"
#include "drift/PopulationStabilityIndex.h"
#include "drift/QuantileBinning.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace credit::drift {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

FeatureDrift unavailable(const FeatureProfile& reference, std::string note)
{
    FeatureDrift result;
    result.name = reference.name;
    result.type = reference.type;
    result.status = DriftStatus::Unavailable;
    result.psi = kNaN;
    result.testStatistic = kNaN;
    result.pValue = kNaN;
    result.test = reference.type == FeatureType::Numeric ? "ks" : "chi2";
    result.referenceCount = reference.total();
    result.referenceMissingShare =
        reference.total() > 0 ? reference.missing / reference.total() : 0.0;
    result.note = std::move(note);
    return result;
}

} // namespace

FeatureDrift compareNumeric(const FeatureProfile& reference, std::span<const double> currentValues,
                            const DriftThresholds& thresholds)
{
    if (reference.type != FeatureType::Numeric)
        return unavailable(reference,
                           "catégorielle dans la référence, numérique dans les données actuelles");
    if (currentValues.empty())
        return unavailable(reference, "aucune ligne dans les données actuelles");
    if (reference.total() <= 0.0)
        return unavailable(reference, "aucune ligne dans la référence");

    FeatureDrift result;
    result.name = reference.name;
    result.type = FeatureType::Numeric;
    result.test = "ks";

    // Reference counts per bin with the missing bin last, as countPerBin lays out the current side.
    std::vector<double> referenceCounts = reference.binCounts;
    referenceCounts.push_back(reference.missing);
    const std::vector<double> currentCounts = countPerBin(reference.cutPoints, currentValues);
    const auto referenceShares = sharesOf(referenceCounts);
    const auto currentShares = sharesOf(currentCounts);
    result.psi = populationStabilityIndex(referenceShares, currentShares);

    std::vector<double> sortedCurrent;
    sortedCurrent.reserve(currentValues.size());
    std::copy_if(currentValues.begin(), currentValues.end(), std::back_inserter(sortedCurrent),
                 [](double value) { return !std::isnan(value); });
    std::sort(sortedCurrent.begin(), sortedCurrent.end());
    KolmogorovSmirnovResult ks;
    if (!reference.sortedValues.empty() || reference.count == 0.0) {
        ks = kolmogorovSmirnov(reference.sortedValues, sortedCurrent);
    } else {
        ks = kolmogorovSmirnovFromPercentiles(
            reference.percentiles, static_cast<std::size_t>(reference.count), sortedCurrent);
        result.testApproximate = true;
        result.note = "KS calculé sur les centiles de la référence (précision ±0,01)";
    }
    result.testStatistic = ks.statistic;
    result.pValue = ks.pValue;

    result.referenceCount = reference.total();
    result.currentCount = static_cast<double>(currentValues.size());
    result.referenceMissingShare = reference.missing / reference.total();
    result.currentMissingShare = currentCounts.back() / result.currentCount;

    const auto& cuts = reference.cutPoints;
    for (std::size_t bin = 0; bin + 1 < referenceCounts.size(); ++bin) {
        BinComparison comparison;
        comparison.kind = BinComparison::Kind::Range;
        comparison.lowerOpen = bin == 0;
        comparison.upperOpen = bin == cuts.size();
        if (!comparison.lowerOpen)
            comparison.lower = cuts[bin - 1];
        if (!comparison.upperOpen)
            comparison.upper = cuts[bin];
        comparison.referenceShare = referenceShares[bin];
        comparison.currentShare = currentShares[bin];
        result.bins.push_back(comparison);
    }
    if (referenceCounts.back() > 0.0 || currentCounts.back() > 0.0) {
        BinComparison missingBin;
        missingBin.kind = BinComparison::Kind::Missing;
        missingBin.referenceShare = referenceShares.back();
        missingBin.currentShare = currentShares.back();
        result.bins.push_back(missingBin);
    }
    result.status = thresholds.classify(result.psi, result.pValue);
    return result;
}

FeatureDrift compareCategory(const FeatureProfile& reference,
                             std::span<const std::string> currentLevels,
                             std::span<const double> currentLevelCounts, double currentMissing,
                             const DriftThresholds& thresholds)
{
    if (reference.type != FeatureType::Category)
        return unavailable(reference,
                           "numérique dans la référence, catégorielle dans les données actuelles");
    const double currentTotal =
        std::accumulate(currentLevelCounts.begin(), currentLevelCounts.end(), 0.0) + currentMissing;
    if (currentTotal <= 0.0)
        return unavailable(reference, "aucune ligne dans les données actuelles");
    if (reference.total() <= 0.0)
        return unavailable(reference, "aucune ligne dans la référence");

    // Union of levels: the reference's order first, then levels only the current data has.
    std::vector<std::string> levels = reference.levels;
    std::vector<double> referenceCounts = reference.levelCounts;
    std::vector<double> currentCounts(levels.size(), 0.0);
    std::unordered_map<std::string, std::size_t> position;
    for (std::size_t i = 0; i < levels.size(); ++i)
        position.emplace(levels[i], i);
    for (std::size_t i = 0; i < currentLevels.size(); ++i) {
        const auto [found, inserted] = position.emplace(currentLevels[i], levels.size());
        if (inserted) {
            levels.push_back(currentLevels[i]);
            referenceCounts.push_back(0.0);
            currentCounts.push_back(0.0);
        }
        currentCounts[found->second] += currentLevelCounts[i];
    }
    referenceCounts.push_back(reference.missing);
    currentCounts.push_back(currentMissing);

    FeatureDrift result;
    result.name = reference.name;
    result.type = FeatureType::Category;
    result.test = "chi2";
    const auto referenceShares = sharesOf(referenceCounts);
    const auto currentShares = sharesOf(currentCounts);
    result.psi = populationStabilityIndex(referenceShares, currentShares);
    const auto chi2 = chiSquareHomogeneity(referenceCounts, currentCounts);
    result.testStatistic = chi2.statistic;
    result.degreesOfFreedom = chi2.degreesOfFreedom;
    result.pValue = chi2.pValue;

    result.referenceCount = reference.total();
    result.currentCount = currentTotal;
    result.referenceMissingShare = reference.missing / reference.total();
    result.currentMissingShare = currentMissing / currentTotal;

    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (referenceCounts[i] <= 0.0 && currentCounts[i] <= 0.0)
            continue;
        BinComparison comparison;
        comparison.kind = BinComparison::Kind::Level;
        comparison.level = levels[i];
        comparison.referenceShare = referenceShares[i];
        comparison.currentShare = currentShares[i];
        result.bins.push_back(comparison);
    }
    if (referenceCounts.back() > 0.0 || currentCounts.back() > 0.0) {
        BinComparison missingBin;
        missingBin.kind = BinComparison::Kind::Missing;
        missingBin.referenceShare = referenceShares.back();
        missingBin.currentShare = currentShares.back();
        result.bins.push_back(missingBin);
    }
    std::size_t newLevels = levels.size() - reference.levels.size();
    if (newLevels > 0)
        result.note = std::to_string(newLevels) + " modalité(s) absente(s) de la référence";
    result.status = thresholds.classify(result.psi, result.pValue);
    return result;
}

FeatureDrift compareColumn(const FeatureProfile& reference, const data::Column& current,
                           const DriftThresholds& thresholds)
{
    if (current.isCategory() != (reference.type == FeatureType::Category))
        return unavailable(
            reference,
            reference.type == FeatureType::Category
                ? "catégorielle dans la référence, numérique dans les données actuelles"
                : "numérique dans la référence, catégorielle dans les données actuelles");
    if (!current.isCategory())
        return compareNumeric(reference, numericValuesOf(current), thresholds);

    std::vector<double> counts(current.levels().size(), 0.0);
    double missing = 0.0;
    for (const auto code : current.codes()) {
        if (code == data::Column::kMissingCode)
            missing += 1.0;
        else
            counts[static_cast<std::size_t>(code)] += 1.0;
    }
    return compareCategory(reference, current.levels(), counts, missing, thresholds);
}

DatasetDriftSummary summarise(std::span<const FeatureDrift> features,
                              const DriftThresholds& thresholds)
{
    DatasetDriftSummary summary;
    for (const auto& feature : features) {
        switch (feature.status) {
        case DriftStatus::Stable:
            ++summary.stable;
            break;
        case DriftStatus::Warning:
            ++summary.warning;
            break;
        case DriftStatus::Alert:
            ++summary.alert;
            break;
        case DriftStatus::Unavailable:
            ++summary.unavailable;
            break;
        }
    }
    summary.featureCount = summary.stable + summary.warning + summary.alert;
    summary.driftedShare = summary.featureCount == 0
                               ? 0.0
                               : static_cast<double>(summary.warning + summary.alert) /
                                     static_cast<double>(summary.featureCount);
    if (summary.featureCount > 0 && summary.driftedShare >= thresholds.driftedShareAlert)
        summary.status = DriftStatus::Alert;
    else if (summary.alert > 0)
        summary.status = DriftStatus::Warning;
    else
        summary.status = DriftStatus::Stable;
    return summary;
}

void sortBySeverity(std::vector<FeatureDrift>& features)
{
    const auto orderedPsi = [](double psi) { return std::isnan(psi) ? -1.0 : psi; };
    const auto orderedP = [](double p) { return std::isnan(p) ? 2.0 : p; };
    std::stable_sort(features.begin(), features.end(),
                     [&](const FeatureDrift& a, const FeatureDrift& b) {
                         if (severityRank(a.status) != severityRank(b.status))
                             return severityRank(a.status) > severityRank(b.status);
                         if (orderedPsi(a.psi) != orderedPsi(b.psi))
                             return orderedPsi(a.psi) > orderedPsi(b.psi);
                         if (orderedP(a.pValue) != orderedP(b.pValue))
                             return orderedP(a.pValue) < orderedP(b.pValue);
                         return a.name < b.name;
                     });
}

DriftReport analyseDrift(const ReferenceProfile& reference, const data::Table& current,
                         std::string currentSource, const DriftThresholds& thresholds)
{
    thresholds.validate();
    DriftReport report;
    report.referenceSource = reference.source;
    report.currentSource = std::move(currentSource);
    report.generatedAtUtc = common::toIso8601UtcMillis();
    report.thresholds = thresholds;
    report.referenceRows = reference.rowCount;
    report.currentRows = current.rowCount();
    for (const auto& feature : reference.features) {
        const auto* column = current.find(feature.name);
        if (!column) {
            report.absentFromCurrent.push_back(feature.name);
            continue;
        }
        report.features.push_back(compareColumn(feature, *column, thresholds));
    }
    sortBySeverity(report.features);
    report.summary = summarise(report.features, thresholds);
    return report;
}

} // namespace credit::drift
