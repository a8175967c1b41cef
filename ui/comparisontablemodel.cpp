// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontablemodel.h"

#include "comparisonformatter.h"
#include "nativeschema.h"
#include "numberformat.h"

#include <QColor>
#include <QFont>

#include <algorithm>
#include <cmath>

namespace CohortLens {

namespace {

using Type = ComparisonVariable::Type;
using SummaryLine = ComparisonFormatter::SummaryLine;

const QString &indent()
{
    static const QString text = QStringLiteral("    ");
    return text;
}

QString tsvField(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComparisonTableModel::setResults(const ComparisonResult &comparison,
                                      const SurvivalResult &survival,
                                      const std::optional<SurvivalResult> &overallSurvival)
{
    beginResetModel();
    m_comparison = comparison;
    m_survival = survival;
    m_overallSurvival = overallSurvival;
    build();
    endResetModel();
}

void ComparisonTableModel::clear()
{
    beginResetModel();
    m_comparison = {};
    m_survival.reset();
    m_overallSurvival.reset();
    build();
    endResetModel();
}

void ComparisonTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    beginResetModel();
    m_locale = locale;
    build();
    endResetModel();
}

QString ComparisonTableModel::testDescription(ComparisonTest test)
{
    switch (test) {
    case ComparisonTest::Pearson:
        return tr("Compares proportions between groups; valid when every expected count is at "
                  "least 5.");
    case ComparisonTest::Yates:
        return tr("Pearson's χ² with a continuity correction for a 2×2 table; more cautious "
                  "(larger p) when counts are small.");
    case ComparisonTest::Fisher:
        return tr("Exact test of proportions between groups; valid for any counts, the choice "
                  "when some expected count is below 5.");
    case ComparisonTest::Wilcoxon:
        return tr("Compares the distributions of two groups by ranks (Mann-Whitney); needs no "
                  "normal distribution.");
    case ComparisonTest::Welch:
        return tr("Compares the means of two groups without assuming equal variances; assumes "
                  "roughly normal values or large groups.");
    }
    return {};
}

// ---- building the lines ---------------------------------------------------------------

void ComparisonTableModel::build()
{
    m_lines.clear();
    m_groupHeaders.clear();
    for (const ComparisonResult::Group &g : std::as_const(m_comparison.groups))
        m_groupHeaders << tr("%1\nn = %2").arg(g.name, m_locale.toString(g.n));
    m_overallHeader = tr("Overall\nn = %1").arg(m_locale.toString(m_comparison.n));
    // Outcomes first — the yes/no rows, then survival — and the descriptive rows (follow-up,
    // age, sex, site) after them: what a surgeon reads first is on screen first.
    for (int i = 0; i < m_comparison.rows.size(); ++i) {
        if (m_comparison.rows.at(i).type == Type::Binary)
            addComparisonRow(i);
    }
    addSurvivalLines();
    for (int i = 0; i < m_comparison.rows.size(); ++i) {
        if (m_comparison.rows.at(i).type != Type::Binary)
            addComparisonRow(i);
    }
}

void ComparisonTableModel::addComparisonRow(int index)
{
    const ComparisonRow &row = m_comparison.rows.at(index);
    const NumberFormat f(m_locale);
    const int width = groupCount() + 1;

    auto countTip = [&](const CountCell &cell) {
        const Stats::Proportion &p = cell.proportion;
        if (p.n == 0)
            return tr("No patients with a value");
        QString tip = tr("%1 of %n patient(s)", nullptr, int(p.n))
                          .arg(m_locale.toString(qint64(p.count)));
        if (p.lower && p.upper)
            tip += u'\n'
                   + tr("Confidence interval: %1 to %2")
                         .arg(f.percent(*p.lower, 1), f.percent(*p.upper, 1));
        return tip;
    };

    if (row.type == Type::Binary) {
        Line line;
        line.kind = LineKind::Variable;
        line.label = row.label;
        line.tip = row.variable;
        line.comparisonRow = index;
        line.carriesTest = true;
        for (const CountCell &cell : row.cells) {
            line.cells << ComparisonFormatter::countText(cell.proportion, m_locale);
            line.cellTips << countTip(cell);
        }
        line.cells.resize(width - 1);
        line.cellTips.resize(width - 1);
        line.cells << ComparisonFormatter::countText(row.overall.proportion, m_locale);
        line.cellTips << countTip(row.overall);
        m_lines << line;
    } else if (row.type == Type::Categorical) {
        Line header;
        header.kind = LineKind::Section;
        header.label = row.label;
        header.tip = tr("%1: number (percent of the group's patients with a value)")
                         .arg(row.variable);
        header.comparisonRow = index;
        header.carriesTest = true;
        header.cells.resize(width);
        header.cellTips.resize(width);
        m_lines << header;
        for (const ComparisonRow::Level &level : row.levels) {
            Line line;
            line.kind = LineKind::Detail;
            line.label = indent() + level.level;
            line.comparisonRow = index;
            for (const CountCell &cell : level.cells) {
                line.cells << ComparisonFormatter::countText(cell.proportion, m_locale);
                line.cellTips << countTip(cell);
            }
            line.cells.resize(width - 1);
            line.cellTips.resize(width - 1);
            line.cells << ComparisonFormatter::countText(level.overall.proportion, m_locale);
            line.cellTips << countTip(level.overall);
            m_lines << line;
        }
    } else {
        QList<ContinuousCell> cells = row.continuousCells;
        while (cells.size() < width - 1)
            cells << ContinuousCell{};
        cells.resize(width - 1);
        cells << row.continuousOverall;
        const SummaryLine kinds[] = {SummaryLine::MeanSd,
                                     SummaryLine::MedianIqr,
                                     SummaryLine::Range};
        for (const SummaryLine kind : kinds) {
            Line line;
            if (kind == SummaryLine::MeanSd) {
                line.kind = LineKind::Variable;
                line.label = row.label + QStringLiteral(", ")
                             + ComparisonFormatter::summaryLabel(kind);
                line.tip = row.variable;
                line.carriesTest = true;
            } else {
                line.kind = LineKind::Detail;
                line.label = indent() + ComparisonFormatter::summaryLabel(kind);
            }
            line.comparisonRow = index;
            for (const ContinuousCell &cell : std::as_const(cells)) {
                line.cells << ComparisonFormatter::summaryText(cell.summary, kind, m_locale);
                line.cellTips << tr("%n patient(s) with a value", nullptr, int(cell.summary.n));
            }
            m_lines << line;
        }
    }
}

void ComparisonTableModel::addSurvivalLines()
{
    if (!m_survival || m_survival->groups.isEmpty())
        return;
    const SurvivalResult &s = *m_survival;
    const NumberFormat f(m_locale);
    const int width = groupCount() + 1;
    const bool months = s.time.compare(NativeSchema::name(NativeSchema::Field::FollowupMonths),
                                       Qt::CaseInsensitive)
                        == 0;
    const QString level = f.percent(s.confLevel * 100, 0);

    // The column of each survival group (by name), and the overall group, if given.
    QList<std::pair<int, const GroupSurvival *>> columns;
    for (const GroupSurvival &g : s.groups) {
        for (int c = 0; c < m_comparison.groups.size(); ++c) {
            if (m_comparison.groups.at(c).name == g.name)
                columns.append({c, &g});
        }
    }
    if (m_overallSurvival && m_overallSurvival->groups.size() == 1)
        columns.append({width - 1, &m_overallSurvival->groups.constFirst()});

    auto time = [&](double t) { return f.compact(t, 1); };
    auto pct = [&](double v) { return f.percent(v * 100, 1); };
    auto interval =
        [&](const std::optional<double> &lower, const std::optional<double> &upper, auto format) {
            if (!lower && !upper)
                return QString();
            return QStringLiteral(" (%1–%2)")
                .arg(lower ? format(*lower) : tr("NR"), upper ? format(*upper) : tr("NR"));
        };
    auto quantile = [&](const Stats::QuantileEstimate &q) -> QString {
        return (q.time ? time(*q.time) : tr("not reached")) + interval(q.lower, q.upper, time);
    };
    auto newLine = [&](LineKind kind, const QString &label, const QString &tip) {
        Line line;
        line.kind = kind;
        line.label = kind == LineKind::Detail ? indent() + label : label;
        line.tip = tip;
        line.cells.resize(width);
        line.cellTips.resize(width);
        return line;
    };

    Line section = newLine(LineKind::Section,
                           tr("Survival (Kaplan-Meier)"),
                           tr("Time: %1; event: %2").arg(s.time, s.event));
    if (s.logRank && s.logRank->p) {
        section.p = f.pValue(*s.logRank->p);
        section.pTip = tr("Log-rank test: χ² = %1 on %n degree(s) of freedom",
                          nullptr,
                          s.logRank->df)
                           .arg(f.number(s.logRank->chisq, 2));
        section.testName = tr("Log-rank test");
        section.testTip = tr("Compares the survival curves over the whole follow-up; most "
                             "powerful when the hazards are proportional.");
    }
    m_lines << section;

    Line events = newLine(LineKind::Detail,
                          months ? tr("Deaths") : tr("Events"),
                          tr("Patients with the event during follow-up"));
    for (const auto &[c, g] : columns) {
        events.cells[c] = ComparisonFormatter::countText(Stats::proportion(long(g->curve.events),
                                                                           long(g->curve.n)),
                                                         m_locale);
        events.cellTips[c] = tr("%1 of %n patient(s)", nullptr, int(g->curve.n)).arg(g->curve.events);
    }
    m_lines << events;

    Line median = newLine(LineKind::Detail,
                          months ? tr("Median survival, months (%1 CI)").arg(level)
                                 : tr("Median survival (%1 CI)").arg(level),
                          tr("NR: not reached (the curve or its confidence limit does not fall "
                             "to 50%)"));
    for (const auto &[c, g] : columns)
        median.cells[c] = quantile(g->median);
    m_lines << median;

    for (qsizetype a = 0; a < s.at.size(); ++a) {
        const double t = s.at.at(a);
        QString label;
        const double years = t / 12;
        if (months && t > 0 && std::abs(years - std::round(years)) < 1e-9)
            label = std::round(years) == 1
                        ? tr("Survival at 1 year (%1 CI)").arg(level)
                        : tr("Survival at %1 years (%2 CI)").arg(time(years), level);
        else if (months)
            label = tr("Survival at %1 months (%2 CI)").arg(time(t), level);
        else
            label = tr("Survival at time %1 (%2 CI)").arg(time(t), level);
        Line line = newLine(LineKind::Detail, label, tr("Kaplan-Meier estimate"));
        for (const auto &[c, g] : columns) {
            const auto found = std::find_if(g->at.cbegin(), g->at.cend(), [&](const auto &x) {
                return x.time == t;
            });
            if (found == g->at.cend())
                continue;
            if (!found->surv) {
                line.cells[c] = tr("not estimable");
                line.cellTips[c] = tr("No patient in this group was followed that long");
                continue;
            }
            // "97.2% (81.9–99.6)": the interval's numbers without their percent signs.
            line.cells[c] = pct(*found->surv) + interval(found->lower, found->upper, [&](double v) {
                                return f.number(v * 100, 1);
                            });
            line.cellTips[c] = tr("%n patient(s) still at risk", nullptr, int(found->nRisk));
        }
        m_lines << line;
    }

    Line followUp = newLine(LineKind::Detail,
                            months ? tr("Median follow-up, months (%1 CI)").arg(level)
                                   : tr("Median follow-up (%1 CI)").arg(level),
                            tr("Reverse Kaplan-Meier method: the censored patients' times "
                               "count as events"));
    for (const auto &[c, g] : columns)
        followUp.cells[c] = quantile(g->medianFollowUp);
    m_lines << followUp;

    if (s.cox && !s.cox->reference.isEmpty() && !s.cox->termNames.isEmpty()) {
        const CoxResult &cox = *s.cox;
        Line hr = newLine(LineKind::Detail,
                          tr("Hazard ratio (Cox, %1 CI)").arg(level),
                          tr("Hazard of the event in each group relative to %1; below 1 means "
                             "a lower hazard")
                              .arg(cox.reference));
        const QString notEstimable = tr("Not estimable: the likelihood is monotone (for example "
                                        "a group without events), so the hazard ratio tends to "
                                        "0 or infinity");
        bool anyInfinite = false;
        for (int c = 0; c < groupCount(); ++c) {
            const QString name = m_comparison.groups.at(c).name;
            if (name == cox.reference) {
                hr.cells[c] = tr("1 (reference)");
                continue;
            }
            const qsizetype term = cox.termNames.indexOf(name);
            if (term < 0 || std::size_t(term) >= cox.fit.terms.size())
                continue;
            const Stats::CoxTerm &t = cox.fit.terms.at(std::size_t(term));
            if (t.infinite || t.aliased || !t.hr) {
                anyInfinite = true;
                hr.cells[c] = tr("not estimable");
                hr.cellTips[c] = notEstimable;
                continue;
            }
            hr.cells[c] = f.number(*t.hr, 2)
                          + interval(t.lower, t.upper, [&](double v) { return f.number(v, 2); });
            if (t.p)
                hr.cellTips[c] = tr("Wald p = %1").arg(f.pValue(*t.p));
        }
        const std::optional<double> p = cox.termNames.size() == 1 && !cox.fit.terms.empty()
                                            ? cox.fit.terms.front().p
                                            : cox.fit.waldP;
        if (anyInfinite || cox.fit.monotone) {
            hr.p = QStringLiteral("—");
            hr.pTip = notEstimable;
        } else if (p) {
            hr.p = f.pValue(*p);
            hr.pTip = cox.termNames.size() == 1 ? tr("Wald test of the hazard ratio")
                                                : tr("Wald test of all hazard ratios together");
        }
        hr.testName = tr("Cox regression (Wald)");
        hr.testTip = tr("Hazard ratio from a Cox proportional hazards model; the Wald test "
                        "asks whether it differs from 1.");
        if (!cox.fit.converged)
            hr.testTip += u'\n' + tr("The model did not converge; its estimates are not reliable.");
        m_lines << hr;
    }
}

// ---- tests ----------------------------------------------------------------------------

const ComparisonRow *ComparisonTableModel::rowOf(const QString &variable) const
{
    for (const ComparisonRow &row : m_comparison.rows) {
        if (row.variable == variable)
            return &row;
    }
    return nullptr;
}

QList<ComparisonTest> ComparisonTableModel::testsOf(const ComparisonRow &row) const
{
    QList<ComparisonTest> tests;
    for (const ComparisonTest t : row.availableTests()) {
        if (row.pFor(t))
            tests << t;
    }
    return tests;
}

std::optional<ComparisonTest> ComparisonTableModel::testOf(const ComparisonRow &row) const
{
    const QList<ComparisonTest> tests = testsOf(row);
    if (tests.isEmpty())
        return std::nullopt;
    const auto chosen = m_chosenTests.constFind(row.variable);
    if (chosen != m_chosenTests.cend() && tests.contains(*chosen))
        return *chosen;
    return tests.contains(row.test) ? row.test : tests.constFirst();
}

int ComparisonTableModel::lineOf(const QString &variable) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        const int r = m_lines.at(i).comparisonRow;
        if (m_lines.at(i).carriesTest && m_comparison.rows.at(r).variable == variable)
            return i;
    }
    return -1;
}

