// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaplanmeier.h"
#include "referencedata.h"
#include "survivalfixture.h"

#include <QTest>

#include <cmath>

using namespace CohortLens;
using namespace CohortLens::Stats;

Q_DECLARE_METATYPE(std::vector<CohortLens::Stats::SurvivalObservation>)

class tst_KaplanMeier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handChecked();
    void tiesPutEventsFirst();
    void allCensored();
    void eventAtTimeZero();
    void singlePatient();
    void empty();
    void confidenceTypes_data();
    void confidenceTypes();
    void quantileOnAFlatStretch();
    void survivalAtChosenTimes();
    void restrictedMeanByHand();
    void reverseKaplanMeier();
    void matchesR_data();
    void matchesR();

private:
    QJsonArray m_reference;
};

namespace {
std::vector<SurvivalObservation> observations(std::initializer_list<double> times,
                                              std::initializer_list<int> events)
{
    std::vector<SurvivalObservation> result;
    auto e = events.begin();
    for (const double t : times)
        result.push_back({t, *e++ != 0});
    return result;
}

ConfidenceType confidenceType(const QString &name)
{
    if (name == u"log")
        return ConfidenceType::Log;
    if (name == u"plain")
        return ConfidenceType::Plain;
    return ConfidenceType::LogLog;
}
} // namespace

void tst_KaplanMeier::initTestCase()
{
    m_reference
        = Test::loadReference(QStringLiteral("survival")).value(QStringLiteral("km")).toArray();
    QVERIFY(!m_reference.isEmpty());
}

// Unsorted input with ties; the answers are exact fractions.
//   t: 3 1 1 2 2 4 5    event: 1 1 0 1 1 0 1
void tst_KaplanMeier::handChecked()
{
    const auto data = observations({3, 1, 1, 2, 2, 4, 5}, {1, 1, 0, 1, 1, 0, 1});
    const KaplanMeierCurve c = kaplanMeier(data, ConfidenceType::Log);
    QCOMPARE(c.n, std::size_t(7));
    QCOMPARE(c.events, std::size_t(5));
    QCOMPARE(c.rows.size(), std::size_t(5));
    const std::vector<double> times{1, 2, 3, 4, 5};
    const std::vector<std::size_t> risk{7, 5, 3, 2, 1};
    const std::vector<std::size_t> events{1, 2, 1, 0, 1};
    const std::vector<std::size_t> censored{1, 0, 0, 1, 0};
    const std::vector<double> surv{6.0 / 7, 18.0 / 35, 12.0 / 35, 12.0 / 35, 0};
    const std::vector<double> greenwood{1.0 / 42,
                                        1.0 / 42 + 2.0 / 15,
                                        1.0 / 42 + 2.0 / 15 + 1.0 / 6,
                                        1.0 / 42 + 2.0 / 15 + 1.0 / 6};
    for (std::size_t i = 0; i < 5; ++i) {
        const KaplanMeierRow &row = c.rows[i];
        QCOMPARE(row.time, times[i]);
        QCOMPARE(row.nRisk, risk[i]);
        QCOMPARE(row.nEvent, events[i]);
        QCOMPARE(row.nCensor, censored[i]);
        QCOMPARE(row.surv + 1, surv[i] + 1);
        if (i < 4) {
            QVERIFY(row.se);
            QCOMPARE(*row.se, surv[i] * std::sqrt(greenwood[i]));
        }
    }
    // S = 0: the standard error and the interval are undefined.
    QVERIFY(!c.rows[4].se && !c.rows[4].lower && !c.rows[4].upper);
    // 0.95 log interval at t = 1: S exp(±1.959964 sqrt(1/42)), upper clipped at 1.
    QCOMPARE(*c.rows[0].lower, 6.0 / 7 * std::exp(-1.959963984540054 * std::sqrt(1.0 / 42)));
    QCOMPARE(*c.rows[0].upper, 1.0);
    // Median: the first time S <= 0.5, t = 3 (S(2) = 18/35 is still above).
    QCOMPARE(survivalQuantile(c, 0.5).time.value_or(-1), 3.0);
    QCOMPARE(survivalQuantile(c, 0.75).time.value_or(-1), 5.0);
}

