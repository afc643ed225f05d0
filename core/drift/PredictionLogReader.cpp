#include "drift/PredictionLogReader.h"

#include "data/DataError.h"
#include "drift/PredictionLogWriter.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string>

namespace credit::drift {
namespace {

void readOneFile(const std::filesystem::path& file, std::vector<PredictionRecord>& records)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw data::DataError("cannot open the prediction log " + file.string());
    std::string line;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (std::all_of(line.begin(), line.end(), [](unsigned char c) { return std::isspace(c); }))
            continue;
        try {
            records.push_back(PredictionRecord::fromJson(nlohmann::json::parse(line)));
        } catch (const nlohmann::json::parse_error& error) {
            throw data::DataError(file.string() + ", line " + std::to_string(lineNumber) +
                                  ": not valid JSON (" + error.what() + ")");
        } catch (const std::invalid_argument& error) {
            throw data::DataError(file.string() + ", line " + std::to_string(lineNumber) + ": " +
                                  error.what());
        }
    }
}

// The live file with its rotated predecessors, oldest first.
void readWithRotations(const std::filesystem::path& file, std::vector<PredictionRecord>& records)
{
    std::vector<std::filesystem::path> rotated;
    for (int n = 1; std::filesystem::exists(rotatedLogFile(file, n)); ++n)
        rotated.push_back(rotatedLogFile(file, n));
    for (auto it = rotated.rbegin(); it != rotated.rend(); ++it)
        readOneFile(*it, records);
    if (std::filesystem::exists(file))
        readOneFile(file, records);
    else if (rotated.empty())
        throw data::DataError("prediction log " + file.string() + " does not exist");
}

} // namespace

bool isPredictionLogPath(const std::filesystem::path& path)
{
    const auto name = path.filename().string();
    if (path.extension() == ".jsonl")
        return true;
    const auto marker = name.rfind(".jsonl.");
    return marker != std::string::npos &&
           std::all_of(name.begin() + static_cast<std::ptrdiff_t>(marker + 7), name.end(),
                       [](unsigned char c) { return std::isdigit(c); });
}

std::vector<PredictionRecord> readPredictionLog(const std::filesystem::path& fileOrFolder)
{
    std::vector<PredictionRecord> records;
    if (std::filesystem::is_directory(fileOrFolder)) {
        std::vector<std::filesystem::path> logs;
        for (const auto& entry : std::filesystem::directory_iterator(fileOrFolder))
            if (entry.is_regular_file() && entry.path().extension() == ".jsonl")
                logs.push_back(entry.path());
        if (logs.empty())
            throw data::DataError("folder " + fileOrFolder.string() +
                                  " holds no .jsonl prediction log");
        std::sort(logs.begin(), logs.end());
        for (const auto& log : logs)
            readWithRotations(log, records);
    } else {
        readWithRotations(fileOrFolder, records);
    }
    return records;
}

std::vector<double> readLoggedProbabilities(const std::filesystem::path& fileOrFolder)
{
    const auto records = readPredictionLog(fileOrFolder);
    std::vector<double> probabilities;
    probabilities.reserve(records.size());
    for (const auto& record : records)
        probabilities.push_back(record.probability);
    return probabilities;
}

} // namespace credit::drift
