// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coxmodel.h"
#include "referencedata.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

using namespace CohortLens;
using namespace CohortLens::Stats;

Q_DECLARE_METATYPE(CohortLens::Stats::CoxTies)

class tst_CoxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handChecked_data();
    void handChecked();
    void orderDoesNotMatter();
    void noTerms();
    void constantColumn();
    void monotoneLikelihood();
    void stepHalving();
    void outOfIterations();
    void rowsMustMatch();
    void matchesR_data();
    void matchesR();

private:
    QJsonArray m_cases;
};

namespace {

// The data of R survival's test1 (its tests/): unsorted, two deaths tied at time 2, a death
// tied with a censoring at times 1 and 3.
const std::vector<SurvivalObservation>
    test1Outcomes{{4, true}, {3, true}, {1, true}, {1, false}, {2, true}, {2, true}, {3, false}};
const std::vector<double> test1X{0, 2, 1, 1, 1, 0, 0};

Eigen::MatrixXd column(const std::vector<double> &values)
{
    Eigen::MatrixXd x(Eigen::Index(values.size()), 1);
    for (std::size_t i = 0; i < values.size(); ++i)
        x(Eigen::Index(i), 0) = values[i];
    return x;
}

// Our value and an exact expected one, for the comparisons that take R's values.
std::optional<double> ours(double value)
{
    return value;
}

QJsonValue exact(double value)
{
    return QJsonValue(value);
}

// A case's data: a fixture exported by datasets.R, or the columns written out in cox.R.
Test::Dataset datasetOf(const QJsonObject &reference)
{
    if (reference.contains(u"dataset"))
        return Test::loadDataset(reference.value(u"dataset").toString());
    const QJsonObject columns = reference.value(u"data").toObject();
    Test::Dataset data;
    data.names = columns.keys();
    const qsizetype rows = columns.value(data.names.value(0)).toArray().size();
    for (qsizetype row = 0; row < rows; ++row) {
        QStringList cells;
        for (const QString &name : std::as_const(data.names))
            cells << QString::number(columns.value(name).toArray().at(row).toDouble(), 'g', 17);
        data.rows << cells;
    }
    return data;
}

struct Model
{
    std::vector<SurvivalObservation> outcomes;
    Eigen::MatrixXd x;
};

// The covariate matrix of a case's terms: a column as a number, or an indicator of
// column == level; a row with any of its cells empty (R's NA) is left out.
Model modelOf(const Test::Dataset &data, const QJsonObject &reference)
{
    const QString time = reference.value(u"time").toString();
    const QString event = reference.value(u"event").toString();
    const double eventValue = reference.value(u"value").toDouble();
    const QJsonArray terms = reference.value(u"terms").toArray();

    Model model;
    std::vector<std::vector<double>> rows;
    for (qsizetype row = 0; row < data.rows.size(); ++row) {
        const std::optional<double> t = data.number(row, time);
        const std::optional<double> status = data.number(row, event);
        if (!t || !status)
            continue;
        std::vector<double> values;
        for (const QJsonValue &term : terms) {
            const QString name = term.toObject().value(u"column").toString();
            if (term.toObject().contains(u"level")) {
                const QString text = data.text(row, name);
                if (text.isEmpty())
                    break;
                values.push_back(text == term.toObject().value(u"level").toString() ? 1 : 0);
            } else {
                const std::optional<double> value = data.number(row, name);
                if (!value)
                    break;
                values.push_back(*value);
            }
        }
        if (values.size() != std::size_t(terms.size()))
            continue;
        model.outcomes.push_back({*t, *status == eventValue});
        rows.push_back(std::move(values));
    }
    model.x.resize(Eigen::Index(rows.size()), Eigen::Index(terms.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < rows[i].size(); ++j)
            model.x(Eigen::Index(i), Eigen::Index(j)) = rows[i][j];
    }
    return model;
}

QJsonObject referenceCase(const QJsonArray &cases, const QString &name)
{
    for (const QJsonValue &value : cases) {
        if (value.toObject().value(u"name").toString() == name)
            return value.toObject();
    }
    return {};
}

bool noInterval(const CoxTerm &term)
{
    return !term.se && !term.hr && !term.lower && !term.upper && !term.p;
}

} // namespace