std::optional<ComparisonTest> ComparisonTableModel::test(const QString &variable) const
{
    const ComparisonRow *row = rowOf(variable);
    return row ? testOf(*row) : std::nullopt;
}

QList<ComparisonTest> ComparisonTableModel::availableTests(const QString &variable) const
{
    const ComparisonRow *row = rowOf(variable);
    return row ? testsOf(*row) : QList<ComparisonTest>();
}

bool ComparisonTableModel::setTest(const QString &variable, ComparisonTest test)
{
    const ComparisonRow *row = rowOf(variable);
    if (!row || !testsOf(*row).contains(test))
        return false;
    m_chosenTests.insert(variable, test);
    const int line = lineOf(variable);
    if (line >= 0)
        Q_EMIT dataChanged(index(line, pColumn()), index(line, testColumn()));
    return true;
}

// ---- the model interface --------------------------------------------------------------

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : testColumn() + 1;
}

QString ComparisonTableModel::displayText(const Line &line, int column) const
{
    if (column == VariableColumn)
        return line.label;
    if (column <= overallColumn())
        return line.cells.value(column - 1);
    if (!line.carriesTest)
        return column == pColumn() ? line.p : line.testName;
    const ComparisonRow &row = m_comparison.rows.at(line.comparisonRow);
    const std::optional<ComparisonTest> t = testOf(row);
    if (column == pColumn())
        return t ? NumberFormat(m_locale).pValue(*row.pFor(*t)) : QStringLiteral("—");
    return t ? ComparisonFormatter::testName(*t) : tr("no test");
}

