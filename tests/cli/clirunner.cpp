#include "clirunner.h"

#include <QProcess>
#include <QThread>

#include <csignal>

CliRunner::CliRunner(QString workingDirectory) : m_workingDirectory(std::move(workingDirectory))
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("LANG")})
        if (system.contains(name))
            m_environment.insert(name, system.value(name));
}

void CliRunner::setVariable(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

QString CliRunner::program()
{
    return QStringLiteral(CDRGEN_BIN_DIR "/cdrgen-cli");
}

CliResult CliRunner::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_workingDirectory);
    process.start(program(), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult CliRunner::runAndInterrupt(const QStringList &arguments, const std::function<bool()> &interruptWhen) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_workingDirectory);
    process.start(program(), arguments);
    CliResult result;
    if (!process.waitForStarted())
        return result;
    while (process.state() == QProcess::Running && !interruptWhen())
        process.waitForFinished(20);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
