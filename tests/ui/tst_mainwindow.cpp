// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The viewer driven through its real widgets, offscreen: every view must show what the
// core computes for the cohort the filters select.

#include "columnmappingdialog.h"
#include "comparisonformatter.h"
#include "comparisonpanel.h"
#include "filterpanel.h"
#include "importproblemsdialog.h"
#include "kaplanmeierchart.h"
#include "localization.h"
#include "mainwindow.h"
#include "methodsdialog.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "servertest.h"
#include "survivalformatter.h"
#include "symptomreliefchart.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace CohortLens;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensTheDemo();
    void opensASharedRegistry();
    void presentationFilterUpdatesEveryView_data();
    void presentationFilterUpdatesEveryView();
    void idSearchFollowsTyping();
    void onlyTheNewestResultIsShown();
    void keepsTheRegistryWhenOpeningFails();
    void foreignCsvAsksForItsColumns();
    void opensADatabaseAndRemembersIt();
    void opensADroppedFile();
    void cancelledImportLeavesTheDatabaseUnchanged();
    void chartMenuChangesTheChart();
    void remembersTheLayout();
    void switchesLanguageLive_data();
    void switchesLanguageLive();
    void startsInTheChosenLanguage();
    void showsTheStatisticalMethods();

private:
    // The texts of the menu bar's menus and of every action in them, recursively.
    static QStringList menuTexts(const QMainWindow &window);
    static QAction *findAction(const QMainWindow &window, const QString &objectName);
    static QString statusText(MainWindow &window, const char *name);
    // Calls `handle` on the next modal dialog, from the event loop.
    static void whenModal(std::function<void(QWidget *)> handle);

    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CohortLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QLocale::setDefault(QLocale::c());
    Localization::install(QLocale::c());
}

void tst_MainWindow::init()
{
    QSettings().clear();
    Localization::install(QLocale::c()); // also after a test that failed in another language
}

QString tst_MainWindow::statusText(MainWindow &window, const char *name)
{
    auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

void tst_MainWindow::whenModal(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, handle] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void tst_MainWindow::opensTheDemo()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemo());
    QVERIFY(window.waitUntilShown());
    QVERIFY(window.isDemo());
    QCOMPARE(window.totalPatients(), 66);
    QCOMPARE(window.visiblePatients(), 66);
    QCOMPARE(statusText(window, "patientCount"), QStringLiteral("66 of 66 patients"));
    QVERIFY(statusText(window, "dataSource").contains(QStringLiteral("synthetic demo data")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("synthetic data, not real patients")));
    QCOMPARE(window.patientTable()->model()->rowCount(), 66);

    // The published figures on screen (SPEC §5).
    KaplanMeierChart *km = window.kaplanMeierChart();
    QVERIFY(km->legendText(0).contains(QStringLiteral("cytoreduction")));
    QVERIFY(km->legendText(0).contains(QStringLiteral("30")));
    QVERIFY2(km->pValueText().contains(QStringLiteral("Log-rank")), qPrintable(km->pValueText()));
    QStringList bars;
    for (const QStringList &group : window.reliefChart()->barLabels())
        bars += group;
    QVERIFY2(bars.contains(QStringLiteral("24/28")) && bars.contains(QStringLiteral("18/28")),
             qPrintable(bars.join(u' ')));
    QVERIFY2(window.reliefChart()->testLabels().join(u' ').contains(QStringLiteral("0.064")),
             qPrintable(window.reliefChart()->testLabels().join(u' ')));
    const QString panel = window.comparisonPanel()->toTsv(false);
    QVERIFY2(panel.contains(QStringLiteral("24/28 (85.7%)")), qPrintable(panel));
    QVERIFY(panel.contains(QStringLiteral("18/28 (64.3%)")));
    QVERIFY(panel.contains(QStringLiteral("0.064")));
    QVERIFY2(panel.contains(QStringLiteral("73.8")), qPrintable(panel)); // 5-year survival
}

