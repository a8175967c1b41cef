// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "chartexporter.h"
#include "cohortoptions.h"
#include "console.h"
#include "exitcode.h"
#include "outputoptions.h"
#include "registrystore.h"
#include "tableexporter.h"

#include <QDir>
#include <QLocale>

namespace CohortLens {

namespace {

// A whole number in [low, high]; nothing otherwise.
std::optional<int> wholeNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a chart of the viewer as it shows it: km, the Kaplan-Meier curves with the "
           "number-at-risk table, or relief, the symptom-relief bars. The extension of --out "
           "chooses the format: PNG (the pixel size and resolution given), PDF or SVG (vector). "
           "The default size is one journal column, 85 × 90 mm, at 300 dpi. With --table "
           "patients instead, writes the patients the filter keeps as CSV, de-identified with "
           "--deidentify."));
    CohortOptions cohort(parser, false);
    const QCommandLineOption chart(QStringLiteral("chart"),
                                   tr("The chart: km (Kaplan-Meier) or relief (symptom relief)."),
                                   tr("CHART"));
    const QCommandLineOption table(QStringLiteral("table"),
                                   tr("A table instead of a chart: patients (the patients the "
                                      "filter keeps, in the registry's columns, as CSV)."),
                                   tr("TABLE"));
    const QCommandLineOption deidentify(
        QStringLiteral("deidentify"),
        tr("With --table patients: IDs replaced by sequence numbers, dates removed, ages over "
           "89 as 90+."));
    OutputOptions output(parser,
                         tr("FILE"),
                         tr("The file to write: FILE.png, FILE.pdf or FILE.svg (a chart), "
                            "FILE.csv (a table)."));
    const QCommandLineOption width(QStringLiteral("width"),
                                   tr("Width in pixels (default one journal column at --dpi)."),
                                   tr("PX"));
    const QCommandLineOption height(QStringLiteral("height"),
                                    tr("Height in pixels (default: in the proportions of the "
                                       "default size)."),
                                    tr("PX"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 tr("Resolution in dots per inch: the PNG's metadata, the PDF's "
                                    "and SVG's physical size."),
                                 tr("N"),
                                 QString::number(ChartExporter::DefaultDpi));
    parser.addOptions({chart, table, deidentify, width, height, dpi});

    if (const auto exit = cohort.parse(QStringLiteral("export"), arguments))
        return *exit;

    if (parser.isSet(table)) {
        if (parser.isSet(chart))
            return cohort.usage(tr("give --chart or --table, not both"));
        for (const QCommandLineOption *option : {&width, &height, &dpi}) {
            if (parser.isSet(*option))
                return cohort.usage(
                    tr("--%1 applies to charts, not to --table").arg(option->names().constFirst()));
        }
        return exportTable(parser.value(table), parser.isSet(deidentify), cohort, output);
    }
    if (parser.isSet(deidentify))
        return cohort.usage(tr("--deidentify applies to --table patients"));

    const QString which = parser.value(chart).trimmed().toLower();
    if (!parser.isSet(chart))
        return cohort.usage(tr("--chart km|relief is required (or --table patients)"));
    if (which != u"km" && which != u"relief")
        return cohort.usage(tr("--chart %1: use km or relief").arg(parser.value(chart)));
    const QString outProblem = output.problem();
    if (!outProblem.isEmpty())
        return cohort.usage(outProblem);
    const auto format = ChartExporter::formatOf(output.path());
    if (!format)
        return cohort.usage(
            tr("--out %1: give it the extension .png, .pdf or .svg").arg(output.path()));

    const auto resolution = wholeNumber(parser.value(dpi),
                                        ChartExporter::MinimumDpi,
                                        ChartExporter::MaximumDpi);
    if (!resolution)
        return cohort.usage(tr("--dpi %1: give a whole number from %2 to %3")
                                .arg(parser.value(dpi))
                                .arg(ChartExporter::MinimumDpi)
                                .arg(ChartExporter::MaximumDpi));
    QSize pixels = ChartExporter::defaultPixelSize(*resolution);
    const QSize standard = pixels;
    for (const auto &[option, name] :
         {std::pair{&width, "--width"}, std::pair{&height, "--height"}}) {
        if (!parser.isSet(*option))
            continue;
        const auto value = wholeNumber(parser.value(*option), 1, ChartExporter::MaximumPixels);
        if (!value)
            return cohort.usage(tr("%1 %2: give a whole number of pixels from 1 to %3")
                                    .arg(QLatin1String(name), parser.value(*option))
                                    .arg(ChartExporter::MaximumPixels));
        if (option == &width)
            pixels.setWidth(*value);
        else
            pixels.setHeight(*value);
    }
    // One side given: the other keeps the default proportions.
    if (parser.isSet(width) && !parser.isSet(height))
        pixels.setHeight(qRound(qreal(pixels.width()) * standard.height() / standard.width()));
    else if (parser.isSet(height) && !parser.isSet(width))
        pixels.setWidth(qRound(qreal(pixels.height()) * standard.width() / standard.height()));
    const QString sizeProblem = ChartExporter::sizeProblem(pixels, *resolution);
    if (!sizeProblem.isEmpty())
        return cohort.usage(sizeProblem);

    const auto filter = cohort.filter();
    if (!filter)
        return ExitUsage;
    RegistryStore store;
    if (const auto exit = cohort.open(store))
        return *exit;

    const QString command = QStringLiteral("export");
    const auto analysisFailed = [&](const AnalysisError &error) {
        if (error.kind == AnalysisError::Kind::Usage)
            return cohort.usage(error.message);
        Console::err() << QStringLiteral("cohortlens export: ") << error.message << Qt::endl;
        return int(ExitInvalidData);
    };
    const QString subtitle = filter->description();
    std::optional<ChartExporter> exporter;
    qint64 n = 0;
    if (which == u"km") {
        // The window's defaults: the native schema's time, event and arm, 12/36/60 months.
        const auto outcome = SurvivalAnalysis::run(store, *filter, SurvivalRequest());
        if (const auto *error = std::get_if<AnalysisError>(&outcome))
            return analysisFailed(*error);
        const SurvivalResult &result = std::get<SurvivalResult>(outcome);
        n = qint64(result.n);
        exporter = ChartExporter::kaplanMeier(result, subtitle);
    } else {
        if (store.layout() != RegistryStore::Layout::Native)
            return cohort.usage(tr("--chart relief needs a registry in the native format, with "
                                   "the columns cs_improved and obstruction_relieved"));
        const auto outcome = ComparisonAnalysis::run(store, *filter, ComparisonRequest());
        if (const auto *error = std::get_if<AnalysisError>(&outcome))
            return analysisFailed(*error);
        const ComparisonResult &result = std::get<ComparisonResult>(outcome);
        n = result.n;
        exporter = ChartExporter::symptomRelief(result, subtitle);
    }
    if (n == 0)
        Console::err() << QStringLiteral("cohortlens export: ")
                       << tr("no patient is left to draw (check the filter)") << Qt::endl;

    const ExportResult result = exporter->write(output.path(), *format, pixels, *resolution);
    if (!result.ok())
        return OutputOptions::failure(command, result);

    const QSizeF mm = ChartExporter::millimetres(pixels, *resolution);
    const QLocale locale;
    const QString what = *format == ChartExporter::Format::Png ? tr("PNG, %1 × %2 pixels at %3 dpi")
                                                                     .arg(pixels.width())
                                                                     .arg(pixels.height())
                                                                     .arg(*resolution)
                         : *format == ChartExporter::Format::Pdf
                             ? tr("PDF, %1 × %2 mm")
                                   .arg(locale.toString(mm.width(), 'f', 1),
                                        locale.toString(mm.height(), 'f', 1))
                             : tr("SVG, %1 × %2 mm")
                                   .arg(locale.toString(mm.width(), 'f', 1),
                                        locale.toString(mm.height(), 'f', 1));
    Console::out() << tr("Wrote %1 (%2; n = %3)")
                          .arg(QDir::toNativeSeparators(output.path()), what)
                          .arg(n)
                   << Qt::endl;
    return ExitSuccess;
}

