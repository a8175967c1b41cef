// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace CohortLens {

// The options of the subcommands that write a file: --out FILE, --force and --lang CODE
// (the language of the file's words and numbers; main() installs it before parsing, since
// the help is translated too). An existing
// file is replaced only with --force; a folder that is missing, not a folder or not
// writable is a usage error (exit 2), found before any work is done.
class OutputOptions
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::OutputOptions)

public:
    OutputOptions(QCommandLineParser &parser, const QString &valueName, const QString &description);

    [[nodiscard]] QString path() const { return m_parser.value(m_out); }
    [[nodiscard]] bool force() const { return m_parser.isSet(m_force); }
    // After parsing: why --out cannot be written (missing, given twice, existing without
    // --force, an impossible folder); empty when it can.
    [[nodiscard]] QString problem() const;

    // The exit code of a failed export, after printing its message: 2 when the file could
    // not be created (a path problem), 1 when writing it failed.
    [[nodiscard]] static int failure(const QString &command, const ExportResult &result);

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_out;
    QCommandLineOption m_force;
    QCommandLineOption m_lang;
};

} // namespace CohortLens
