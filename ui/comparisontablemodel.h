// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonanalysis.h"
#include "survivalanalysis.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace CohortLens {

// The comparison panel's table (SPEC §3, §5, §6): the rows of `compare` per group and
// overall, then the survival rows (median, survival at the chosen times, median
// follow-up, log-rank test, Cox hazard ratio). Columns: Variable, one per group, Overall,
// p, Test. The test of a comparison row can be switched among the ones the result holds
// (ComparisonRow::availableTests); the choice is remembered per variable across results.
class ComparisonTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // The comparison variable a line belongs to ("cs_improved", also on its level and
        // detail lines); empty for the survival lines.
        VariableRole = Qt::UserRole + 1,
        // The ComparisonTest in use, on the line that carries a comparison row's p.
        TestRole,
        // QVariantList of ComparisonTest: the tests the user can switch to on that line.
        AvailableTestsRole,
        // LineKind of the line.
        LineKindRole,
    };
    Q_ENUM(Role)

    enum class LineKind {
        Section,  // a header without values: a categorical variable, "Survival"
        Variable, // a variable's line with its values (binary row, continuous mean)
        Detail,   // an indented line: a categorical level, median and range, a survival line
    };
    Q_ENUM(LineKind)

    enum Column { VariableColumn = 0 };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    // `overallSurvival`, a result for everyone as one group, fills the Overall column of the
    // survival lines; without it they have none.
    void setResults(const ComparisonResult &comparison,
                    const SurvivalResult &survival,
                    const std::optional<SurvivalResult> &overallSurvival = std::nullopt);
    void clear();
    void setLocale(const QLocale &locale);

    [[nodiscard]] const ComparisonResult &comparison() const { return m_comparison; }
    [[nodiscard]] const std::optional<SurvivalResult> &survival() const { return m_survival; }
    [[nodiscard]] const std::optional<SurvivalResult> &overallSurvival() const
    {
        return m_overallSurvival;
    }
    [[nodiscard]] const QLocale &locale() const { return m_locale; }

    [[nodiscard]] int groupCount() const { return int(m_groupHeaders.size()); }
    [[nodiscard]] int overallColumn() const { return 1 + groupCount(); }
    [[nodiscard]] int pColumn() const { return 2 + groupCount(); }
    [[nodiscard]] int testColumn() const { return 3 + groupCount(); }

    // The line that carries the p of a comparison variable, or -1.
    [[nodiscard]] int lineOf(const QString &variable) const;
    // The test in use for a variable: the user's choice if it applies, else the default.
    [[nodiscard]] std::optional<ComparisonTest> test(const QString &variable) const;
    // The tests a variable's row can be switched to (empty when it has no test at all).
    [[nodiscard]] QList<ComparisonTest> availableTests(const QString &variable) const;
    // Switches the test of a variable's row; remembered for later results. False when the
    // row does not offer that test.
    bool setTest(const QString &variable, ComparisonTest test);

    // The lines as tab-separated text with the header line; all lines when `lines` is
    // empty, else those lines in ascending order.
    [[nodiscard]] QString toTsv(const QList<int> &lines = {}) const;

    // One sentence that explains the test, for tooltips.
    [[nodiscard]] static QString testDescription(ComparisonTest test);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        LineKind kind = LineKind::Variable;
        QString label;
        QStringList cells;        // one per group, then overall
        QStringList cellTips;     // the same
        QString tip;              // of the label
        int comparisonRow = -1;   // the comparison row the line belongs to
        bool carriesTest = false; // the row's p and test are shown on this line
        // A fixed test (survival lines).
        QString p;
        QString pTip;
        QString testName;
        QString testTip;
    };

    void build();
    void addComparisonRow(int index);
    void addSurvivalLines();
    [[nodiscard]] QString displayText(const Line &line, int column) const;
    [[nodiscard]] QString toolTip(const Line &line, int column) const;
    [[nodiscard]] std::optional<ComparisonTest> testOf(const ComparisonRow &row) const;
    [[nodiscard]] QList<ComparisonTest> testsOf(const ComparisonRow &row) const;
    [[nodiscard]] const ComparisonRow *rowOf(const QString &variable) const;

    QLocale m_locale;
    ComparisonResult m_comparison;
    std::optional<SurvivalResult> m_survival;
    std::optional<SurvivalResult> m_overallSurvival;
    QStringList m_groupHeaders;
    QString m_overallHeader;
    QList<Line> m_lines;
    QHash<QString, ComparisonTest> m_chosenTests;
};

} // namespace CohortLens
