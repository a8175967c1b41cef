// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"
#include "survivalanalysis.h"
#include "survivalformatter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CohortLens;

class tst_SurvivalAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excludesUnusableRows_data();
    void excludesUnusableRows();
    void usageErrors_data();
    void usageErrors();
    void emptyCohort();
    void singleGroup();
    void oneGroupOfOne();
    void allEventsAtOneTime();
    void referenceLevel_data();
    void referenceLevel();
    void coxTermsAndDroppedRows();
    void monotoneLikelihoodIsReportedNotPrinted();
    void nativeDefaults();
    void groupsInByteOrder();
    void formatsAreComplete();

private:
    static SurvivalResult analyse(const QByteArray &csv,
                                  const SurvivalRequest &request,
                                  const CohortFilter &filter = {});
};

SurvivalResult tst_SurvivalAnalysis::analyse(const QByteArray &csv,
                                             const SurvivalRequest &request,
                                             const CohortFilter &filter)
{
    const auto store = Test::storeFromCsv(csv);
    if (!store)
        return {};
    const auto outcome = SurvivalAnalysis::run(*store, filter, request);
    if (const auto *error = std::get_if<AnalysisError>(&outcome)) {
        qWarning("%s", qPrintable(error->message));
        return {};
    }
    return std::get<SurvivalResult>(outcome);
}

namespace {
SurvivalRequest generic(const QString &group = QStringLiteral("g"))
{
    SurvivalRequest r;
    r.time = QStringLiteral("t");
    r.event = QStringLiteral("e");
    r.group = group;
    return r;
}
} // namespace

void tst_SurvivalAnalysis::excludesUnusableRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    QTest::newRow("time empty") << QByteArray(",1,a") << QStringLiteral("t is empty");
    QTest::newRow("time text") << QByteArray("soon,1,a")
                               << QStringLiteral("t \"soon\" is not a number");
    QTest::newRow("time negative") << QByteArray("-2,1,a") << QStringLiteral("t -2 is negative");
    QTest::newRow("event empty") << QByteArray("5,,a") << QStringLiteral("e is empty");
    QTest::newRow("event neither")
        << QByteArray("5,maybe,a") << QStringLiteral("e \"maybe\" is neither an event");
    QTest::newRow("group empty") << QByteArray("5,1,") << QStringLiteral("g is empty");
    QTest::newRow("several at once")
        << QByteArray("soon,,")
        << QStringLiteral("t \"soon\" is not a number; e is empty; g is empty");
}

// A missing value is left out with its row and the reason, as the JSON's `excluded`.
void tst_SurvivalAnalysis::excludesUnusableRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    const QByteArray csv = "t,e,g\n1,1,a\n2,0,b\n" + row + "\n3,1,b\n";
    const SurvivalResult r = analyse(csv, generic());
    QCOMPARE(r.n, std::size_t(3));
    QCOMPARE(r.excluded.size(), 1);
    QCOMPARE(r.excluded.at(0).row, 3);
    QVERIFY2(r.excluded.at(0).reason.contains(reason), qPrintable(r.excluded.at(0).reason));
}

void tst_SurvivalAnalysis::usageErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("message");
    const QByteArray foreign = "t,e,g\n1,1,a\n2,0,b\n";
    QTest::newRow("unknown time column") << foreign << "months"
                                         << "g"
                                         << ""
                                         << "no column months";
    QTest::newRow("unknown group column") << foreign << "t"
                                          << "arm"
                                          << ""
                                          << "no column arm";
    QTest::newRow("unknown reference") << foreign << "t"
                                       << "g"
                                       << "c"
                                       << "--reference c: g has no such level; its levels are a, b";
    QTest::newRow("foreign file without --time") << foreign << ""
                                                 << "g"
                                                 << ""
                                                 << "name the columns to analyse";
}

void tst_SurvivalAnalysis::usageErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, time);
    QFETCH(QString, group);
    QFETCH(QString, reference);
    QFETCH(QString, message);
    const auto store = Test::storeFromCsv(csv);
    QVERIFY(store);
    SurvivalRequest request = generic(group);
    request.time = time;
    if (time.isEmpty())
        request.event.clear();
    request.reference = reference;
    const auto outcome = SurvivalAnalysis::run(*store, {}, request);
    const auto *error = std::get_if<AnalysisError>(&outcome);
    QVERIFY(error);
    QCOMPARE(error->kind, AnalysisError::Kind::Usage);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
}

