#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs build/bin/cdrgen-cli in a working folder with a clean environment (no DB_* or mail variables leak in).
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner {
public:
    explicit CliRunner(QString workingDirectory);
    void setVariable(const QString &name, const QString &value);
    CliResult run(const QStringList &arguments, int timeoutMs = 240000) const;
    // Starts the CLI, sends SIGINT once `interruptWhen` returns true (polled every 20 ms), waits for the exit.
    CliResult runAndInterrupt(const QStringList &arguments, const std::function<bool()> &interruptWhen) const;
    static QString program();

private:
    QString m_workingDirectory;
    QProcessEnvironment m_environment;
};
