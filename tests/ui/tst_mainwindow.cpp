// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"
#include "mainwindow.h"
#include "nativeschema.h"
#include "registryimporter.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace CohortLens;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensTheDemo();
    void sortsTheTable();
    void opensADatabase();
    void keepsTheRegistryWhenOpeningFails();

private:
    static QString statusText(MainWindow &window, const char *name);
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

QString tst_MainWindow::statusText(MainWindow &window, const char *name)
{
    auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

void tst_MainWindow::opensTheDemo()
{
    MainWindow window;
    QVERIFY(window.openDemo());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isDemo());
    QCOMPARE(window.totalPatients(), 66);
    QCOMPARE(window.visiblePatients(), 66);
    QCOMPARE(statusText(window, "patientCount"), QStringLiteral("66 of 66 patients"));
    QVERIFY(statusText(window, "dataSource").contains(QStringLiteral("synthetic demo data")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("synthetic demo data")));
    auto *table = window.findChild<QTableView *>(QStringLiteral("patientTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 66);
}

void tst_MainWindow::sortsTheTable()
{
    MainWindow window;
    QVERIFY(window.openDemo());
    auto *table = window.findChild<QTableView *>(QStringLiteral("patientTable"));
    const int followUp = int(NativeSchema::Field::FollowupMonths);
    table->sortByColumn(followUp, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, followUp).data().toString(), QStringLiteral("156"));
    table->sortByColumn(followUp, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, followUp).data().toString(), QStringLiteral("6"));
}

void tst_MainWindow::opensADatabase()
{
    ImportRequest request;
    request.csvPath = QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv");
    request.databasePath = m_dir.filePath(QStringLiteral("small.sqlite"));
    QCOMPARE(RegistryImporter().importFile(request).outcome, ImportReport::Outcome::Imported);

    MainWindow window;
    QVERIFY(window.openRegistry(request.databasePath));
    QVERIFY(!window.isDemo());
    QCOMPARE(window.totalPatients(), 5);
    QCOMPARE(statusText(window, "dataSource"), QStringLiteral("Source: small.sqlite"));
    // The extra columns follow the native ones.
    auto *table = window.findChild<QTableView *>(QStringLiteral("patientTable"));
    QCOMPARE(table->model()->columnCount(), NativeSchema::FieldCount + 2);
}

void tst_MainWindow::keepsTheRegistryWhenOpeningFails()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(Test::writeFile(bad, "patient_id,arm\nX,surgery\n"));

    MainWindow window;
    QVERIFY(window.openDemo());
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text() + u'\n' + box->detailedText();
            box->accept();
        }
    });
    QVERIFY(!window.openRegistry(bad));
    QVERIFY2(shown.contains(QStringLiteral("problem")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("required column is missing")), qPrintable(shown));
    QCOMPARE(window.totalPatients(), 66);
    QVERIFY(window.isDemo());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
