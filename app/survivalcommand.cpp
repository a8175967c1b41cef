// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "survivalcommand.h"

#include "cohortoptions.h"
#include "console.h"
#include "exitcode.h"
#include "registrystore.h"
#include "survivalformatter.h"
#include "values.h"

namespace CohortLens {

namespace {

// "12,36,60" → numbers; nothing when a part is not a number.
std::optional<QList<double>> numberList(const QString &text)
{
    QList<double> numbers;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto number = Values::parseNumber(part);
        if (!number)
            return std::nullopt;
        numbers << *number;
    }
    return numbers;
}

} // namespace

int SurvivalCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kaplan-Meier survival per group with Greenwood confidence intervals, median and "
           "quantiles, survival at chosen times, restricted mean, median follow-up; log-rank, "
           "Peto-Peto and Gehan-Breslow-Wilcoxon tests; Cox proportional hazards. Results "
           "agree with R survival."));
    CohortOptions cohort(parser);
    const QCommandLineOption time(QStringLiteral("time"),
                                  tr("The follow-up time column (default followup_months)."),
                                  tr("COL"));
    const QCommandLineOption event(QStringLiteral("event"),
                                   tr("The event column (default status)."),
                                   tr("COL"));
    const QCommandLineOption eventValue(QStringLiteral("event-value"),
                                        tr("A value meaning the event happened (repeatable; "
                                           "default 1, yes, true, dead)."),
                                        tr("V"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("The group column (default arm), or none."),
                                   tr("COL"));
    const QCommandLineOption confType(QStringLiteral("conf-type"),
                                      tr("Confidence intervals: log-log, log or plain."),
                                      tr("TYPE"),
                                      QStringLiteral("log-log"));
    const QCommandLineOption confLevel(QStringLiteral("conf-level"),
                                       tr("Confidence level."),
                                       tr("LEVEL"),
                                       QStringLiteral("0.95"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("Times for S(t) and the number at risk (default 12,36,60 "
                                   "for the native schema)."),
                                tr("T,..."));
    const QCommandLineOption tau(QStringLiteral("tau"),
                                 tr("Horizon of the restricted mean (default the largest "
                                    "--at)."),
                                 tr("T"));
    const QCommandLineOption quantiles(QStringLiteral("quantiles"),
                                       tr("Quantiles of survival time to report, e.g. "
                                          "0.25,0.5,0.75."),
                                       tr("P,..."));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("The reference level of the hazard ratios."),
                                       tr("LEVEL"));
    const QCommandLineOption ties(QStringLiteral("ties"),
                                  tr("Cox ties: efron or breslow."),
                                  tr("METHOD"),
                                  QStringLiteral("efron"));
    const QCommandLineOption covariates(QStringLiteral("covariates"),
                                        tr("Adjust the Cox model for these columns."),
                                        tr("COL,..."));
    const QCommandLineOption trend(QStringLiteral("trend"),
                                   tr("Add the log-rank test for trend over the groups in "
                                      "their order."));
    parser.addOptions({time,
                       event,
                       eventValue,
                       group,
                       confType,
                       confLevel,
                       at,
                       tau,
                       quantiles,
                       reference,
                       ties,
                       covariates,
                       trend});

    if (const auto exit = cohort.parse(QStringLiteral("survival"), arguments))
        return *exit;

    SurvivalRequest request;
    request.time = parser.value(time);
    request.event = parser.value(event);
    request.eventValues = parser.values(eventValue);
    request.group = parser.value(group);
    request.reference = parser.value(reference);
    request.trend = parser.isSet(trend);
    for (const QString &c : parser.value(covariates).split(u',', Qt::SkipEmptyParts))
        request.covariates << c.trimmed();

    const QString type = parser.value(confType);
    if (type == u"log-log")
        request.confType = Stats::ConfidenceType::LogLog;
    else if (type == u"log")
        request.confType = Stats::ConfidenceType::Log;
    else if (type == u"plain")
        request.confType = Stats::ConfidenceType::Plain;
    else
        return cohort.usage(tr("--conf-type %1: use log-log, log or plain").arg(type));

    const auto level = Values::parseNumber(parser.value(confLevel));
    if (!level || *level <= 0 || *level >= 1)
        return cohort.usage(tr("--conf-level %1: give a number between 0 and 1, e.g. 0.95")
                                .arg(parser.value(confLevel)));
    request.confLevel = *level;

    if (parser.isSet(at)) {
        const auto times = numberList(parser.value(at));
        if (!times || std::any_of(times->cbegin(), times->cend(), [](double t) { return t < 0; }))
            return cohort.usage(tr("--at %1: give times >= 0 separated by commas, e.g. 12,36,60")
                                    .arg(parser.value(at)));
        request.at = *times;
    }
    if (parser.isSet(tau)) {
        const auto horizon = Values::parseNumber(parser.value(tau));
        if (!horizon || *horizon <= 0)
            return cohort.usage(tr("--tau %1: give a time > 0").arg(parser.value(tau)));
        request.tau = *horizon;
    }
    if (parser.isSet(quantiles)) {
        const auto ps = numberList(parser.value(quantiles));
        if (!ps || ps->isEmpty()
            || std::any_of(ps->cbegin(), ps->cend(), [](double p) { return p <= 0 || p >= 1; }))
            return cohort.usage(tr("--quantiles %1: give probabilities between 0 and 1, e.g. "
                                   "0.25,0.5,0.75")
                                    .arg(parser.value(quantiles)));
        request.quantiles = *ps;
    }
    const QString tieMethod = parser.value(ties);
    if (tieMethod == u"efron")
        request.ties = Stats::CoxTies::Efron;
    else if (tieMethod == u"breslow")
        request.ties = Stats::CoxTies::Breslow;
    else
        return cohort.usage(tr("--ties %1: use efron or breslow").arg(tieMethod));

    const auto filter = cohort.filter();
    if (!filter)
        return ExitUsage;
    RegistryStore store;
    if (const auto exit = cohort.open(store))
        return *exit;

    const auto outcome = SurvivalAnalysis::run(store, *filter, request);
    if (const auto *error = std::get_if<AnalysisError>(&outcome)) {
        if (error->kind == AnalysisError::Kind::Usage)
            return cohort.usage(error->message);
        Console::err() << QStringLiteral("cohortlens survival: ") << error->message << Qt::endl;
        return ExitInvalidData;
    }
    const SurvivalResult &result = std::get<SurvivalResult>(outcome);
    if (result.n == 0)
        Console::err() << QStringLiteral("cohortlens survival: ")
                       << tr("no patient is left to analyse (check the filter and the "
                             "excluded rows)")
                       << Qt::endl;
    switch (cohort.format()) {
    case CohortOptions::Format::Json:
        Console::out() << SurvivalFormatter::json(result);
        break;
    case CohortOptions::Format::Csv:
        Console::out() << SurvivalFormatter::csv(result);
        break;
    case CohortOptions::Format::Text:
        Console::out() << SurvivalFormatter::text(result);
        break;
    }
    Console::out().flush();
    return ExitSuccess;
}

} // namespace CohortLens
