// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"
#include "survivalfixture.h"
#include "survivaltests.h"

#include <QTest>

using namespace CohortLens;
using namespace CohortLens::Stats;

class tst_SurvivalTests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handChecked();
    void groupWithoutExpectedEvents();
    void singleGroup();
    void matchesR_data();
    void matchesR();
    void trendMatchesR_data();
    void trendMatchesR();

private:
    QJsonArray m_reference;
};

void tst_SurvivalTests::initTestCase()
{
    m_reference
        = Test::loadReference(QStringLiteral("survival")).value(QStringLiteral("tests")).toArray();
    QVERIFY(!m_reference.isEmpty());
}

// Two groups, one death time each side:
//   group 0: t 1 (death), 3 (censored);  group 1: t 2 (death), 4 (death)
// t=1: n 4 (2, 2), d 1: E0 = 1/2, V = 1·3/(4·3)·2·(1 − 2/4) = 1/4
// t=2: n 3 (1, 2), d 1: E0 = 1/3, V = 1·2/(3·2)·1·(1 − 1/3) = 2/9
// t=4: n 1 (0, 1), d 1: E0 = 0, no variance (n = 1)
// O0 = 1, E0 = 5/6, V00 = 17/36: chisq = (1/6)^2 / (17/36) = 1/17.
void tst_SurvivalTests::handChecked()
{
    const std::vector<GroupedObservation> data{{1, true, 0},
                                               {3, false, 0},
                                               {2, true, 1},
                                               {4, true, 1}};
    const SurvivalTestResult r = survivalTest(data, 2);
    QCOMPARE(r.df, 1);
    QCOMPARE(r.observed[0], 1.0);
    QCOMPARE(r.expected[0], 5.0 / 6);
    QCOMPARE(r.expected[1], 3.0 - 5.0 / 6);
    QCOMPARE(r.chisq, 1.0 / 17);

    // Gehan-Breslow-Wilcoxon: weights n = 4, 3, 1.
    // O0 = 4, E0 = 4/2 + 3/3 = 3; V00 = 16/4 + 9·2/9 = 6: chisq = 1/6.
    const SurvivalTestResult g = survivalTest(data, 2, SurvivalTestWeights::GehanBreslowWilcoxon);
    QCOMPARE(g.observed[0], 4.0);
    QCOMPARE(g.expected[0], 3.0);
    QCOMPARE(g.chisq, 1.0 / 6);

    // Peto-Peto: weights S(t−) = 1, 3/4, 1/2.
    // O0 = 1, E0 = 1/2 + 3/4·1/3 = 3/4; V00 = 1/4 + 9/16·2/9 = 3/8: chisq = 1/6.
    const SurvivalTestResult p = survivalTest(data, 2, SurvivalTestWeights::PetoPeto);
    QCOMPARE(p.expected[0], 0.75);
    QCOMPARE(p.chisq, 1.0 / 6);
}

void tst_SurvivalTests::groupWithoutExpectedEvents()
{
    // Group 2 enters after every death: its expected is 0, so df = 2 − 1 = 1 (as R).
    const std::vector<GroupedObservation> data{{1, true, 0},
                                               {3, false, 0},
                                               {2, true, 1},
                                               {4, true, 1},
                                               {10, false, 2}};
    const SurvivalTestResult r = survivalTest(data, 3);
    QCOMPARE(r.df, 2); // t=4: group 2 is at risk, so its expected is > 0
    const std::vector<GroupedObservation> late{{1, true, 0},
                                               {3, false, 0},
                                               {2, true, 1},
                                               {4, true, 1},
                                               {0.5, false, 2}};
    const SurvivalTestResult l = survivalTest(late, 3);
    QCOMPARE(l.expected[2], 0.0);
    QCOMPARE(l.df, 1);
    QCOMPARE(l.chisq, 1.0 / 17);
}

