// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "analysiscontroller.h"
#include "cohortoptions.h"
#include "console.h"
#include "exitcode.h"
#include "mainwindow.h"
#include "outputoptions.h"
#include "registrystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace CohortLens {

bool ReportCommand::isDemo(const RegistryStore &store)
{
    QFile demo(MainWindow::demoResourcePath());
    if (!demo.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&demo);
    const QString digest = QString::fromLatin1(hash.result().toHex());
    const QList<ProvenanceEntry> provenance = store.provenance();
    return !provenance.isEmpty()
           && std::all_of(provenance.cbegin(), provenance.cend(), [&](const ProvenanceEntry &e) {
                  return e.sha256 == digest;
              });
}

int ReportCommand::write(RegistryStore &store,
                         const QString &sourceName,
                         const CohortFilter &filter,
                         const QString &path,
                         ReportWriter::Paper paper,
                         const QString &command)
{
    const QString prefix = command.isEmpty() ? QStringLiteral("cohortlens: ")
                                             : QStringLiteral("cohortlens %1: ").arg(command);
    // The window's snapshot: the same requests, the same overall column.
    const CohortSnapshot snapshot = AnalysisController::compute(store.path(),
                                                                filter,
                                                                SurvivalRequest(),
                                                                ComparisonRequest(),
                                                                1);
    if (!snapshot.survival) {
        const auto outcome = SurvivalAnalysis::run(store, filter, SurvivalRequest());
        const auto *error = std::get_if<AnalysisError>(&outcome);
        Console::err() << prefix << (error ? error->message : snapshot.error) << Qt::endl;
        return error && error->kind == AnalysisError::Kind::Usage ? ExitUsage : ExitInvalidData;
    }
    if (snapshot.survival->n == 0)
        Console::err() << prefix << tr("no patient is left to report on (check the filter)")
                       << Qt::endl;

    ReportInput input = ReportInput::fromSnapshot(snapshot,
                                                  sourceName,
                                                  store.provenance(),
                                                  isDemo(store));
    input.symptomRelief = store.layout() == RegistryStore::Layout::Native;
    ReportWriter writer(input);
    writer.setPaper(paper);
    const ExportResult result = writer.writePdf(path);
    if (!result.ok())
        return OutputOptions::failure(command, result);
    Console::out() << tr("Wrote %1 (PDF, %2, pages: %3; n = %4)")
                          .arg(QDir::toNativeSeparators(path),
                               paper == ReportWriter::Paper::Letter ? tr("US Letter") : tr("A4"))
                          .arg(writer.pageCount())
                          .arg(snapshot.survival->n)
                   << Qt::endl;
    return ExitSuccess;
}

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the viewer's one-file PDF report: data source (file, SHA-256, rows), the "
           "filter in words, n per arm, the Kaplan-Meier figure with its number-at-risk table, "
           "the symptom-relief figure, the comparison table with the test of each row, and the "
           "methods."));
    CohortOptions cohort(parser, false);
    OutputOptions output(parser, tr("FILE.pdf"), tr("The PDF file to write."));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   tr("Paper: a4 or letter (default from the locale: letter in "
                                      "the United States and Canada, else a4)."),
                                   tr("PAPER"));
    parser.addOption(paper);
    if (const auto exit = cohort.parse(QStringLiteral("report"), arguments))
        return *exit;

    const QString outProblem = output.problem();
    if (!outProblem.isEmpty())
        return cohort.usage(outProblem);
    if (QFileInfo(output.path()).suffix().toLower() != u"pdf")
        return cohort.usage(tr("--out %1: the report is a PDF; give the file the extension .pdf")
                                .arg(output.path()));
    ReportWriter::Paper chosen = ReportWriter::defaultPaper();
    if (parser.isSet(paper)) {
        const auto parsed = ReportWriter::parsePaper(parser.value(paper));
        if (!parsed)
            return cohort.usage(tr("--paper %1: use a4 or letter").arg(parser.value(paper)));
        chosen = *parsed;
    }
    const auto filter = cohort.filter();
    if (!filter)
        return ExitUsage;
    RegistryStore store;
    if (const auto exit = cohort.open(store))
        return *exit;
    return write(store,
                 QFileInfo(cohort.input()).fileName(),
                 *filter,
                 output.path(),
                 chosen,
                 QStringLiteral("report"));
}

} // namespace CohortLens