// The demo in a PostgreSQL registry shows in the window exactly as from its CSV: the same
// filter lists, curves' numbers and comparison table, for everyone and a presentation.
void tst_MainWindow::opensASharedRegistry()
{
    if (Test::testServer().isEmpty()) {
        if (Test::serverRequired())
            QFAIL("COHORTLENS_REQUIRE_PG is set but COHORTLENS_TEST_PG is not");
        QSKIP("set COHORTLENS_TEST_PG=postgresql://user@host:port/db to test on PostgreSQL");
    }
    QString error;
    const QString server = Test::freshServerDatabase(QStringLiteral("tst_mainwindow"), &error);
    QVERIFY2(!server.isEmpty(), qPrintable(error));
    ImportRequest request;
    request.csvPath = Test::demoRegistryPath();
    request.databasePath = server;
    const ImportReport report = RegistryImporter().importFile(request);
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported, qPrintable(report.message));

    MainWindow shared;
    MainWindow demo;
    QVERIFY(shared.openRegistry(server));
    QVERIFY(demo.openDemo());
    QVERIFY(shared.waitUntilShown());
    QVERIFY(demo.waitUntilShown());
    QVERIFY(shared.windowTitle().contains(RegistryStore::displayLocation(server)));
    QVERIFY(!shared.windowTitle().contains(qEnvironmentVariable("PGPASSWORD")));
    for (const Presentation presentation : {Presentation::Any, Presentation::CarcinoidSyndrome}) {
        for (MainWindow *window : {&shared, &demo}) {
            auto *combo = window->filterPanel()->findChild<QComboBox *>(
                QStringLiteral("presentation"));
            combo->setCurrentIndex(combo->findData(int(presentation)));
            QVERIFY(window->waitUntilShown());
        }
        QCOMPARE(shared.totalPatients(), demo.totalPatients());
        QCOMPARE(shared.visiblePatients(), demo.visiblePatients());
        QCOMPARE(shared.comparisonPanel()->toTsv(false), demo.comparisonPanel()->toTsv(false));
        QCOMPARE(SurvivalFormatter::json(*shared.snapshot().survival),
                 SurvivalFormatter::json(*demo.snapshot().survival));
        QCOMPARE(shared.snapshot().choices, demo.snapshot().choices);
    }
}

void tst_MainWindow::presentationFilterUpdatesEveryView_data()
{
    QTest::addColumn<int>("presentation");
    for (const Presentation p : {Presentation::Any,
                                 Presentation::CarcinoidSyndrome,
                                 Presentation::Obstruction,
                                 Presentation::Both,
                                 Presentation::CarcinoidSyndromeOnly,
                                 Presentation::ObstructionOnly})
        QTest::addRow("%s", qPrintable(CohortFilter::presentationKey(p))) << int(p);
}

void tst_MainWindow::presentationFilterUpdatesEveryView()
{
    QFETCH(int, presentation);
    MainWindow window;
    window.show();
    QVERIFY(window.openDemo());
    QVERIFY(window.waitUntilShown());

    // The surgeon picks the presentation in the filter dock.
    auto *combo = window.filterPanel()->findChild<QComboBox *>(QStringLiteral("presentation"));
    QVERIFY(combo);
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    combo->setCurrentIndex(combo->findData(presentation));
    if (presentation != int(Presentation::Any))
        QVERIFY(shown.wait(10000));
    window.controller()->waitForResults();
    CohortFilter filter;
    filter.presentation = Presentation(presentation);
    QCOMPARE(window.snapshot().filter, filter);

    // What the core computes for the same cohort, independently of the window.
    RegistryStore store;
    QCOMPARE(RegistryImporter().load(Test::demoRegistryPath(), store).outcome,
             ImportReport::Outcome::Imported);
    const qint64 count = store.countCohort(filter).value_or(-1);
    const auto survival = std::get<SurvivalResult>(SurvivalAnalysis::run(store, filter, {}));
    const auto comparison = std::get<ComparisonResult>(ComparisonAnalysis::run(store, filter, {}));

    QCOMPARE(window.patientTable()->model()->rowCount(), int(count));
    QCOMPARE(statusText(window, "patientCount"), QStringLiteral("%1 of 66 patients").arg(count));

    // Kaplan-Meier chart: every drop of every curve, every censor mark, every at-risk number.
    KaplanMeierChart *km = window.kaplanMeierChart();
    QCOMPARE(km->subtitle(), filter.description());
    const QList<double> ticks = km->tickValues();
    const QList<QStringList> table = km->riskTableRows();
    for (int g = 0; g < survival.groups.size(); ++g) {
        const Stats::KaplanMeierCurve &curve = survival.groups.at(g).curve;
        const QList<QPointF> points = km->curvePoints(g);
        const QList<QPointF> marks = km->censorMarks(g);
        int censored = 0;
        for (const Stats::KaplanMeierRow &row : curve.rows) {
            const QPointF expected(row.time, 100 * row.surv);
            if (row.nEvent > 0) {
                const bool found = std::any_of(points.cbegin(), points.cend(), [&](QPointF p) {
                    return std::abs(p.x() - expected.x()) < 1e-9
                           && std::abs(p.y() - expected.y()) < 1e-9;
                });
                QVERIFY2(found,
                         qPrintable(QStringLiteral("group %1: no drop to %2% at %3")
                                        .arg(g)
                                        .arg(expected.y())
                                        .arg(expected.x())));
            }
            if (row.nCensor > 0) {
                ++censored;
                const bool marked = std::any_of(marks.cbegin(), marks.cend(), [&](QPointF p) {
                    return std::abs(p.x() - expected.x()) < 1e-9
                           && std::abs(p.y() - expected.y()) < 1e-9;
                });
                QVERIFY2(marked,
                         qPrintable(
                             QStringLiteral("group %1: no censor mark at %2").arg(g).arg(row.time)));
            }
        }
        QCOMPARE(marks.size(), censored);
        // The at-risk row of this group: its label, then one cell per tick.
        const QStringList riskRow = table.at(g);
        QCOMPARE(riskRow.size(), ticks.size() + 1);
        for (int t = 0; t < ticks.size(); ++t)
            QCOMPARE(riskRow.at(t + 1).toInt(), int(Stats::survivalAt(curve, ticks.at(t)).nRisk));
    }

    // Comparison panel: the CS-improved line of every group, and its p.
    const QString panel = window.comparisonPanel()->toTsv(false);
    for (const ComparisonRow &row : comparison.rows) {
        if (row.variable != u"cs_improved")
            continue;
        for (const CountCell &cell : row.cells) {
            const QString text = ComparisonFormatter::countText(cell.proportion, QLocale::c());
            QVERIFY2(panel.contains(text), qPrintable(text + u'\n' + panel));
        }
    }
}

