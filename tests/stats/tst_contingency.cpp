// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contingency.h"
#include "referencedata.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <vector>

using namespace CohortLens::Stats;
using CohortLens::Test::loadDataset;
using CohortLens::Test::loadReference;

class tst_Contingency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proportionHand();
    void proportionAgainstR_data();
    void proportionAgainstR();
    void twoByTwoHand();
    void twoByTwoAgainstR_data();
    void twoByTwoAgainstR();
    void contingencyHand();
    void contingencyAgainstR_data();
    void contingencyAgainstR();
    void fisherInvariance();
    void tooLargeGivesUp();

private:
    QJsonObject m_reference;
};

namespace {

std::optional<double> opt(double v)
{
    return v;
}

// Cross-tabulates two columns of a data set over the given levels (rows with a missing
// value or another level left out), row-major.
std::vector<long> crossTabulate(const CohortLens::Test::Dataset &data,
                                const QString &rowColumn,
                                const QStringList &rowLevels,
                                const QString &colColumn,
                                const QStringList &colLevels)
{
    std::vector<long> counts(std::size_t(rowLevels.size() * colLevels.size()), 0);
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        const qsizetype r = rowLevels.indexOf(data.text(i, rowColumn));
        const qsizetype c = colLevels.indexOf(data.text(i, colColumn));
        if (r >= 0 && c >= 0)
            ++counts[std::size_t(r * colLevels.size() + c)];
    }
    return counts;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

void tst_Contingency::initTestCase()
{
    m_reference = loadReference(QStringLiteral("tables"));
    QVERIFY2(!m_reference.isEmpty(), "run Rscript tests/stats/reference/tables.R");
}

// Hand-checkable: 24/28 = 600/7 %; for 0 of n the Wilson upper bound is z^2 / (n + z^2) and
// the Clopper-Pearson one 1 - (alpha/2)^(1/n); for n of n the Clopper-Pearson lower bound is
// (alpha/2)^(1/n).
void tst_Contingency::proportionHand()
{
    const Proportion p = proportion(24, 28);
    QCOMPARE(p.count, 24L);
    QCOMPARE(p.n, 28L);
    COMPARE_R(p.percent, QJsonValue(600.0 / 7), QStringLiteral("percent"));

    const double z = 1.959963984540054;
    const Proportion none = proportion(0, 10);
    COMPARE_R(none.lower, QJsonValue(0.0), QStringLiteral("Wilson lower, 0/10"));
    COMPARE_R(none.upper, QJsonValue(100 * z * z / (10 + z * z)), QStringLiteral("Wilson upper"));

    const Proportion exact = proportion(0, 10, ProportionInterval::ClopperPearson);
    COMPARE_R(exact.upper,
              QJsonValue(100 * (1 - std::pow(0.025, 0.1))),
              QStringLiteral("Clopper-Pearson upper, 0/10"));
    const Proportion all = proportion(1, 1, ProportionInterval::ClopperPearson, 0.90);
    COMPARE_R(all.lower, QJsonValue(5.0), QStringLiteral("Clopper-Pearson lower, 1/1 at 90%"));
    COMPARE_R(all.upper, QJsonValue(100.0), QStringLiteral("Clopper-Pearson upper, 1/1"));

    const Proportion empty = proportion(0, 0);
    QVERIFY(!empty.percent && !empty.lower && !empty.upper);
    const Proportion invalid = proportion(5, 3);
    QVERIFY(!invalid.percent && !invalid.lower && !invalid.upper);
}

void tst_Contingency::proportionAgainstR_data()
{
    QTest::addColumn<QJsonObject>("c");
    for (const QJsonValue &value : m_reference.value(QStringLiteral("proportions")).toArray()) {
        const QJsonObject c = value.toObject();
        QTest::addRow("%d/%d %s %g",
                      c.value(QStringLiteral("count")).toInt(),
                      c.value(QStringLiteral("n")).toInt(),
                      qPrintable(c.value(QStringLiteral("interval")).toString()),
                      c.value(QStringLiteral("conf_level")).toDouble())
            << c;
    }
}

void tst_Contingency::proportionAgainstR()
{
    QFETCH(QJsonObject, c);
    const auto interval = c.value(QStringLiteral("interval")).toString() == u"wilson"
                              ? ProportionInterval::Wilson
                              : ProportionInterval::ClopperPearson;
    const Proportion p = proportion(c.value(QStringLiteral("count")).toInt(),
                                    c.value(QStringLiteral("n")).toInt(),
                                    interval,
                                    c.value(QStringLiteral("conf_level")).toDouble());
    COMPARE_R(p.percent, c.value(QStringLiteral("percent")), QStringLiteral("percent"));
    COMPARE_R(p.lower, c.value(QStringLiteral("lower")), QStringLiteral("lower"));
    COMPARE_R(p.upper, c.value(QStringLiteral("upper")), QStringLiteral("upper"));
}

// Hand-checkable: the demo table 24/28 vs 18/28 has Pearson chi-square
// N (ad - bc)^2 / (R1 R2 C1 C2) = 24/7 and, with |O - E| = 3, Yates 2.5^2 (2/21 + 2/7) = 50/21;
// Fisher's tea tasting (3 1 / 1 3) has two-sided p = (1 + 16 + 16 + 1) / 70.
void tst_Contingency::twoByTwoHand()
{
    const TwoByTwoTests demo = twoByTwoTests({24, 4, 18, 10});
    COMPARE_R(demo.pearsonChisq, QJsonValue(24.0 / 7), QStringLiteral("Pearson"));
    COMPARE_R(demo.yatesChisq, QJsonValue(50.0 / 21), QStringLiteral("Yates"));
    QVERIFY(demo.expectedAtLeast5);
    COMPARE_R_P(demo.pearsonP, QJsonValue(0.0640775064510592), QStringLiteral("Pearson p"));

    const TwoByTwoTests tea = twoByTwoTests({3, 1, 1, 3});
    COMPARE_R_P(tea.fisherP, QJsonValue(34.0 / 70), QStringLiteral("Fisher p"));
    QVERIFY(!tea.expectedAtLeast5);

    // A table whose observed cell is its conditional mean: the estimate is exactly 1.
    const TwoByTwoTests balanced = twoByTwoTests({5, 5, 5, 5});
    QCOMPARE(balanced.oddsRatio.estimate.value_or(-1), 1.0);
    COMPARE_R_P(balanced.fisherP, QJsonValue(1.0), QStringLiteral("Fisher p"));

    // Orientation: more "yes" in group 2 gives an odds ratio above 1.
    const TwoByTwoTests moreInGroup2 = twoByTwoTests({2, 8, 7, 3});
    QVERIFY(moreInGroup2.oddsRatio.estimate.value_or(0) > 1);

    const TwoByTwoTests emptyMargin = twoByTwoTests({0, 0, 3, 4});
    QVERIFY(!emptyMargin.pearsonChisq && !emptyMargin.pearsonP && !emptyMargin.yatesP
            && !emptyMargin.fisherP && !emptyMargin.oddsRatio.estimate
            && !emptyMargin.oddsRatio.lower && !emptyMargin.oddsRatio.upper);
    QVERIFY(!emptyMargin.expectedAtLeast5);
}

void tst_Contingency::twoByTwoAgainstR_data()
{
    QTest::addColumn<QJsonObject>("c");
    for (const QJsonValue &value : m_reference.value(QStringLiteral("two_by_two")).toArray()) {
        const QJsonObject c = value.toObject();
        QTest::addRow("%s", qPrintable(c.value(QStringLiteral("name")).toString())) << c;
    }
}

void tst_Contingency::twoByTwoAgainstR()
{
    QFETCH(QJsonObject, c);
    const TwoByTwo table{c.value(QStringLiteral("a")).toInt(),
                         c.value(QStringLiteral("b")).toInt(),
                         c.value(QStringLiteral("c")).toInt(),
                         c.value(QStringLiteral("d")).toInt()};
    if (c.contains(QStringLiteral("source"))) {
        // The same table counted here from the data set.
        const QJsonObject source = c.value(QStringLiteral("source")).toObject();
        const auto data = loadDataset(source.value(QStringLiteral("dataset")).toString());
        const QStringList levels = toStringList(source.value(QStringLiteral("levels")));
        const QString group = source.value(QStringLiteral("group")).toString();
        const QString outcome = source.value(QStringLiteral("outcome")).toString();
        const QString yes = source.value(QStringLiteral("yes")).toString();
        TwoByTwo counted;
        for (qsizetype i = 0; i < data.rows.size(); ++i) {
            const qsizetype g = levels.indexOf(data.text(i, group));
            const QString o = data.text(i, outcome);
            if (g < 0 || o.isEmpty())
                continue;
            long &cell = g == 0 ? (o == yes ? counted.a : counted.b)
                                : (o == yes ? counted.c : counted.d);
            ++cell;
        }
        QCOMPARE(counted.a, table.a);
        QCOMPARE(counted.b, table.b);
        QCOMPARE(counted.c, table.c);
        QCOMPARE(counted.d, table.d);
    }

    const TwoByTwoTests t = twoByTwoTests(table, c.value(QStringLiteral("conf_level")).toDouble());
    COMPARE_R(t.pearsonChisq, c.value(QStringLiteral("pearson_chisq")), QStringLiteral("Pearson"));
    COMPARE_R_P(t.pearsonP, c.value(QStringLiteral("pearson_p")), QStringLiteral("Pearson p"));
    COMPARE_R(t.yatesChisq, c.value(QStringLiteral("yates_chisq")), QStringLiteral("Yates"));
    COMPARE_R_P(t.yatesP, c.value(QStringLiteral("yates_p")), QStringLiteral("Yates p"));
    COMPARE_R_P(t.fisherP, c.value(QStringLiteral("fisher_p")), QStringLiteral("Fisher p"));
    COMPARE_R(t.oddsRatio.estimate,
              c.value(QStringLiteral("odds_ratio")),
              QStringLiteral("odds ratio"));
    COMPARE_R(t.oddsRatio.lower, c.value(QStringLiteral("or_lower")), QStringLiteral("OR lower"));
    COMPARE_R(t.oddsRatio.upper, c.value(QStringLiteral("or_upper")), QStringLiteral("OR upper"));
    QCOMPARE(t.expectedAtLeast5, c.value(QStringLiteral("expected_at_least_5")).toBool());
}

// Hand-checkable: the 2×2 through the r×c path agrees with twoByTwoTests; malformed input
// gives no test.
void tst_Contingency::contingencyHand()
{
    const ContingencyTests asTable = contingencyTests({2, 2, {3, 1, 1, 3}});
    QCOMPARE(asTable.df, 1);
    COMPARE_R(opt(asTable.pearsonChisq), QJsonValue(2.0), QStringLiteral("Pearson"));
    COMPARE_R_P(asTable.fisherP, QJsonValue(34.0 / 70), QStringLiteral("Fisher p"));

    // 2×3 with margins (1, 1) by (1, 0, 1): two equally likely tables, p = 1.
    const ContingencyTests tiny = contingencyTests({2, 3, {1, 0, 0, 0, 0, 1}});
    QCOMPARE(tiny.df, 2);
    QVERIFY(!tiny.pearsonP); // an empty column
    COMPARE_R_P(tiny.fisherP, QJsonValue(1.0), QStringLiteral("Fisher p"));

    const ContingencyTests malformed = contingencyTests({2, 2, {1, 2, 3}});
    QVERIFY(!malformed.pearsonP && !malformed.fisherP);
    const ContingencyTests negative = contingencyTests({2, 2, {1, -2, 3, 4}});
    QVERIFY(!negative.pearsonP && !negative.fisherP);
}

void tst_Contingency::contingencyAgainstR_data()
{
    QTest::addColumn<QJsonObject>("c");
    for (const QJsonValue &value : m_reference.value(QStringLiteral("rxc")).toArray()) {
        const QJsonObject c = value.toObject();
        QTest::addRow("%s", qPrintable(c.value(QStringLiteral("name")).toString())) << c;
    }
}

void tst_Contingency::contingencyAgainstR()
{
    QFETCH(QJsonObject, c);
    ContingencyTable table;
    table.rows = std::size_t(c.value(QStringLiteral("rows")).toInt());
    table.cols = std::size_t(c.value(QStringLiteral("cols")).toInt());
    for (const QJsonValue &count : c.value(QStringLiteral("counts")).toArray())
        table.counts.push_back(count.toInt());
    QCOMPARE(table.counts.size(), table.rows * table.cols);
    if (c.contains(QStringLiteral("dataset"))) {
        // The same table counted here from the data set, rows and columns in R's order.
        const auto data = loadDataset(c.value(QStringLiteral("dataset")).toString());
        const std::vector<long> counted
            = crossTabulate(data,
                            c.value(QStringLiteral("row")).toString(),
                            toStringList(c.value(QStringLiteral("row_levels"))),
                            c.value(QStringLiteral("col")).toString(),
                            toStringList(c.value(QStringLiteral("col_levels"))));
        QCOMPARE(counted, table.counts);
    }

    const ContingencyTests t = contingencyTests(table);
    COMPARE_R(opt(t.pearsonChisq), c.value(QStringLiteral("pearson_chisq")), QStringLiteral("X2"));
    QCOMPARE(t.df, c.value(QStringLiteral("df")).toInt());
    COMPARE_R_P(t.pearsonP, c.value(QStringLiteral("pearson_p")), QStringLiteral("Pearson p"));
    COMPARE_R_P(t.fisherP, c.value(QStringLiteral("fisher_p")), QStringLiteral("Fisher p"));
    QCOMPARE(t.expectedAtLeast5, c.value(QStringLiteral("expected_at_least_5")).toBool());
}

// The exact p does not depend on the order of rows and columns nor on transposition.
void tst_Contingency::fisherInvariance()
{
    const ContingencyTable table{3, 4, {20, 86, 138, 104, 1, 5, 14, 24, 0, 1, 3, 16}};
    const auto p = contingencyTests(table).fisherP;
    QVERIFY(p);
    ContingencyTable transposed{4, 3, std::vector<long>(12)};
    ContingencyTable permuted{3, 4, std::vector<long>(12)};
    for (std::size_t r = 0; r < 3; ++r) {
        for (std::size_t c = 0; c < 4; ++c) {
            transposed.counts[c * 3 + r] = table.at(r, c);
            permuted.counts[(2 - r) * 4 + (c + 1) % 4] = table.at(r, c);
        }
    }
    COMPARE_R_P(contingencyTests(transposed).fisherP, QJsonValue(*p), QStringLiteral("transposed"));
    COMPARE_R_P(contingencyTests(permuted).fisherP, QJsonValue(*p), QStringLiteral("permuted"));
}

// Beyond the enumeration budget the exact test gives up, promptly; the chi-square stays.
void tst_Contingency::tooLargeGivesUp()
{
    ContingencyTable table{8, 8, {}};
    for (std::size_t i = 0; i < 64; ++i)
        table.counts.push_back(long(25 + (i * 7) % 11));
    QElapsedTimer timer;
    timer.start();
    const ContingencyTests t = contingencyTests(table);
    QVERIFY(!t.fisherP);
    QVERIFY(t.pearsonP);
    QCOMPARE(t.df, 49);
    QVERIFY2(timer.elapsed() < 30'000, "the exact test must give up, not hang");
}

QTEST_GUILESS_MAIN(tst_Contingency)
#include "tst_contingency.moc"
