// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The de-identified copy of the patients (issue 8, privacy): IDs become sequence numbers in
// the order exported, every date column goes, ages above 89 become "90+".

#include "deidentifier.h"

#include <QTest>

using namespace CohortLens;
using Kind = RegistryColumn::Kind;

Q_DECLARE_METATYPE(CohortColumns)

namespace {

// Columns from rows of cells: "" is an empty cell, a cell of a Number column a double.
CohortColumns table(const QStringList &names,
                    const QList<Kind> &kinds,
                    const QList<QStringList> &cells)
{
    CohortColumns columns;
    columns.names = names;
    columns.kinds = kinds;
    columns.values.resize(names.size());
    for (qsizetype r = 0; r < cells.size(); ++r) {
        columns.rows << qint64(100 + r); // data rows of the source file
        for (qsizetype c = 0; c < names.size(); ++c) {
            const QString &cell = cells.at(r).at(c);
            if (cell.isEmpty())
                columns.values[c] << QVariant();
            else if (kinds.at(c) == Kind::Number)
                columns.values[c] << QVariant(cell.toDouble());
            else
                columns.values[c] << QVariant(cell);
        }
    }
    return columns;
}

QList<QStringList> cells(std::initializer_list<std::initializer_list<const char *>> rows)
{
    QList<QStringList> result;
    for (const auto &row : rows) {
        QStringList texts;
        for (const char *cell : row)
            texts << QString::fromUtf8(cell);
        result << texts;
    }
    return result;
}

// The cells as text, row by row, for comparing with the expected table.
QList<QStringList> cellsOf(const CohortColumns &columns)
{
    QList<QStringList> rows(columns.rows.size());
    for (const CohortColumn &column : columns.values) {
        for (qsizetype r = 0; r < column.size(); ++r)
            rows[r] << (column.at(r).typeId() == QMetaType::Double
                            ? QString::number(column.at(r).toDouble())
                            : column.at(r).toString());
    }
    return rows;
}

const QStringList nativeNames{QStringLiteral("patient_id"),
                              QStringLiteral("age"),
                              QStringLiteral("arm"),
                              QStringLiteral("operation_date"),
                              QStringLiteral("last_followup_date"),
                              QStringLiteral("followup_months")};
const QList<Kind> nativeKinds{Kind::Text,
                              Kind::Number,
                              Kind::Arm,
                              Kind::Text,
                              Kind::Text,
                              Kind::Number};

} // namespace

class tst_Deidentifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deidentify_data();
    void deidentify();
    void leavesNoIdentifierDateOrOldAge();
    void looksLikeDate_data();
    void looksLikeDate();
};

