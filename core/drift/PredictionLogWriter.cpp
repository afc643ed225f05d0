#include "drift/PredictionLogWriter.h"

#include "common/IsoTime.h"
#include "data/DataError.h"

namespace credit::drift {

std::filesystem::path rotatedLogFile(const std::filesystem::path& file, int n)
{
    auto rotated = file;
    rotated += "." + std::to_string(n);
    return rotated;
}

PredictionLogWriter::PredictionLogWriter(std::filesystem::path file, PredictionLogOptions options)
    : file_(std::move(file)), options_(options)
{
    if (file_.has_parent_path())
        std::filesystem::create_directories(file_.parent_path());
    open();
}

void PredictionLogWriter::open()
{
    stream_.close();
    stream_.clear();
    stream_.open(file_, std::ios::binary | std::ios::app);
    if (!stream_)
        throw data::DataError("cannot open the prediction log " + file_.string() + " for writing");
    std::error_code error;
    const auto size = std::filesystem::file_size(file_, error);
    bytesInFile_ = error ? 0 : static_cast<std::size_t>(size);
}

void PredictionLogWriter::rotate()
{
    stream_.close();
    std::error_code ignored; // a gap in the numbering (a file deleted by hand) is not an error
    if (options_.keepFiles <= 0) {
        std::filesystem::remove(file_, ignored);
    } else {
        std::filesystem::remove(rotatedLogFile(file_, options_.keepFiles), ignored);
        for (int n = options_.keepFiles - 1; n >= 1; --n)
            std::filesystem::rename(rotatedLogFile(file_, n), rotatedLogFile(file_, n + 1),
                                    ignored);
        std::filesystem::rename(file_, rotatedLogFile(file_, 1));
    }
    open();
}

void PredictionLogWriter::append(PredictionRecord record)
{
    if (record.timeUtc.empty())
        record.timeUtc = common::toIso8601UtcMillis();
    const std::string line =
        record.toJson(options_.includeClientId, options_.includeRawInputs).dump() + '\n';
    std::lock_guard lock(mutex_);
    if (bytesInFile_ > 0 && bytesInFile_ + line.size() > options_.maxBytes)
        rotate();
    stream_.write(line.data(), static_cast<std::streamsize>(line.size()));
    stream_.flush();
    if (!stream_)
        throw data::DataError("writing to the prediction log " + file_.string() + " failed");
    bytesInFile_ += line.size();
}

} // namespace credit::drift