void tst_KaplanMeier::tiesPutEventsFirst()
{
    // A death and a censoring at t = 2: the censored patient was still at risk.
    const auto data = observations({2, 2, 3}, {0, 1, 1});
    const KaplanMeierCurve c = kaplanMeier(data);
    QCOMPARE(c.rows.size(), std::size_t(2));
    QCOMPARE(c.rows[0].nRisk, std::size_t(3));
    QCOMPARE(c.rows[0].nEvent, std::size_t(1));
    QCOMPARE(c.rows[0].nCensor, std::size_t(1));
    QCOMPARE(c.rows[0].surv, 2.0 / 3);
    QCOMPARE(c.rows[1].nRisk, std::size_t(1));
}

void tst_KaplanMeier::allCensored()
{
    const auto data = observations({5, 1, 3}, {0, 0, 0});
    const KaplanMeierCurve c = kaplanMeier(data);
    QCOMPARE(c.events, std::size_t(0));
    for (const KaplanMeierRow &row : c.rows) {
        QCOMPARE(row.surv, 1.0);
        QCOMPARE(row.se, 0.0);
        QVERIFY(!row.lower && !row.upper); // log-log is undefined at S = 1
    }
    const QuantileEstimate median = survivalQuantile(c, 0.5);
    QVERIFY(!median.time && !median.lower && !median.upper); // not reached
    const KaplanMeierCurve plain = kaplanMeier(data, ConfidenceType::Plain);
    QCOMPARE(plain.rows[0].lower, 1.0);
    QCOMPARE(plain.rows[0].upper, 1.0);
}

void tst_KaplanMeier::eventAtTimeZero()
{
    const auto data = observations({0, 1}, {1, 0});
    const KaplanMeierCurve c = kaplanMeier(data);
    QCOMPARE(c.rows.front().time, 0.0);
    QCOMPARE(c.rows.front().surv, 0.5);
    QCOMPARE(survivalAt(c, 0).surv, 0.5);
    QCOMPARE(survivalAt(c, 0).nRisk, std::size_t(2));
    QCOMPARE(survivalQuantile(c, 0.5).time.value_or(-1), 0.5); // flat at 0.5 from 0 to the end at 1
}

void tst_KaplanMeier::singlePatient()
{
    const auto data = observations({7}, {1});
    const KaplanMeierCurve c = kaplanMeier(data);
    QCOMPARE(c.rows.size(), std::size_t(1));
    QCOMPARE(c.rows[0].surv, 0.0);
    QVERIFY(!c.rows[0].se);
    QCOMPARE(survivalQuantile(c, 0.5).time.value_or(-1), 7.0);
    QVERIFY(!survivalQuantile(c, 0.5).lower);
    const RestrictedMean rmst = restrictedMean(c, 10);
    QCOMPARE(rmst.estimate, 7.0);
    QCOMPARE(rmst.se.value_or(-1), 0.0);
}

void tst_KaplanMeier::empty()
{
    const KaplanMeierCurve c = kaplanMeier({});
    QCOMPARE(c.n, std::size_t(0));
    QVERIFY(c.rows.empty());
    QVERIFY(!survivalQuantile(c, 0.5).time);
    const SurvivalAtTime at = survivalAt(c, 12);
    QCOMPARE(at.nRisk, std::size_t(0));
    QVERIFY(!at.surv);
}

void tst_KaplanMeier::confidenceTypes_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("level");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    // t = 2 of the hand-checked data: S = 18/35, Greenwood sum g = 1/42 + 2/15.
    const double s = 18.0 / 35;
    const double g = 1.0 / 42 + 2.0 / 15;
    const double z95 = 1.959963984540054;
    const double z90 = 1.6448536269514722;
    QTest::newRow("plain 95") << int(ConfidenceType::Plain) << 0.95 << s - z95 * s * std::sqrt(g)
                              << s + z95 * s * std::sqrt(g);
    QTest::newRow("log 90") << int(ConfidenceType::Log) << 0.90 << s * std::exp(-z90 * std::sqrt(g))
                            << s * std::exp(z90 * std::sqrt(g));
    const double shift = z95 * std::sqrt(g) / std::log(s);
    QTest::newRow("log-log 95") << int(ConfidenceType::LogLog) << 0.95
                                << std::exp(-std::exp(std::log(-std::log(s)) - shift))
                                << std::exp(-std::exp(std::log(-std::log(s)) + shift));
}

