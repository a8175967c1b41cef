// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonformatter.h"
#include "comparisonpanel.h"
#include "comparisontablemodel.h"
#include "numberformat.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QTest>

using namespace CohortLens;

class tst_ComparisonPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contextMenuOffersTheRowsTests_data();
    void contextMenuOffersTheRowsTests();
    void triggeringATestSwitches();
    void linesWithoutAChoiceOfTest_data();
    void linesWithoutAChoiceOfTest();
    void copiesSelectedRows();
    void copyKeyCopiesRows();
    void copiesEverythingWithoutSelection();
    void nothingIsClipped();

private:
    static QList<QAction *> testActions(const QMenu *menu);
    const ComparisonRow &row(const QString &variable) const;

    ComparisonResult m_comparison;
    SurvivalResult m_survival;
    SurvivalResult m_overall;
};

void tst_ComparisonPanel::initTestCase()
{
    RegistryStore store;
    QCOMPARE(RegistryImporter().load(Test::demoRegistryPath(), store).outcome,
             ImportReport::Outcome::Imported);
    auto comparison = ComparisonAnalysis::run(store, {}, {});
    auto survival = SurvivalAnalysis::run(store, {}, {});
    SurvivalRequest everyone;
    everyone.group = QStringLiteral("none");
    auto overall = SurvivalAnalysis::run(store, {}, everyone);
    QVERIFY(std::holds_alternative<ComparisonResult>(comparison));
    QVERIFY(std::holds_alternative<SurvivalResult>(survival));
    QVERIFY(std::holds_alternative<SurvivalResult>(overall));
    m_comparison = std::get<ComparisonResult>(comparison);
    m_survival = std::get<SurvivalResult>(survival);
    m_overall = std::get<SurvivalResult>(overall);
}

const ComparisonRow &tst_ComparisonPanel::row(const QString &variable) const
{
    return *std::find_if(m_comparison.rows.cbegin(),
                         m_comparison.rows.cend(),
                         [&](const ComparisonRow &r) { return r.variable == variable; });
}

QList<QAction *> tst_ComparisonPanel::testActions(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->isCheckable() && action->data().isValid())
            actions << action;
    }
    return actions;
}

void tst_ComparisonPanel::contextMenuOffersTheRowsTests_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<int>("offset"); // the line clicked, from the variable's first line
    QTest::addColumn<QList<ComparisonTest>>("tests");
    QTest::addColumn<ComparisonTest>("checked");
    const QList<ComparisonTest> binary{ComparisonTest::Pearson,
                                       ComparisonTest::Yates,
                                       ComparisonTest::Fisher};
    QTest::newRow("binary, 2 groups") << "cs_improved" << 0 << binary << ComparisonTest::Pearson;
    QTest::newRow("categorical") << "sex" << 0
                                 << QList<ComparisonTest>{ComparisonTest::Pearson,
                                                          ComparisonTest::Fisher}
                                 << row(QStringLiteral("sex")).test;
    QTest::newRow("categorical, on a level line")
        << "sex" << 2 << QList<ComparisonTest>{ComparisonTest::Pearson, ComparisonTest::Fisher}
        << row(QStringLiteral("sex")).test;
    QTest::newRow("continuous") << "age" << 0
                                << QList<ComparisonTest>{ComparisonTest::Wilcoxon,
                                                         ComparisonTest::Welch}
                                << ComparisonTest::Wilcoxon;
    QTest::newRow("continuous, on its range line")
        << "followup_months" << 2
        << QList<ComparisonTest>{ComparisonTest::Wilcoxon, ComparisonTest::Welch}
        << ComparisonTest::Wilcoxon;
}

void tst_ComparisonPanel::contextMenuOffersTheRowsTests()
{
    QFETCH(QString, variable);
    QFETCH(int, offset);
    QFETCH(QList<ComparisonTest>, tests);
    QFETCH(ComparisonTest, checked);
    ComparisonPanel panel;
    panel.setResults(m_comparison, m_survival, m_overall);
    const int line = panel.model()->lineOf(variable) + offset;
    QMenu *menu = panel.createContextMenu(panel.model()->index(line, 1));
    QVERIFY(menu);
    QCOMPARE(menu->parent(), &panel);
    const QList<QAction *> actions = testActions(menu);
    QList<ComparisonTest> offered;
    for (const QAction *action : actions) {
        const auto test = action->data().value<ComparisonTest>();
        offered << test;
        QCOMPARE(action->isChecked(), test == checked);
        QVERIFY(action->text().startsWith(ComparisonFormatter::testName(test)));
        QVERIFY(action->text().contains(NumberFormat().pValue(*row(variable).pFor(test))));
        QCOMPARE(action->toolTip(), ComparisonTableModel::testDescription(test));
    }
    QCOMPARE(offered, tests);
    QVERIFY(menu->actions().contains(panel.copyAction()));
    delete menu;
}

