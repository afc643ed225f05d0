#include "api/AccessLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace credit::api {

AccessLog::AccessLog(const QString& path)
{
    if (path.isEmpty()) {
        if (!file_.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
            qWarning("access log: cannot write to standard error");
    } else {
        file_.setFileName(path);
        if (!file_.open(QIODevice::Append | QIODevice::Text))
            qWarning("access log: cannot open %s for appending: %s", qPrintable(path),
                     qPrintable(file_.errorString()));
    }
}

void AccessLog::write(const Entry& entry)
{
    const QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("remote"), entry.remoteAddress},
        {QStringLiteral("method"), entry.method},
        {QStringLiteral("path"), entry.path},
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("duration_ms"), entry.milliseconds},
        {QStringLiteral("key_id"), entry.keyId},
        {QStringLiteral("bytes"), entry.responseBytes},
    };
    auto text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    text.append('\n');
    std::lock_guard lock(mutex_);
    if (file_.isOpen()) {
        file_.write(text);
        file_.flush();
    }
}

} // namespace credit::api