void tst_KaplanMeier::confidenceTypes()
{
    QFETCH(int, type);
    QFETCH(double, level);
    QFETCH(double, lower);
    QFETCH(double, upper);
    const auto data = observations({3, 1, 1, 2, 2, 4, 5}, {1, 1, 0, 1, 1, 0, 1});
    const KaplanMeierCurve c = kaplanMeier(data, ConfidenceType(type), level);
    QCOMPARE(c.rows[1].lower.value_or(-1), std::max(lower, 0.0));
    QCOMPARE(c.rows[1].upper.value_or(-1), std::min(upper, 1.0));
}

void tst_KaplanMeier::quantileOnAFlatStretch()
{
    // t=2: n 4, d 2 -> S = 1/2 exactly until t=6: n 2, d 1 -> 1/4. The median is the
    // midpoint of the flat stretch, (2 + 6) / 2.
    const KaplanMeierCurve flat = kaplanMeier(observations({2, 2, 6, 9}, {1, 1, 1, 0}));
    QCOMPARE(flat.rows[0].surv, 0.5);
    QCOMPARE(survivalQuantile(flat, 0.5).time.value_or(-1), 4.0);
    // S = 2/3 then 1/3: the first time at or below 1/2.
    const KaplanMeierCurve steps = kaplanMeier(observations({1, 2, 6, 6}, {0, 1, 1, 0}));
    QCOMPARE(survivalQuantile(steps, 0.5).time.value_or(-1), 6.0);
    // A curve that ends exactly at 1/2 (t=2: n 2, d 1, then censored at 5): the midpoint
    // of where it got there and the last time, (2 + 5) / 2.
    const KaplanMeierCurve ending = kaplanMeier(observations({2, 5}, {1, 0}));
    QCOMPARE(survivalQuantile(ending, 0.5).time.value_or(-1), 3.5);
}

void tst_KaplanMeier::survivalAtChosenTimes()
{
    const auto data = observations({3, 1, 1, 2, 2, 4, 5}, {1, 1, 0, 1, 1, 0, 1});
    const KaplanMeierCurve c = kaplanMeier(data);
    // Right-continuous: at t = 2 the deaths at 2 count; n at risk is time >= t.
    const SurvivalAtTime at2 = survivalAt(c, 2);
    QCOMPARE(at2.surv.value_or(-1), 18.0 / 35);
    QCOMPARE(at2.nRisk, std::size_t(5));
    const SurvivalAtTime at25 = survivalAt(c, 2.5);
    QCOMPARE(at25.surv.value_or(-1), 18.0 / 35);
    QCOMPARE(at25.nRisk, std::size_t(3));
    const SurvivalAtTime before = survivalAt(c, 0.5);
    QCOMPARE(before.surv.value_or(-1), 1.0);
    QCOMPARE(before.nRisk, std::size_t(7));
    // Before the first time, R's starting values: [1, 1] even under log-log.
    QCOMPARE(before.lower.value_or(-1), 1.0);
    QCOMPARE(before.upper.value_or(-1), 1.0);
    QCOMPARE(before.se.value_or(-1), 0.0);
    // Beyond the last observation: not estimable.
    const SurvivalAtTime beyond = survivalAt(c, 6);
    QCOMPARE(beyond.nRisk, std::size_t(0));
    QVERIFY(!beyond.surv && !beyond.se && !beyond.lower && !beyond.upper);
}

