// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortfilter.h"
#include "contingency.h"
#include "descriptive.h"
#include "survivalanalysis.h"
#include "twosample.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace CohortLens {

class RegistryStore;

// The test shown for a row of the comparison table (SPEC §4 "test").
enum class ComparisonTest { Pearson, Yates, Fisher, Wilcoxon, Welch };

struct ComparisonVariable
{
    enum class Type { Automatic, Binary, Categorical, Continuous };
    QString column;
    Type type = Type::Automatic;

    // "age", "age:continuous"; nothing for an unknown type.
    [[nodiscard]] static std::optional<ComparisonVariable> parse(const QString &spec);
};

struct ComparisonRequest
{
    QString group; // default arm for the native schema; "none": everyone in one group
    // Rows beyond the native defaults (all rows for another CSV).
    QList<ComparisonVariable> variables;
    double confLevel = 0.95;
    Stats::ProportionInterval interval = Stats::ProportionInterval::Wilson;
    // Above this many patients, exact tests (Fisher, the conditional odds ratio) are left
    // out unless a row needs one as its default test: with large counts they take seconds
    // and the chi-square tests serve. 0: always computed (the command line's choice).
    qint64 exactTestLimit = 0;
};

struct CountCell
{
    QString group; // "overall" for the overall column
    Stats::Proportion proportion;
};

struct ContinuousCell
{
    QString group;
    Stats::Descriptive summary;
};

struct ComparisonRow
{
    QString variable;
    QString label;
    ComparisonVariable::Type type = ComparisonVariable::Type::Binary;

    // Binary: cells per group and overall. Categorical: one entry per level.
    struct Level
    {
        QString level;
        QList<CountCell> cells;
        CountCell overall;
    };
    QList<CountCell> cells;
    CountCell overall;
    QList<Level> levels;
    QList<ContinuousCell> continuousCells;
    ContinuousCell continuousOverall;

    // Tests; empty where undefined (fewer than two groups, an empty margin).
    ComparisonTest test = ComparisonTest::Pearson; // the default by the gtsummary rule
    std::optional<double> pearsonStatistic;
    std::optional<double> pearsonP;
    std::optional<double> yatesStatistic;
    std::optional<double> yatesP;
    std::optional<double> fisherP;
    Stats::OddsRatio oddsRatio;
    int df = 0;
    std::optional<double> welchP;
    std::optional<double> wilcoxonP;
    std::optional<double> wilcoxonStatistic;
    std::optional<double> welchStatistic;

    // The chosen test's statistic (none for Fisher) and p.
    [[nodiscard]] std::optional<double> statistic() const;
    [[nodiscard]] std::optional<double> p() const;
    [[nodiscard]] std::optional<double> pFor(ComparisonTest test) const;
    [[nodiscard]] QList<ComparisonTest> availableTests() const;
};

struct ComparisonResult
{
    QString group; // empty for everyone in one group
    struct Group
    {
        QString name;
        qint64 n = 0;
    };
    QList<Group> groups;
    qint64 n = 0;
    QList<ExcludedRow> excluded; // rows without a group
    QList<ComparisonRow> rows;
};

// The per-arm comparison table (SPEC §3, §4 compare, §5): counts with Wilson intervals,
// chi-square, Yates and Fisher tests, odds ratios; descriptive statistics with Welch and
// Wilcoxon tests. The default test per row follows gtsummary.
class ComparisonAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ComparisonAnalysis)

public:
    [[nodiscard]] static std::variant<ComparisonResult, AnalysisError> run(
        RegistryStore &store, const CohortFilter &filter, const ComparisonRequest &request);

    // "pearson", "yates", "fisher", "wilcoxon", "welch".
    [[nodiscard]] static QString testKey(ComparisonTest test);
    [[nodiscard]] static QString typeKey(ComparisonVariable::Type type);
};

} // namespace CohortLens