void tst_MainWindow::idSearchFollowsTyping()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemo());
    QVERIFY(window.waitUntilShown());
    auto *search = window.filterPanel()->findChild<QLineEdit *>(QStringLiteral("idSearch"));
    QVERIFY(search);
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    QTest::keyClicks(search, QStringLiteral("syn-00"));
    QTRY_COMPARE_WITH_TIMEOUT(window.visiblePatients(), 9, 10000); // SYN-001 … SYN-009
    QCOMPARE(statusText(window, "patientCount"), QStringLiteral("9 of 66 patients"));
}

void tst_MainWindow::onlyTheNewestResultIsShown()
{
    MainWindow window;
    QVERIFY(window.openDemo());
    QVERIFY(window.waitUntilShown());
    CohortFilter last;
    for (const Presentation p : {Presentation::CarcinoidSyndrome,
                                 Presentation::Obstruction,
                                 Presentation::Both,
                                 Presentation::ObstructionOnly}) {
        last.presentation = p;
        window.controller()->setFilter(last);
    }
    window.controller()->waitForResults();
    QCOMPARE(window.snapshot().filter, last);
    QCOMPARE(window.visiblePatients(), 10);
}

void tst_MainWindow::keepsTheRegistryWhenOpeningFails()
{
    MainWindow window;
    QVERIFY(window.openDemo());
    QVERIFY(window.waitUntilShown());
    QString shown;
    whenModal([&](QWidget *modal) {
        if (auto *problems = qobject_cast<ImportProblemsDialog *>(modal)) {
            const QTableWidget *table = problems->table();
            for (int r = 0; r < table->rowCount(); ++r)
                shown += table->item(r, 3)->text() + u'\n';
        }
        modal->close();
    });
    QSignalSpy opened(&window, &MainWindow::registryOpened);
    QVERIFY(window.openRegistry(QStringLiteral(COHORTLENS_TEST_DATA "/registry/invalid-arm.csv")));
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.takeFirst().at(0).toBool(), false);
    QVERIFY2(shown.contains(QStringLiteral("unknown arm")), qPrintable(shown));
    QVERIFY(window.isDemo());
    QCOMPARE(window.totalPatients(), 66);
}

void tst_MainWindow::foreignCsvAsksForItsColumns()
{
    MainWindow window;
    window.show();
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<ColumnMappingDialog *>(modal);
        QVERIFY(dialog);
        dialog->groupBox()->setCurrentText(QStringLiteral("x"));
        dialog->accept();
    });
    QVERIFY(window.openRegistry(QStringLiteral(COHORTLENS_TEST_DATA "/r/aml.csv")));
    QVERIFY(window.waitUntilShown());
    QCOMPARE(window.totalPatients(), 23);
    const SurvivalResult &survival = *window.snapshot().survival;
    QCOMPARE(survival.group, QStringLiteral("x"));
    QCOMPARE(survival.groups.size(), 2);
    QVERIFY(window.kaplanMeierChart()->legendText(1).contains(QStringLiteral("Nonmaintained")));
    // No symptom columns in this file: the relief chart says so instead of drawing nothing.
    auto *stack = qobject_cast<QStackedWidget *>(window.reliefChart()->parentWidget());
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 1);
}

