// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"
#include "twosample.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace CohortLens::Stats;
using CohortLens::Test::loadDataset;
using CohortLens::Test::loadReference;

class tst_TwoSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void welchHand();
    void wilcoxonHand();
    void swappedSamples();
    void againstR_data();
    void againstR();

private:
    QJsonObject m_reference;
};

namespace {

std::optional<double> opt(double v)
{
    return v;
}

std::vector<double> toVector(const QJsonValue &value)
{
    std::vector<double> values;
    for (const QJsonValue &item : value.toArray())
        values.push_back(item.toDouble());
    return values;
}

// The non-missing values of a column in one group of a data set.
std::vector<double> groupValues(const CohortLens::Test::Dataset &data,
                                const QString &value,
                                const QString &group,
                                const QString &level)
{
    std::vector<double> values;
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        if (data.text(i, group) != level)
            continue;
        if (const auto v = data.number(i, value))
            values.push_back(*v);
    }
    return values;
}

} // namespace

void tst_TwoSample::initTestCase()
{
    m_reference = loadReference(QStringLiteral("tables"));
    QVERIFY2(!m_reference.isEmpty(), "run Rscript tests/stats/reference/tables.R");
}

// Hand-checkable: x = (1, 2, 3), y = (5, 7): means 2 and 6, variances 1 and 2, so
// se^2 = 1/3 + 1 = 4/3, t = -4 / sqrt(4/3) = -2 sqrt(3), df = (4/3)^2 / ((1/3)^2/2 + 1) = 32/19.
void tst_TwoSample::welchHand()
{
    const std::vector<double> x{1, 2, 3};
    const std::vector<double> y{7, 5};
    const auto w = welchTest(x, y);
    QVERIFY(w);
    COMPARE_R(opt(w->t), QJsonValue(-2 * std::sqrt(3.0)), QStringLiteral("t"));
    COMPARE_R(opt(w->df), QJsonValue(32.0 / 19), QStringLiteral("df"));

    const std::vector<double> one{4};
    QVERIFY(!welchTest(one, y));
    const std::vector<double> ones{1, 1, 1};
    const std::vector<double> twos{2, 2};
    QVERIFY(!welchTest(ones, twos)); // R: "data are essentially constant"
    const std::vector<double> zeros{0, 0};
    QVERIFY(!welchTest(zeros, zeros)); // R: t = NaN
    QVERIFY(welchTest(ones, x));       // one constant sample is fine: df = ny - 1
    QCOMPARE(welchTest(ones, x)->df, 2.0);
}

// Hand-checkable: with x = 1..10 below y = 11..25, W = 0 and the exact two-sided p is
// 2 / choose(25, 10); with W at its centre, p = 1; mid-ranks for ties.
void tst_TwoSample::wilcoxonHand()
{
    std::vector<double> x;
    std::vector<double> y;
    for (int i = 1; i <= 10; ++i)
        x.push_back(i);
    for (int i = 11; i <= 25; ++i)
        y.push_back(i);
    const auto tail = wilcoxonRankSum(x, y);
    QVERIFY(tail && tail->exact);
    QCOMPARE(tail->w, 0.0);
    COMPARE_R_P(opt(tail->p), QJsonValue(2.0 / 3268760), QStringLiteral("exact p"));

    const std::vector<double> a{1, 4};
    const std::vector<double> b{3, 2};
    const auto centre = wilcoxonRankSum(a, b);
    QVERIFY(centre && centre->exact);
    QCOMPARE(centre->w, 2.0);
    QCOMPARE(centre->p, 1.0);

    // Ranks of (1, 2, 2, 3 | 2, 4, 5): 1, 3, 3, 5 | 3, 6, 7 → W = 12 - 10 = 2.
    const std::vector<double> tiedX{1, 2, 2, 3};
    const std::vector<double> tiedY{2, 4, 5};
    const auto tied = wilcoxonRankSum(tiedX, tiedY);
    QVERIFY(tied && !tied->exact);
    QCOMPARE(tied->w, 2.0);

    const std::vector<double> none;
    QVERIFY(!wilcoxonRankSum(none, b));
    const std::vector<double> threes{3, 3, 3};
    QVERIFY(!wilcoxonRankSum(threes, threes)); // every value equal: R's p is NA
}