void tst_SurvivalAnalysis::emptyCohort()
{
    CohortFilter filter;
    filter.conditions << WhereCondition{QStringLiteral("t"),
                                        WhereCondition::Op::Greater,
                                        QStringLiteral("100")};
    const SurvivalResult r = analyse("t,e,g\n1,1,a\n2,0,b\n", generic(), filter);
    QCOMPARE(r.n, std::size_t(0));
    QVERIFY(r.groups.isEmpty());
    QVERIFY(!r.logRank && !r.cox);
    // Still valid JSON, with n 0 and no groups.
    const QJsonObject json = QJsonDocument::fromJson(SurvivalFormatter::json(r)).object();
    QCOMPARE(json.value(QStringLiteral("n")).toInt(-1), 0);
    QVERIFY(json.value(QStringLiteral("groups")).toArray().isEmpty());
    QVERIFY(!json.contains(QStringLiteral("tests")));
}

void tst_SurvivalAnalysis::singleGroup()
{
    const QByteArray csv = "t,e,g,x\n1,1,a,3\n2,0,a,1\n4,1,a,2\n";
    const SurvivalResult r = analyse(csv, generic());
    QCOMPARE(r.groups.size(), 1);
    QVERIFY(!r.logRank);
    QVERIFY(!r.cox); // with one group, Cox only for covariates

    SurvivalRequest withCovariate = generic();
    withCovariate.covariates << QStringLiteral("x");
    const SurvivalResult c = analyse(csv, withCovariate);
    QVERIFY(c.cox);
    QVERIFY(c.cox->reference.isEmpty());
    QCOMPARE(c.cox->termNames, QStringList{QStringLiteral("x")});
}

void tst_SurvivalAnalysis::oneGroupOfOne()
{
    const SurvivalResult r = analyse("t,e,g\n1,1,a\n2,0,b\n5,1,b\n", generic());
    QCOMPARE(r.groups.size(), 2);
    QCOMPARE(r.groups.at(0).curve.n, std::size_t(1));
    QCOMPARE(r.groups.at(0).curve.rows.at(0).surv, 0.0);
    QVERIFY(!r.groups.at(0).curve.rows.at(0).se);
    QVERIFY(r.logRank && r.logRank->p);
    QVERIFY(r.cox);
}

void tst_SurvivalAnalysis::allEventsAtOneTime()
{
    const SurvivalResult r = analyse("t,e,g\n3,1,a\n3,1,a\n3,1,b\n3,1,b\n", generic());
    QCOMPARE(r.groups.at(0).curve.rows.size(), std::size_t(1));
    QCOMPARE(r.groups.at(0).median.time.value_or(-1), 3.0);
    // Identical curves: no difference to test, but a defined statistic.
    QVERIFY(r.logRank);
    QCOMPARE(r.logRank->chisq, 0.0);
    const QByteArray json = SurvivalFormatter::json(r);
    QVERIFY(!json.contains("nan") && !json.contains("inf"));
}

void tst_SurvivalAnalysis::referenceLevel_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("first in sort order") << QString() << QStringLiteral("a")
                                         << QStringList{QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("chosen") << QStringLiteral("c") << QStringLiteral("c")
                            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
}

void tst_SurvivalAnalysis::referenceLevel()
{
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    QFETCH(QStringList, terms);
    SurvivalRequest request = generic();
    request.reference = reference;
    const SurvivalResult r = analyse("t,e,g\n1,1,b\n2,1,a\n3,0,c\n4,1,c\n5,1,a\n6,1,b\n7,0,c\n",
                                     request);
    QVERIFY(r.cox);
    QCOMPARE(r.cox->reference, expected);
    QCOMPARE(r.cox->termNames, terms);
}

void tst_SurvivalAnalysis::coxTermsAndDroppedRows()
{
    // age continuous; site categorical against its first level; native-style yes/no
    // stays categorical in a foreign file (only native booleans count as 0/1).
    const QByteArray csv = "t,e,g,age,site\n"
                           "1,1,a,50,ileum\n2,1,b,61,colon\n3,0,a,,ileum\n4,1,b,70,appendix\n"
                           "5,1,a,45,colon\n6,0,b,66,ileum\n7,1,a,59,appendix\n8,1,b,72,\n"
                           "9,0,a,48,colon\n10,1,b,63,ileum\n";
    SurvivalRequest request = generic();
    request.covariates << QStringLiteral("age") << QStringLiteral("site");
    const SurvivalResult r = analyse(csv, request);
    QVERIFY(r.cox);
    QCOMPARE(r.cox->termNames,
             QStringList({QStringLiteral("b"),
                          QStringLiteral("age"),
                          QStringLiteral("site=colon"),
                          QStringLiteral("site=ileum")}));
    QCOMPARE(r.cox->dropped, std::size_t(2)); // no age in row 3, no site in row 8
    QCOMPARE(r.cox->fit.n, std::size_t(8));
    QCOMPARE(r.n, std::size_t(10)); // Kaplan-Meier keeps them
}