void tst_KaplanMeier::restrictedMeanByHand()
{
    // S: 1 on [0,1), 6/7 on [1,2), 18/35 on [2,3), 12/35 on [3,5). Up to tau = 4:
    // 1 + 6/7 + 18/35 + 12/35 = 95/35.
    const auto data = observations({3, 1, 1, 2, 2, 4, 5}, {1, 1, 0, 1, 1, 0, 1});
    const RestrictedMean r = restrictedMean(kaplanMeier(data), 4);
    QCOMPARE(r.estimate, 95.0 / 35);
    // Past the last time (5, where S drops to 0) S = 0 is carried forward.
    QCOMPARE(restrictedMean(kaplanMeier(data), 10).estimate, 95.0 / 35 + 12.0 / 35);
    // Variance: sum over event times of d / (n (n - d)) × (area from t to tau)^2.
    const double a1 = 6.0 / 7 + 18.0 / 35 + 12.0 / 35; // from 1 to 4
    const double a2 = 18.0 / 35 + 12.0 / 35;           // from 2 to 4
    const double a3 = 12.0 / 35;                       // from 3 to 4
    const double variance = a1 * a1 / 42 + a2 * a2 * 2 / 15 + a3 * a3 / 6;
    QCOMPARE(r.se.value_or(-1), std::sqrt(variance));
}

void tst_KaplanMeier::reverseKaplanMeier()
{
    // Censorings become the events: follow-up ends at 2 (alive) for half of them.
    const auto data = observations({1, 2, 2, 3}, {1, 0, 0, 1});
    const QuantileEstimate m = medianFollowUp(data);
    // Reverse curve: t=1 censored; t=2 n 3, d 2 -> 1/3 <= 0.5: median 2.
    QCOMPARE(m.time.value_or(-1), 2.0);
}

void tst_KaplanMeier::matchesR_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_reference.size(); ++i) {
        const QJsonObject r = m_reference.at(i).toObject();
        QTest::addRow("%s by %s, %s %g",
                      qPrintable(r.value(QStringLiteral("dataset")).toString()),
                      qPrintable(r.value(QStringLiteral("group")).toString()),
                      qPrintable(r.value(QStringLiteral("conf_type")).toString()),
                      r.value(QStringLiteral("conf_level")).toDouble())
            << int(i);
    }
}

