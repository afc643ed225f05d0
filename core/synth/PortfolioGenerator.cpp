#include "synth/PortfolioGenerator.h"

#include "common/AtomicFileWriter.h"
#include "synth/ApplicantGenerator.h"
#include "synth/GeneratedText.h"
#include "synth/HistoryGenerator.h"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace credit::synth {

namespace {

using data::TableId;

// One generated CSV: written whole through an AtomicFileWriter (a full disk fails naming the
// file instead of leaving a cut table), counting its bytes for the summary.
class OutputFile {
public:
    explicit OutputFile(const std::filesystem::path& path) : writer_(path) {}

    void write(const std::string& text)
    {
        writer_.write(text);
        bytes_ += text.size();
    }
    void close() { writer_.commit(); }
    std::size_t bytes() const { return bytes_; }

private:
    common::AtomicFileWriter writer_;
    std::size_t bytes_ = 0;
};

struct Chunk {
    std::size_t first = 0;
    std::size_t count = 0;
    long long firstBureauId = 0;
    long long firstPreviousId = 0;
};

// Per-thread generators: they hold scratch rows, so each worker has its own.
struct Generators {
    ApplicantGenerator applicants;
    HistoryGenerator histories;
};

GeneratedText generateChunk(Generators& generators, const Chunk& chunk,
                            const PortfolioOptions& options)
{
    GeneratedText out;
    long long bureauId = chunk.firstBureauId;
    long long previousId = chunk.firstPreviousId;
    for (std::size_t i = chunk.first; i < chunk.first + chunk.count; ++i) {
        const auto facts = generators.applicants.generate(options.seed, i, options.testShare, out);
        generators.histories.generate(facts, options.seed, i, bureauId, previousId, out);
        const auto counts = drawHistoryCounts(options.seed, i);
        bureauId += counts.bureauCredits;
        previousId += counts.previousApplications;
    }
    return out;
}

} // namespace

PortfolioSummary generatePortfolio(const std::filesystem::path& folder,
                                   const PortfolioOptions& options)
{
    if (options.testShare < 0.0 || options.testShare > 1.0)
        throw std::invalid_argument("test share must be between 0 and 1");
    std::filesystem::create_directories(folder);

    std::vector<std::unique_ptr<OutputFile>> files;
    Generators headerSource;
    PortfolioSummary summary;
    for (const auto table : data::kAllTables) {
        files.push_back(std::make_unique<OutputFile>(folder / data::fileName(table)));
        if (table == TableId::ApplicationTrain)
            files.back()->write(headerSource.applicants.trainHeader());
        else if (table == TableId::ApplicationTest)
            files.back()->write(headerSource.applicants.testHeader());
        else
            files.back()->write(headerSource.histories.header(table));
    }

    const std::size_t chunkSize = std::max<std::size_t>(1, options.chunkSize);
    const std::size_t chunkCount = (options.applicants + chunkSize - 1) / chunkSize;
    const unsigned threads = std::max(1u, options.threads);
    const std::size_t window = 2 * threads; // chunks generated ahead of the writer (bounds memory)

    std::mutex mutex;
    std::condition_variable changed;
    std::map<std::size_t, GeneratedText> ready;
    std::size_t nextChunk = 0;
    std::size_t written = 0;
    long long nextBureauId = 5000000;
    long long nextPreviousId = 1000000;
    std::exception_ptr failure;

    // Claims the next chunk in order and assigns its first identifiers (a cheap count-only pass
    // over its applicants), so identifiers do not depend on which thread generates it.
    const auto claim = [&](Chunk& chunk) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] {
            return failure || nextChunk >= chunkCount || nextChunk < written + window;
        });
        if (failure || nextChunk >= chunkCount)
            return false;
        chunk.first = nextChunk * chunkSize;
        chunk.count = std::min(chunkSize, options.applicants - chunk.first);
        chunk.firstBureauId = nextBureauId;
        chunk.firstPreviousId = nextPreviousId;
        for (std::size_t i = chunk.first; i < chunk.first + chunk.count; ++i) {
            const auto counts = drawHistoryCounts(options.seed, i);
            nextBureauId += counts.bureauCredits;
            nextPreviousId += counts.previousApplications;
        }
        ++nextChunk;
        return true;
    };

    const auto work = [&] {
        try {
            Generators generators;
            Chunk chunk;
            while (claim(chunk)) {
                auto text = generateChunk(generators, chunk, options);
                std::lock_guard lock(mutex);
                ready.emplace(chunk.first / chunkSize, std::move(text));
                changed.notify_all();
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            if (!failure)
                failure = std::current_exception();
            changed.notify_all();
        }
    };

    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back(work);

    try {
        for (std::size_t c = 0; c < chunkCount; ++c) {
            GeneratedText text;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return failure || ready.count(c) != 0; });
                if (failure)
                    break;
                text = std::move(ready.at(c));
                ready.erase(c);
            }
            for (std::size_t t = 0; t < files.size(); ++t) {
                files[t]->write(text.text[t]);
                summary.rows[t] += text.rows[t];
            }
            {
                std::lock_guard lock(mutex);
                ++written;
                changed.notify_all();
            }
            if (options.progress)
                options.progress(std::min(options.applicants, (c + 1) * chunkSize),
                                 options.applicants);
        }
    } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure)
            failure = std::current_exception();
        changed.notify_all();
    }
    for (auto& worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
    for (std::size_t t = 0; t < files.size(); ++t) {
        files[t]->close();
        summary.bytes[t] = files[t]->bytes();
    }
    return summary;
}

} // namespace credit::synth
