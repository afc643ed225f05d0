#include "records/DocumentCompression.h"

#include "records/RecordsError.h"

#include <memory>
#include <string>
#include <zstd.h>

namespace credit::records {

namespace {

constexpr int kLevel = 1;
// ZSTD_MAGICNUMBER as a frame starts with it (little-endian).
const QByteArray kZstdMagic = QByteArray::fromHex("28b52ffd");
// Far above any stored client file: a frame claiming more is corrupt, not allocated.
constexpr unsigned long long kLargestDocument = 1ULL << 30;

struct CompressionContextDeleter {
    void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
};
struct DecompressionContextDeleter {
    void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

// One context per thread, reused: creating one per document costs more than compressing a
// small document at level 1.
ZSTD_CCtx* compressionContext()
{
    thread_local std::unique_ptr<ZSTD_CCtx, CompressionContextDeleter> context(ZSTD_createCCtx());
    return context.get();
}

ZSTD_DCtx* decompressionContext()
{
    thread_local std::unique_ptr<ZSTD_DCtx, DecompressionContextDeleter> context(ZSTD_createDCtx());
    return context.get();
}

} // namespace

QByteArray compressDocument(const QByteArray& json)
{
    QByteArray stored(static_cast<qsizetype>(ZSTD_compressBound(json.size())), Qt::Uninitialized);
    const auto size = ZSTD_compressCCtx(compressionContext(), stored.data(), stored.size(),
                                        json.constData(), json.size(), kLevel);
    if (ZSTD_isError(size))
        throw RecordsError(std::string("compressing a client document failed: ") +
                           ZSTD_getErrorName(size));
    stored.truncate(static_cast<qsizetype>(size));
    return stored;
}

QByteArray decompressDocument(const QByteArray& stored)
{
    if (!stored.startsWith(kZstdMagic))
        return qUncompress(stored);
    const auto size = ZSTD_getFrameContentSize(stored.constData(), stored.size());
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR ||
        size > kLargestDocument)
        return {};
    QByteArray json(static_cast<qsizetype>(size), Qt::Uninitialized);
    const auto written = ZSTD_decompressDCtx(decompressionContext(), json.data(), json.size(),
                                             stored.constData(), stored.size());
    if (ZSTD_isError(written) || written != size)
        return {};
    return json;
}

} // namespace credit::records
