// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonformatter.h"
#include "comparisontablemodel.h"
#include "core/analysisfixture.h"
#include "numberformat.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace CohortLens;

class tst_ComparisonTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void headers();
    void cells_data();
    void cells();
    void survivalAtTimes_data();
    void survivalAtTimes();
    void survivalTestsAndFollowUp();
    void monotoneCoxIsNotEstimable();
    void switchesTests_data();
    void switchesTests();
    void refusesTestsTheRowHasNot();
    void roles();
    void tsv();

private:
    int line(const QString &label) const;
    QString cell(int line, int column) const;

    ComparisonResult m_comparison;
    SurvivalResult m_survival;
    SurvivalResult m_overall;
    ComparisonTableModel m_model;
};

void tst_ComparisonTableModel::initTestCase()
{
    RegistryStore store;
    const ImportReport report = RegistryImporter().load(Test::demoRegistryPath(), store);
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    auto comparison = ComparisonAnalysis::run(store, {}, {});
    QVERIFY(std::holds_alternative<ComparisonResult>(comparison));
    m_comparison = std::get<ComparisonResult>(comparison);
    auto survival = SurvivalAnalysis::run(store, {}, {});
    QVERIFY(std::holds_alternative<SurvivalResult>(survival));
    m_survival = std::get<SurvivalResult>(survival);
    SurvivalRequest everyone;
    everyone.group = QStringLiteral("none");
    auto overall = SurvivalAnalysis::run(store, {}, everyone);
    QVERIFY(std::holds_alternative<SurvivalResult>(overall));
    m_overall = std::get<SurvivalResult>(overall);
    m_model.setResults(m_comparison, m_survival, m_overall);
}

int tst_ComparisonTableModel::line(const QString &label) const
{
    for (int r = 0; r < m_model.rowCount(); ++r) {
        if (m_model.index(r, 0).data().toString().trimmed() == label)
            return r;
    }
    return -1;
}

QString tst_ComparisonTableModel::cell(int line, int column) const
{
    return m_model.index(line, column).data().toString();
}

