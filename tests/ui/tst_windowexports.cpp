// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Export, File ▸ Print, Edit ▸ Copy and the charts' context menus of the window,
// driven as the surgeon drives them (the dialogs answered from the event loop): every
// export is written, shows what the window shows, and never replaces a file unasked.

#include "comparisonpanel.h"
#include "comparisontablemodel.h"
#include "exportdialog.h"
#include "filterpanel.h"
#include "kaplanmeierchart.h"
#include "localization.h"
#include "mainwindow.h"
#include "pdftools.h"
#include "symptomreliefchart.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace CohortLens;

class tst_WindowExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void menusOfferEveryExport();
    void exportsFromTheMenu_data();
    void exportsFromTheMenu();
    void exportShowsTheWindowsFilter();
    void tablesAsTheWindowShowsThem();
    void reportOfTheWindow();
    void neverReplacesAFileUnasked();
    void reportsAnUnwritablePath();
    void copiesTheTableInFront();

private:
    // Calls `handle` on the next modal dialog (not `skip`), from the event loop.
    static void whenModal(std::function<void(QWidget *)> handle, QWidget *skip = nullptr);
    static QAction *action(QWidget *window, const QString &name);
    static bool openDemo(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_folder;
};

void tst_WindowExports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CohortLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowexports"));
    QLocale::setDefault(QLocale::c());
    Localization::install(QLocale::c());
}

void tst_WindowExports::init()
{
    // A folder of its own per test and data row: the default names repeat.
    m_folder = m_dir.filePath(
        QStringLiteral("%1-%2")
            .arg(QString::fromLatin1(QTest::currentTestFunction()),
                 QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    QVERIFY(QDir().mkpath(m_folder));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("export/folder"), m_folder);
}

void tst_WindowExports::whenModal(std::function<void(QWidget *)> handle, QWidget *skip)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, handle, skip] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal != skip) {
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

QAction *tst_WindowExports::action(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

bool tst_WindowExports::openDemo(MainWindow &window)
{
    window.show();
    return window.openDemo() && window.waitUntilShown();
}

void tst_WindowExports::menusOfferEveryExport()
{
    MainWindow window;
    // Nothing to export before a registry is open.
    QVERIFY(action(&window, QStringLiteral("exportKaplanMeier")));
    QVERIFY(!action(&window, QStringLiteral("exportKaplanMeier"))->isEnabled());
    QVERIFY(openDemo(window));

    auto *exportMenu = window.findChild<QMenu *>(QStringLiteral("exportMenu"));
    QVERIFY(exportMenu);
    QStringList texts;
    for (QAction *a : exportMenu->actions()) {
        if (!a->isSeparator()) {
            texts << a->text().remove(u'&');
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        }
    }
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Kaplan-Meier Chart…"),
                          QStringLiteral("Symptom-Relief Chart…"),
                          QStringLiteral("Comparison Table…"),
                          QStringLiteral("Patient Table…"),
                          QStringLiteral("Report (PDF)…")}));
    QAction *print = action(&window, QStringLiteral("print"));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QAction *copy = action(&window, QStringLiteral("copy"));
    QVERIFY(copy);
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));

    // A right-click on each chart offers its export.
    for (QWidget *chart :
         std::initializer_list<QWidget *>{window.kaplanMeierChart(), window.reliefChart()}) {
        QCOMPARE(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList items;
        for (QAction *a : chart->actions())
            items << a->text().remove(u'&');
        QVERIFY2(items.contains(QStringLiteral("Export Chart…")), qPrintable(items.join(u'|')));
        QVERIFY(items.contains(QStringLiteral("Copy Chart as Image")));
    }
}

void tst_WindowExports::exportsFromTheMenu_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("stem");
    QTest::newRow("km png") << QStringLiteral("exportKaplanMeier") << QStringLiteral("png")
                            << QStringLiteral("km");
    QTest::newRow("km pdf") << QStringLiteral("exportKaplanMeier") << QStringLiteral("pdf")
                            << QStringLiteral("km");
    QTest::newRow("relief svg") << QStringLiteral("exportRelief") << QStringLiteral("svg")
                                << QStringLiteral("relief");
    QTest::newRow("comparison csv") << QStringLiteral("exportComparison") << QStringLiteral("csv")
                                    << QStringLiteral("comparison");
    QTest::newRow("patients html")
        << QStringLiteral("exportPatients") << QStringLiteral("html") << QStringLiteral("patients");
    QTest::newRow("report") << QStringLiteral("exportReport") << QStringLiteral("pdf")
                            << QStringLiteral("report");
    QTest::newRow("km from the chart's menu") << QStringLiteral("kaplanMeierChart/exportChart")
                                              << QStringLiteral("png") << QStringLiteral("km");
}

