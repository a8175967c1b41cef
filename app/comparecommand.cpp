// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"

#include "cohortoptions.h"
#include "comparisonformatter.h"
#include "console.h"
#include "exitcode.h"
#include "registrystore.h"
#include "values.h"

namespace CohortLens {

int CompareCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The per-group comparison table: counts and percentages with Wilson intervals, "
           "Pearson chi-square, Yates and Fisher tests and odds ratios for yes/no and "
           "categorical rows; mean, SD, median, IQR and range with Wilcoxon and Welch tests "
           "for numeric rows. The default test per row follows gtsummary."));
    CohortOptions cohort(parser);
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("The group column (default arm), or none."),
                                   tr("COL"));
    const QCommandLineOption variables(
        QStringLiteral("variables"),
        tr("Further rows: columns, each optionally with :binary, :categorical or :continuous."),
        tr("COL[:TYPE],..."));
    const QCommandLineOption confLevel(QStringLiteral("conf-level"),
                                       tr("Confidence level of the percentages' intervals."),
                                       tr("LEVEL"),
                                       QStringLiteral("0.95"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Interval of the percentages: wilson or "
                                         "clopper-pearson."),
                                      tr("METHOD"),
                                      QStringLiteral("wilson"));
    parser.addOptions({group, variables, confLevel, interval});
    if (const auto exit = cohort.parse(QStringLiteral("compare"), arguments))
        return *exit;

    ComparisonRequest request;
    request.group = parser.value(group);
    for (const QString &spec : parser.values(variables).join(u',').split(u',', Qt::SkipEmptyParts)) {
        const auto variable = ComparisonVariable::parse(spec);
        if (!variable)
            return cohort.usage(tr("--variables %1: write COLUMN or COLUMN:binary, "
                                   "COLUMN:categorical, COLUMN:continuous")
                                    .arg(spec));
        request.variables << *variable;
    }

    const auto level = Values::parseNumber(parser.value(confLevel));
    if (!level || *level <= 0 || *level >= 1)
        return cohort.usage(tr("--conf-level %1: give a number between 0 and 1, e.g. 0.95")
                                .arg(parser.value(confLevel)));
    request.confLevel = *level;
    const QString method = parser.value(interval);
    if (method == u"wilson")
        request.interval = Stats::ProportionInterval::Wilson;
    else if (method == u"clopper-pearson")
        request.interval = Stats::ProportionInterval::ClopperPearson;
    else
        return cohort.usage(tr("--interval %1: use wilson or clopper-pearson").arg(method));

    const auto filter = cohort.filter();
    if (!filter)
        return ExitUsage;
    RegistryStore store;
    if (const auto exit = cohort.open(store))
        return *exit;

    const auto outcome = ComparisonAnalysis::run(store, *filter, request);
    if (const auto *error = std::get_if<AnalysisError>(&outcome)) {
        if (error->kind == AnalysisError::Kind::Usage)
            return cohort.usage(error->message);
        Console::err() << QStringLiteral("cohortlens compare: ") << error->message << Qt::endl;
        return ExitInvalidData;
    }
    const ComparisonResult &result = std::get<ComparisonResult>(outcome);
    if (!result.excluded.isEmpty())
        Console::err() << QStringLiteral("cohortlens compare: ")
                       << tr("%n row(s) without a value in %1 left out",
                             nullptr,
                             int(result.excluded.size()))
                              .arg(result.group)
                       << Qt::endl;
    if (result.n == 0)
        Console::err() << QStringLiteral("cohortlens compare: ")
                       << tr("no patient is left to compare (check the filter)") << Qt::endl;
    switch (cohort.format()) {
    case CohortOptions::Format::Json:
        Console::out() << ComparisonFormatter::json(result);
        break;
    case CohortOptions::Format::Csv:
        Console::out() << ComparisonFormatter::csv(result);
        break;
    case CohortOptions::Format::Text:
        Console::out() << ComparisonFormatter::text(result);
        break;
    }
    Console::out().flush();
    return ExitSuccess;
}

} // namespace CohortLens