void tst_ComparisonTableModel::passesModelTester()
{
    ComparisonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(m_comparison, m_survival);
    QVERIFY(model.setTest(QStringLiteral("cs_improved"), ComparisonTest::Fisher));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setResults(m_comparison, m_survival, m_overall);
    QVERIFY(model.rowCount() > m_comparison.rows.size());
    QCOMPARE(model.columnCount(), 2 + int(m_comparison.groups.size()) + 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
}

void tst_ComparisonTableModel::headers()
{
    QCOMPARE(m_comparison.groups.size(), 2);
    QCOMPARE(m_model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Variable"));
    QCOMPARE(m_model.headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("cytoreduction\nn = 30"));
    QCOMPARE(m_model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("medical\nn = 36"));
    QCOMPARE(m_model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Overall\nn = 66"));
    QCOMPARE(m_model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("p"));
    QCOMPARE(m_model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Test"));
    QVERIFY(m_model.headerData(1, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
}

void tst_ComparisonTableModel::cells_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    // SPEC §5: the published figures.
    const QString cs = QStringLiteral("Carcinoid syndrome improved");
    QTest::newRow("CS improved, cytoreduction") << cs << 1 << "24/28 (85.7%)";
    QTest::newRow("CS improved, medical") << cs << 2 << "18/28 (64.3%)";
    QTest::newRow("CS improved, overall") << cs << 3 << "42/56 (75.0%)";
    QTest::newRow("CS improved, p") << cs << 4 << "0.064";
    QTest::newRow("CS improved, test") << cs << 5 << "Pearson χ²";
    const QString relieved = QStringLiteral("Obstructive symptoms relieved");
    QTest::newRow("obstruction relieved, overall") << relieved << 3 << "24/24 (100.0%)";
    QTest::newRow("obstruction relieved: no test") << relieved << 4 << "—";
    QTest::newRow("obstruction relieved: no test named") << relieved << 5 << "no test";
    QTest::newRow("CS at presentation, overall")
        << "Carcinoid syndrome at presentation" << 3 << "56/66 (84.8%)";
    QTest::newRow("obstruction at presentation, overall")
        << "Obstruction or ischaemia at presentation" << 3 << "24/66 (36.4%)";
    QTest::newRow("mortality") << "Postoperative (30-day) mortality" << 3 << "0/64 (0.0%)";
    QTest::newRow("follow-up range") << "range" << 3 << "6–156";
    QTest::newRow("sex is a section") << "Sex" << 1 << "";
}

void tst_ComparisonTableModel::cells()
{
    QFETCH(QString, label);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const int r = line(label);
    QVERIFY2(r >= 0, qPrintable(label));
    QCOMPARE(cell(r, column), expected);
}

void tst_ComparisonTableModel::survivalAtTimes_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("time");
    QTest::newRow("1 year") << "Survival at 1 year (95% CI)" << 12.0;
    QTest::newRow("3 years") << "Survival at 3 years (95% CI)" << 36.0;
    QTest::newRow("5 years") << "Survival at 5 years (95% CI)" << 60.0;
}

void tst_ComparisonTableModel::survivalAtTimes()
{
    QFETCH(QString, label);
    QFETCH(double, time);
    const int r = line(label);
    QVERIFY2(r >= 0, qPrintable(label));
    const NumberFormat f;
    auto expected = [&](const GroupSurvival &g) {
        const auto at = std::find_if(g.at.cbegin(), g.at.cend(), [&](const auto &a) {
            return a.time == time;
        });
        if (at == g.at.cend() || !at->surv)
            return QStringLiteral("not estimable");
        if (!at->lower)
            return f.percent(*at->surv * 100, 1); // S = 1: no log-log interval
        return QStringLiteral("%1 (%2–%3)")
            .arg(f.percent(*at->surv * 100, 1),
                 f.number(*at->lower * 100, 1),
                 f.number(*at->upper * 100, 1));
    };
    QCOMPARE(m_survival.groups.size(), 2);
    for (int g = 0; g < 2; ++g) {
        QCOMPARE(m_survival.groups.at(g).name, m_comparison.groups.at(g).name);
        QCOMPARE(cell(r, 1 + g), expected(m_survival.groups.at(g)));
    }
    QCOMPARE(cell(r, 3), expected(m_overall.groups.constFirst()));
    QVERIFY(!m_model.index(r, 1).data(Qt::ToolTipRole).toString().isEmpty());
    if (time == 60) { // SPEC §5: overall 5-year survival 74%
        const auto &at = m_overall.groups.constFirst().at;
        QCOMPARE(qRound(*at.at(2).surv * 100), 74);
        QVERIFY2(cell(r, 3).startsWith(f.percent(*at.at(2).surv * 100, 1)), qPrintable(cell(r, 3)));
    }
}

void tst_ComparisonTableModel::survivalTestsAndFollowUp()
{
    const NumberFormat f;
    const int section = line(QStringLiteral("Survival (Kaplan-Meier)"));
    QVERIFY(section >= 0);
    QVERIFY(m_survival.logRank && m_survival.logRank->p);
    QCOMPARE(cell(section, 4), f.pValue(*m_survival.logRank->p));
    QCOMPARE(cell(section, 5), QStringLiteral("Log-rank test"));
    QVERIFY(m_model.index(section, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m_model.index(section, 4).data(Qt::FontRole).isValid());

    const int median = line(QStringLiteral("Median survival, months (95% CI)"));
    QVERIFY(median > section);
    const int followUp = line(QStringLiteral("Median follow-up, months (95% CI)"));
    QVERIFY(followUp > section);
    for (int g = 0; g < 2; ++g) {
        const Stats::QuantileEstimate &q = m_survival.groups.at(g).medianFollowUp;
        QVERIFY(q.time);
        QVERIFY2(cell(followUp, 1 + g).startsWith(f.compact(*q.time, 1) + u' '),
                 qPrintable(cell(followUp, 1 + g)));
        QVERIFY(!cell(median, 1 + g).isEmpty());
    }

    const int hr = line(QStringLiteral("Hazard ratio (Cox, 95% CI)"));
    QVERIFY(hr > section);
    QVERIFY(m_survival.cox);
    QCOMPARE(m_survival.cox->reference, QStringLiteral("medical"));
    QCOMPARE(cell(hr, 2), QStringLiteral("1 (reference)"));
    const Stats::CoxTerm &term = m_survival.cox->fit.terms.front();
    QVERIFY(term.hr && term.lower && term.upper && term.p);
    QCOMPARE(cell(hr, 1),
             QStringLiteral("%1 (%2–%3)")
                 .arg(f.number(*term.hr, 2), f.number(*term.lower, 2), f.number(*term.upper, 2)));
    QCOMPARE(cell(hr, 4), f.pValue(*term.p));
    QCOMPARE(cell(hr, 5), QStringLiteral("Cox regression (Wald)"));
}

void tst_ComparisonTableModel::monotoneCoxIsNotEstimable()
{
    // No deaths after cytoreduction: the hazard ratio tends to 0.
    const QByteArray csv = "patient_id,carcinoid_syndrome,obstruction,arm,followup_months,status\n"
                           "1,yes,no,medical,1,1\n"
                           "2,yes,no,medical,2,1\n"
                           "3,yes,no,medical,3,1\n"
                           "4,yes,no,medical,4,0\n"
                           "5,yes,no,cytoreduction,2,0\n"
                           "6,yes,no,cytoreduction,5,0\n"
                           "7,yes,no,cytoreduction,6,0\n";
    const auto store = Test::storeFromCsv(csv);
    QVERIFY(store);
    const auto comparison = ComparisonAnalysis::run(*store, {}, {});
    const auto survival = SurvivalAnalysis::run(*store, {}, {});
    QVERIFY(std::holds_alternative<ComparisonResult>(comparison));
    QVERIFY(std::holds_alternative<SurvivalResult>(survival));
    QVERIFY(std::get<SurvivalResult>(survival).cox);
    QVERIFY(std::get<SurvivalResult>(survival).cox->fit.monotone);

    ComparisonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(std::get<ComparisonResult>(comparison), std::get<SurvivalResult>(survival));
    int hr = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data().toString().trimmed().startsWith(QStringLiteral("Hazard")))
            hr = r;
    }
    QVERIFY(hr >= 0);
    QCOMPARE(model.index(hr, 1).data().toString(), QStringLiteral("not estimable"));
    QCOMPARE(model.index(hr, 2).data().toString(), QStringLiteral("1 (reference)"));
    QCOMPARE(model.index(hr, model.pColumn()).data().toString(), QStringLiteral("—"));
    QVERIFY(
        model.index(hr, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("monotone")));
    // Survival beyond the last follow-up of a group cannot be estimated (6 months here).
    int oneYear = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data().toString().contains(QStringLiteral("1 year")))
            oneYear = r;
    }
    QVERIFY(oneYear >= 0);
    QCOMPARE(model.index(oneYear, 1).data().toString(), QStringLiteral("not estimable"));
}

void tst_ComparisonTableModel::switchesTests_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<ComparisonTest>("test");
    QTest::newRow("CS improved: Fisher") << "cs_improved" << ComparisonTest::Fisher;
    QTest::newRow("CS improved: Yates") << "cs_improved" << ComparisonTest::Yates;
    QTest::newRow("follow-up: Welch") << "followup_months" << ComparisonTest::Welch;
    QTest::newRow("sex: Fisher") << "sex" << ComparisonTest::Fisher;
    QTest::newRow("primary site: Pearson") << "primary_site" << ComparisonTest::Pearson;
}

