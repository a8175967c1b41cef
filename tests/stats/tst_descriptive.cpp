// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "descriptive.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace CohortLens::Stats;

Q_DECLARE_METATYPE(std::vector<double>)

class tst_Descriptive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void empty();
    void quantileType7_data();
    void quantileType7();
};

// Hand-checkable values; each agrees with R's mean, sd, quantile(type = 7) and range.
void tst_Descriptive::describe_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    QTest::addColumn<double>("q1");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("q3");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");

    // R: x <- c(6, 3.5, 12, 12, 47, 156, 0, 21.25); sd(x) = 52.137770360980014
    QTest::newRow("unsorted with ties")
        << std::vector<double>{6, 3.5, 12, 12, 47, 156, 0, 21.25} << 32.21875 << 52.137770360980014
        << 5.375 << 12.0 << 27.6875 << 0.0 << 156.0;
    QTest::newRow("two values") << std::vector<double>{2, 1} << 1.5 << std::sqrt(0.5) << 1.25 << 1.5
                                << 1.75 << 1.0 << 2.0;
    QTest::newRow("odd count") << std::vector<double>{1, 2, 3, 4, 5} << 3.0 << std::sqrt(2.5) << 2.0
                               << 3.0 << 4.0 << 1.0 << 5.0;
    QTest::newRow("constant") << std::vector<double>{7, 7, 7} << 7.0 << 0.0 << 7.0 << 7.0 << 7.0
                              << 7.0 << 7.0;
}

void tst_Descriptive::describe()
{
    QFETCH(std::vector<double>, values);
    const Descriptive d = CohortLens::Stats::describe(values);
    QCOMPARE(d.n, values.size());
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(double, q1);
    QFETCH(double, median);
    QFETCH(double, q3);
    QFETCH(double, min);
    QFETCH(double, max);
    QVERIFY(d.mean && d.sd && d.q1 && d.median && d.q3 && d.min && d.max);
    QCOMPARE(*d.mean, mean);
    QCOMPARE(*d.sd + 1.0, sd + 1.0); // sd may be exactly 0
    QCOMPARE(*d.q1, q1);
    QCOMPARE(*d.median, median);
    QCOMPARE(*d.q3, q3);
    QCOMPARE(*d.min, min);
    QCOMPARE(*d.max, max);
}

void tst_Descriptive::empty()
{
    const Descriptive none = CohortLens::Stats::describe({});
    QCOMPARE(none.n, std::size_t(0));
    QVERIFY(!none.mean && !none.sd && !none.median && !none.min);

    const std::vector<double> one{5};
    const Descriptive single = CohortLens::Stats::describe(one);
    QCOMPARE(single.mean.value_or(-1), 5.0);
    QVERIFY(!single.sd); // R: sd(5) is NA
    QCOMPARE(single.q1.value_or(-1), 5.0);
}

void tst_Descriptive::quantileType7_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    // sorted 0 3.5 6 12 12 21.25 47 156; h = 7p
    QTest::newRow("p=0") << 0.0 << 0.0;
    QTest::newRow("p=0.1") << 0.1 << 2.45;
    QTest::newRow("p=0.5") << 0.5 << 12.0;
    QTest::newRow("p=0.9") << 0.9 << 79.7;
    QTest::newRow("p=1") << 1.0 << 156.0;
}

void tst_Descriptive::quantileType7()
{
    QFETCH(double, p);
    QFETCH(double, expected);
    const std::vector<double> sorted{0, 3.5, 6, 12, 12, 21.25, 47, 156};
    QCOMPARE(CohortLens::Stats::quantileType7(sorted, p), expected);
}

QTEST_GUILESS_MAIN(tst_Descriptive)
#include "tst_descriptive.moc"
