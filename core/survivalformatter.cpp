// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "survivalformatter.h"

#include "jsonwriter.h"
#include "numberformat.h"
#include "values.h"

namespace CohortLens {

namespace {

void writeQuantile(JsonWriter &w, const Stats::QuantileEstimate &q)
{
    w.beginObject().field("time", q.time).field("lower", q.lower).field("upper", q.upper).endObject();
}

void writeTest(JsonWriter &w, const char *name, const std::optional<Stats::SurvivalTestResult> &t)
{
    if (!t)
        return;
    w.key(name).beginObject().field("chisq", t->chisq).field("df", t->df).field("p", t->p).endObject();
}

QByteArray csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvNumber(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? Values::numberText(*value).toLatin1() : QByteArray();
}

} // namespace

QString SurvivalFormatter::confTypeKey(Stats::ConfidenceType type)
{
    switch (type) {
    case Stats::ConfidenceType::LogLog:
        return QStringLiteral("log-log");
    case Stats::ConfidenceType::Log:
        return QStringLiteral("log");
    case Stats::ConfidenceType::Plain:
        return QStringLiteral("plain");
    }
    return {};
}

QString SurvivalFormatter::tiesKey(Stats::CoxTies ties)
{
    return ties == Stats::CoxTies::Breslow ? QStringLiteral("breslow") : QStringLiteral("efron");
}

QByteArray SurvivalFormatter::json(const SurvivalResult &r)
{
    JsonWriter w;
    w.beginObject();
    w.field("n", r.n);
    w.key("excluded").beginArray();
    for (const ExcludedRow &e : r.excluded)
        w.beginObject().field("row", qint64(e.row)).field("reason", e.reason).endObject();
    w.endArray();
    w.field("time", r.time).field("event", r.event);
    if (r.group.isEmpty())
        w.key("group").null();
    else
        w.field("group", r.group);
    w.field("conf_type", confTypeKey(r.confType)).field("conf_level", r.confLevel);

    w.key("groups").beginArray();
    for (const GroupSurvival &g : r.groups) {
        w.beginObject();
        w.field("name", g.name).field("n", g.curve.n).field("events", g.curve.events);
        w.key("table").beginArray();
        for (const Stats::KaplanMeierRow &row : g.curve.rows) {
            w.beginObject()
                .field("time", row.time)
                .field("n_risk", row.nRisk)
                .field("n_event", row.nEvent)
                .field("n_censor", row.nCensor)
                .field("surv", row.surv)
                .field("se", row.se)
                .field("lower", row.lower)
                .field("upper", row.upper)
                .endObject();
        }
        w.endArray();
        w.key("median");
        writeQuantile(w, g.median);
        if (r.quantilesRequested) {
            w.key("quantiles").beginArray();
            for (const Stats::QuantileEstimate &q : g.quantiles) {
                w.beginObject()
                    .field("p", q.p)
                    .field("time", q.time)
                    .field("lower", q.lower)
                    .field("upper", q.upper)
                    .endObject();
            }
            w.endArray();
        }
        w.key("at").beginArray();
        for (const Stats::SurvivalAtTime &a : g.at) {
            w.beginObject()
                .field("time", a.time)
                .field("n_risk", a.nRisk)
                .field("surv", a.surv)
                .field("se", a.se)
                .field("lower", a.lower)
                .field("upper", a.upper)
                .endObject();
        }
        w.endArray();
        if (g.rmst) {
            w.key("rmst")
                .beginObject()
                .field("tau", g.rmst->tau)
                .field("estimate", g.rmst->estimate)
                .field("se", g.rmst->se)
                .endObject();
        }
        w.key("median_followup");
        writeQuantile(w, g.medianFollowUp);
        w.endObject();
    }
    w.endArray();

    if (r.logRank) {
        w.key("tests").beginObject();
        writeTest(w, "logrank", r.logRank);
        writeTest(w, "peto_peto", r.petoPeto);
        writeTest(w, "gehan_breslow_wilcoxon", r.gehanBreslowWilcoxon);
        writeTest(w, "trend", r.trend);
        w.endObject();
    }

    if (r.cox) {
        const CoxResult &c = *r.cox;
        w.key("cox").beginObject();
        if (c.reference.isEmpty())
            w.key("reference").null();
        else
            w.field("reference", c.reference);
        w.field("ties", tiesKey(c.ties))
            .field("converged", c.fit.converged)
            .field("monotone", c.fit.monotone)
            .field("n", c.fit.n)
            .field("events", c.fit.events)
            .field("dropped", c.dropped);
        w.key("terms").beginArray();
        for (qsizetype i = 0; i < c.termNames.size(); ++i) {
            const Stats::CoxTerm &t = c.fit.terms.at(std::size_t(i));
            w.beginObject().field("name", c.termNames.at(i));
            // An infinite coefficient is not a number to print.
            if (t.infinite)
                w.key("coef").null();
            else
                w.field("coef", t.coef);
            w.field("se", t.se)
                .field("hr", t.hr)
                .field("lower", t.lower)
                .field("upper", t.upper)
                .field("p", t.p)
                .endObject();
        }
        w.endArray();
        w.field("wald_p", c.fit.waldP).field("lr_p", c.fit.lrP).field("score_p", c.fit.scoreP);
        w.endObject();
    }
    w.endObject();
    return w.data();
}

QByteArray SurvivalFormatter::csv(const SurvivalResult &r)
{
    QByteArray out = "group,time,n_risk,n_event,n_censor,surv,se,lower,upper\n";
    for (const GroupSurvival &g : r.groups) {
        for (const Stats::KaplanMeierRow &row : g.curve.rows) {
            out += csvField(g.name) + ',' + csvNumber(row.time) + ','
                   + QByteArray::number(qint64(row.nRisk)) + ','
                   + QByteArray::number(qint64(row.nEvent)) + ','
                   + QByteArray::number(qint64(row.nCensor)) + ',' + csvNumber(row.surv) + ','
                   + csvNumber(row.se) + ',' + csvNumber(row.lower) + ',' + csvNumber(row.upper)
                   + '\n';
        }
    }
    return out;
}

QString SurvivalFormatter::text(const SurvivalResult &r, const QLocale &locale)
{
    const NumberFormat f(locale);
    QString out;
    const QString level = f.percent(r.confLevel * 100, 0);
    out += tr("Survival: %1, event %2").arg(r.time, r.event);
    out += r.group.isEmpty() ? tr(", everyone as one group") : tr(", by %1").arg(r.group);
    out += u'\n';
    out += tr("%n patient(s) analysed", nullptr, int(r.n));
    if (!r.excluded.isEmpty())
        out += tr("; %n row(s) excluded", nullptr, int(r.excluded.size()));
    out += tr("; %1 %2 confidence intervals").arg(level, confTypeKey(r.confType)) + u'\n';
    for (const ExcludedRow &e : r.excluded)
        out += tr("  row %1 excluded: %2").arg(e.row).arg(e.reason) + u'\n';

    // A quantile's bound that is never reached is "NR"; an interval that is not defined
    // (S = 1 under log-log) is a dash.
    auto interval =
        [&](const std::optional<double> &lower, const std::optional<double> &upper, auto format) {
            return QStringLiteral("%1–%2").arg(lower ? format(*lower) : tr("NR"),
                                               upper ? format(*upper) : tr("NR"));
        };
    auto band =
        [&](const std::optional<double> &lower, const std::optional<double> &upper, auto format) {
            if (!lower && !upper)
                return QStringLiteral("—");
            return QStringLiteral("%1–%2").arg(lower ? format(*lower) : QStringLiteral("—"),
                                               upper ? format(*upper) : QStringLiteral("—"));
        };
    auto time = [&](double t) { return f.compact(t, 1); };
    auto pct = [&](double s) { return f.percent(s * 100, 1); };

    for (const GroupSurvival &g : r.groups) {
        out += u'\n'
               + tr("%1: %2, %3")
                     .arg(g.name,
                          tr("%n patient(s)", nullptr, int(g.curve.n)),
                          tr("%n event(s)", nullptr, int(g.curve.events)))
               + u'\n';
        out += u"  "
               + tr("median survival: %1 (%2)")
                     .arg(g.median.time ? time(*g.median.time) : tr("not reached"),
                          interval(g.median.lower, g.median.upper, time))
               + u'\n';
        for (const Stats::QuantileEstimate &q : g.quantiles)
            out += u"  "
                   + tr("%1 quantile: %2 (%3)")
                         .arg(f.number(q.p, 2),
                              q.time ? time(*q.time) : tr("not reached"),
                              interval(q.lower, q.upper, time))
                   + u'\n';
        for (const Stats::SurvivalAtTime &a : g.at) {
            if (!a.surv) {
                out += u"  "
                       + tr("S(%1): not estimable (no patient followed that long)").arg(time(a.time))
                       + u'\n';
                continue;
            }
            out += u"  "
                   + tr("S(%1) = %2 (%3), %4 at risk")
                         .arg(time(a.time), pct(*a.surv), band(a.lower, a.upper, pct))
                         .arg(a.nRisk)
                   + u'\n';
        }
        if (g.rmst)
            out += u"  "
                   + tr("restricted mean survival to %1: %2 (SE %3)")
                         .arg(time(g.rmst->tau),
                              time(g.rmst->estimate),
                              g.rmst->se ? f.number(*g.rmst->se, 2) : tr("NA"))
                   + u'\n';
        out += u"  "
               + tr("median follow-up (reverse Kaplan-Meier): %1 (%2)")
                     .arg(g.medianFollowUp.time ? time(*g.medianFollowUp.time) : tr("not reached"),
                          interval(g.medianFollowUp.lower, g.medianFollowUp.upper, time))
               + u'\n';
    }

    auto test = [&](const QString &name, const std::optional<Stats::SurvivalTestResult> &t) {
        if (!t)
            return;
        out += tr("%1: chi-square %2 on %n df, p = %3", nullptr, t->df)
                   .arg(name, f.number(t->chisq, 2), t->p ? f.pValue(*t->p) : tr("NA"))
               + u'\n';
    };
    if (r.logRank) {
        out += u'\n';
        test(tr("Log-rank"), r.logRank);
        test(tr("Peto-Peto"), r.petoPeto);
        test(tr("Gehan-Breslow-Wilcoxon"), r.gehanBreslowWilcoxon);
        test(tr("Log-rank test for trend"), r.trend);
    }
    if (r.cox) {
        const CoxResult &c = *r.cox;
        out += u'\n'
               + tr("Cox proportional hazards (%1 ties), %2, %3")
                     .arg(tiesKey(c.ties),
                          tr("%n patient(s)", nullptr, int(c.fit.n)),
                          tr("%n event(s)", nullptr, int(c.fit.events)));
        if (!c.reference.isEmpty())
            out += tr(", reference %1").arg(c.reference);
        if (c.dropped > 0)
            out += tr("; %n patient(s) left out for a missing covariate", nullptr, int(c.dropped));
        out += u'\n';
        if (!c.fit.converged)
            out += u"  " + tr("the model did not converge; its estimates are not reliable") + u'\n';
        for (qsizetype i = 0; i < c.termNames.size(); ++i) {
            const Stats::CoxTerm &t = c.fit.terms.at(std::size_t(i));
            if (t.infinite) {
                out += u"  "
                       + tr("%1: hazard ratio not estimable (monotone likelihood: the "
                            "coefficient tends to infinity, e.g. a group without events)")
                             .arg(c.termNames.at(i))
                       + u'\n';
                continue;
            }
            out += u"  "
                   + tr("%1: hazard ratio %2 (%3), p = %4")
                         .arg(c.termNames.at(i),
                              t.hr ? f.number(*t.hr, 2) : tr("NA"),
                              band(t.lower, t.upper, [&](double v) { return f.number(v, 2); }),
                              t.p ? f.pValue(*t.p) : tr("NA"))
                   + u'\n';
        }
        out += u"  "
               + tr("likelihood ratio p = %1, Wald p = %2, score p = %3")
                     .arg(c.fit.lrP ? f.pValue(*c.fit.lrP) : tr("NA"),
                          c.fit.waldP ? f.pValue(*c.fit.waldP) : tr("NA"),
                          c.fit.scoreP ? f.pValue(*c.fit.scoreP) : tr("NA"))
               + u'\n';
    }
    return out;
}

} // namespace CohortLens