void tst_ComparisonTableModel::switchesTests()
{
    QFETCH(QString, variable);
    QFETCH(ComparisonTest, test);
    ComparisonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(m_comparison, m_survival);
    const auto row = std::find_if(m_comparison.rows.cbegin(),
                                  m_comparison.rows.cend(),
                                  [&](const ComparisonRow &r) { return r.variable == variable; });
    QVERIFY(row != m_comparison.rows.cend());
    QVERIFY(row->pFor(test));
    QVERIFY(model.availableTests(variable).contains(test));
    const int line = model.lineOf(variable);
    QVERIFY(line >= 0);
    QCOMPARE(model.index(line, 0).data(ComparisonTableModel::VariableRole).toString(), variable);
    QCOMPARE(model.index(line, 0).data(ComparisonTableModel::TestRole).value<ComparisonTest>(),
             row->test);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setTest(variable, test));
    QCOMPARE(changed.size(), 1);
    const NumberFormat f;
    QCOMPARE(model.index(line, model.pColumn()).data().toString(), f.pValue(*row->pFor(test)));
    QCOMPARE(model.index(line, model.testColumn()).data().toString(),
             ComparisonFormatter::testName(test));
    QCOMPARE(model.test(variable), test);
    QCOMPARE(model.index(line, 0).data(ComparisonTableModel::TestRole).value<ComparisonTest>(),
             test);
    QVERIFY(model.index(line, model.testColumn())
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(ComparisonTableModel::testDescription(test)));

    // The choice outlives new results for the same variable.
    model.setResults(m_comparison, m_survival, m_overall);
    QCOMPARE(model.test(variable), test);
    QCOMPARE(model.index(model.lineOf(variable), model.pColumn()).data().toString(),
             f.pValue(*row->pFor(test)));
    // ... and other rows keep their default.
    const int cs = model.lineOf(QStringLiteral("carcinoid_syndrome"));
    QCOMPARE(model.index(cs, model.testColumn()).data().toString(),
             ComparisonFormatter::testName(m_comparison.rows.constFirst().test));
}