// Swapping the samples: W becomes nx ny - W and t changes sign; p stays.
void tst_TwoSample::swappedSamples()
{
    const std::vector<double> x{0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    const std::vector<double> y{1.15, 0.88, 0.90, 0.74, 1.21};
    const auto forward = wilcoxonRankSum(x, y);
    const auto backward = wilcoxonRankSum(y, x);
    QVERIFY(forward && backward);
    QCOMPARE(forward->w + backward->w, 50.0);
    COMPARE_R_P(opt(backward->p), QJsonValue(forward->p), QStringLiteral("swapped p"));
    const auto t = welchTest(x, y);
    const auto u = welchTest(y, x);
    QVERIFY(t && u);
    QCOMPARE(-u->t, t->t);
    QCOMPARE(u->p, t->p);
}

void tst_TwoSample::againstR_data()
{
    QTest::addColumn<QJsonObject>("c");
    for (const QJsonValue &value : m_reference.value(QStringLiteral("two_sample")).toArray()) {
        const QJsonObject c = value.toObject();
        QTest::addRow("%s", qPrintable(c.value(QStringLiteral("name")).toString())) << c;
    }
}

void tst_TwoSample::againstR()
{
    QFETCH(QJsonObject, c);
    std::vector<double> x;
    std::vector<double> y;
    if (c.contains(QStringLiteral("dataset"))) {
        const auto data = loadDataset(c.value(QStringLiteral("dataset")).toString());
        const QJsonArray levels = c.value(QStringLiteral("levels")).toArray();
        const QString value = c.value(QStringLiteral("value")).toString();
        const QString group = c.value(QStringLiteral("group")).toString();
        x = groupValues(data, value, group, levels.at(0).toString());
        y = groupValues(data, value, group, levels.at(1).toString());
    } else {
        x = toVector(c.value(QStringLiteral("x")));
        y = toVector(c.value(QStringLiteral("y")));
    }
    QCOMPARE(qsizetype(x.size()), qsizetype(c.value(QStringLiteral("nx")).toInt()));
    QCOMPARE(qsizetype(y.size()), qsizetype(c.value(QStringLiteral("ny")).toInt()));

    const auto welch = welchTest(x, y);
    const QJsonValue expectedWelch = c.value(QStringLiteral("welch"));
    QCOMPARE(bool(welch), !expectedWelch.isNull());
    if (welch) {
        const QJsonObject r = expectedWelch.toObject();
        COMPARE_R(opt(welch->t), r.value(QStringLiteral("t")), QStringLiteral("Welch t"));
        COMPARE_R(opt(welch->df), r.value(QStringLiteral("df")), QStringLiteral("Welch df"));
        COMPARE_R_P(opt(welch->p), r.value(QStringLiteral("p")), QStringLiteral("Welch p"));
    }

    const auto wilcoxon = wilcoxonRankSum(x, y);
    const QJsonValue expectedWilcoxon = c.value(QStringLiteral("wilcoxon"));
    QCOMPARE(bool(wilcoxon), !expectedWilcoxon.isNull());
    if (wilcoxon) {
        const QJsonObject r = expectedWilcoxon.toObject();
        COMPARE_R(opt(wilcoxon->w), r.value(QStringLiteral("w")), QStringLiteral("W"));
        COMPARE_R_P(opt(wilcoxon->p), r.value(QStringLiteral("p")), QStringLiteral("Wilcoxon p"));
        QCOMPARE(wilcoxon->exact, r.value(QStringLiteral("exact")).toBool());
    }
}

QTEST_GUILESS_MAIN(tst_TwoSample)
#include "tst_twosample.moc"
