// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonanalysis.h"

#include "cellmemo.h"
#include "nativeschema.h"
#include "registrystore.h"
#include "values.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace CohortLens {

namespace {

using F = NativeSchema::Field;
using Type = ComparisonVariable::Type;

QString cellText(const QVariant &cell)
{
    if (!cell.isValid())
        return {};
    if (cell.typeId() == QMetaType::Double)
        return Values::numberText(cell.toDouble());
    return cell.toString().trimmed();
}

// A cell of a yes/no row.
enum class Answer { Empty, Yes, No, Invalid };

struct RowSpec
{
    QString column;
    Type type;
    QString label;
};

// The acceptance table of SPEC §5, then age, sex and primary site.
QList<RowSpec> nativeRows()
{
    auto row = [](F field, Type type, const QString &label) {
        return RowSpec{NativeSchema::name(field), type, label};
    };
    return {
        row(F::CarcinoidSyndrome,
            Type::Binary,
            ComparisonAnalysis::tr("Carcinoid syndrome at presentation")),
        row(F::Obstruction,
            Type::Binary,
            ComparisonAnalysis::tr("Obstruction or ischaemia at presentation")),
        row(F::CsImproved, Type::Binary, ComparisonAnalysis::tr("Carcinoid syndrome improved")),
        row(F::ObstructionRelieved,
            Type::Binary,
            ComparisonAnalysis::tr("Obstructive symptoms relieved")),
        row(F::Complication,
            Type::Binary,
            ComparisonAnalysis::tr("Postoperative morbidity (operated patients)")),
        row(F::Died30d, Type::Binary, ComparisonAnalysis::tr("Postoperative (30-day) mortality")),
        row(F::FollowupMonths, Type::Continuous, ComparisonAnalysis::tr("Follow-up (months)")),
        row(F::Age, Type::Continuous, ComparisonAnalysis::tr("Age (years)")),
        row(F::Sex, Type::Categorical, ComparisonAnalysis::tr("Sex")),
        row(F::PrimarySite, Type::Categorical, ComparisonAnalysis::tr("Primary site")),
    };
}

// Binary when every value reads as yes/no; continuous when every value is a number and
// there are at least 10 different ones; categorical otherwise (gtsummary's rule: a
// number with few values, such as a 1/2 code or a grade, is a category).
Type detectType(const QStringList &values)
{
    const bool boolean = std::all_of(values.cbegin(), values.cend(), [](const QString &v) {
        return v.isEmpty() || Values::parseBoolean(v).has_value();
    });
    if (boolean)
        return Type::Binary;
    QSet<double> distinct;
    for (const QString &v : values) {
        if (v.isEmpty())
            continue;
        const auto number = Values::parseNumber(v);
        if (!number)
            return Type::Categorical;
        distinct.insert(*number);
    }
    return distinct.size() >= 10 ? Type::Continuous : Type::Categorical;
}

} // namespace

std::optional<ComparisonVariable> ComparisonVariable::parse(const QString &spec)
{
    // "COL:TYPE" when the part after the last colon names a type; any other colon is part
    // of the column's name.
    ComparisonVariable v;
    v.column = spec.trimmed();
    const qsizetype colon = v.column.lastIndexOf(u':');
    if (colon >= 0) {
        const QString type = v.column.mid(colon + 1).trimmed().toLower();
        const std::pair<const char16_t *, Type> types[] = {{u"binary", Type::Binary},
                                                           {u"categorical", Type::Categorical},
                                                           {u"continuous", Type::Continuous}};
        bool known = false;
        for (const auto &[name, t] : types) {
            if (type == QStringView(name)) {
                v.type = t;
                known = true;
            }
        }
        if (known)
            v.column = v.column.left(colon).trimmed();
        else if (!type.isEmpty()
                 && std::all_of(type.cbegin(), type.cend(), [](QChar c) { return c.isLetter(); }))
            return std::nullopt; // "age:numeric": a type we do not know
    }
    if (v.column.isEmpty())
        return std::nullopt;
    return v;
}

QString ComparisonAnalysis::testKey(ComparisonTest test)
{
    switch (test) {
    case ComparisonTest::Pearson:
        return QStringLiteral("pearson");
    case ComparisonTest::Yates:
        return QStringLiteral("yates");
    case ComparisonTest::Fisher:
        return QStringLiteral("fisher");
    case ComparisonTest::Wilcoxon:
        return QStringLiteral("wilcoxon");
    case ComparisonTest::Welch:
        return QStringLiteral("welch");
    }
    return {};
}