void tst_ComparisonPanel::triggeringATestSwitches()
{
    ComparisonPanel panel;
    panel.setResults(m_comparison, m_survival, m_overall);
    ComparisonTableModel *model = panel.model();
    const QString variable = QStringLiteral("cs_improved");
    const int line = model->lineOf(variable);
    QCOMPARE(model->index(line, model->pColumn()).data().toString(), QStringLiteral("0.064"));

    std::unique_ptr<QMenu> menu(panel.createContextMenu(model->index(line, 0)));
    const QList<QAction *> actions = testActions(menu.get());
    const auto fisher = std::find_if(actions.cbegin(), actions.cend(), [](const QAction *a) {
        return a->data().value<ComparisonTest>() == ComparisonTest::Fisher;
    });
    QVERIFY(fisher != actions.cend());
    (*fisher)->trigger();
    QCOMPARE(model->test(variable), ComparisonTest::Fisher);
    QCOMPARE(model->index(line, model->pColumn()).data().toString(),
             NumberFormat().pValue(*row(variable).fisherP));
    QCOMPARE(model->index(line, model->testColumn()).data().toString(),
             ComparisonFormatter::testName(ComparisonTest::Fisher));

    // A new menu shows the choice; new results keep it.
    std::unique_ptr<QMenu> again(panel.createContextMenu(model->index(line, 0)));
    for (const QAction *action : testActions(again.get()))
        QCOMPARE(action->isChecked(),
                 action->data().value<ComparisonTest>() == ComparisonTest::Fisher);
    panel.setResults(m_comparison, m_survival, m_overall);
    QCOMPARE(model->index(model->lineOf(variable), model->testColumn()).data().toString(),
             ComparisonFormatter::testName(ComparisonTest::Fisher));
}

void tst_ComparisonPanel::linesWithoutAChoiceOfTest_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("every patient relieved") << "Obstructive symptoms relieved";
    QTest::newRow("survival section") << "Survival (Kaplan-Meier)";
    QTest::newRow("survival at 5 years") << "Survival at 5 years (95% CI)";
}

void tst_ComparisonPanel::linesWithoutAChoiceOfTest()
{
    QFETCH(QString, label);
    ComparisonPanel panel;
    panel.setResults(m_comparison, m_survival, m_overall);
    int line = -1;
    for (int r = 0; r < panel.model()->rowCount(); ++r) {
        if (panel.model()->index(r, 0).data().toString().trimmed() == label)
            line = r;
    }
    QVERIFY(line >= 0);
    std::unique_ptr<QMenu> menu(panel.createContextMenu(panel.model()->index(line, 0)));
    QVERIFY(testActions(menu.get()).isEmpty());
    QVERIFY(menu->actions().contains(panel.copyAction()));
}

void tst_ComparisonPanel::copiesSelectedRows()
{
    ComparisonPanel panel;
    panel.setResults(m_comparison, m_survival, m_overall);
    const int cs = panel.model()->lineOf(QStringLiteral("cs_improved"));
    const int sex = panel.model()->lineOf(QStringLiteral("sex"));
    QItemSelectionModel *selection = panel.view()->selectionModel();
    selection->select(panel.model()->index(sex, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(panel.model()->index(cs, 2),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString tsv = panel.toTsv(true);
    QCOMPARE(tsv, panel.model()->toTsv({cs, sex}));
    QCOMPARE(tsv.count(u'\n'), 3);
    QVERIFY(
        tsv.contains(QStringLiteral("Carcinoid syndrome improved\t24/28 (85.7%)\t18/28 (64.3%)")));

    QApplication::clipboard()->clear();
    panel.copyAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), tsv);
}

void tst_ComparisonPanel::copyKeyCopiesRows()
{
    ComparisonPanel panel;
    panel.resize(1100, 700);
    panel.setResults(m_comparison, m_survival, m_overall);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int cs = panel.model()->lineOf(QStringLiteral("cs_improved"));
    panel.view()->selectRow(cs);
    panel.view()->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(panel.view(), QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), panel.model()->toTsv({cs}));
}

void tst_ComparisonPanel::copiesEverythingWithoutSelection()
{
    ComparisonPanel panel;
    panel.setResults(m_comparison, m_survival, m_overall);
    QVERIFY(panel.view()->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(panel.toTsv(true), panel.model()->toTsv());
    QCOMPARE(panel.toTsv(false), panel.model()->toTsv());
    panel.view()->selectRow(0);
    QCOMPARE(panel.toTsv(false).count(u'\n'), panel.model()->rowCount() + 1);
    QApplication::clipboard()->clear();
    std::unique_ptr<QMenu> menu(panel.createContextMenu(panel.model()->index(0, 0)));
    const auto actions = menu->actions();
    const auto whole = std::find_if(actions.cbegin(), actions.cend(), [](const QAction *a) {
        return a->objectName() == QStringLiteral("copyWholeComparison");
    });
    QVERIFY(whole != actions.cend());
    (*whole)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), panel.model()->toTsv());
}

void tst_ComparisonPanel::nothingIsClipped()
{
    // At 1280 × 800 every cell's text fits its column.
    ComparisonPanel panel;
    panel.resize(1280, 800);
    panel.setResults(m_comparison, m_survival, m_overall);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *view = panel.view();
    const QFontMetrics metrics(view->font());
    int total = 0;
    for (int c = 0; c < panel.model()->columnCount(); ++c) {
        total += view->columnWidth(c);
        for (int r = 0; r < panel.model()->rowCount(); ++r) {
            const QModelIndex index = panel.model()->index(r, c);
            QFont font = view->font();
            if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                font = f.value<QFont>().resolve(font);
            const int needed = QFontMetrics(font).horizontalAdvance(index.data().toString());
            QVERIFY2(needed < view->columnWidth(c),
                     qPrintable(QStringLiteral("\"%1\" needs %2 px, column %3 has %4")
                                    .arg(index.data().toString())
                                    .arg(needed)
                                    .arg(c)
                                    .arg(view->columnWidth(c))));
        }
    }
    // ... and the table needs no horizontal scrolling.
    QVERIFY2(total <= view->viewport()->width(),
             qPrintable(
                 QStringLiteral("%1 px of columns in %2").arg(total).arg(view->viewport()->width())));
}

QTEST_MAIN(tst_ComparisonPanel)
#include "tst_comparisonpanel.moc"
