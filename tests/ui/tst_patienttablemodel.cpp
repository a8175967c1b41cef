// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativeschema.h"
#include "patienttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace CohortLens;

class tst_PatientTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void display_data();
    void display();
    void sortsByMeaning();
    void headers();

private:
    static QList<PatientRecord> patients();
};

QList<PatientRecord> tst_PatientTableModel::patients()
{
    PatientRecord a;
    a.patientId = QStringLiteral("A");
    a.age = 9;
    a.sex = Sex::Female;
    a.carcinoidSyndrome = true;
    a.arm = Arm::Cytoreduction;
    a.csImproved = true;
    a.complication = false;
    a.clavienDindo = 0;
    a.followupMonths = 100;
    a.dead = true;
    a.extra = {QStringLiteral("10"), QStringLiteral("x")};

    PatientRecord b;
    b.patientId = QStringLiteral("B");
    b.age = 70.5;
    b.obstruction = true;
    b.obstructionRelieved = true;
    b.followupMonths = 12;
    b.extra = {QStringLiteral("9"), QString()};

    PatientRecord c;
    c.patientId = QStringLiteral("C");
    c.followupMonths = 6.25;
    c.extra = {QStringLiteral("100"), QStringLiteral("y")};
    return {a, b, c};
}

void tst_PatientTableModel::passesModelTester()
{
    PatientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPatients(patients(), {QStringLiteral("ki67"), QStringLiteral("note")});
    model.setPatients({}, {});
    model.setPatients(patients(), {QStringLiteral("ki67"), QStringLiteral("note")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), NativeSchema::FieldCount + 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void tst_PatientTableModel::display_data()
{
    using F = NativeSchema::Field;
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");
    const int extra = NativeSchema::FieldCount;
    QTest::newRow("id") << 0 << int(F::PatientId) << QVariant(QStringLiteral("A"));
    QTest::newRow("yes is a tick")
        << 0 << int(F::CarcinoidSyndrome) << QVariant(QStringLiteral("✓"));
    QTest::newRow("no is a dash") << 0 << int(F::Obstruction) << QVariant(QStringLiteral("—"));
    QTest::newRow("empty stays empty") << 1 << int(F::CsImproved) << QVariant();
    QTest::newRow("optional yes") << 1 << int(F::ObstructionRelieved)
                                  << QVariant(QStringLiteral("✓"));
    QTest::newRow("sex") << 0 << int(F::Sex) << QVariant(QStringLiteral("F"));
    QTest::newRow("no sex") << 2 << int(F::Sex) << QVariant();
    QTest::newRow("age") << 1 << int(F::Age) << QVariant(QStringLiteral("70.5"));
    QTest::newRow("arm") << 0 << int(F::Arm) << QVariant(QStringLiteral("cytoreduction"));
    QTest::newRow("status") << 0 << int(F::Status) << QVariant(QStringLiteral("dead"));
    QTest::newRow("follow-up") << 2 << int(F::FollowupMonths) << QVariant(QStringLiteral("6.25"));
    QTest::newRow("grade 0") << 0 << int(F::ClavienDindo) << QVariant(QStringLiteral("0"));
    QTest::newRow("extra") << 0 << extra + 1 << QVariant(QStringLiteral("x"));
}

void tst_PatientTableModel::display()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    QLocale::setDefault(QLocale::c());
    PatientTableModel model;
    model.setPatients(patients(), {QStringLiteral("ki67"), QStringLiteral("note")});
    QCOMPARE(model.data(model.index(row, column)), expected);
}

void tst_PatientTableModel::sortsByMeaning()
{
    using F = NativeSchema::Field;
    PatientTableModel model;
    model.setPatients(patients(), {QStringLiteral("ki67"), QStringLiteral("note")});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PatientTableModel::SortRole);
    auto order = [&](int column, Qt::SortOrder sortOrder) {
        proxy.sort(column, sortOrder);
        QString ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids += proxy.data(proxy.index(r, int(F::PatientId))).toString();
        return ids;
    };
    // Numbers as numbers: 9 < 70.5 (as text "70.5" < "9"); an empty age sorts first.
    QCOMPARE(order(int(F::Age), Qt::AscendingOrder), QStringLiteral("CAB"));
    QCOMPARE(order(int(F::FollowupMonths), Qt::DescendingOrder), QStringLiteral("ABC"));
    // An extra column of numbers written as text: 9 < 10 < 100.
    QCOMPARE(order(NativeSchema::FieldCount, Qt::AscendingOrder), QStringLiteral("BAC"));
    QCOMPARE(order(int(F::CsImproved), Qt::AscendingOrder), QStringLiteral("BCA"));
}

void tst_PatientTableModel::headers()
{
    PatientTableModel model;
    model.setPatients(patients(), {QStringLiteral("ki67"), QStringLiteral("note")});
    QCOMPARE(model.headerData(int(NativeSchema::Field::FollowupMonths), Qt::Horizontal).toString(),
             QStringLiteral("Follow-up (months)"));
    QCOMPARE(model.headerData(NativeSchema::FieldCount, Qt::Horizontal).toString(),
             QStringLiteral("ki67"));
    // The tooltip names the registry column, for users who know the file.
    QCOMPARE(model.headerData(int(NativeSchema::Field::CsImproved), Qt::Horizontal, Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("cs_improved"));
}

QTEST_MAIN(tst_PatientTableModel)
#include "tst_patienttablemodel.moc"
