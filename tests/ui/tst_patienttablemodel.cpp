// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientsortproxy.h"
#include "patienttablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace CohortLens;
using Kind = RegistryColumn::Kind;

class tst_PatientTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void display_data();
    void display();
    void sortsByMeaning_data();
    void sortsByMeaning();
    void headers();

private:
    static CohortColumns patients();
};

void tst_PatientTableModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

// Three patients as the registry returns them (see CohortColumns).
CohortColumns tst_PatientTableModel::patients()
{
    CohortColumns c;
    c.names = {QStringLiteral("patient_id"),
               QStringLiteral("age"),
               QStringLiteral("carcinoid_syndrome"),
               QStringLiteral("cs_improved"),
               QStringLiteral("arm"),
               QStringLiteral("status"),
               QStringLiteral("followup_months"),
               QStringLiteral("ki67")};
    c.kinds = {Kind::Text,
               Kind::Number,
               Kind::Boolean,
               Kind::Boolean,
               Kind::Arm,
               Kind::Number,
               Kind::Number,
               Kind::Text};
    c.rows = {1, 2, 3};
    c.values = {
        {QStringLiteral("SYN-10"), QStringLiteral("SYN-2"), QStringLiteral("SYN-1")},
        {9.0, 70.5, QVariant()},
        {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("no")},
        {QStringLiteral("yes"), QVariant(), QStringLiteral("no")},
        {QStringLiteral("cytoreduction"), QStringLiteral("medical"), QStringLiteral("medical")},
        {1.0, 0.0, 0.0},
        {100.0, 12.0, 6.25},
        {QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("n/a")},
    };
    return c;
}

void tst_PatientTableModel::passesModelTester()
{
    PatientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPatients(patients());
    model.setPatients({});
    model.setPatients(patients());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    PatientSortProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(1);
}

void tst_PatientTableModel::display_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("id") << 0 << 0 << QVariant(QStringLiteral("SYN-10"));
    QTest::newRow("age") << 1 << 1 << QVariant(QStringLiteral("70.5"));
    QTest::newRow("empty age") << 2 << 1 << QVariant();
    QTest::newRow("yes is a tick") << 0 << 2 << QVariant(QStringLiteral("✓"));
    QTest::newRow("no is a dash") << 1 << 2 << QVariant(QStringLiteral("—"));
    QTest::newRow("empty stays empty") << 1 << 3 << QVariant();
    QTest::newRow("arm") << 0 << 4 << QVariant(QStringLiteral("cytoreduction"));
    QTest::newRow("status dead") << 0 << 5 << QVariant(QStringLiteral("dead"));
    QTest::newRow("status alive") << 1 << 5 << QVariant(QStringLiteral("alive"));
    QTest::newRow("follow-up") << 2 << 6 << QVariant(QStringLiteral("6.25"));
    QTest::newRow("extra as written") << 2 << 7 << QVariant(QStringLiteral("n/a"));
}

void tst_PatientTableModel::display()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    PatientTableModel model;
    model.setPatients(patients());
    QCOMPARE(model.data(model.index(row, column)), expected);
    if (expected.toString() == QStringLiteral("✓"))
        QCOMPARE(model.data(model.index(row, column), Qt::AccessibleTextRole).toString(),
                 QStringLiteral("yes"));
}

void tst_PatientTableModel::sortsByMeaning_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("ids");
    // Numbers as numbers (9 < 70.5), empty first; text in natural order (SYN-2 < SYN-10);
    // an extra column of numbers written as text sorts as numbers, text after them.
    QTest::newRow("age") << 1 << int(Qt::AscendingOrder) << QStringLiteral("SYN-1 SYN-10 SYN-2");
    QTest::newRow("follow-up descending")
        << 6 << int(Qt::DescendingOrder) << QStringLiteral("SYN-10 SYN-2 SYN-1");
    QTest::newRow("natural id order")
        << 0 << int(Qt::AscendingOrder) << QStringLiteral("SYN-1 SYN-2 SYN-10");
    QTest::newRow("extra numbers then text")
        << 7 << int(Qt::AscendingOrder) << QStringLiteral("SYN-2 SYN-10 SYN-1");
    QTest::newRow("empty first") << 3 << int(Qt::AscendingOrder)
                                 << QStringLiteral("SYN-2 SYN-1 SYN-10");
}

void tst_PatientTableModel::sortsByMeaning()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, ids);
    PatientTableModel model;
    model.setPatients(patients());
    PatientSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(column, Qt::SortOrder(order));
    QStringList sorted;
    for (int r = 0; r < proxy.rowCount(); ++r)
        sorted << proxy.data(proxy.index(r, 0)).toString();
    QCOMPARE(sorted.join(u' '), ids);
}

void tst_PatientTableModel::headers()
{
    PatientTableModel model;
    model.setPatients(patients());
    QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), QStringLiteral("Follow-up (months)"));
    QCOMPARE(model.headerData(7, Qt::Horizontal).toString(), QStringLiteral("ki67"));
    // The tooltip names the registry column, for users who know the file.
    QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("cs_improved"));
}

QTEST_MAIN(tst_PatientTableModel)
#include "tst_patienttablemodel.moc"