void tst_CoxModel::initTestCase()
{
    const QJsonObject reference = Test::loadReference(QStringLiteral("cox"));
    m_cases = reference.value(u"cases").toArray();
    QVERIFY2(!m_cases.isEmpty(), "tests/data/r/reference/cox.json is missing: run cox.R");
}

// test1 by hand. At beta = 0 every risk score is 1: the risk sets at times 1, 2, 3, 4 hold
// x = {0,2,1,1,1,0,0}, {0,2,1,0,0}, {0,2,0}, {0}, so with Breslow
//   logLik(0) = -(log 7 + 2 log 5 + log 3),
//   U(0) = (1 - 5/7) + (1 - 2 * 3/5) + (2 - 2/3) + 0 = 149/105,
//   I(0) = 24/49 + 2 * 16/25 + 8/9,
// while Efron lets the two deaths at time 2 leave by halves: the second term has the sum
// 5 - 1/2 - 1/2 = 4, mean 5/8 and variance 47/64, so
//   logLik(0) = -(log 7 + log 5 + log 4 + log 3), U(0) = 1171/840,
//   I(0) = 24/49 + 16/25 + 47/64 + 8/9.
// With r = exp(beta) the log likelihood anywhere is, Breslow,
//   4 beta - log(3 + 3r + r^2) - 2 log(3 + r + r^2) - log(2 + r^2),
// and Efron replaces one log(3 + r + r^2) by log(3 + r + r^2 - (1 + r)/2).
void tst_CoxModel::handChecked_data()
{
    QTest::addColumn<CoxTies>("ties");
    QTest::addColumn<double>("logLikNull");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("information");
    QTest::newRow("breslow") << CoxTies::Breslow
                             << -(std::log(7.0) + 2 * std::log(5.0) + std::log(3.0)) << 149.0 / 105
                             << 24.0 / 49 + 32.0 / 25 + 8.0 / 9;
    QTest::newRow("efron") << CoxTies::Efron
                           << -(std::log(7.0) + std::log(5.0) + std::log(4.0) + std::log(3.0))
                           << 1171.0 / 840 << 24.0 / 49 + 16.0 / 25 + 47.0 / 64 + 8.0 / 9;
}

void tst_CoxModel::handChecked()
{
    QFETCH(CoxTies, ties);
    QFETCH(double, logLikNull);
    QFETCH(double, score);
    QFETCH(double, information);

    CoxOptions options;
    options.ties = ties;
    const CoxFit fit = coxFit(test1Outcomes, column(test1X), options);
    QVERIFY(fit.converged);
    QCOMPARE(fit.n, std::size_t(7));
    QCOMPARE(fit.events, std::size_t(5));
    QCOMPARE(fit.df, 1);
    COMPARE_R(ours(fit.logLikNull), exact(logLikNull), QStringLiteral("loglik(0)"));
    COMPARE_R(fit.scoreChisq, exact(score * score / information), QStringLiteral("score test"));

    const double beta = fit.terms.at(0).coef;
    const double r = std::exp(beta);
    const double tied = ties == CoxTies::Efron ? std::log(3 + r + r * r - (1 + r) / 2)
                                               : std::log(3 + r + r * r);
    const double logLik = 4 * beta - std::log(3 + 3 * r + r * r) - std::log(3 + r + r * r) - tied
                          - std::log(2 + r * r);
    COMPARE_R(ours(fit.logLik), exact(logLik), QStringLiteral("loglik(beta)"));
    COMPARE_R(fit.lrChisq, exact(2 * (logLik - logLikNull)), QStringLiteral("likelihood ratio"));
    COMPARE_R(fit.terms.at(0).hr, exact(r), QStringLiteral("hazard ratio"));
}

