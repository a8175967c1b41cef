// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortfilter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace CohortLens {

class RegistryStore;

// The options every analysing subcommand shares: --input, --where, --presentation and
// --format, and opening the input the way SPEC §4 reads PATH.
class CohortOptions
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::CohortOptions)

public:
    enum class Format { Json, Csv, Text };

    explicit CohortOptions(QCommandLineParser &parser, bool withFormat = true);

    // Parses the subcommand's arguments (the program, the subcommand, the options).
    // Returns an exit code to stop with (help printed, or a usage error reported), or
    // nothing to go on.
    [[nodiscard]] std::optional<int> parse(const QString &command, const QStringList &arguments);

    // The filter of --where and --presentation; nothing after reporting a usage error.
    [[nodiscard]] std::optional<CohortFilter> filter();
    [[nodiscard]] Format format() const;

    // Opens --input into `store`; returns an exit code on failure, after reporting it.
    [[nodiscard]] std::optional<int> open(RegistryStore &store);

    // Reports a usage error and returns exit code 2.
    int usage(const QString &message) const;

    [[nodiscard]] QString input() const { return m_parser.value(m_input); }

private:
    QCommandLineParser &m_parser;
    QString m_command;
    QCommandLineOption m_input;
    QCommandLineOption m_where;
    QCommandLineOption m_presentation;
    QCommandLineOption m_format;
    bool m_withFormat;
};

} // namespace CohortLens