// Every number of R's survfit, quantile, summary(times =), rmean and reverse-KM median.
void tst_KaplanMeier::matchesR()
{
    QFETCH(int, index);
    const QJsonObject reference = m_reference.at(index).toObject();
    const Test::SurvivalCase data = Test::survivalCase(reference);
    const ConfidenceType type = confidenceType(
        reference.value(QStringLiteral("conf_type")).toString());
    const double level = reference.value(QStringLiteral("conf_level")).toDouble();
    const double tau = reference.value(QStringLiteral("tau")).toDouble();
    const QJsonArray chosenTimes = reference.value(QStringLiteral("at")).toArray();

    const QJsonArray groups = reference.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), qsizetype(data.groups.size() + 1));
    for (const QJsonValue &groupValue : groups) {
        const QJsonObject group = groupValue.toObject();
        const QString name = group.value(QStringLiteral("name")).toString();
        const auto &obs = name == u"all" ? data.all : data.groups.at(name);
        const KaplanMeierCurve curve = kaplanMeier(obs, type, level);
        auto what = [&](const QString &item, qsizetype i) {
            return QStringLiteral("%1 %2[%3]").arg(name, item).arg(i);
        };
        QCOMPARE(double(curve.n), group.value(QStringLiteral("n")).toDouble());
        QCOMPARE(double(curve.events), group.value(QStringLiteral("events")).toDouble());

        const QJsonObject table = group.value(QStringLiteral("table")).toObject();
        const QJsonArray time = table.value(QStringLiteral("time")).toArray();
        QCOMPARE(qsizetype(curve.rows.size()), time.size());
        for (qsizetype i = 0; i < time.size(); ++i) {
            const KaplanMeierRow &row = curve.rows[std::size_t(i)];
            auto column = [&](const char *key) {
                return table.value(QString::fromLatin1(key)).toArray().at(i);
            };
            COMPARE_R(row.time, column("time"), what(QStringLiteral("time"), i));
            COMPARE_R(double(row.nRisk), column("n_risk"), what(QStringLiteral("n_risk"), i));
            COMPARE_R(double(row.nEvent), column("n_event"), what(QStringLiteral("n_event"), i));
            COMPARE_R(double(row.nCensor), column("n_censor"), what(QStringLiteral("n_censor"), i));
            COMPARE_R(row.surv, column("surv"), what(QStringLiteral("surv"), i));
            COMPARE_R(row.se, column("se"), what(QStringLiteral("se"), i));
            COMPARE_R(row.lower, column("lower"), what(QStringLiteral("lower"), i));
            COMPARE_R(row.upper, column("upper"), what(QStringLiteral("upper"), i));
        }

        const QJsonObject quantiles = group.value(QStringLiteral("quantiles")).toObject();
        const QJsonArray ps = quantiles.value(QStringLiteral("p")).toArray();
        for (qsizetype i = 0; i < ps.size(); ++i) {
            const QuantileEstimate q = survivalQuantile(curve, ps.at(i).toDouble());
            auto value = [&](const char *key) {
                return quantiles.value(QString::fromLatin1(key)).toArray().at(i);
            };
            COMPARE_R(q.time, value("time"), what(QStringLiteral("quantile"), i));
            COMPARE_R(q.lower, value("lower"), what(QStringLiteral("quantile lower"), i));
            COMPARE_R(q.upper, value("upper"), what(QStringLiteral("quantile upper"), i));
        }

        // R's summary(times =) drops the times beyond the last observation; we give
        // them with n at risk 0 and nothing estimated.
        const QJsonObject at = group.value(QStringLiteral("at")).toObject();
        const QJsonArray atTimes = at.value(QStringLiteral("time")).toArray();
        qsizetype k = 0;
        for (const QJsonValue &t : chosenTimes) {
            const SurvivalAtTime s = survivalAt(curve, t.toDouble());
            if (k < atTimes.size() && atTimes.at(k).toDouble() == t.toDouble()) {
                auto value = [&](const char *key) {
                    return at.value(QString::fromLatin1(key)).toArray().at(k);
                };
                COMPARE_R(double(s.nRisk), value("n_risk"), what(QStringLiteral("at n_risk"), k));
                COMPARE_R(s.surv, value("surv"), what(QStringLiteral("at surv"), k));
                COMPARE_R(s.se, value("se"), what(QStringLiteral("at se"), k));
                COMPARE_R(s.lower, value("lower"), what(QStringLiteral("at lower"), k));
                COMPARE_R(s.upper, value("upper"), what(QStringLiteral("at upper"), k));
                ++k;
            } else {
                QCOMPARE(s.nRisk, std::size_t(0));
                QVERIFY(!s.surv && !s.se && !s.lower && !s.upper);
            }
        }
        QCOMPARE(k, atTimes.size());

        const QJsonObject rmst = group.value(QStringLiteral("rmst")).toObject();
        const RestrictedMean r = restrictedMean(curve, tau);
        COMPARE_R(r.estimate,
                  rmst.value(QStringLiteral("estimate")),
                  name + QStringLiteral(" rmst"));
        COMPARE_R(r.se, rmst.value(QStringLiteral("se")), name + QStringLiteral(" rmst se"));

        const QJsonObject followUp = group.value(QStringLiteral("median_followup")).toObject();
        const QuantileEstimate f = medianFollowUp(obs, type, level);
        COMPARE_R(f.time,
                  followUp.value(QStringLiteral("time")),
                  name + QStringLiteral(" median follow-up"));
        COMPARE_R(f.lower,
                  followUp.value(QStringLiteral("lower")),
                  name + QStringLiteral(" median follow-up lower"));
        COMPARE_R(f.upper,
                  followUp.value(QStringLiteral("upper")),
                  name + QStringLiteral(" median follow-up upper"));
    }
}

QTEST_GUILESS_MAIN(tst_KaplanMeier)
#include "tst_kaplanmeier.moc"