void tst_ComparisonTableModel::refusesTestsTheRowHasNot()
{
    ComparisonTableModel model;
    model.setResults(m_comparison, m_survival);
    QVERIFY(!model.setTest(QStringLiteral("cs_improved"), ComparisonTest::Welch));
    QVERIFY(!model.setTest(QStringLiteral("age"), ComparisonTest::Fisher));
    QVERIFY(!model.setTest(QStringLiteral("no_such_column"), ComparisonTest::Pearson));
    // Every patient relieved: no test at all, so nothing to switch to.
    QVERIFY(model.availableTests(QStringLiteral("obstruction_relieved")).isEmpty());
    QVERIFY(!model.setTest(QStringLiteral("obstruction_relieved"), ComparisonTest::Fisher));
    QCOMPARE(model.availableTests(QStringLiteral("cs_improved")),
             (QList<ComparisonTest>{ComparisonTest::Pearson,
                                    ComparisonTest::Yates,
                                    ComparisonTest::Fisher}));
}

void tst_ComparisonTableModel::roles()
{
    const int cs = m_model.lineOf(QStringLiteral("cs_improved"));
    auto alignment = [&](int r, int c) {
        return Qt::Alignment(m_model.index(r, c).data(Qt::TextAlignmentRole).toInt());
    };
    QVERIFY(alignment(cs, 0) & Qt::AlignLeft);
    QVERIFY(alignment(cs, 1) & Qt::AlignHCenter);
    QVERIFY(alignment(cs, m_model.pColumn()) & Qt::AlignHCenter);
    QVERIFY(alignment(cs, m_model.testColumn()) & Qt::AlignLeft);

    // A categorical variable: a bold header, then one indented line per level.
    const int sex = m_model.lineOf(QStringLiteral("sex"));
    QCOMPARE(m_model.index(sex, 0).data().toString(), QStringLiteral("Sex"));
    QVERIFY(m_model.index(sex, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m_model.index(cs, 0).data(Qt::FontRole).isValid());
    QCOMPARE(m_model.index(sex + 1, 0).data().toString(), QStringLiteral("    F"));
    QCOMPARE(m_model.index(sex + 1, 0).data(ComparisonTableModel::VariableRole).toString(),
             QStringLiteral("sex"));
    QCOMPARE(m_model.index(sex + 1, 0)
                 .data(ComparisonTableModel::LineKindRole)
                 .value<ComparisonTableModel::LineKind>(),
             ComparisonTableModel::LineKind::Detail);
    QVERIFY(!m_model.index(sex + 1, 0).data(ComparisonTableModel::TestRole).isValid());

    // Continuous: mean (SD) on the variable's line, then median (IQR) and range.
    const int followUp = m_model.lineOf(QStringLiteral("followup_months"));
    QCOMPARE(m_model.index(followUp, 0).data().toString(),
             QStringLiteral("Follow-up (months), mean (SD)"));
    QCOMPARE(m_model.index(followUp + 1, 0).data().toString(), QStringLiteral("    median (IQR)"));
    QCOMPARE(m_model.index(followUp + 2, 0).data().toString(), QStringLiteral("    range"));
    const auto &row = *std::find_if(m_comparison.rows.cbegin(),
                                    m_comparison.rows.cend(),
                                    [](const ComparisonRow &r) {
                                        return r.variable == QStringLiteral("followup_months");
                                    });
    QCOMPARE(m_model.index(followUp, 3).data().toString(),
             ComparisonFormatter::summaryText(row.continuousOverall.summary,
                                              ComparisonFormatter::SummaryLine::MeanSd));
    QVERIFY(m_model.index(followUp, 3).data().toString().startsWith(QStringLiteral("47.")));

    // Tooltips explain the test and the interval.
    QVERIFY(m_model.index(cs, m_model.testColumn())
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("expected count is at least 5")));
    QVERIFY(
        m_model.index(cs, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("24 of 28")));
    const QVariantList tests
        = m_model.index(cs, 0).data(ComparisonTableModel::AvailableTestsRole).toList();
    QCOMPARE(tests.size(), 3);
    QCOMPARE(tests.at(2).value<ComparisonTest>(), ComparisonTest::Fisher);
}