void tst_MainWindow::opensADatabaseAndRemembersIt()
{
    ImportRequest request;
    request.csvPath = QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv");
    request.databasePath = m_dir.filePath(QStringLiteral("small.sqlite"));
    QFile::remove(request.databasePath);
    QCOMPARE(RegistryImporter().importFile(request).outcome, ImportReport::Outcome::Imported);

    MainWindow window;
    QVERIFY(window.openRegistry(request.databasePath));
    QVERIFY(window.waitUntilShown());
    QVERIFY(!window.isDemo());
    QCOMPARE(window.totalPatients(), 5);
    QCOMPARE(statusText(window, "dataSource"), QStringLiteral("Source: small.sqlite"));
    // native + two extra columns
    QCOMPARE(window.patientTable()->model()->columnCount(), 17 + 2);
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    QCOMPARE(recent.value(0), QFileInfo(request.databasePath).absoluteFilePath());
}

void tst_MainWindow::opensADroppedFile()
{
    MainWindow window;
    window.show();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(window.waitUntilShown());
    QCOMPARE(window.totalPatients(), 5);
    QCOMPARE(window.sourceName(), QStringLiteral("small.csv"));
}

void tst_MainWindow::cancelledImportLeavesTheDatabaseUnchanged()
{
    const QString db = m_dir.filePath(QStringLiteral("cancel.sqlite"));
    QFile::remove(db);
    ImportRequest first;
    first.csvPath = QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv");
    first.databasePath = db;
    QCOMPARE(RegistryImporter().importFile(first).outcome, ImportReport::Outcome::Imported);
    const QByteArray before = Test::fileSha256(db);

    QByteArray big = "patient_id,carcinoid_syndrome,obstruction,arm,followup_months,status\n";
    for (int i = 0; i < 100000; ++i)
        big += "B" + QByteArray::number(i) + ",yes,no,medical," + QByteArray::number(i % 120)
               + ",0\n";
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(Test::writeFile(csv, big));

    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importIntoRegistry(csv, db, ProvenanceEntry::Mode::Append);
    window.cancelImport(); // as the progress dialog's Cancel does
    QVERIFY(finished.wait(30000));
    const auto report = finished.takeFirst().at(0).value<ImportReport>();
    QCOMPARE(report.outcome, ImportReport::Outcome::Cancelled);
    QCOMPARE(Test::fileSha256(db), before);
}

void tst_MainWindow::chartMenuChangesTheChart()
{
    MainWindow window;
    QVERIFY(window.openDemo());
    QVERIFY(window.waitUntilShown());
    QAction *years = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == QStringLiteral("Time in Years"))
                years = action;
        }
    }
    QVERIFY(years);
    QVERIFY(!window.kaplanMeierChart()->options().years);
    years->trigger();
    QVERIFY(window.kaplanMeierChart()->options().years);
    const QList<double> ticks = window.kaplanMeierChart()->tickValues();
    QVERIFY(!ticks.isEmpty() && ticks.last() <= 14); // 156 months = 13 years
}

void tst_MainWindow::remembersTheLayout()
{
    QList<int> sizes;
    {
        MainWindow window;
        window.show();
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({500, 200});
        sizes = splitter->sizes();
        window.close();
    }
    MainWindow again;
    again.show();
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

QStringList tst_MainWindow::menuTexts(const QMainWindow &window)
{
    QStringList texts;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            texts << action->text();
            if (action->menu())
                collect(action->menu()->actions());
        }
    };
    collect(window.menuBar()->actions());
    return texts;
}

QAction *tst_MainWindow::findAction(const QMainWindow &window, const QString &objectName)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (auto *action : menu->menu()->findChildren<QAction *>(objectName))
            return action;
    }
    return nullptr;
}

