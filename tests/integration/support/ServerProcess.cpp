#include "ServerProcess.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <csignal>
#include <stdexcept>

namespace credit::testing {

QString serverBinary()
{
    return QStringLiteral(CREDIT_SERVER_BINARY);
}

ServerProcess::ServerProcess(const QStringList& arguments,
                             const std::map<QString, QString>& environment)
    : process_(std::make_unique<QProcess>())
{
    auto variables = QProcessEnvironment::systemEnvironment();
    // The tests decide the configuration; nothing leaks in from the developer's shell.
    for (const auto& name : variables.keys())
        if (name.startsWith(QLatin1String("CREDIT_")))
            variables.remove(name);
    for (const auto& [name, value] : environment)
        variables.insert(name, value);
    process_->setProcessEnvironment(variables);
    // Standard error (the access log by default) goes to a file: a pipe nobody reads would fill
    // up and block the server under load.
    errorFile_ = std::make_unique<QTemporaryFile>();
    errorFile_->open();
    process_->setStandardErrorFile(errorFile_->fileName());
    process_->setProgram(serverBinary());
    process_->setArguments(arguments);
    process_->start();
    if (!process_->waitForStarted(10000))
        throw std::runtime_error("cannot start " + serverBinary().toStdString() + ": " +
                                 process_->errorString().toStdString());
    static const QRegularExpression listening(QStringLiteral("listening on \\S+:(\\d+)"));
    QByteArray output;
    while (true) {
        const auto line = process_->readLine();
        if (!line.isEmpty()) {
            output += line;
            const auto match = listening.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                port_ = static_cast<std::uint16_t>(match.captured(1).toUInt());
                return;
            }
            continue;
        }
        if (process_->state() != QProcess::Running || !process_->waitForReadyRead(30000)) {
            process_->waitForFinished(5000);
            throw std::runtime_error(
                "the server did not start (exit code " + std::to_string(process_->exitCode()) +
                "): " + output.toStdString() + process_->readAllStandardOutput().toStdString() +
                standardError());
        }
    }
}

ServerProcess::~ServerProcess()
{
    if (running()) {
        process_->kill();
        process_->waitForFinished(5000);
    }
}

qint64 ServerProcess::pid() const
{
    return process_->processId();
}

bool ServerProcess::running() const
{
    return process_->state() == QProcess::Running;
}

int ServerProcess::terminate(int waitMs)
{
    ::kill(static_cast<pid_t>(process_->processId()), SIGTERM);
    if (!process_->waitForFinished(waitMs))
        return -1;
    if (process_->exitStatus() != QProcess::NormalExit)
        return -1;
    return process_->exitCode();
}

bool ServerProcess::kill(int waitMs)
{
    ::kill(static_cast<pid_t>(process_->processId()), SIGKILL);
    return process_->waitForFinished(waitMs) && process_->exitStatus() == QProcess::CrashExit;
}

std::string ServerProcess::standardError()
{
    QFile file(errorFile_->fileName());
    file.open(QIODevice::ReadOnly);
    return file.readAll().toStdString();
}

} // namespace credit::testing