void tst_ComparisonTableModel::tsv()
{
    ComparisonTableModel model;
    model.setResults(m_comparison, m_survival, m_overall);
    const QString all = model.toTsv();
    const QStringList lines = all.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), model.rowCount() + 1);
    QCOMPARE(lines.constFirst(),
             QStringLiteral(
                 "Variable\tcytoreduction n = 30\tmedical n = 36\tOverall n = 66\tp\tTest"));
    for (const QString &l : lines)
        QCOMPARE(l.count(u'\t'), model.columnCount() - 1);

    const int cs = model.lineOf(QStringLiteral("cs_improved"));
    const int sex = model.lineOf(QStringLiteral("sex"));
    QCOMPARE(model.toTsv({sex + 1, cs, cs}),
             lines.constFirst() + u'\n'
                 + QStringLiteral("Carcinoid syndrome improved\t24/28 (85.7%)\t18/28 (64.3%)\t"
                                  "42/56 (75.0%)\t0.064\tPearson χ²\n")
                 + lines.at(sex + 2) + u'\n');
    QVERIFY(model.setTest(QStringLiteral("cs_improved"), ComparisonTest::Fisher));
    QVERIFY(model.toTsv({cs}).endsWith(u'\t' + ComparisonFormatter::testName(ComparisonTest::Fisher)
                                       + u'\n'));
}

QTEST_MAIN(tst_ComparisonTableModel)
#include "tst_comparisontablemodel.moc"
