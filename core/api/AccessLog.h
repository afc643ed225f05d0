#pragma once

#include <QFile>
#include <QString>

#include <mutex>

namespace credit::api {

// One JSON object per request (time, remote address, method, path, status, duration, key id,
// response size). The API key itself is never passed in, so it cannot be logged.
class AccessLog {
public:
    // Empty path: standard error (what systemd's journal collects).
    explicit AccessLog(const QString& path = {});

    struct Entry {
        QString remoteAddress;
        QString method;
        QString path;
        int status = 0;
        double milliseconds = 0.0;
        QString keyId;
        qint64 responseBytes = 0;
    };
    void write(const Entry& entry);

private:
    std::mutex mutex_;
    QFile file_;
};

} // namespace credit::api