void tst_SurvivalTests::singleGroup()
{
    const std::vector<GroupedObservation> data{{1, true, 0}, {3, false, 0}};
    const SurvivalTestResult r = survivalTest(data, 1);
    QCOMPARE(r.df, 0);
    QVERIFY(!r.p);
    const SurvivalTestResult none = survivalTest({}, 2);
    QCOMPARE(none.df, 0);
    QVERIFY(!none.p);
}

void tst_SurvivalTests::matchesR_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("weights");
    QTest::addColumn<QString>("key");
    for (qsizetype i = 0; i < m_reference.size(); ++i) {
        const QJsonObject r = m_reference.at(i).toObject();
        const QByteArray name = r.value(QStringLiteral("dataset")).toString().toUtf8() + " by "
                                + r.value(QStringLiteral("group")).toString().toUtf8();
        QTest::addRow("%s log-rank", name.constData())
            << int(i) << int(SurvivalTestWeights::LogRank) << QStringLiteral("logrank");
        QTest::addRow("%s Peto-Peto", name.constData())
            << int(i) << int(SurvivalTestWeights::PetoPeto) << QStringLiteral("peto_peto");
        QTest::addRow("%s Gehan-Breslow-Wilcoxon", name.constData())
            << int(i) << int(SurvivalTestWeights::GehanBreslowWilcoxon)
            << QStringLiteral("gehan_breslow_wilcoxon");
    }
}

void tst_SurvivalTests::matchesR()
{
    QFETCH(int, index);
    QFETCH(int, weights);
    QFETCH(QString, key);
    const QJsonObject reference = m_reference.at(index).toObject();
    const Test::SurvivalCase data = Test::survivalCase(reference);
    const QJsonObject expected = reference.value(key).toObject();
    const SurvivalTestResult r = survivalTest(data.grouped,
                                              data.groups.size(),
                                              SurvivalTestWeights(weights));
    COMPARE_R(r.chisq, expected.value(QStringLiteral("chisq")), QStringLiteral("chisq"));
    QCOMPARE(r.df, expected.value(QStringLiteral("df")).toInt());
    COMPARE_R_P(r.p, expected.value(QStringLiteral("p")), QStringLiteral("p"));
    const QJsonArray observed = expected.value(QStringLiteral("observed")).toArray();
    const QJsonArray expectedEvents = expected.value(QStringLiteral("expected")).toArray();
    QCOMPARE(qsizetype(r.observed.size()), observed.size());
    for (qsizetype g = 0; g < observed.size(); ++g) {
        COMPARE_R(r.observed[std::size_t(g)], observed.at(g), QStringLiteral("observed %1").arg(g));
        COMPARE_R(r.expected[std::size_t(g)],
                  expectedEvents.at(g),
                  QStringLiteral("expected %1").arg(g));
    }
}

void tst_SurvivalTests::trendMatchesR_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_reference.size(); ++i) {
        const QJsonObject r = m_reference.at(i).toObject();
        QTest::addRow("%s by %s",
                      qPrintable(r.value(QStringLiteral("dataset")).toString()),
                      qPrintable(r.value(QStringLiteral("group")).toString()))
            << int(i);
    }
}

void tst_SurvivalTests::trendMatchesR()
{
    QFETCH(int, index);
    const QJsonObject reference = m_reference.at(index).toObject();
    const Test::SurvivalCase data = Test::survivalCase(reference);
    const QJsonObject expected = reference.value(QStringLiteral("trend")).toObject();
    std::vector<double> scores;
    for (const QJsonValue &s : expected.value(QStringLiteral("scores")).toArray())
        scores.push_back(s.toDouble());
    const SurvivalTestResult r = logRankTrend(data.grouped, scores);
    QCOMPARE(r.df, 1);
    COMPARE_R(r.chisq, expected.value(QStringLiteral("chisq")), QStringLiteral("trend chisq"));
    COMPARE_R_P(r.p, expected.value(QStringLiteral("p")), QStringLiteral("trend p"));
}

QTEST_GUILESS_MAIN(tst_SurvivalTests)
#include "tst_survivaltests.moc"