void tst_Deidentifier::deidentify_data()
{
    QTest::addColumn<CohortColumns>("patients");
    QTest::addColumn<QList<int>>("order");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QStringList>>("cells");

    const QList<QStringList> native{
        {QStringLiteral("SYN-017"),
         QStringLiteral("90"),
         QStringLiteral("medical"),
         QStringLiteral("2001-02-03"),
         QStringLiteral("2009-10-11"),
         QStringLiteral("12")},
        {QStringLiteral("SYN-004"),
         QStringLiteral("89"),
         QStringLiteral("cytoreduction"),
         QStringLiteral("2002-03-04"),
         QString(),
         QStringLiteral("30.5")},
        {QStringLiteral("SYN-123"),
         QString(),
         QStringLiteral("medical"),
         QString(),
         QStringLiteral("2010-01-01"),
         QStringLiteral("7")},
        {QStringLiteral("SYN-009"),
         QStringLiteral("104.5"),
         QStringLiteral("medical"),
         QStringLiteral("2003-04-05"),
         QStringLiteral("2004-05-06"),
         QStringLiteral("13")},
    };
    const QStringList kept{QStringLiteral("patient_id"),
                           QStringLiteral("age"),
                           QStringLiteral("arm"),
                           QStringLiteral("followup_months")};
    QTest::newRow("native, registry order")
        << table(nativeNames, nativeKinds, native) << QList<int>() << kept
        << cells({{"1", "90+", "medical", "12"},
                  {"2", "89", "cytoreduction", "30.5"},
                  {"3", "", "medical", "7"},
                  {"4", "90+", "medical", "13"}});
    QTest::newRow("native, as the window sorts, filtered")
        << table(nativeNames, nativeKinds, native) << QList<int>{3, 0, 1} << kept
        << cells({{"1", "90+", "medical", "13"},
                  {"2", "90+", "medical", "12"},
                  {"3", "89", "cytoreduction", "30.5"}});
    QTest::newRow("age just above 89, and text ages")
        << table({QStringLiteral("Patient_ID"), QStringLiteral("AGE")},
                 {Kind::Text, Kind::Text},
                 {{QStringLiteral("a"), QStringLiteral("89.01")},
                  {QStringLiteral("b"), QStringLiteral(" 95 ")},
                  {QStringLiteral("c"), QStringLiteral("unknown")},
                  {QStringLiteral("d"), QStringLiteral("1e3")},
                  {QStringLiteral("e"), QStringLiteral("0")}})
        << QList<int>() << QStringList{QStringLiteral("Patient_ID"), QStringLiteral("AGE")}
        << cells({{"1", "90+"}, {"2", "90+"}, {"3", "unknown"}, {"4", "90+"}, {"5", "0"}});
    QTest::newRow("age columns by name, not stage")
        << table({QStringLiteral("patient_id"),
                  QStringLiteral("age_at_diagnosis"),
                  QStringLiteral("mother_age"),
                  QStringLiteral("stage")},
                 {Kind::Text, Kind::Number, Kind::Number, Kind::Number},
                 {{QStringLiteral("x"),
                   QStringLiteral("91"),
                   QStringLiteral("120"),
                   QStringLiteral("94")}})
        << QList<int>()
        << QStringList{QStringLiteral("patient_id"),
                       QStringLiteral("age_at_diagnosis"),
                       QStringLiteral("mother_age"),
                       QStringLiteral("stage")}
        << cells({{"1", "90+", "90+", "94"}});
    QTest::newRow("other date and identifier columns")
        << table({QStringLiteral("patient_id"),
                  QStringLiteral("DateOfBirth"),
                  QStringLiteral("visit"),
                  QStringLiteral("seen"),
                  QStringLiteral("mrn"),
                  QStringLiteral("hospital_id"),
                  QStringLiteral("ki67"),
                  QStringLiteral("note")},
                 {Kind::Text,
                  Kind::Text,
                  Kind::Text,
                  Kind::Text,
                  Kind::Text,
                  Kind::Text,
                  Kind::Number,
                  Kind::Text},
                 {{QStringLiteral("P1"),
                   QStringLiteral("1950"),
                   QStringLiteral("14/03/2008"),
                   QString(),
                   QStringLiteral("M123"),
                   QStringLiteral("H9"),
                   QStringLiteral("3"),
                   QStringLiteral("stable")},
                  {QStringLiteral("P2"),
                   QString(),
                   QStringLiteral("first"),
                   QStringLiteral("2008-03-14T10:00"),
                   QString(),
                   QString(),
                   QStringLiteral("20.5"),
                   QStringLiteral("3.4.5")}})
        << QList<int>()
        << QStringList{QStringLiteral("patient_id"), QStringLiteral("ki67"), QStringLiteral("note")}
        << cells({{"1", "3", "stable"}, {"2", "20.5", "3.4.5"}});
    QTest::newRow("no patient_id column: nothing added")
        << table({QStringLiteral("time"), QStringLiteral("event")},
                 {Kind::Number, Kind::Text},
                 {{QStringLiteral("5"), QStringLiteral("1")}})
        << QList<int>() << QStringList{QStringLiteral("time"), QStringLiteral("event")}
        << cells({{"5", "1"}});
    QTest::newRow("no patients") << table(nativeNames, nativeKinds, {}) << QList<int>() << kept
                                 << QList<QStringList>();
}