void tst_WindowExports::exportsFromTheMenu()
{
    QFETCH(QString, action);
    QFETCH(QString, format);
    QFETCH(QString, stem);
    MainWindow window;
    QVERIFY(openDemo(window));
    QAction *trigger = nullptr;
    if (action.contains(u'/')) {
        auto *chart = window.findChild<QWidget *>(action.section(u'/', 0, 0));
        QVERIFY(chart);
        trigger = chart->findChild<QAction *>(action.section(u'/', 1));
    } else {
        trigger = tst_WindowExports::action(&window, action);
    }
    QVERIFY(trigger);

    // The dialog proposes stem-all-<today>.<format> in the last folder; the surgeon accepts.
    QString proposed;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDialog *>(modal);
        QVERIFY(dialog);
        dialog->setFormat(format);
        proposed = dialog->filePath();
        dialog->accept();
    });
    trigger->trigger();
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(proposed,
             QDir(m_folder).filePath(QStringLiteral("%1-all-%2.%3").arg(stem, today, format)));
    QVERIFY2(QFileInfo(proposed).size() > 0, qPrintable(proposed));
    const QByteArray bytes = Test::readFile(proposed);
    if (format == u"png") {
        QCOMPARE(QImage(proposed).size(), QSize(1004, 1063));
    } else if (format == u"pdf") {
        QVERIFY(bytes.startsWith("%PDF"));
    } else if (format == u"svg") {
        QVERIFY(bytes.contains("<svg"));
    } else if (format == u"csv") {
        QVERIFY(bytes.contains("24/28 (85.7%)"));
    } else if (format == u"html") {
        QCOMPARE(QString::fromUtf8(bytes).count(QStringLiteral("<tr>")), 66 + 1);
    }
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Wrote")));
}

void tst_WindowExports::exportShowsTheWindowsFilter()
{
    if (!Test::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils are not installed");
    MainWindow window;
    QVERIFY(openDemo(window));
    // Kaplan-Meier options as the surgeon set them: years on the axis.
    QAction *years = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->text().remove(u'&') == QStringLiteral("Time in Years"))
                years = a;
        }
    }
    QVERIFY(years);
    years->trigger();
    auto *combo = window.filterPanel()->findChild<QComboBox *>(QStringLiteral("presentation"));
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    combo->setCurrentIndex(combo->findData(int(Presentation::CarcinoidSyndromeOnly)));
    QVERIFY(shown.wait(10000));
    window.controller()->waitForResults();

    // The default name says which patients.
    QString proposed;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDialog *>(modal);
        QVERIFY(dialog);
        dialog->setFormat(QStringLiteral("pdf"));
        proposed = dialog->filePath();
        dialog->accept();
    });
    action(&window, QStringLiteral("exportKaplanMeier"))->trigger();
    QVERIFY(QFileInfo(proposed).fileName().startsWith(QStringLiteral("km-cs-only-")));
    const QString words = Test::pdfWords(proposed);
    QVERIFY2(words.contains(QStringLiteral("Carcinoid syndrome without obstruction")),
             qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("Years")));
    QVERIFY(words.contains(window.kaplanMeierChart()->legendText(0)));
    QVERIFY(words.contains(window.kaplanMeierChart()->pValueText()));
}

void tst_WindowExports::tablesAsTheWindowShowsThem()
{
    MainWindow window;
    QVERIFY(openDemo(window));
    auto *combo = window.filterPanel()->findChild<QComboBox *>(QStringLiteral("presentation"));
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    combo->setCurrentIndex(combo->findData(int(Presentation::ObstructionOnly)));
    QVERIFY(shown.wait(10000));
    window.controller()->waitForResults();
    QCOMPARE(window.visiblePatients(), 10);

    const QString patients = m_dir.filePath(QStringLiteral("patients.csv"));
    QVERIFY(window.exportPatientTable(patients).ok());
    const QStringList lines = QString::fromUtf8(Test::readFile(patients))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10 + 1);

    const QString comparison = m_dir.filePath(QStringLiteral("comparison.html"));
    QVERIFY(window.exportComparisonTable(comparison).ok());
    const QString html = QString::fromUtf8(Test::readFile(comparison));
    QVERIFY(html.contains(QStringLiteral("Obstruction without carcinoid syndrome")));
    QVERIFY(!window.exportComparisonTable(m_dir.filePath(QStringLiteral("table.xls"))).ok());
}

