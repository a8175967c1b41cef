// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientsortproxy.h"
#include "patienttablemodel.h"
#include "registryimporter.h"
#include "registrystore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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
    void windowedPassesModelTester();
    void windowedReadsPagesOnDemand();
    void windowedFollowsTheFilter();
    void windowedSortsAsTheProxy_data();
    void windowedSortsAsTheProxy();
    void windowedRowsForExport();

private:
    static CohortColumns patients();
    // A registry of `count` patients (ids in shuffled order, ties, empty cells, an extra
    // column mixing numbers and text) in memory, as the program loads a CSV.
    static std::unique_ptr<RegistryStore> registry(int count);
    static QStringList column(const QAbstractItemModel &model, int column);
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

std::unique_ptr<RegistryStore> tst_PatientTableModel::registry(int count)
{
    QByteArray csv("patient_id,age,sex,primary_site,carcinoid_syndrome,obstruction,arm,"
                   "cs_improved,followup_months,status,ki67\n");
    const char *sites[] = {"small_bowel", "appendix", "colon", "unknown"};
    for (int i = 0; i < count; ++i) {
        const int id = (i * 7919) % count + 1; // a permutation: not in import order
        csv += "SYN-" + QByteArray::number(id) + ',';
        csv += (i % 7 == 0 ? QByteArray() : QByteArray::number(20 + (i * 37) % 60 + (i % 2) * 0.5))
               + ',';
        csv += QByteArray(i % 3 == 0 ? "F" : "M") + ',';
        csv += QByteArray(sites[i % 4]) + ',';
        csv += QByteArray(i % 2 == 0 ? "yes" : "no") + ',';
        csv += QByteArray(i % 5 == 0 ? "yes" : "no") + ',';
        csv += QByteArray(i % 4 == 1 ? "cytoreduction" : "medical") + ',';
        csv += QByteArray(i % 2 != 0 ? "" : i % 6 == 0 ? "no" : "yes") + ',';
        csv += QByteArray::number((i * 13) % 120) + ',';
        csv += QByteArray(i % 3 == 1 ? "1" : "0") + ',';
        csv += (i % 9 == 0    ? QByteArray("n/a")
                : i % 11 == 0 ? QByteArray()
                              : QByteArray::number(i % 25))
               + '\n';
    }
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("registry-%1.csv").arg(count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return nullptr;
    file.close();
    auto store = std::make_unique<RegistryStore>();
    const ImportReport report = RegistryImporter().load(path, *store);
    if (report.outcome != ImportReport::Outcome::Imported) {
        qWarning("%s", qPrintable(report.problems.value(0).toString() + report.message));
        return nullptr;
    }
    return store;
}

QStringList tst_PatientTableModel::column(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(); ++r)
        texts << model.data(model.index(r, column)).toString();
    return texts;
}

void tst_PatientTableModel::windowedPassesModelTester()
{
    const auto store = registry(300);
    QVERIFY(store);
    PatientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(model.setRegistry(store->path(), {}), qPrintable(model.errorString()));
    QVERIFY(model.isWindowed());
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.columnCount(), 18); // the native columns, then ki67
    PatientSortProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(0, Qt::DescendingOrder);
    proxy.sort(1);
    model.setPatients(patients()); // back to the values in memory
    QVERIFY(!model.isWindowed());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.setRegistry(QStringLiteral("/nonexistent/registry.sqlite"), {}));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.errorString().isEmpty());
}

