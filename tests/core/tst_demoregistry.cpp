// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "descriptive.h"
#include "kaplanmeier.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "testsupport.h"

#include <QTest>

#include <boost/math/distributions/chi_squared.hpp>

#include <cmath>
#include <functional>
#include <vector>

using namespace CohortLens;

// The bundled demo registry reproduces every published aggregate of the series
// (SPEC §5). Each figure is recomputed here from the shipped file.
class tst_DemoRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isMarkedSynthetic();
    void counts_data();
    void counts();
    void csImprovedByArm();
    void followUp();
    void fiveYearSurvival();

private:
    QList<PatientRecord> m_patients;
    QStringList m_extraColumns;
};

void tst_DemoRegistry::initTestCase()
{
    RegistryStore store;
    const ImportReport report = RegistryImporter().load(Test::demoRegistryPath(), store);
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported,
             qPrintable(report.problems.value(0).toString() + report.message));
    const auto patients = store.loadCohort(CohortFilter());
    QVERIFY(patients);
    m_patients = *patients;
    m_extraColumns = store.extraColumns();
}

void tst_DemoRegistry::isMarkedSynthetic()
{
    const qsizetype column = m_extraColumns.indexOf(QStringLiteral("synthetic"));
    QVERIFY(column >= 0);
    for (const PatientRecord &p : std::as_const(m_patients)) {
        QCOMPARE(p.extra.at(column), QStringLiteral("yes"));
        QVERIFY(p.patientId.startsWith(QStringLiteral("SYN-")));
    }
}

using Predicate = std::function<bool(const PatientRecord &)>;
Q_DECLARE_METATYPE(Predicate)

void tst_DemoRegistry::counts_data()
{
    QTest::addColumn<Predicate>("denominator");
    QTest::addColumn<Predicate>("numerator");
    QTest::addColumn<int>("expectedDenominator");
    QTest::addColumn<int>("expectedNumerator");
    QTest::addColumn<int>("publishedPercent");

    const Predicate all = [](const PatientRecord &) { return true; };
    const Predicate operated = [](const PatientRecord &p) { return p.complication.has_value(); };
    QTest::newRow("obstruction or ischaemia 24 (36%)")
        << all << Predicate([](const PatientRecord &p) { return p.obstruction; }) << 66 << 24 << 36;
    QTest::newRow("carcinoid syndrome 56 (85%)")
        << all << Predicate([](const PatientRecord &p) { return p.carcinoidSyndrome; }) << 66 << 56
        << 85;
    QTest::newRow("hepatic cytoreduction 30 (45%)")
        << all << Predicate([](const PatientRecord &p) { return p.arm == Arm::Cytoreduction; })
        << 66 << 30 << 45;
    QTest::newRow("obstruction relieved 24 of 24 (100%)")
        << Predicate([](const PatientRecord &p) { return p.obstruction; })
        << Predicate([](const PatientRecord &p) { return p.obstructionRelieved == true; }) << 24
        << 24 << 100;
    QTest::newRow("CS improved 42 of 56 (75%)")
        << Predicate([](const PatientRecord &p) { return p.carcinoidSyndrome; })
        << Predicate([](const PatientRecord &p) { return p.csImproved == true; }) << 56 << 42 << 75;
    QTest::newRow("morbidity 14 of 64 operated (22%)")
        << operated << Predicate([](const PatientRecord &p) { return p.complication == true; })
        << 64 << 14 << 22;
    QTest::newRow("postoperative mortality 0")
        << operated << Predicate([](const PatientRecord &p) { return p.died30d == true; }) << 64
        << 0 << 0;
}

void tst_DemoRegistry::counts()
{
    QFETCH(Predicate, denominator);
    QFETCH(Predicate, numerator);
    QFETCH(int, expectedDenominator);
    QFETCH(int, expectedNumerator);
    QFETCH(int, publishedPercent);
    QCOMPARE(m_patients.size(), 66);
    int n = 0;
    int count = 0;
    for (const PatientRecord &p : std::as_const(m_patients)) {
        if (!denominator(p))
            continue;
        ++n;
        count += numerator(p) ? 1 : 0;
    }
    QCOMPARE(n, expectedDenominator);
    QCOMPARE(count, expectedNumerator);
    QCOMPARE(int(std::lround(100.0 * count / n)), publishedPercent);
}

void tst_DemoRegistry::csImprovedByArm()
{
    // 24/28 (86%) after cytoreduction vs 18/28 (64%) with medical therapy, Pearson P = .064.
    double table[2][2] = {{0, 0}, {0, 0}}; // [arm][improved]
    for (const PatientRecord &p : std::as_const(m_patients)) {
        if (!p.carcinoidSyndrome)
            continue;
        QVERIFY(p.csImproved.has_value());
        table[p.arm == Arm::Cytoreduction ? 0 : 1][*p.csImproved ? 1 : 0] += 1;
    }
    QCOMPARE(table[0][1], 24.0);
    QCOMPARE(table[0][0] + table[0][1], 28.0);
    QCOMPARE(table[1][1], 18.0);
    QCOMPARE(table[1][0] + table[1][1], 28.0);

    // Pearson chi-square without continuity correction, 1 df.
    const double total = 56;
    double chisq = 0;
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 2; ++c) {
            const double expected = (table[r][0] + table[r][1]) * (table[0][c] + table[1][c])
                                    / total;
            chisq += std::pow(table[r][c] - expected, 2) / expected;
        }
    }
    const double p = boost::math::cdf(
        boost::math::complement(boost::math::chi_squared_distribution<double>(1), chisq));
    QCOMPARE(std::round(p * 1000) / 1000, 0.064);
}

void tst_DemoRegistry::followUp()
{
    // Mean 47 months, range 6–156.
    std::vector<double> months;
    for (const PatientRecord &p : std::as_const(m_patients))
        months.push_back(p.followupMonths);
    const Stats::Descriptive d = Stats::describe(months);
    QCOMPARE(d.mean.value_or(0), 47.0);
    QCOMPARE(d.min.value_or(0), 6.0);
    QCOMPARE(d.max.value_or(0), 156.0);
}

void tst_DemoRegistry::fiveYearSurvival()
{
    // Overall 5-year survival (Kaplan-Meier) 74%.
    std::vector<Stats::SurvivalObservation> observations;
    for (const PatientRecord &p : std::as_const(m_patients))
        observations.push_back({p.followupMonths, p.dead});
    const Stats::SurvivalAtTime at60 = Stats::survivalAt(Stats::kaplanMeier(observations), 60);
    QVERIFY(at60.surv);
    QCOMPARE(std::lround(*at60.surv * 100), 74L);
}

QTEST_GUILESS_MAIN(tst_DemoRegistry)
#include "tst_demoregistry.moc"