// Sorting is the routine's business: any order of the rows gives the same fit.
void tst_CoxModel::orderDoesNotMatter()
{
    std::vector<std::size_t> order(test1Outcomes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::reverse(order.begin(), order.end());
    std::vector<SurvivalObservation> outcomes;
    std::vector<double> x;
    for (std::size_t i : order) {
        outcomes.push_back(test1Outcomes[i]);
        x.push_back(test1X[i]);
    }
    const CoxFit forward = coxFit(test1Outcomes, column(test1X));
    const CoxFit backward = coxFit(outcomes, column(x));
    COMPARE_R(ours(backward.terms.at(0).coef),
              exact(forward.terms.at(0).coef),
              QStringLiteral("coef"));
    COMPARE_R(backward.terms.at(0).se, exact(*forward.terms.at(0).se), QStringLiteral("se"));
    COMPARE_R(ours(backward.logLik), exact(forward.logLik), QStringLiteral("loglik"));
}

// A design without columns is the null model: its log likelihood and no test.
void tst_CoxModel::noTerms()
{
    const CoxFit fit = coxFit(test1Outcomes, Eigen::MatrixXd(7, 0));
    QVERIFY(fit.converged);
    QVERIFY(fit.terms.empty());
    QCOMPARE(fit.df, 0);
    COMPARE_R(ours(fit.logLikNull),
              exact(-(std::log(7.0) + std::log(5.0) + std::log(4.0) + std::log(3.0))),
              QStringLiteral("loglik(0)"));
    QCOMPARE(fit.logLik, fit.logLikNull);
    QVERIFY(!fit.lrChisq && !fit.lrP && !fit.waldChisq && !fit.waldP && !fit.scoreChisq
            && !fit.scoreP);
}

// Values that never vary carry no information: the term is aliased (R's NA), whatever the
// value, and the fit neither crashes nor invents a test.
void tst_CoxModel::constantColumn()
{
    for (const double value : {0.0, 1.0, 0.1, 0.3, 5.0, -7.25, 1.0 / 3}) {
        const CoxFit fit = coxFit(test1Outcomes, column(std::vector<double>(7, value)));
        QVERIFY2(fit.terms.at(0).aliased, qPrintable(QString::number(value)));
        QVERIFY(std::isnan(fit.terms.at(0).coef));
        QVERIFY(noInterval(fit.terms.at(0)));
        QVERIFY(!fit.monotone);
        QCOMPARE(fit.df, 0);
        QVERIFY(!fit.lrP && !fit.waldP && !fit.scoreP);
        QCOMPARE(fit.logLik, fit.logLikNull);
    }
}

// An arm without events: R warns "Loglik converged before variable 1; coefficient may be
// infinite" and prints a coefficient near -22; here the term says it is infinite and has
// no hazard ratio, interval or p, while the other term and the model tests are R's.
void tst_CoxModel::monotoneLikelihood()
{
    const QJsonObject reference = referenceCase(m_cases, QStringLiteral("monotone_efron"));
    const Model model = modelOf(datasetOf(reference), reference);
    const CoxFit fit = coxFit(model.outcomes, model.x);
    QVERIFY(fit.converged);
    QVERIFY(fit.monotone);
    QVERIFY(fit.terms.at(0).infinite);
    QVERIFY(fit.terms.at(0).coef < -10);
    QVERIFY(noInterval(fit.terms.at(0)));
    QVERIFY(!fit.terms.at(1).infinite);
    QVERIFY(fit.terms.at(1).hr && fit.terms.at(1).lower && fit.terms.at(1).upper
            && fit.terms.at(1).p);
    QVERIFY(fit.lrP && fit.waldP && fit.scoreP);
}

// The first Newton step overshoots and is pulled back; R ends at the same estimate after
// the same number of iterations (compared in matchesR).
void tst_CoxModel::stepHalving()
{
    for (const QString &name :
         {QStringLiteral("halving_efron"), QStringLiteral("halving_breslow")}) {
        const QJsonObject reference = referenceCase(m_cases, name);
        const Model model = modelOf(datasetOf(reference), reference);
        CoxOptions options;
        options.ties = reference.value(u"ties").toString() == u"breslow" ? CoxTies::Breslow
                                                                         : CoxTies::Efron;
        const CoxFit fit = coxFit(model.outcomes, model.x, options);
        QVERIFY(fit.converged);
        QVERIFY2(fit.stepHalvings > 0, qPrintable(name));
    }
}

void tst_CoxModel::outOfIterations()
{
    CoxOptions options;
    options.maxIterations = 1;
    const CoxFit fit = coxFit(test1Outcomes, column(test1X), options);
    QVERIFY(!fit.converged);
    QCOMPARE(fit.iterations, 1);
    QVERIFY(fit.terms.at(0).se);
}

void tst_CoxModel::rowsMustMatch()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             static_cast<void>(coxFit(test1Outcomes, Eigen::MatrixXd::Zero(6, 1))));
}