QString ComparisonTableModel::toolTip(const Line &line, int column) const
{
    if (column == VariableColumn)
        return line.tip;
    if (column <= overallColumn())
        return line.cellTips.value(column - 1);
    if (!line.carriesTest)
        return column == pColumn() ? line.pTip : line.testTip;

    const ComparisonRow &row = m_comparison.rows.at(line.comparisonRow);
    const std::optional<ComparisonTest> t = testOf(row);
    const QList<ComparisonTest> tests = testsOf(row);
    if (!t) {
        if (m_comparison.groups.size() < 2)
            return tr("No test: there is only one group.");
        return row.type == Type::Continuous
                   ? tr("No test: a group has too few values.")
                   : tr("No test: a margin of the table is empty (for example every patient "
                        "has the same outcome, or a group has no patients).");
    }
    const QString hint = tests.size() > 1 ? u'\n' + tr("Right-click to choose another test.")
                                          : QString();
    if (column == testColumn())
        return testDescription(*t) + hint;
    const NumberFormat f(m_locale);
    QString tip = tr("p = %1 by %2").arg(f.pValue(*row.pFor(*t)), ComparisonFormatter::testName(*t));
    for (const ComparisonTest other : tests) {
        if (other != *t)
            tip += u'\n'
                   + tr("%1: p = %2")
                         .arg(ComparisonFormatter::testName(other), f.pValue(*row.pFor(other)));
    }
    return tip + hint;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(line, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(line, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (column == VariableColumn || column == testColumn())
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        // "no test" and "—" are remarks, not results.
        if (line.carriesTest && column >= pColumn()
            && !testOf(m_comparison.rows.at(line.comparisonRow)))
            return QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::BackgroundRole:
        // A light band marks where a block (a categorical variable, survival) begins.
        if (line.kind == LineKind::Section)
            return QColor(0x00, 0x72, 0xB2, 0x1c);
        return {};
    case Qt::FontRole:
        if (line.kind == LineKind::Section && column == VariableColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case VariableRole:
        return line.comparisonRow >= 0 ? m_comparison.rows.at(line.comparisonRow).variable
                                       : QString();
    case TestRole:
        if (line.carriesTest) {
            if (const auto t = testOf(m_comparison.rows.at(line.comparisonRow)))
                return QVariant::fromValue(*t);
        }
        return {};
    case AvailableTestsRole: {
        QVariantList tests;
        if (line.carriesTest) {
            for (const ComparisonTest t : testsOf(m_comparison.rows.at(line.comparisonRow)))
                tests << QVariant::fromValue(t);
        }
        return tests;
    }
    case LineKindRole:
        return QVariant::fromValue(line.kind);
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        if (section == VariableColumn)
            return tr("Variable");
        if (section < overallColumn())
            return m_groupHeaders.at(section - 1);
        if (section == overallColumn())
            return m_overallHeader;
        return section == pColumn() ? tr("p") : tr("Test");
    case Qt::ToolTipRole:
        if (section == pColumn())
            return tr("Two-sided p-value of the test named in the Test column");
        if (section == testColumn())
            return tr("Right-click a row to choose another test");
        if (section >= 1 && section <= overallColumn())
            return tr("Counts: n/N (percent); continuous values: mean (SD), median (IQR) and "
                      "range; survival with its confidence interval");
        return {};
    case Qt::TextAlignmentRole:
        if (section == VariableColumn || section == testColumn())
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QString ComparisonTableModel::toTsv(const QList<int> &lines) const
{
    QList<int> chosen = lines;
    if (chosen.isEmpty()) {
        for (int i = 0; i < m_lines.size(); ++i)
            chosen << i;
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());

    QString out;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << tsvField(headerData(c, Qt::Horizontal).toString());
    out += header.join(u'\t') + u'\n';
    for (const int i : std::as_const(chosen)) {
        if (i < 0 || i >= m_lines.size())
            continue;
        QStringList fields;
        for (int c = 0; c < columnCount(); ++c)
            fields << tsvField(displayText(m_lines.at(i), c));
        out += fields.join(u'\t') + u'\n';
    }
    return out;
}

} // namespace CohortLens
