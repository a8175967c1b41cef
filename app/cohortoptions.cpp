// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortoptions.h"

#include "console.h"
#include "exitcode.h"
#include "registryimporter.h"
#include "registrystore.h"

namespace CohortLens {

CohortOptions::CohortOptions(QCommandLineParser &parser, bool withFormat)
    : m_parser(parser)
    , m_input(QStringLiteral("input"),
              tr("A registry: a CSV file, or a database made by cohortlens import."),
              tr("PATH"))
    , m_where(QStringLiteral("where"),
              tr("Keep the patients with COLUMN OP VALUE, OP one of = != < <= > >= "
                 "(repeatable; all must hold)."),
              tr("EXPR"))
    , m_presentation(QStringLiteral("presentation"),
                     tr("Keep the patients presenting with: any, cs, obstruction, both, "
                        "cs-only, obstruction-only."),
                     tr("WHICH"),
                     QStringLiteral("any"))
    , m_format(QStringLiteral("format"),
               tr("Output: json, csv or text."),
               tr("FORMAT"),
               QStringLiteral("json"))
    , m_withFormat(withFormat)
{
    m_parser.addOption(m_input);
    m_parser.addOption(m_where);
    m_parser.addOption(m_presentation);
    if (m_withFormat)
        m_parser.addOption(m_format);
}

int CohortOptions::usage(const QString &message) const
{
    Console::err() << QStringLiteral("cohortlens %1: ").arg(m_command) << message << '\n'
                   << tr("Run cohortlens %1 --help for the options.").arg(m_command) << Qt::endl;
    return ExitUsage;
}

std::optional<int> CohortOptions::parse(const QString &command, const QStringList &arguments)
{
    m_command = command;
    const QCommandLineOption help = m_parser.addHelpOption();
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // the subcommand's name
    if (!m_parser.parse(args))
        return usage(m_parser.errorText());
    if (m_parser.isSet(help)) {
        Console::out() << m_parser.helpText().replace(QStringLiteral("[options]"),
                                                      command + QStringLiteral(" [options]"))
                       << Qt::flush;
        return ExitSuccess;
    }
    if (!m_parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument %1").arg(m_parser.positionalArguments().constFirst()));
    if (!m_parser.isSet(m_input))
        return usage(tr("--input PATH is required"));
    if (m_parser.values(m_input).size() > 1)
        return usage(tr("give --input once"));
    if (m_withFormat) {
        const QString format = m_parser.value(m_format);
        if (format != u"json" && format != u"csv" && format != u"text")
            return usage(tr("--format %1: use json, csv or text").arg(format));
    }
    return std::nullopt;
}

std::optional<CohortFilter> CohortOptions::filter()
{
    CohortFilter filter;
    const auto presentation = CohortFilter::parsePresentation(m_parser.value(m_presentation));
    if (!presentation) {
        usage(tr("--presentation %1: use any, cs, obstruction, both, cs-only or "
                 "obstruction-only")
                  .arg(m_parser.value(m_presentation)));
        return std::nullopt;
    }
    filter.presentation = *presentation;
    for (const QString &expression : m_parser.values(m_where)) {
        QString error;
        const auto condition = WhereCondition::parse(expression, &error);
        if (!condition) {
            usage(QStringLiteral("--where ") + error);
            return std::nullopt;
        }
        filter.conditions << *condition;
    }
    return filter;
}

CohortOptions::Format CohortOptions::format() const
{
    const QString format = m_parser.value(m_format);
    if (format == u"csv")
        return Format::Csv;
    if (format == u"text")
        return Format::Text;
    return Format::Json;
}

std::optional<int> CohortOptions::open(RegistryStore &store)
{
    const QString path = input();
    const ImportReport report = RegistryImporter().load(path, store);
    QTextStream &err = Console::err();
    switch (report.outcome) {
    case ImportReport::Outcome::Imported:
        return std::nullopt;
    case ImportReport::Outcome::InvalidData:
        for (const ValidationProblem &problem : report.problems)
            err << report.sourceName << QStringLiteral(": ") << problem.toString() << '\n';
        err << QStringLiteral("cohortlens %1: ").arg(m_command)
            << tr("%n problem(s) in %1; correct the file and run again",
                  nullptr,
                  int(report.problemCount))
                   .arg(report.sourceName)
            << Qt::endl;
        return ExitInvalidData;
    case ImportReport::Outcome::Refused:
        return usage(report.message);
    case ImportReport::Outcome::Cancelled:
    case ImportReport::Outcome::Failed:
        err << QStringLiteral("cohortlens %1: ").arg(m_command) << report.message << Qt::endl;
        return ExitFailure;
    }
    return ExitFailure;
}

} // namespace CohortLens