void tst_Deidentifier::deidentify()
{
    QFETCH(CohortColumns, patients);
    QFETCH(QList<int>, order);
    QFETCH(QStringList, names);
    QFETCH(QList<QStringList>, cells);

    const CohortColumns result = Deidentifier::deidentify(patients, order);
    QCOMPARE(result.names, names);
    QCOMPARE(result.kinds.size(), names.size());
    QCOMPARE(result.values.size(), names.size());
    QCOMPARE(cellsOf(result), cells);
    // The source file's row numbers are gone too: the copy's rows are 1..n.
    QList<qint64> sequence;
    for (qsizetype i = 0; i < cells.size(); ++i)
        sequence << i + 1;
    QCOMPARE(result.rows, sequence);
}

void tst_Deidentifier::leavesNoIdentifierDateOrOldAge()
{
    // 300 patients, every age from 0 to 119 and several date formats.
    CohortColumns patients;
    patients.names = nativeNames;
    patients.kinds = nativeKinds;
    patients.values.resize(nativeNames.size());
    QStringList ids;
    for (int i = 0; i < 300; ++i) {
        const QString id = QStringLiteral("MRN-%1-X").arg(7000 + i);
        ids << id;
        patients.rows << 1 + i;
        patients.values[0] << QVariant(id);
        patients.values[1] << QVariant(double(i % 120) + (i % 3) * 0.25);
        patients.values[2] << QVariant(QStringLiteral("medical"));
        patients.values[3] << QVariant(QStringLiteral("20%1-01-15").arg(10 + i % 10));
        patients.values[4] << QVariant(QStringLiteral("2021-02-%1").arg(10 + i % 18));
        patients.values[5] << QVariant(double(i));
    }
    const CohortColumns result = Deidentifier::deidentify(patients);
    QVERIFY(!result.names.contains(QStringLiteral("operation_date")));
    QVERIFY(!result.names.contains(QStringLiteral("last_followup_date")));
    int grouped = 0;
    for (const CohortColumn &column : result.values) {
        for (const QVariant &value : column) {
            const QString text = value.toString();
            QVERIFY2(!ids.contains(text), qPrintable(text));
            QVERIFY2(!Deidentifier::looksLikeDate(text), qPrintable(text));
        }
    }
    const CohortColumn &ages = result.values.at(result.names.indexOf(u"age"));
    for (const QVariant &age : ages) {
        if (age.typeId() == QMetaType::Double)
            QVERIFY2(age.toDouble() <= 89, qPrintable(age.toString()));
        else if (age.toString() == u"90+")
            ++grouped;
        else
            QFAIL(qPrintable(age.toString()));
    }
    // Ages 90 to 119.5 (patients 90-119 and 210-239), and 89.5 (patients 89 and 209).
    QCOMPARE(grouped, 60 + 2);
}

void tst_Deidentifier::looksLikeDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("date");
    QTest::newRow("ISO") << "2008-03-14" << true;
    QTest::newRow("ISO with time") << "2008-03-14T09:30:00Z" << true;
    QTest::newRow("ISO with a space and time") << "2008-03-14 09:30" << true;
    QTest::newRow("year first, slashes") << "2008/3/14" << true;
    QTest::newRow("day first") << "14/03/2008" << true;
    QTest::newRow("day first, dots") << "14.03.2008" << true;
    QTest::newRow("two-digit year") << "3/14/08" << true;
    QTest::newRow("spaces around") << " 2008-03-14 " << true;
    QTest::newRow("a year alone") << "2008" << false;
    QTest::newRow("a number") << "14.5" << false;
    QTest::newRow("a version") << "3.4.5" << false;
    QTest::newRow("an ID") << "SYN-2008-03" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_Deidentifier::looksLikeDate()
{
    QFETCH(QString, text);
    QFETCH(bool, date);
    QCOMPARE(Deidentifier::looksLikeDate(text), date);
}

QTEST_MAIN(tst_Deidentifier)
#include "tst_deidentifier.moc"