void tst_CoxModel::matchesR_data()
{
    QTest::addColumn<QJsonObject>("reference");
    for (const QJsonValue &value : std::as_const(m_cases)) {
        const QJsonObject reference = value.toObject();
        QTest::newRow(qPrintable(reference.value(u"name").toString())) << reference;
    }
}

void tst_CoxModel::matchesR()
{
    QFETCH(QJsonObject, reference);
    const Test::Dataset data = datasetOf(reference);
    QVERIFY(!data.rows.isEmpty());
    const Model model = modelOf(data, reference);

    CoxOptions options;
    options.ties = reference.value(u"ties").toString() == u"breslow" ? CoxTies::Breslow
                                                                     : CoxTies::Efron;
    options.confLevel = reference.value(u"conf_level").toDouble();
    options.maxIterations = reference.value(u"iter_max").toInt();
    const CoxFit fit = coxFit(model.outcomes, model.x, options);

    QCOMPARE(fit.n, std::size_t(reference.value(u"n").toInt()));
    QCOMPARE(fit.events, std::size_t(reference.value(u"events").toInt()));
    QCOMPARE(fit.converged, reference.value(u"converged").toBool());
    QCOMPARE(fit.iterations, reference.value(u"iterations").toInt());
    QCOMPARE(fit.df, reference.value(u"df").toInt());
    COMPARE_R(ours(fit.logLikNull), reference.value(u"loglik_null"), QStringLiteral("loglik null"));
    COMPARE_R(ours(fit.logLik), reference.value(u"loglik"), QStringLiteral("loglik"));

    const QJsonArray terms = reference.value(u"terms").toArray();
    QCOMPARE(fit.terms.size(), std::size_t(terms.size()));
    bool anyInfinite = false;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const CoxTerm &term = fit.terms.at(std::size_t(i));
        const QString name = terms.at(i).toObject().value(u"name").toString();
        const auto expected = [&](const char *what) {
            return reference.value(QLatin1String(what)).toArray().at(i);
        };
        const auto label = [&](const char *what) -> QString {
            return name + u' ' + QLatin1String(what);
        };
        QCOMPARE(term.aliased, expected("aliased").toBool());
        QCOMPARE(term.infinite, expected("infinite").toBool());
        anyInfinite = anyInfinite || term.infinite;
        if (term.aliased) {
            QVERIFY(std::isnan(term.coef));
            QVERIFY(noInterval(term));
            continue;
        }
        COMPARE_R(ours(term.coef), expected("coef"), label("coef"));
        if (term.infinite) {
            // R prints se, exp(coef), interval and p for it; none of them means anything.
            QVERIFY(noInterval(term));
            continue;
        }
        COMPARE_R(term.se, expected("se"), label("se"));
        COMPARE_R(term.hr, expected("hr"), label("hr"));
        COMPARE_R(term.lower, expected("lower"), label("lower"));
        COMPARE_R(term.upper, expected("upper"), label("upper"));
        COMPARE_R_P(term.p, expected("p"), label("p"));
    }
    QCOMPARE(fit.monotone, anyInfinite);

    COMPARE_R(fit.lrChisq, reference.value(u"lr_chisq"), QStringLiteral("likelihood ratio"));
    COMPARE_R_P(fit.lrP, reference.value(u"lr_p"), QStringLiteral("likelihood ratio p"));
    COMPARE_R(fit.waldChisq, reference.value(u"wald_chisq"), QStringLiteral("Wald"));
    COMPARE_R_P(fit.waldP, reference.value(u"wald_p"), QStringLiteral("Wald p"));
    COMPARE_R(fit.scoreChisq, reference.value(u"score_chisq"), QStringLiteral("score"));
    COMPARE_R_P(fit.scoreP, reference.value(u"score_p"), QStringLiteral("score p"));
}

QTEST_GUILESS_MAIN(tst_CoxModel)
#include "tst_coxmodel.moc"
