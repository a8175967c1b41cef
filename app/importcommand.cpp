// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "console.h"
#include "exitcode.h"
#include "registryimporter.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace CohortLens {

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a registry CSV (native schema, or mapped onto it with --map) into an "
           "SQLite registry, in one transaction: on any problem nothing is written."));
    const QCommandLineOption input(QStringLiteral("input"),
                                   tr("The CSV file to import."),
                                   tr("FILE.csv"));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("The registry database, created when missing."),
                                tr("FILE.sqlite"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace the patients of an existing registry."));
    const QCommandLineOption append(QStringLiteral("append"),
                                    tr("Add the patients to an existing registry."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Read registry field FIELD from column COLUMN of the file "
                                    "(repeatable)."),
                                 tr("FIELD=COLUMN"));
    parser.addOptions({input, db, replace, append, map});
    const QCommandLineOption help = parser.addHelpOption();

    QTextStream &err = Console::err();
    QTextStream &out = Console::out();
    const QString prefix = QStringLiteral("cohortlens import: ");
    auto usage = [&](const QString &message) {
        err << prefix << message << '\n'
            << tr("Run cohortlens import --help for the options.") << Qt::endl;
        return int(ExitUsage);
    };

    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // the subcommand's name
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("[options]"),
                                         QStringLiteral("import [options]"))
            << Qt::flush;
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument %1").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(input))
        return usage(tr("--input FILE.csv is required"));
    if (!parser.isSet(db))
        return usage(tr("--db FILE.sqlite is required"));
    if (parser.isSet(replace) && parser.isSet(append))
        return usage(tr("--replace and --append exclude each other"));
    if (parser.values(input).size() > 1 || parser.values(db).size() > 1)
        return usage(tr("give --input and --db once each"));

    ImportRequest request;
    request.csvPath = parser.value(input);
    request.databasePath = parser.value(db);
    request.mode = parser.isSet(replace)  ? ProvenanceEntry::Mode::Replace
                   : parser.isSet(append) ? ProvenanceEntry::Mode::Append
                                          : ProvenanceEntry::Mode::Create;
    for (const QString &spec : parser.values(map)) {
        QString error;
        if (!request.mapping.add(spec, &error))
            return usage(error);
    }

    const ImportReport report = RegistryImporter().importFile(request);
    const QString csvName = QFileInfo(request.csvPath).fileName();
    const QString dbName = QFileInfo(request.databasePath).fileName();
    switch (report.outcome) {
    case ImportReport::Outcome::Imported: {
        const QString summary
            = request.mode == ProvenanceEntry::Mode::Append
                  ? tr("Appended %n patient(s) from %1 to %2, which now holds %3",
                       nullptr,
                       int(report.rowsImported))
                        .arg(csvName,
                             dbName,
                             tr("%n patient(s)", nullptr, int(report.patientsAfter)))
                  : tr("Imported %n patient(s) from %1 into %2", nullptr, int(report.rowsImported))
                        .arg(csvName, dbName);
        out << summary << ' '
            << tr("(%1, %2 rejected; SHA-256 %3)")
                   .arg(tr("%n row(s) read", nullptr, int(report.rowsRead)))
                   .arg(report.rowsRead - report.rowsImported)
                   .arg(report.sha256.left(16))
            << Qt::endl;
        return ExitSuccess;
    }
    case ImportReport::Outcome::InvalidData:
        for (const ValidationProblem &problem : report.problems)
            err << csvName << QStringLiteral(": ") << problem.toString() << '\n';
        if (report.problemCount > report.problems.size())
            err << tr("… and %n more problem(s) not listed",
                      nullptr,
                      int(report.problemCount - report.problems.size()))
                << '\n';
        err << prefix
            << (QFileInfo::exists(request.databasePath)
                    ? tr("%n problem(s) in %1; nothing was imported and %2 is unchanged",
                         nullptr,
                         int(report.problemCount))
                          .arg(csvName, dbName)
                    : tr("%n problem(s) in %1; nothing was imported and no database was created",
                         nullptr,
                         int(report.problemCount))
                          .arg(csvName))
            << Qt::endl;
        return ExitInvalidData;
    case ImportReport::Outcome::Refused:
        err << prefix << report.message << Qt::endl;
        return ExitUsage;
    case ImportReport::Outcome::Cancelled:
    case ImportReport::Outcome::Failed:
        err << prefix << report.message << '\n'
            << tr("Nothing was imported; %1 is unchanged.").arg(dbName) << Qt::endl;
        return ExitFailure;
    }
    return ExitFailure;
}

} // namespace CohortLens