void tst_SurvivalAnalysis::monotoneLikelihoodIsReportedNotPrinted()
{
    // Group b has no events: its hazard ratio tends to 0.
    const SurvivalResult r = analyse("t,e,g\n1,1,a\n2,1,a\n3,1,a\n4,0,a\n2,0,b\n5,0,b\n6,0,b\n",
                                     generic());
    QVERIFY(r.cox);
    QVERIFY(r.cox->fit.monotone);
    QVERIFY(r.cox->fit.terms.at(0).infinite);
    const QJsonObject cox = QJsonDocument::fromJson(SurvivalFormatter::json(r))
                                .object()
                                .value(QStringLiteral("cox"))
                                .toObject();
    QCOMPARE(cox.value(QStringLiteral("monotone")).toBool(), true);
    const QJsonObject term = cox.value(QStringLiteral("terms")).toArray().at(0).toObject();
    for (const char *key : {"coef", "se", "hr", "lower", "upper", "p"})
        QVERIFY2(term.value(QString::fromLatin1(key)).isNull(), key);
    QVERIFY(SurvivalFormatter::text(r).contains(QStringLiteral("not estimable")));
}

void tst_SurvivalAnalysis::nativeDefaults()
{
    const SurvivalResult r = analyse(Test::readFile(Test::demoRegistryPath()), {});
    QCOMPARE(r.time, QStringLiteral("followup_months"));
    QCOMPARE(r.event, QStringLiteral("status"));
    QCOMPARE(r.group, QStringLiteral("arm"));
    QCOMPARE(r.at, (QList<double>{12, 36, 60}));
    QCOMPARE(r.tau.value_or(-1), 60.0);
    QVERIFY(r.cox);
    QCOMPARE(r.cox->reference, QStringLiteral("medical"));
    QCOMPARE(r.cox->termNames, QStringList{QStringLiteral("cytoreduction")});

    // A foreign file has no default times.
    const SurvivalResult foreign = analyse("t,e,g\n1,1,a\n2,0,b\n", generic());
    QVERIFY(foreign.at.isEmpty());
    QVERIFY(!foreign.tau);
}

void tst_SurvivalAnalysis::groupsInByteOrder()
{
    const SurvivalResult r = analyse("t,e,g\n1,1,b\n2,1,B\n3,0,a\n4,1,Ä\n5,1,A\n", generic());
    QStringList names;
    for (const GroupSurvival &g : r.groups)
        names << g.name;
    QCOMPARE(names,
             QStringList({QStringLiteral("A"),
                          QStringLiteral("B"),
                          QStringLiteral("a"),
                          QStringLiteral("b"),
                          QStringLiteral("Ä")}));
}

void tst_SurvivalAnalysis::formatsAreComplete()
{
    SurvivalRequest request;
    request.quantiles = {0.25, 0.5};
    const SurvivalResult r = analyse(Test::readFile(Test::demoRegistryPath()), request);
    const QByteArray csv = SurvivalFormatter::csv(r);
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("group,time,n_risk,n_event,n_censor,surv,se,lower,upper"));
    QCOMPARE(lines.size(),
             qsizetype(1 + r.groups.at(0).curve.rows.size() + r.groups.at(1).curve.rows.size()));
    const QString text = SurvivalFormatter::text(r, QLocale::c());
    // (Without the English catalogue of the window, plurals read "patient(s)".)
    QVERIFY2(text.contains(QStringLiteral("cytoreduction: 30 patient")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(", 4 event")));
    QVERIFY(text.contains(QStringLiteral("Log-rank")));
    QVERIFY(text.contains(QStringLiteral("0.25 quantile")));
    QVERIFY(text.contains(QStringLiteral("hazard ratio")));
    const QJsonObject json = QJsonDocument::fromJson(SurvivalFormatter::json(r)).object();
    const QJsonObject group = json.value(QStringLiteral("groups")).toArray().at(0).toObject();
    QCOMPARE(group.value(QStringLiteral("quantiles")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(tst_SurvivalAnalysis)
#include "tst_survivalanalysis.moc"