QString ComparisonAnalysis::typeKey(ComparisonVariable::Type type)
{
    switch (type) {
    case Type::Binary:
        return QStringLiteral("binary");
    case Type::Categorical:
        return QStringLiteral("categorical");
    case Type::Continuous:
    case Type::Automatic:
        return QStringLiteral("continuous");
    }
    return {};
}

std::optional<double> ComparisonRow::pFor(ComparisonTest t) const
{
    switch (t) {
    case ComparisonTest::Pearson:
        return pearsonP;
    case ComparisonTest::Yates:
        return yatesP;
    case ComparisonTest::Fisher:
        return fisherP;
    case ComparisonTest::Wilcoxon:
        return wilcoxonP;
    case ComparisonTest::Welch:
        return welchP;
    }
    return std::nullopt;
}

std::optional<double> ComparisonRow::p() const
{
    return pFor(test);
}

std::optional<double> ComparisonRow::statistic() const
{
    switch (test) {
    case ComparisonTest::Pearson:
        return pearsonStatistic;
    case ComparisonTest::Yates:
        return yatesStatistic;
    case ComparisonTest::Fisher:
        return std::nullopt;
    case ComparisonTest::Wilcoxon:
        return wilcoxonStatistic;
    case ComparisonTest::Welch:
        return welchStatistic;
    }
    return std::nullopt;
}

QList<ComparisonTest> ComparisonRow::availableTests() const
{
    if (type == Type::Continuous)
        return {ComparisonTest::Wilcoxon, ComparisonTest::Welch};
    if (type == Type::Binary && cells.size() == 2)
        return {ComparisonTest::Pearson, ComparisonTest::Yates, ComparisonTest::Fisher};
    return {ComparisonTest::Pearson, ComparisonTest::Fisher};
}

