#pragma once

#include <QByteArray>

namespace credit::records {

// How a client's JSON document is stored: a zstd frame (level 1). The import compresses every
// client, and zlib (qCompress) took a third of its CPU at its fastest level; zstd is several
// times faster at a similar size (docs/performance.md, "Import").
QByteArray compressDocument(const QByteArray& json);

// The JSON back from a stored document: a zstd frame, or a qCompress block written by earlier
// versions (a 4-byte big-endian length, then zlib; its first byte cannot be zstd's magic for any
// document under 640 MB). Returns an empty array when the bytes are neither.
QByteArray decompressDocument(const QByteArray& stored);

} // namespace credit::records
