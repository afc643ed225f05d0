#include "drift/DriftJob.h"

#include "common/IsoTime.h"
#include "data/CsvReader.h"
#include "data/DataError.h"
#include "data/SchemaRegistry.h"
#include "data/TableId.h"
#include "drift/DriftAnalysis.h"
#include "drift/PredictionLogReader.h"
#include "drift/ScoreDrift.h"

#include <algorithm>
#include <stdexcept>

namespace credit::drift {
namespace {

namespace fs = std::filesystem;

bool folderHasApplicationFile(const fs::path& folder)
{
    return fs::is_regular_file(folder / data::fileName(data::TableId::ApplicationTrain)) ||
           fs::is_regular_file(folder / data::fileName(data::TableId::ApplicationTest));
}

bool folderHasLogs(const fs::path& folder)
{
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().extension() == ".jsonl")
            return true;
    return false;
}

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

data::Table readApplicationCsv(const fs::path& file, data::TableId id)
{
    const data::CsvReader reader(data::SchemaRegistry::builtIn().table(id));
    return reader.readFile(file).table;
}

// Scores as a plain vector (a log) or, for a reference, as a stored profile.
struct ScoreSide {
    std::vector<double> values;
    std::optional<FeatureProfile> profile;
    bool present() const { return !values.empty() || profile.has_value(); }
};

std::string describe(const fs::path& path)
{
    return path.filename().empty() ? path.string() : path.filename().string();
}

} // namespace

DriftSourceKind classifyDriftSource(const fs::path& path)
{
    if (fs::is_directory(path)) {
        if (folderHasApplicationFile(path))
            return DriftSourceKind::HomeCreditFolder;
        if (folderHasLogs(path))
            return DriftSourceKind::PredictionLog;
        throw data::DataError(
            path.string() +
            ": folder holds neither application_train.csv, application_test.csv nor a "
            ".jsonl prediction log");
    }
    if (isPredictionLogPath(path)) {
        if (!fs::exists(path) && !fs::exists(path.string() + ".1"))
            throw data::DataError(path.string() + ": no such prediction log");
        return DriftSourceKind::PredictionLog;
    }
    if (!fs::is_regular_file(path))
        throw data::DataError(path.string() + ": no such file or folder");
    const auto extension = lowerCase(path.extension().string());
    if (extension == ".json")
        return DriftSourceKind::ProfileJson;
    if (extension == ".csv")
        return DriftSourceKind::HomeCreditFile;
    throw data::DataError(
        path.string() +
        ": expected a Home Credit .csv file or folder, a .jsonl prediction log or a "
        ".json reference profile");
}

data::Table loadApplicationTable(const fs::path& fileOrFolder, bool preferTest)
{
    if (fs::is_directory(fileOrFolder)) {
        const auto first =
            preferTest ? data::TableId::ApplicationTest : data::TableId::ApplicationTrain;
        const auto second =
            preferTest ? data::TableId::ApplicationTrain : data::TableId::ApplicationTest;
        for (const auto id : {first, second}) {
            const auto file = fileOrFolder / data::fileName(id);
            if (fs::is_regular_file(file))
                return readApplicationCsv(file, id);
        }
        throw data::DataError(fileOrFolder.string() +
                              ": folder holds no application_train.csv or application_test.csv");
    }
    const auto name = lowerCase(fileOrFolder.filename().string());
    const auto id = name.find("test") != std::string::npos ? data::TableId::ApplicationTest
                                                           : data::TableId::ApplicationTrain;
    return readApplicationCsv(fileOrFolder, id);
}

DriftJobResult runDriftJob(const DriftRequest& request)
{
    request.thresholds.validate();
    DriftJobResult result;

    // Reference side.
    std::optional<ReferenceProfile> referenceProfile;
    ScoreSide referenceScores;
    const auto referenceKind = classifyDriftSource(request.reference);
    switch (referenceKind) {
    case DriftSourceKind::HomeCreditFile:
    case DriftSourceKind::HomeCreditFolder:
        referenceProfile = ReferenceProfile::fromTable(
            loadApplicationTable(request.reference, false), describe(request.reference));
        break;
    case DriftSourceKind::ProfileJson:
        referenceProfile = ReferenceProfile::load(request.reference);
        if (referenceProfile->scores)
            referenceScores.profile = referenceProfile->scores;
        break;
    case DriftSourceKind::PredictionLog:
        referenceScores.values = readLoggedProbabilities(request.reference);
        break;
    }
    if (request.referenceScores)
        referenceScores =
            ScoreSide{readLoggedProbabilities(*request.referenceScores), std::nullopt};

    // Current side.
    std::optional<data::Table> currentTable;
    std::vector<double> currentScores;
    const auto currentKind = classifyDriftSource(request.current);
    switch (currentKind) {
    case DriftSourceKind::HomeCreditFile:
    case DriftSourceKind::HomeCreditFolder:
        currentTable = loadApplicationTable(request.current, true);
        break;
    case DriftSourceKind::PredictionLog:
        currentScores = readLoggedProbabilities(request.current);
        break;
    case DriftSourceKind::ProfileJson:
        throw std::invalid_argument(
            request.current.string() +
            ": a reference profile cannot be the current data; give a CSV file, a "
            "Home Credit folder or a prediction log");
    }
    if (request.currentScores)
        currentScores = readLoggedProbabilities(*request.currentScores);

    auto& report = result.report;
    if (referenceProfile && currentTable) {
        report = analyseDrift(*referenceProfile, *currentTable, describe(request.current),
                              request.thresholds);
    } else {
        if (currentTable)
            throw std::invalid_argument(
                request.reference.string() + " holds only scores; to compare the features of " +
                request.current.string() +
                " give a Home Credit file or folder, or a reference profile, as reference");
        report.referenceSource = describe(request.reference);
        report.currentSource = describe(request.current);
        report.generatedAtUtc = common::toIso8601UtcMillis();
        report.thresholds = request.thresholds;
        report.referenceRows =
            referenceProfile ? referenceProfile->rowCount : referenceScores.values.size();
        report.currentRows = currentScores.size();
    }

    if (!currentScores.empty()) {
        if (!referenceScores.present())
            throw std::invalid_argument(
                "the current scores (" +
                (request.currentScores ? *request.currentScores : request.current).string() +
                ") have nothing to be compared with: give --reference-scores (a prediction log of "
                "the "
                "reference's out-of-fold scores) or a reference profile that holds scores");
        report.scores =
            referenceScores.profile
                ? compareScores(*referenceScores.profile, currentScores, request.thresholds)
                : compareScores(referenceScores.values, currentScores, request.thresholds);
    } else if (currentKind == DriftSourceKind::PredictionLog) {
        throw data::DataError(request.current.string() + ": the prediction log holds no record");
    }

    if (referenceProfile) {
        if (!referenceScores.values.empty())
            referenceProfile->scores = FeatureProfile::fromNumbers("score", referenceScores.values);
        result.referenceProfile = std::move(referenceProfile);
    }
    return result;
}

} // namespace credit::drift
