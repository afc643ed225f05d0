#include "drift/DriftReportJson.h"
#include "common/AtomicFileWriter.h"

#include "data/DataError.h"

#include <cmath>
#include <fstream>

namespace credit::drift {
namespace {

using nlohmann::json;

json number(double value)
{
    return std::isfinite(value) ? json(value) : json(nullptr);
}

json binToJson(const BinComparison& bin)
{
    json out;
    switch (bin.kind) {
    case BinComparison::Kind::Range:
        out["kind"] = "range";
        out["lower"] = bin.lowerOpen ? json(nullptr) : number(bin.lower);
        out["upper"] = bin.upperOpen ? json(nullptr) : number(bin.upper);
        break;
    case BinComparison::Kind::Level:
        out["kind"] = "level";
        out["level"] = bin.level;
        break;
    case BinComparison::Kind::Missing:
        out["kind"] = "missing";
        break;
    }
    out["reference_share"] = number(bin.referenceShare);
    out["current_share"] = number(bin.currentShare);
    return out;
}

json featureToJson(const FeatureDrift& feature)
{
    json out{{"name", feature.name},
             {"type", feature.type == FeatureType::Numeric ? "numeric" : "category"},
             {"status", toKey(feature.status)},
             {"psi", number(feature.psi)},
             {"test", feature.test},
             {"statistic", number(feature.testStatistic)},
             {"p_value", number(feature.pValue)},
             {"test_approximate", feature.testApproximate},
             {"reference_rows", feature.referenceCount},
             {"current_rows", feature.currentCount},
             {"reference_missing_share", number(feature.referenceMissingShare)},
             {"current_missing_share", number(feature.currentMissingShare)},
             {"bins", json::array()}};
    if (feature.degreesOfFreedom)
        out["degrees_of_freedom"] = *feature.degreesOfFreedom;
    if (!feature.note.empty())
        out["note"] = feature.note;
    for (const auto& bin : feature.bins)
        out["bins"].push_back(binToJson(bin));
    return out;
}

} // namespace

json toJson(const DriftReport& report)
{
    const auto& s = report.summary;
    json out{{"reference", report.referenceSource},
             {"current", report.currentSource},
             {"generated_at_utc", report.generatedAtUtc},
             {"reference_rows", report.referenceRows},
             {"current_rows", report.currentRows},
             {"thresholds",
              {{"psi_warning", report.thresholds.psiWarning},
               {"psi_alert", report.thresholds.psiAlert},
               {"p_value", report.thresholds.pValue},
               {"drifted_share_alert", report.thresholds.driftedShareAlert}}},
             {"summary",
              {{"status", toKey(s.status)},
               {"compared_features", s.featureCount},
               {"stable", s.stable},
               {"warning", s.warning},
               {"alert", s.alert},
               {"unavailable", s.unavailable},
               {"drifted_share", s.driftedShare}}},
             {"absent_from_current", report.absentFromCurrent},
             {"features", json::array()}};
    for (const auto& feature : report.features)
        out["features"].push_back(featureToJson(feature));
    if (report.scores) {
        out["scores"] = featureToJson(report.scores->distribution);
        out["scores"]["reference_mean"] = number(report.scores->referenceMean);
        out["scores"]["current_mean"] = number(report.scores->currentMean);
        out["scores"]["reference_histogram"] = report.scores->referenceHistogram;
        out["scores"]["current_histogram"] = report.scores->currentHistogram;
    }
    return out;
}

void writeJson(const DriftReport& report, const std::filesystem::path& file)
{
    common::writeFileAtomically(file, toJson(report).dump(2) + '\n');
}

} // namespace credit::drift
