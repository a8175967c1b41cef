// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonformatter.h"

#include "jsonwriter.h"
#include "numberformat.h"
#include "values.h"

#include <algorithm>

namespace CohortLens {

namespace {

using Type = ComparisonVariable::Type;

void writeCount(JsonWriter &w, const CountCell &cell, bool withGroup)
{
    w.beginObject();
    if (withGroup)
        w.field("group", cell.group);
    w.field("count", qint64(cell.proportion.count))
        .field("n", qint64(cell.proportion.n))
        .field("percent", cell.proportion.percent)
        .field("lower", cell.proportion.lower)
        .field("upper", cell.proportion.upper)
        .endObject();
}

void writeSummary(JsonWriter &w, const ContinuousCell &cell, bool withGroup)
{
    const Stats::Descriptive &d = cell.summary;
    w.beginObject();
    if (withGroup)
        w.field("group", cell.group);
    w.field("n", d.n)
        .field("mean", d.mean)
        .field("sd", d.sd)
        .field("median", d.median)
        .field("q1", d.q1)
        .field("q3", d.q3)
        .field("min", d.min)
        .field("max", d.max)
        .endObject();
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

QString ComparisonFormatter::testName(ComparisonTest test)
{
    switch (test) {
    case ComparisonTest::Pearson:
        return tr("Pearson χ²");
    case ComparisonTest::Yates:
        return tr("χ² with Yates' correction");
    case ComparisonTest::Fisher:
        return tr("Fisher's exact test");
    case ComparisonTest::Wilcoxon:
        return tr("Wilcoxon rank-sum test");
    case ComparisonTest::Welch:
        return tr("Welch's t-test");
    }
    return {};
}

QString ComparisonFormatter::countText(const Stats::Proportion &p, const QLocale &locale)
{
    if (p.n == 0)
        return QStringLiteral("0/0");
    const NumberFormat f(locale);
    return QStringLiteral("%1 (%2)").arg(f.fraction(p.count, p.n),
                                         f.percent(p.percent.value_or(0), 1));
}

QString ComparisonFormatter::summaryText(const Stats::Descriptive &d,
                                         SummaryLine line,
                                         const QLocale &locale)
{
    const NumberFormat f(locale);
    auto value = [&](const std::optional<double> &v) {
        return v ? f.number(*v, 1) : QStringLiteral("—");
    };
    switch (line) {
    case SummaryLine::MeanSd:
        return QStringLiteral("%1 (%2)").arg(value(d.mean), value(d.sd));
    case SummaryLine::MedianIqr:
        return QStringLiteral("%1 (%2–%3)").arg(value(d.median), value(d.q1), value(d.q3));
    case SummaryLine::Range:
        return d.min && d.max
                   ? QStringLiteral("%1–%2").arg(f.compact(*d.min, 1), f.compact(*d.max, 1))
                   : QStringLiteral("—");
    }
    return {};
}

QString ComparisonFormatter::summaryLabel(SummaryLine line)
{
    switch (line) {
    case SummaryLine::MeanSd:
        return tr("mean (SD)");
    case SummaryLine::MedianIqr:
        return tr("median (IQR)");
    case SummaryLine::Range:
        return tr("range");
    }
    return {};
}

QByteArray ComparisonFormatter::json(const ComparisonResult &r)
{
    JsonWriter w;
    w.beginObject();
    w.key("groups").beginArray();
    for (const auto &g : r.groups)
        w.beginObject().field("name", g.name).field("n", g.n).endObject();
    w.endArray();
    w.key("rows").beginArray();
    for (const ComparisonRow &row : r.rows) {
        w.beginObject();
        w.field("variable", row.variable)
            .field("label", row.label)
            .field("type", ComparisonAnalysis::typeKey(row.type));
        if (row.type == Type::Binary) {
            w.key("cells").beginArray();
            for (const CountCell &c : row.cells)
                writeCount(w, c, true);
            w.endArray();
            w.key("overall");
            writeCount(w, row.overall, false);
            w.field("test", ComparisonAnalysis::testKey(row.test))
                .field("statistic", row.statistic())
                .field("p", row.p())
                .field("pearson_statistic", row.pearsonStatistic)
                .field("pearson_p", row.pearsonP)
                .field("yates_p", row.yatesP)
                .field("fisher_p", row.fisherP);
            w.key("odds_ratio")
                .beginObject()
                .field("estimate", row.oddsRatio.estimate)
                .field("lower", row.oddsRatio.lower)
                .field("upper", row.oddsRatio.upper)
                .endObject();
        } else if (row.type == Type::Categorical) {
            w.key("levels").beginArray();
            for (const ComparisonRow::Level &level : row.levels) {
                w.beginObject().field("level", level.level);
                w.key("cells").beginArray();
                for (const CountCell &c : level.cells)
                    writeCount(w, c, true);
                w.endArray();
                w.key("overall");
                writeCount(w, level.overall, false);
                w.endObject();
            }
            w.endArray();
            w.field("test", ComparisonAnalysis::testKey(row.test))
                .field("statistic", row.statistic())
                .field("df", row.df)
                .field("p", row.p())
                .field("pearson_statistic", row.pearsonStatistic)
                .field("pearson_p", row.pearsonP)
                .field("fisher_p", row.fisherP);
        } else {
            w.key("cells").beginArray();
            for (const ContinuousCell &c : row.continuousCells)
                writeSummary(w, c, true);
            w.endArray();
            w.key("overall");
            writeSummary(w, row.continuousOverall, false);
            w.field("test", ComparisonAnalysis::testKey(row.test))
                .field("p", row.p())
                .field("welch_p", row.welchP)
                .field("wilcoxon_p", row.wilcoxonP);
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.data();
}

QByteArray ComparisonFormatter::csv(const ComparisonResult &r)
{
    QByteArray out = "variable,label,type,level,group,count,n,percent,lower,upper,mean,sd,"
                     "median,q1,q3,min,max,test,p\n";
    auto countLine =
        [&](const ComparisonRow &row, const QString &level, const CountCell &c, bool last) {
            const Stats::Proportion &p = c.proportion;
            out += csvField(row.variable) + ',' + csvField(row.label) + ','
                   + ComparisonAnalysis::typeKey(row.type).toUtf8() + ',' + csvField(level) + ','
                   + csvField(c.group) + ',' + QByteArray::number(qint64(p.count)) + ','
                   + QByteArray::number(qint64(p.n)) + ',' + csvNumber(p.percent) + ','
                   + csvNumber(p.lower) + ',' + csvNumber(p.upper) + ",,,,,,,,"
                   + (last ? ComparisonAnalysis::testKey(row.test).toUtf8() + ','
                                 + csvNumber(row.p())
                           : QByteArray(","))
                   + '\n';
        };
    for (const ComparisonRow &row : r.rows) {
        if (row.type == Type::Binary) {
            for (const CountCell &c : row.cells)
                countLine(row, QString(), c, false);
            countLine(row, QString(), row.overall, true);
        } else if (row.type == Type::Categorical) {
            for (qsizetype l = 0; l < row.levels.size(); ++l) {
                const ComparisonRow::Level &level = row.levels.at(l);
                for (const CountCell &c : level.cells)
                    countLine(row, level.level, c, false);
                countLine(row, level.level, level.overall, l == row.levels.size() - 1);
            }
        } else {
            QList<ContinuousCell> cells = row.continuousCells;
            cells << row.continuousOverall;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const Stats::Descriptive &d = cells.at(i).summary;
                out += csvField(row.variable) + ',' + csvField(row.label) + ",continuous,,"
                       + csvField(cells.at(i).group) + ",," + QByteArray::number(qint64(d.n))
                       + ",,,," + csvNumber(d.mean) + ',' + csvNumber(d.sd) + ','
                       + csvNumber(d.median) + ',' + csvNumber(d.q1) + ',' + csvNumber(d.q3) + ','
                       + csvNumber(d.min) + ',' + csvNumber(d.max) + ','
                       + (i == cells.size() - 1 ? ComparisonAnalysis::testKey(row.test).toUtf8()
                                                      + ',' + csvNumber(row.p())
                                                : QByteArray(","))
                       + '\n';
            }
        }
    }
    return out;
}

QString ComparisonFormatter::text(const ComparisonResult &r, const QLocale &locale)
{
    const NumberFormat f(locale);
    // Columns: label, one per group, overall, p, test.
    QList<QStringList> table;
    QStringList header{QString()};
    for (const auto &g : r.groups)
        header << g.name;
    header << tr("Overall") << tr("p") << tr("Test");
    table << header;
    QStringList sizes{QString()};
    for (const auto &g : r.groups)
        sizes << tr("n = %1").arg(g.n);
    sizes << tr("n = %1").arg(r.n) << QString() << QString();
    table << sizes;

    auto count = [&](const CountCell &c) { return countText(c.proportion, locale); };
    auto pText = [&](const ComparisonRow &row) {
        return row.p() ? f.pValue(*row.p()) : QStringLiteral("—");
    };
    for (const ComparisonRow &row : r.rows) {
        if (row.type == Type::Binary) {
            QStringList line{row.label};
            for (const CountCell &c : row.cells)
                line << count(c);
            line << count(row.overall) << pText(row) << (row.p() ? testName(row.test) : QString());
            table << line;
        } else if (row.type == Type::Categorical) {
            QStringList line{row.label};
            for (qsizetype i = 0; i < r.groups.size() + 1; ++i)
                line << QString();
            line << pText(row) << (row.p() ? testName(row.test) : QString());
            table << line;
            for (const ComparisonRow::Level &level : row.levels) {
                QStringList levelLine{QStringLiteral("  ") + level.level};
                for (const CountCell &c : level.cells)
                    levelLine << count(c);
                levelLine << count(level.overall) << QString() << QString();
                table << levelLine;
            }
        } else {
            QList<ContinuousCell> cells = row.continuousCells;
            cells << row.continuousOverall;
            QStringList mean{row.label + QStringLiteral(", ") + summaryLabel(SummaryLine::MeanSd)};
            QStringList median{QStringLiteral("  ") + summaryLabel(SummaryLine::MedianIqr)};
            QStringList range{QStringLiteral("  ") + summaryLabel(SummaryLine::Range)};
            for (const ContinuousCell &c : cells) {
                mean << summaryText(c.summary, SummaryLine::MeanSd, locale);
                median << summaryText(c.summary, SummaryLine::MedianIqr, locale);
                range << summaryText(c.summary, SummaryLine::Range, locale);
            }
            mean << pText(row) << (row.p() ? testName(row.test) : QString());
            median << QString() << QString();
            range << QString() << QString();
            table << mean << median << range;
        }
    }

    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(table)) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    }
    QString out;
    for (const QStringList &line : std::as_const(table)) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c)
            text += line.at(c).leftJustified(widths.at(c) + 2);
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    }
    if (!r.excluded.isEmpty())
        out += tr("%n row(s) without a value in %1 left out", nullptr, int(r.excluded.size()))
                   .arg(r.group)
               + u'\n';
    return out;
}

} // namespace CohortLens