int ExportCommand::exportTable(const QString &table,
                               bool deidentify,
                               CohortOptions &cohort,
                               const OutputOptions &output)
{
    if (table.trimmed().toLower() != u"patients")
        return cohort.usage(tr("--table %1: use patients").arg(table));
    const QString outProblem = output.problem();
    if (!outProblem.isEmpty())
        return cohort.usage(outProblem);
    if (TableExporter::formatOf(output.path()) != TableExporter::Format::Csv)
        return cohort.usage(tr("--out %1: give it the extension .csv").arg(output.path()));

    const auto filter = cohort.filter();
    if (!filter)
        return ExitUsage;
    RegistryStore store;
    if (const auto exit = cohort.open(store))
        return *exit;
    QStringList names;
    for (const RegistryColumn &column : store.columns())
        names << column.name;
    const auto patients = store.loadColumns(names, *filter);
    if (!patients) // an unknown --where column: named, with the columns there are
        return cohort.usage(store.errorString());
    const qint64 n = patients->rows.size();
    if (n == 0)
        Console::err() << QStringLiteral("cohortlens export: ")
                       << tr("no patient is left to export (check the filter)") << Qt::endl;

    const auto privacy = deidentify ? TableExporter::Privacy::Deidentified
                                    : TableExporter::Privacy::Identified;
    const ExportResult result
        = TableExporter::write(output.path(), TableExporter::patientsCsv(*patients, {}, privacy));
    if (!result.ok())
        return OutputOptions::failure(QStringLiteral("export"), result);
    const QString path = QDir::toNativeSeparators(output.path());
    const QString count = QString::number(n);
    Console::out() << (deidentify ? tr("Wrote %1 (CSV, de-identified; n = %2)").arg(path, count)
                                  : tr("Wrote %1 (CSV; n = %2)").arg(path, count))
                   << Qt::endl;
    return ExitSuccess;
}

} // namespace CohortLens