void tst_PatientTableModel::windowedReadsPagesOnDemand()
{
    const int count = 3 * PatientTableModel::PageSize + 10;
    const auto store = registry(count);
    QVERIFY(store);
    QStringList names;
    for (const RegistryColumn &c : store->columns())
        names << c.name;
    const auto all = store->loadColumns(names, {});
    QVERIFY(all);
    PatientTableModel memory;
    memory.setPatients(*all);
    PatientTableModel windowed;
    QVERIFY(windowed.setRegistry(store->path(), {}));
    QCOMPARE(windowed.rowCount(), count);
    QCOMPARE(windowed.pagesRead(), 0); // nothing read until asked for

    // A row of the third page: one page read, and what it shows is the in-memory table's.
    const int row = 2 * PatientTableModel::PageSize + 5;
    for (int c = 0; c < windowed.columnCount(); ++c) {
        QCOMPARE(windowed.data(windowed.index(row, c)), memory.data(memory.index(row, c)));
        QCOMPARE(windowed.data(windowed.index(row, c), PatientTableModel::SortRole),
                 memory.data(memory.index(row, c), PatientTableModel::SortRole));
    }
    QCOMPARE(windowed.pagesRead(), 1);
    QCOMPARE(windowed.data(windowed.index(row + 1, 0)), memory.data(memory.index(row + 1, 0)));
    QCOMPARE(windowed.pagesRead(), 1); // the same page, from memory
    // The last, short page; then every row equals the in-memory table's.
    QCOMPARE(windowed.data(windowed.index(count - 1, 0)), memory.data(memory.index(count - 1, 0)));
    QCOMPARE(windowed.pagesRead(), 2);
    for (int c = 0; c < windowed.columnCount(); ++c)
        QCOMPARE(column(windowed, c), column(memory, c));
    QCOMPARE(windowed.pagesRead(), 4);
    // Booleans as ticks and dashes, status in words, as in memory.
    const int cs = int(names.indexOf(u"carcinoid_syndrome"));
    QVERIFY(column(windowed, cs).contains(QStringLiteral("✓")));
    QVERIFY(column(windowed, cs).contains(QStringLiteral("—")));
    QVERIFY(column(windowed, int(names.indexOf(u"status"))).contains(QStringLiteral("dead")));
    QCOMPARE(windowed.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Patient"));
}

void tst_PatientTableModel::windowedFollowsTheFilter()
{
    const auto store = registry(400);
    QVERIFY(store);
    CohortFilter filter;
    filter.presentation = Presentation::CarcinoidSyndrome;
    const auto expected = store->loadColumns({QStringLiteral("patient_id")}, filter);
    QVERIFY(expected);
    PatientTableModel model;
    QVERIFY(model.setRegistry(store->path(), filter));
    QCOMPARE(model.rowCount(), 200);
    QStringList ids;
    for (const QVariant &id : expected->values.at(0))
        ids << id.toString();
    QCOMPARE(column(model, 0), ids);
}

void tst_PatientTableModel::windowedSortsAsTheProxy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("order");
    for (const char *name : {"patient_id",
                             "age",
                             "sex",
                             "primary_site",
                             "carcinoid_syndrome",
                             "obstruction",
                             "arm",
                             "cs_improved",
                             "obstruction_relieved",
                             "followup_months",
                             "status",
                             "ki67"}) {
        QTest::addRow("%s ascending", name) << QString::fromLatin1(name) << int(Qt::AscendingOrder);
        QTest::addRow("%s descending", name)
            << QString::fromLatin1(name) << int(Qt::DescendingOrder);
    }
}

// Sorting in SQL gives the order PatientSortProxy gives in memory: natural IDs, numbers by
// value, empty cells first, numbers before text, ties in import order.
void tst_PatientTableModel::windowedSortsAsTheProxy()
{
    QFETCH(QString, name);
    QFETCH(int, order);
    const auto store = registry(2 * PatientTableModel::PageSize + 40);
    QVERIFY(store);
    QStringList names;
    for (const RegistryColumn &c : store->columns())
        names << c.name;
    const auto all = store->loadColumns(names, {});
    QVERIFY(all);
    const int sortColumn = int(all->names.indexOf(name));
    QVERIFY(sortColumn >= 0);
    PatientTableModel memory;
    memory.setPatients(*all);
    PatientSortProxy memoryProxy;
    memoryProxy.setSourceModel(&memory);
    memoryProxy.sort(sortColumn, Qt::SortOrder(order));

    PatientTableModel windowed;
    QVERIFY(windowed.setRegistry(store->path(), {}));
    QCOMPARE(windowed.patients().names, all->names);
    PatientSortProxy windowedProxy;
    windowedProxy.setSourceModel(&windowed);
    windowedProxy.sort(sortColumn, Qt::SortOrder(order));
    QCOMPARE(windowedProxy.rowCount(), memoryProxy.rowCount());
    QCOMPARE(column(windowedProxy, 0), column(memoryProxy, 0));
    QCOMPARE(column(windowedProxy, sortColumn), column(memoryProxy, sortColumn));
}

void tst_PatientTableModel::windowedRowsForExport()
{
    const int count = PatientTableModel::PageSize + 20;
    const auto store = registry(count);
    QVERIFY(store);
    PatientTableModel model;
    QVERIFY(model.setRegistry(store->path(), {}));
    model.sort(0, Qt::AscendingOrder);
    const CohortColumns rows = model.rows(PatientTableModel::PageSize - 5, 10);
    QCOMPARE(rows.rows.size(), 10);
    QCOMPARE(rows.names, model.patients().names);
    QCOMPARE(rows.values.at(0).first().toString(),
             QStringLiteral("SYN-%1").arg(PatientTableModel::PageSize - 4));
    QCOMPARE(rows.values.at(0).last().toString(),
             QStringLiteral("SYN-%1").arg(PatientTableModel::PageSize + 5));
    QCOMPARE(model.rows(0, count + 100).rows.size(), count);
    PatientTableModel memory;
    QCOMPARE(memory.rows(0, 10).rows.size(), 0);
}

QTEST_MAIN(tst_PatientTableModel)
#include "tst_patienttablemodel.moc"
