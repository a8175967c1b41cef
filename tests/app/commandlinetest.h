// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the reliability suites share: the real executable run as a user runs it, and the
// sqlite3 shell to look into the registries it leaves behind.

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStringList>

namespace CohortLens::Test {

// A finished child process: what a user would see in the terminal.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString failure; // why the process did not run to a normal exit, if it did not

    [[nodiscard]] QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("exit code %1%2\n--- stdout ---\n%3--- stderr ---\n%4")
            .arg(exitCode)
            .arg(failure.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(failure), out, err);
    }
};

// English messages and the offscreen platform, whatever the machine running the tests.
inline QProcessEnvironment commandEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

// Waits for a started process and collects what it wrote.
inline Run finish(QProcess &process, int timeoutMs = 120000)
{
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        run.failure = QStringLiteral("did not finish within %1 s").arg(timeoutMs / 1000);
        process.kill();
        process.waitForFinished(5000);
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::CrashExit)
        run.failure = QStringLiteral("crashed: ") + process.errorString();
    else if (run.failure.isEmpty())
        run.exitCode = process.exitCode();
    return run;
}

inline Run runProcess(const QString &program, const QStringList &arguments, const QString &dir)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(commandEnvironment());
    process.start();
    if (!process.waitForStarted(30000)) {
        Run run;
        run.failure = QStringLiteral("did not start: ") + process.errorString();
        return run;
    }
    return finish(process);
}

// `cohortlens import ARGUMENTS...` run in DIR.
inline Run runImport(const QString &dir, const QStringList &arguments)
{
    return runProcess(QStringLiteral(COHORTLENS_BINARY),
                      QStringList{QStringLiteral("import")} + arguments,
                      dir);
}

// The output of the sqlite3 shell on DATABASE, or "<sqlite3 failed: ...>". Read-write, as
// the next program to open the file would: a hot journal left by a killed import is rolled
// back here, as SQLite does on the first access.
inline QString sqlite(const QString &database, const QString &script)
{
    const Run run = runProcess(QStringLiteral("sqlite3"),
                               {QStringLiteral("-batch"), database, script},
                               QDir::currentPath());
    if (run.exitCode != 0 || !run.err.isEmpty())
        return QStringLiteral("<sqlite3 failed: %1>").arg(run.describe());
    return run.out.trimmed();
}

// Every file and folder under DIR with the SHA-256 of its bytes: "nothing changed" means
// this is the same before and after, so no file was touched, created or left behind.
inline QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QDir root(dir);
    QDirIterator it(dir,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(root.relativeFilePath(path),
                     it.fileInfo().isDir() ? QByteArray("<folder>") : fileSha256(path));
    }
    return files;
}

inline QString differences(const QMap<QString, QByteArray> &before,
                           const QMap<QString, QByteArray> &after)
{
    QStringList lines;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            lines << QStringLiteral("removed: ") + it.key();
        else if (after.value(it.key()) != it.value())
            lines << QStringLiteral("changed: ") + it.key();
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            lines << QStringLiteral("created: ") + it.key();
    }
    return lines.join(u'\n');
}

} // namespace CohortLens::Test