std::variant<ComparisonResult, AnalysisError> ComparisonAnalysis::run(
    RegistryStore &store, const CohortFilter &filter, const ComparisonRequest &request)
{
    const bool native = store.layout() == RegistryStore::Layout::Native;
    auto usage = [](const QString &message) {
        return AnalysisError{AnalysisError::Kind::Usage, message};
    };

    ComparisonResult result;
    const bool noGroup = request.group.compare(QLatin1String(SurvivalAnalysis::NoGroup),
                                               Qt::CaseInsensitive)
                             == 0
                         || (request.group.isEmpty() && !native);
    if (!noGroup)
        result.group = request.group.isEmpty() ? NativeSchema::name(F::Arm) : request.group;

    QList<RowSpec> specs = native ? nativeRows() : QList<RowSpec>{};
    for (const ComparisonVariable &v : request.variables) {
        const auto existing = std::find_if(specs.begin(), specs.end(), [&](const RowSpec &s) {
            return s.column.compare(v.column, Qt::CaseInsensitive) == 0;
        });
        if (existing != specs.end()) {
            if (v.type != Type::Automatic)
                existing->type = v.type;
            continue;
        }
        specs.append({v.column, v.type, QString()});
    }
    if (specs.isEmpty())
        return usage(tr("this file is not in the native registry format, so name the rows to "
                        "compare: --variables COLUMN[:binary|:categorical|:continuous],...; the "
                        "columns are %1")
                         .arg(RegistryStore::columnList(store.columns())));

    QStringList names;
    if (!noGroup)
        names << result.group;
    for (const RowSpec &s : std::as_const(specs))
        names << s.column;
    const auto loaded = store.loadColumns(names, filter);
    if (!loaded)
        return usage(store.errorString());
    if (!noGroup)
        result.group = loaded->names.at(0);
    const qsizetype first = noGroup ? 0 : 1;

    // Patients by group; those without one are excluded.
    std::map<QByteArray, QList<qsizetype>> byGroup;
    CellMemo<QByteArray> groupOf;
    const QByteArray everyoneName("all");
    for (qsizetype i = 0; i < loaded->rows.size(); ++i) {
        const QByteArray group = noGroup
                                     ? everyoneName
                                     : groupOf(loaded->values.at(0), i, [](const QVariant &cell) {
                                           return cellText(cell).toUtf8();
                                       });
        if (group.isEmpty()) {
            result.excluded.append({loaded->rows.at(i), tr("%1 is empty").arg(result.group)});
            continue;
        }
        byGroup[group].append(i);
    }
    QList<QList<qsizetype>> members;
    for (const auto &[name, indices] : byGroup) {
        result.groups.append({QString::fromUtf8(name), qint64(indices.size())});
        members.append(indices);
        result.n += indices.size();
    }
    QList<qsizetype> everyone;
    for (const auto &m : std::as_const(members))
        everyone += m;
    const qsizetype k = members.size();
    const Stats::ExactTests exact = request.exactTestLimit > 0 && result.n > request.exactTestLimit
                                        ? Stats::ExactTests::No
                                        : Stats::ExactTests::Yes;

    for (qsizetype s = 0; s < specs.size(); ++s) {
        const CohortColumn &column = loaded->values.at(first + s);
        ComparisonRow row;
        row.variable = loaded->names.at(first + s);
        row.label = specs.at(s).label.isEmpty() ? row.variable : specs.at(s).label;
        // The texts of the cells, for rows that detect their type or list their levels.
        QStringList texts;
        if (specs.at(s).type == Type::Automatic || specs.at(s).type == Type::Categorical) {
            CellMemo<QString> textOf;
            texts.reserve(everyone.size());
            for (const qsizetype i : std::as_const(everyone))
                texts << textOf(column, i, &cellText);
        }
        row.type = specs.at(s).type == Type::Automatic ? detectType(texts) : specs.at(s).type;

        if (row.type == Type::Binary) {
            // "Yes" among the patients with a value: for cs_improved the patients with CS,
            // for complication those operated (SPEC §3).
            CellMemo<Answer> answerOf;
            auto answer = [](const QVariant &cell) {
                const QString text = cellText(cell);
                if (text.isEmpty())
                    return Answer::Empty;
                const auto b = Values::parseBoolean(text);
                return !b ? Answer::Invalid : *b ? Answer::Yes : Answer::No;
            };
            auto count = [&](const QList<qsizetype> &who, long &yes, long &n) -> bool {
                yes = n = 0;
                for (const qsizetype i : who) {
                    switch (answerOf(column, i, answer)) {
                    case Answer::Empty:
                        continue;
                    case Answer::Invalid:
                        return false;
                    case Answer::Yes:
                        ++yes;
                        break;
                    case Answer::No:
                        break;
                    }
                    ++n;
                }
                return true;
            };
            const auto groupCount = static_cast<std::size_t>(k);
            std::vector<long> yes(groupCount), n(groupCount);
            for (qsizetype g = 0; g < k; ++g) {
                if (!count(members.at(g), yes[std::size_t(g)], n[std::size_t(g)]))
                    return usage(tr("%1 is not a yes/no column; compare it as :categorical")
                                     .arg(row.variable));
                row.cells.append({result.groups.at(g).name,
                                  Stats::proportion(yes[std::size_t(g)],
                                                    n[std::size_t(g)],
                                                    request.interval,
                                                    request.confLevel)});
            }
            long allYes = 0, allN = 0;
            count(everyone, allYes, allN);
            row.overall = {QStringLiteral("overall"),
                           Stats::proportion(allYes, allN, request.interval, request.confLevel)};
            if (k == 2) {
                const Stats::TwoByTwo table{yes[0], n[0] - yes[0], yes[1], n[1] - yes[1]};
                Stats::TwoByTwoTests t = Stats::twoByTwoTests(table, request.confLevel, exact);
                if (exact == Stats::ExactTests::No && !t.expectedAtLeast5)
                    t = Stats::twoByTwoTests(table, request.confLevel); // Fisher is the test
                row.pearsonStatistic = t.pearsonChisq;
                row.pearsonP = t.pearsonP;
                row.yatesStatistic = t.yatesChisq;
                row.yatesP = t.yatesP;
                row.fisherP = t.fisherP;
                row.oddsRatio = t.oddsRatio;
                row.df = 1;
                row.test = t.expectedAtLeast5 ? ComparisonTest::Pearson : ComparisonTest::Fisher;
            } else if (k > 2) {
                Stats::ContingencyTable table{std::size_t(k), 2, {}};
                for (qsizetype g = 0; g < k; ++g)
                    table.counts.insert(table.counts.end(),
                                        {yes[std::size_t(g)],
                                         n[std::size_t(g)] - yes[std::size_t(g)]});
                Stats::ContingencyTests t = Stats::contingencyTests(table, exact);
                if (exact == Stats::ExactTests::No && !t.expectedAtLeast5)
                    t = Stats::contingencyTests(table);
                row.pearsonStatistic = t.pearsonChisq;
                row.pearsonP = t.pearsonP;
                row.fisherP = t.fisherP;
                row.df = t.df;
                row.test = t.expectedAtLeast5 ? ComparisonTest::Pearson : ComparisonTest::Fisher;
            }
        } else if (row.type == Type::Categorical) {
            QStringList levels;
            for (const QString &text : std::as_const(texts)) {
                if (!text.isEmpty() && !levels.contains(text))
                    levels << text;
            }
            std::sort(levels.begin(), levels.end(), &SurvivalAnalysis::byteLess);
            std::vector<long> groupTotals(static_cast<std::size_t>(k), 0);
            Stats::ContingencyTable table{std::size_t(k),
                                          std::size_t(levels.size()),
                                          std::vector<long>(std::size_t(k * levels.size()), 0)};
            CellMemo<qsizetype> levelOf; // -1 for an empty cell
            auto levelIndex = [&levels](const QVariant &cell) {
                const QString text = cellText(cell);
                return text.isEmpty() ? qsizetype(-1) : levels.indexOf(text);
            };
            for (qsizetype g = 0; g < k; ++g) {
                for (const qsizetype i : members.at(g)) {
                    const qsizetype l = levelOf(column, i, levelIndex);
                    if (l < 0)
                        continue;
                    ++groupTotals[std::size_t(g)];
                    ++table.counts[std::size_t(g * levels.size() + l)];
                }
            }
            long total = 0;
            for (const long t : groupTotals)
                total += t;
            for (qsizetype l = 0; l < levels.size(); ++l) {
                ComparisonRow::Level level;
                level.level = levels.at(l);
                long levelTotal = 0;
                for (qsizetype g = 0; g < k; ++g) {
                    const long c = table.at(std::size_t(g), std::size_t(l));
                    levelTotal += c;
                    level.cells.append({result.groups.at(g).name,
                                        Stats::proportion(c,
                                                          groupTotals[std::size_t(g)],
                                                          request.interval,
                                                          request.confLevel)});
                }
                level.overall
                    = {QStringLiteral("overall"),
                       Stats::proportion(levelTotal, total, request.interval, request.confLevel)};
                row.levels.append(level);
            }
            // The statistic and df are always given (SPEC §4), with one group too: 0 on 0 df.
            if (!levels.isEmpty()) {
                Stats::ContingencyTests t = Stats::contingencyTests(table, exact);
                if (exact == Stats::ExactTests::No && !t.expectedAtLeast5 && k >= 2)
                    t = Stats::contingencyTests(table);
                row.pearsonStatistic = t.pearsonChisq;
                // One group is no comparison: no p-value.
                if (k >= 2) {
                    row.pearsonP = t.pearsonP;
                    row.fisherP = t.fisherP;
                }
                row.df = t.df;
                row.test = t.expectedAtLeast5 ? ComparisonTest::Pearson : ComparisonTest::Fisher;
            }
        } else {
            row.test = ComparisonTest::Wilcoxon;
            std::vector<std::vector<double>> samples(static_cast<std::size_t>(k));
            std::vector<double> all;
            for (qsizetype g = 0; g < k; ++g) {
                for (const qsizetype i : members.at(g)) {
                    // A stored number is taken as it is; only text is read as one.
                    if (column.isNumber(i)) {
                        samples[std::size_t(g)].push_back(column.number(i));
                        continue;
                    }
                    const QString text = cellText(column.at(i));
                    if (text.isEmpty())
                        continue;
                    const auto number = Values::parseNumber(text);
                    if (!number)
                        return usage(tr("%1 is not a numeric column (\"%2\" in row %3); compare "
                                        "it as :categorical")
                                         .arg(row.variable, text)
                                         .arg(loaded->rows.at(i)));
                    samples[std::size_t(g)].push_back(*number);
                }
                // Sorted once for the quartiles, the pooled quartiles and the ranks.
                std::vector<double> &sample = samples[std::size_t(g)];
                std::sort(sample.begin(), sample.end());
                std::vector<double> pooled;
                pooled.reserve(all.size() + sample.size());
                std::merge(all.cbegin(),
                           all.cend(),
                           sample.cbegin(),
                           sample.cend(),
                           std::back_inserter(pooled));
                all = std::move(pooled);
                row.continuousCells.append({result.groups.at(g).name, Stats::describe(sample)});
            }
            row.continuousOverall = {QStringLiteral("overall"), Stats::describe(all)};
            if (k == 2) {
                if (const auto w = Stats::welchTest(samples[0], samples[1])) {
                    row.welchP = w->p;
                    row.welchStatistic = w->t;
                }
                if (const auto w = Stats::wilcoxonRankSum(samples[0], samples[1])) {
                    row.wilcoxonP = w->p;
                    row.wilcoxonStatistic = w->w;
                }
            }
        }
        result.rows.append(std::move(row));
    }
    return result;
}

} // namespace CohortLens