void tst_WindowExports::reportOfTheWindow()
{
    MainWindow window;
    QVERIFY(openDemo(window));
    // The test the surgeon chose in the panel is the one the report names.
    QVERIFY(window.comparisonPanel()->model()->setTest(QStringLiteral("cs_improved"),
                                                       ComparisonTest::Fisher));
    const ReportInput input = window.reportInput();
    QVERIFY(input.demo);
    QCOMPARE(input.total, 66);
    QCOMPARE(input.tests.value(QStringLiteral("cs_improved")), ComparisonTest::Fisher);
    QVERIFY(!input.provenance.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("window-report.pdf"));
    QVERIFY(window.exportReport(path, ReportWriter::Paper::Letter).ok());
    if (!Test::hasTool(QStringLiteral("pdftotext")))
        return;
    QVERIFY(Test::pdfPages(path) >= 2);
    const QString words = Test::pdfWords(path);
    QVERIFY2(words.contains(QStringLiteral("24/28 (85.7%) 18/28 (64.3%) 42/56 (75.0%)")),
             qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("Synthetic demo data — not real patients")));
    QVERIFY(words.contains(input.provenance.constFirst().sha256));
}

void tst_WindowExports::neverReplacesAFileUnasked()
{
    MainWindow window;
    QVERIFY(openDemo(window));
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    const QString path = QDir(m_folder).filePath(QStringLiteral("km-all-%1.png").arg(today));
    QVERIFY(Test::writeFile(path, "the surgeon's figure"));

    // Export onto it, answer "No" to Replace, then cancel the dialog: nothing is written.
    QString question;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->filePath(), path);
        whenModal(
            [&](QWidget *box) {
                auto *message = qobject_cast<QMessageBox *>(box);
                QVERIFY(message);
                question = message->text();
                message->button(QMessageBox::No)->click();
                QTimer::singleShot(0, dialog, &QDialog::reject);
            },
            dialog);
        dialog->accept();
    });
    action(&window, QStringLiteral("exportKaplanMeier"))->trigger();
    QVERIFY2(question.contains(QStringLiteral("already exists")), qPrintable(question));
    QCOMPARE(Test::readFile(path), QByteArray("the surgeon's figure"));

    // "Replace": now it is written.
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDialog *>(modal);
        QVERIFY(dialog);
        whenModal(
            [&](QWidget *box) {
                qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
            },
            dialog);
        dialog->accept();
    });
    action(&window, QStringLiteral("exportKaplanMeier"))->trigger();
    QCOMPARE(QImage(path).size(), QSize(1004, 1063));
}

void tst_WindowExports::reportsAnUnwritablePath()
{
    MainWindow window;
    QVERIFY(openDemo(window));
    const QString file = m_dir.filePath(QStringLiteral("not-a-folder"));
    QVERIFY(Test::writeFile(file, "x"));
    const ExportResult result = window.exportKaplanMeierChart(file + QStringLiteral("/km.png"),
                                                              QSize(800, 600),
                                                              96);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QStringLiteral("is a file, not a folder")),
             qPrintable(result.message));
}

void tst_WindowExports::copiesTheTableInFront()
{
    MainWindow window;
    QVERIFY(openDemo(window));
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);

    tabs->setCurrentWidget(window.comparisonPanel());
    clipboard->clear();
    window.copy();
    QVERIFY2(clipboard->text().contains(QStringLiteral("24/28 (85.7%)\t18/28 (64.3%)")),
             qPrintable(clipboard->text()));

    tabs->setCurrentWidget(window.patientTable());
    window.patientTable()->selectRow(2);
    window.copy();
    QStringList lines = clipboard->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and the selected patient
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Patient\t")));
    QCOMPARE(lines.at(1).section(u'\t', 0, 0),
             window.patientTable()->model()->index(2, 0).data().toString());

    action(&window, QStringLiteral("copyPatientTable"))->trigger();
    lines = clipboard->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 66 + 1);
}

QTEST_MAIN(tst_WindowExports)
#include "tst_windowexports.moc"