void tst_MainWindow::switchesLanguageLive_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("count");    // the status bar
    QTest::addColumn<QString>("improved"); // a row of the comparison table
    QTest::addColumn<QString>("percent");  // in the same table, with the locale's decimal sign
    QTest::addColumn<QString>("pValue");   // on the Kaplan-Meier chart

    QTest::newRow("German") << "de"
                            << "&Datei"
                            << "66 von 66 Patienten"
                            << "Karzinoid-Syndrom gebessert"
                            << "85,7"
                            << "0,522";
    QTest::newRow("French") << "fr"
                            << "&Fichier"
                            << "66 sur 66 patients"
                            << "Syndrome carcinoïde amélioré"
                            << "85,7"
                            << "0,522";
    QTest::newRow("Spanish") << "es"
                             << "&Archivo"
                             << "66 de 66 pacientes"
                             << "Síndrome carcinoide mejorado"
                             << "85,7"
                             << "0,522";
}

// View ▸ Language changes every view at once, without reopening the registry, and back.
void tst_MainWindow::switchesLanguageLive()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    QFETCH(QString, count);
    QFETCH(QString, improved);
    QFETCH(QString, percent);
    QFETCH(QString, pValue);

    MainWindow window;
    window.show();
    QVERIFY(window.openDemo());
    QVERIFY(window.waitUntilShown());
    const QStringList english = menuTexts(window);
    QVERIFY(english.contains(QStringLiteral("&File")));

    QAction *language = findAction(window, QStringLiteral("language:") + code);
    QVERIFY(language);
    language->trigger();
    window.controller()->waitForResults();
    QCoreApplication::processEvents();

    QCOMPARE(window.menuBar()->actions().constFirst()->text(), fileMenu);
    QCOMPARE(statusText(window, "patientCount"), count);
    const QString table = window.comparisonPanel()->toTsv(false);
    QVERIFY2(table.contains(improved), qPrintable(table));
    QVERIFY2(table.contains(percent), qPrintable(table));
    QVERIFY2(window.kaplanMeierChart()->pValueText().contains(pValue),
             qPrintable(window.kaplanMeierChart()->pValueText()));
    // Every menu entry was made again in the new language: none of the English ones is
    // left, except names that are the same in both (the languages' own names, "CohortLens").
    const QStringList translated = menuTexts(window);
    QCOMPARE(translated.size(), english.size());
    int same = 0;
    for (qsizetype i = 0; i < english.size(); ++i)
        same += translated.at(i) == english.at(i);
    QVERIFY2(same <= 6, qPrintable(translated.join(u'|')));
    QCOMPARE(Localization::savedLanguage(), code);

    // And back: the system language of the test is C, which shows English.
    QAction *system = findAction(window, QStringLiteral("language:"));
    QVERIFY(system);
    system->trigger();
    window.controller()->waitForResults();
    QCoreApplication::processEvents();
    QCOMPARE(menuTexts(window), english);
    QCOMPARE(statusText(window, "patientCount"), QStringLiteral("66 of 66 patients"));
    QVERIFY(window.comparisonPanel()->toTsv(false).contains(QStringLiteral("85.7")));
    QVERIFY(Localization::savedLanguage().isEmpty());
    Localization::install(QLocale::c());
}

// The language chosen last time (or --lang) is the one the window starts in.
void tst_MainWindow::startsInTheChosenLanguage()
{
    Localization::saveLanguage(QStringLiteral("de"));
    Localization::install(Localization::startupLocale());
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        QVERIFY(window.waitUntilShown());
        const QStringList menus = menuTexts(window);
        for (const QString &german :
             {QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")})
            QVERIFY2(menus.contains(german), qPrintable(menus.join(u'|')));
        QCOMPARE(statusText(window, "patientCount"), QStringLiteral("66 von 66 Patienten"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Patienten"));
        QVERIFY(window.findChild<FilterPanel *>()
                    ->findChild<QPushButton *>(QStringLiteral("reset"))
                    ->text()
                    .remove(u'&')
                    .contains(QStringLiteral("zurücksetzen")));
    }
    Localization::saveLanguage(QString());
    Localization::install(QLocale::c());
}

// Help ▸ Statistical Methods renders docs/methods.md, embedded in the program.
void tst_MainWindow::showsTheStatisticalMethods()
{
    MainWindow window;
    window.show();
    QAction *methods = findAction(window, QStringLiteral("statisticalMethods"));
    QVERIFY(methods);
    methods->trigger();
    auto *dialog = window.findChild<MethodsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString text = dialog->browser()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("CohortLens statistical methods")),
             qPrintable(text.left(80)));
    QVERIFY(text.contains(QStringLiteral("Greenwood")));
    QVERIFY(!text.contains(QStringLiteral("## "))); // rendered, not shown as Markdown source
    dialog->close();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
