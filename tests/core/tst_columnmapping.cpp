// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

#include <QTest>

#include <algorithm>
#include <utility>

using namespace CohortLens;
using F = NativeSchema::Field;

namespace {

QStringList nativeHeader()
{
    QStringList names;
    for (const auto &c : NativeSchema::columns())
        names << NativeSchema::name(c.field);
    return names;
}

QStringList without(QStringList names, const QStringList &removed)
{
    for (const QString &r : removed)
        names.removeAll(r);
    return names;
}

QStringList problemColumns(const ValidationProblems &problems)
{
    QStringList columns;
    for (const ValidationProblem &p : problems)
        columns << p.column;
    return columns;
}

// Header problems belong to the file (row 0), name a column and say what to do.
bool areHeaderProblems(const ValidationProblems &problems)
{
    return std::all_of(problems.cbegin(), problems.cend(), [](const ValidationProblem &p) {
        return p.row == 0 && !p.column.isEmpty() && p.value.isEmpty()
               && !p.message.trimmed().isEmpty();
    });
}

QString problemsText(const ValidationProblems &problems)
{
    QStringList lines;
    for (const ValidationProblem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

class tst_ColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void add_data();
    void add();
    void addUnknownFieldListsTheFields();
    void addTwice();
    void set();
    void nativeHeaderInAnyCaseAndOrder();
    void extraColumnsKeptInFileOrder();
    void emptyHeaderNames();
    void duplicateNames_data();
    void duplicateNames();
    void missingRequiredColumns_data();
    void missingRequiredColumns();
    void mappedColumns();
    void mappedColumnMissing();
    void columnUsedByTwoFields();
    void nativeColumnLeftOver();
};

// field: the native field name expected to be mapped, empty when add() must fail.
void tst_ColumnMapping::add_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");

    QTest::newRow("plain") << QStringLiteral("followup_months=time_mo")
                           << QStringLiteral("followup_months") << QStringLiteral("time_mo");
    QTest::newRow("spaces trimmed") << QStringLiteral("  status =  vital ")
                                    << QStringLiteral("status") << QStringLiteral("vital");
    QTest::newRow("field in any case")
        << QStringLiteral("STATUS=vital") << QStringLiteral("status") << QStringLiteral("vital");
    QTest::newRow("column with spaces")
        << QStringLiteral("arm=treatment group") << QStringLiteral("arm")
        << QStringLiteral("treatment group");
    QTest::newRow("column holding =") << QStringLiteral("patient_id=id=nr")
                                      << QStringLiteral("patient_id") << QStringLiteral("id=nr");
    QTest::newRow("unknown field") << QStringLiteral("event=status") << QString() << QString();
    QTest::newRow("no field") << QStringLiteral("=status") << QString() << QString();
    QTest::newRow("missing =") << QStringLiteral("status") << QString() << QString();
    QTest::newRow("missing = and column")
        << QStringLiteral("status vital") << QString() << QString();
    QTest::newRow("empty column") << QStringLiteral("status=") << QString() << QString();
    QTest::newRow("blank column") << QStringLiteral("status=   ") << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void tst_ColumnMapping::add()
{
    QFETCH(QString, spec);
    QFETCH(QString, field);
    QFETCH(QString, column);

    ColumnMapping mapping;
    QString error;
    const bool ok = mapping.add(spec, &error);
    QCOMPARE(ok, !field.isEmpty());
    if (ok) {
        QVERIFY(!mapping.isEmpty());
        const auto f = NativeSchema::fieldByName(field);
        QVERIFY(f.has_value());
        QCOMPARE(mapping.columnFor(*f), column);
        // Other fields keep their native names.
        QCOMPARE(mapping.columnFor(*f == F::Age ? F::Sex : F::Age),
                 NativeSchema::name(*f == F::Age ? F::Sex : F::Age));
    } else {
        QVERIFY(mapping.isEmpty());
        QVERIFY(!error.trimmed().isEmpty());
        QVERIFY2(error.contains(spec), qPrintable(error));
        for (const auto &c : NativeSchema::columns())
            QCOMPARE(mapping.columnFor(c.field), NativeSchema::name(c.field));
    }
}

void tst_ColumnMapping::addUnknownFieldListsTheFields()
{
    ColumnMapping mapping;
    QString error;
    QVERIFY(!mapping.add(QStringLiteral("event=vital"), &error));
    QVERIFY2(error.contains(QStringLiteral("event")), qPrintable(error));
    for (const QString &name : nativeHeader())
        QVERIFY2(error.contains(name), qPrintable(name));
}

void tst_ColumnMapping::addTwice()
{
    ColumnMapping mapping;
    QString error;
    QVERIFY(mapping.add(QStringLiteral("status=vital"), &error));
    QVERIFY(!mapping.add(QStringLiteral("Status=dead"), &error));
    QVERIFY(!error.trimmed().isEmpty());
    QVERIFY2(error.contains(QStringLiteral("Status=dead")), qPrintable(error));
    QCOMPARE(mapping.columnFor(F::Status), QStringLiteral("vital"));
    // Another field still maps.
    QVERIFY(mapping.add(QStringLiteral("arm=group"), &error));
    QCOMPARE(mapping.columnFor(F::Arm), QStringLiteral("group"));
}

void tst_ColumnMapping::set()
{
    ColumnMapping mapping;
    QVERIFY(mapping.isEmpty());
    QCOMPARE(mapping.columnFor(F::FollowupMonths), QStringLiteral("followup_months"));
    mapping.set(F::FollowupMonths, QStringLiteral(" months "));
    QVERIFY(!mapping.isEmpty());
    QCOMPARE(mapping.columnFor(F::FollowupMonths), QStringLiteral("months"));
    mapping.set(F::FollowupMonths, QStringLiteral("time"));
    QCOMPARE(mapping.columnFor(F::FollowupMonths), QStringLiteral("time"));
}

void tst_ColumnMapping::nativeHeaderInAnyCaseAndOrder()
{
    QStringList header = nativeHeader();
    std::reverse(header.begin(), header.end());
    for (int i = 0; i < header.size(); i += 2)
        header[i] = header.at(i).toUpper();
    header[1] = QStringLiteral("  ") + header.at(1) + QStringLiteral(" ");

    ValidationProblems problems;
    const ResolvedColumns resolved = ColumnMapping().resolve(header, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    for (const auto &c : NativeSchema::columns()) {
        const int index = resolved.indexOf(c.field);
        QVERIFY(resolved.has(c.field));
        QCOMPARE(header.at(index).trimmed().toLower(), NativeSchema::name(c.field));
    }
    QVERIFY(resolved.extraIndex.isEmpty());
    QVERIFY(resolved.extraNames.isEmpty());
    // Names as the header spells them, trimmed.
    QCOMPARE(resolved.headerNames.size(), header.size());
    for (int i = 0; i < header.size(); ++i)
        QCOMPARE(resolved.headerNames.at(i), header.at(i).trimmed());
}

void tst_ColumnMapping::extraColumnsKeptInFileOrder()
{
    QStringList header = nativeHeader();
    header.insert(0, QStringLiteral("Grade_Text"));
    header.insert(5, QStringLiteral("ki67"));
    header.append(QStringLiteral("surgeon"));

    ValidationProblems problems;
    const ResolvedColumns resolved = ColumnMapping().resolve(header, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    QCOMPARE(resolved.extraIndex, (QList<int>{0, 5, int(header.size()) - 1}));
    QCOMPARE(resolved.extraNames,
             (QStringList{QStringLiteral("Grade_Text"),
                          QStringLiteral("ki67"),
                          QStringLiteral("surgeon")}));
    QCOMPARE(resolved.indexOf(F::PatientId), 1);
    QCOMPARE(resolved.indexOf(F::Obstruction), 7);
}

void tst_ColumnMapping::emptyHeaderNames()
{
    QStringList header = nativeHeader();
    header.insert(2, QString());
    header.append(QStringLiteral("   "));

    ValidationProblems problems;
    const ResolvedColumns resolved = ColumnMapping().resolve(header, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    const QString last = QStringLiteral("column_%1").arg(header.size());
    QCOMPARE(resolved.headerNames.at(2), QStringLiteral("column_3"));
    QCOMPARE(resolved.headerNames.constLast(), last);
    QCOMPARE(resolved.extraIndex, (QList<int>{2, int(header.size()) - 1}));
    QCOMPARE(resolved.extraNames, (QStringList{QStringLiteral("column_3"), last}));
}

// duplicate: the spelling of the second occurrence, which is reported.
void tst_ColumnMapping::duplicateNames_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("duplicate");
    QTest::addColumn<QStringList>("extraNames");

    QTest::newRow("native column twice")
        << (nativeHeader() << QStringLiteral("age")) << QStringLiteral("age") << QStringList();
    QTest::newRow("native column twice, other case")
        << (nativeHeader() << QStringLiteral("Patient_ID")) << QStringLiteral("Patient_ID")
        << QStringList();
    QTest::newRow("extra column twice, other case")
        << (nativeHeader() << QStringLiteral("ki67") << QStringLiteral("note")
                           << QStringLiteral("KI67"))
        << QStringLiteral("KI67") << QStringList{QStringLiteral("ki67"), QStringLiteral("note")};
    QTest::newRow("extra column twice, spaces around")
        << (nativeHeader() << QStringLiteral("note") << QStringLiteral(" note "))
        << QStringLiteral("note") << QStringList{QStringLiteral("note")};
}

void tst_ColumnMapping::duplicateNames()
{
    QFETCH(QStringList, header);
    QFETCH(QString, duplicate);
    QFETCH(QStringList, extraNames);

    ValidationProblems problems;
    const ResolvedColumns resolved = ColumnMapping().resolve(header, problems);
    QCOMPARE(problemColumns(problems), QStringList{duplicate});
    QVERIFY(areHeaderProblems(problems));
    QCOMPARE(resolved.extraNames, extraNames);
    // The first occurrence is the one used: the native header opens every case.
    for (const auto &c : NativeSchema::columns())
        QCOMPARE(resolved.indexOf(c.field), NativeSchema::index(c.field));
}

// missing: the columns reported missing, in schema order.
void tst_ColumnMapping::missingRequiredColumns_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("missing");

    const QStringList all = nativeHeader();
    auto list = [](std::initializer_list<const char *> names) {
        QStringList l;
        for (const char *n : names)
            l << QString::fromUtf8(n);
        return l;
    };

    QTest::newRow("all present") << all << QStringList();
    QTest::newRow("required only") << list(
        {"patient_id", "carcinoid_syndrome", "obstruction", "arm", "followup_months", "status"})
                                   << QStringList();
    QTest::newRow("optional columns missing")
        << without(all, list({"age", "sex", "cs_improved", "operation_date"})) << QStringList();
    QTest::newRow("patient_id") << without(all, list({"patient_id"})) << list({"patient_id"});
    QTest::newRow("carcinoid_syndrome")
        << without(all, list({"carcinoid_syndrome"})) << list({"carcinoid_syndrome"});
    QTest::newRow("obstruction") << without(all, list({"obstruction"})) << list({"obstruction"});
    QTest::newRow("arm") << without(all, list({"arm"})) << list({"arm"});
    QTest::newRow("status") << without(all, list({"status"})) << list({"status"});
    QTest::newRow("several, each reported") << without(all, list({"patient_id", "arm", "status"}))
                                            << list({"patient_id", "arm", "status"});
    QTest::newRow("followup_months, both dates given")
        << without(all, list({"followup_months"})) << QStringList();
    QTest::newRow("followup_months, no operation_date")
        << without(all, list({"followup_months", "operation_date"})) << list({"followup_months"});
    QTest::newRow("followup_months, no last_followup_date")
        << without(all, list({"followup_months", "last_followup_date"}))
        << list({"followup_months"});
    QTest::newRow("followup_months, no dates")
        << without(all, list({"followup_months", "operation_date", "last_followup_date"}))
        << list({"followup_months"});
    QTest::newRow("empty header") << QStringList()
                                  << list({"patient_id",
                                           "carcinoid_syndrome",
                                           "obstruction",
                                           "arm",
                                           "followup_months",
                                           "status"});
    QTest::newRow("foreign header") << list({"id", "time", "event", "group"})
                                    << list({"patient_id",
                                             "carcinoid_syndrome",
                                             "obstruction",
                                             "arm",
                                             "followup_months",
                                             "status"});
}

void tst_ColumnMapping::missingRequiredColumns()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, missing);

    ValidationProblems problems;
    const ResolvedColumns resolved = ColumnMapping().resolve(header, problems);
    QCOMPARE(problemColumns(problems), missing);
    QVERIFY(areHeaderProblems(problems));
    for (const QString &name : missing)
        QVERIFY(!resolved.has(*NativeSchema::fieldByName(name)));
}

void tst_ColumnMapping::mappedColumns()
{
    ColumnMapping mapping;
    QString error;
    QVERIFY(mapping.add(QStringLiteral("followup_months=Time_Mo"), &error));
    QVERIFY(mapping.add(QStringLiteral("status=vital"), &error));
    QVERIFY(mapping.add(QStringLiteral("patient_id=patient_id"), &error));

    QStringList header = without(nativeHeader(),
                                 {QStringLiteral("followup_months"), QStringLiteral("status")});
    header << QStringLiteral("TIME_MO") << QStringLiteral("extra") << QStringLiteral("Vital");

    ValidationProblems problems;
    const ResolvedColumns resolved = mapping.resolve(header, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    QCOMPARE(resolved.indexOf(F::FollowupMonths), int(header.indexOf(QStringLiteral("TIME_MO"))));
    QCOMPARE(resolved.indexOf(F::Status), int(header.indexOf(QStringLiteral("Vital"))));
    QCOMPARE(resolved.indexOf(F::PatientId), 0);
    QCOMPARE(resolved.extraNames, QStringList{QStringLiteral("extra")});
}

void tst_ColumnMapping::mappedColumnMissing()
{
    ColumnMapping mapping;
    QString error;
    QVERIFY(mapping.add(QStringLiteral("age=age_years"), &error));

    ValidationProblems problems;
    const ResolvedColumns resolved = mapping.resolve(without(nativeHeader(),
                                                             {QStringLiteral("age")}),
                                                     problems);
    QCOMPARE(problemColumns(problems), QStringList{QStringLiteral("age_years")});
    QVERIFY(areHeaderProblems(problems));
    QVERIFY2(problems.constFirst().message.contains(QStringLiteral("age")),
             qPrintable(problems.constFirst().message));
    QVERIFY(!resolved.has(F::Age));

    // A required field mapped to a missing column: the mapping is what is wrong.
    ColumnMapping required;
    QVERIFY(required.add(QStringLiteral("status=vital"), &error));
    ValidationProblems requiredProblems;
    const ResolvedColumns requiredResolved = required.resolve(without(nativeHeader(),
                                                                      {QStringLiteral("status")}),
                                                              requiredProblems);
    // One problem, not also "required column is missing".
    QCOMPARE(requiredProblems.size(), 1);
    QVERIFY(areHeaderProblems(requiredProblems));
    QCOMPARE(requiredProblems.constFirst().column, QStringLiteral("vital"));
    QVERIFY(!requiredResolved.has(F::Status));

    // The file's own status column is not also reported as left over: the mapping is
    // what is wrong, and it was reported once.
    ValidationProblems leftOver;
    QVERIFY(!required.resolve(nativeHeader(), leftOver).has(F::Status));
    QCOMPARE(problemColumns(leftOver), QStringList{QStringLiteral("vital")});
}

void tst_ColumnMapping::columnUsedByTwoFields()
{
    ColumnMapping mapping;
    QString error;
    QVERIFY(mapping.add(QStringLiteral("followup_months=t"), &error));
    QVERIFY(mapping.add(QStringLiteral("age=t"), &error));

    QStringList header = without(nativeHeader(), {QStringLiteral("followup_months")});
    header << QStringLiteral("t");
    ValidationProblems problems;
    const ResolvedColumns resolved = mapping.resolve(header, problems);
    QVERIFY(problemColumns(problems).contains(QStringLiteral("t")));
    QVERIFY(areHeaderProblems(problems));
    // The column serves the first field in schema order, never both.
    QCOMPARE(resolved.indexOf(F::Age), int(header.size()) - 1);
    QVERIFY(!resolved.has(F::FollowupMonths));
    // The native age column is left over: its field reads "t".
    QVERIFY(problemColumns(problems).contains(QStringLiteral("age")));

    // A mapping onto a native column that its own field also uses.
    ColumnMapping onto;
    QVERIFY(onto.add(QStringLiteral("followup_months=status"), &error));
    ValidationProblems ontoProblems;
    const ResolvedColumns ontoResolved = onto.resolve(nativeHeader(), ontoProblems);
    QVERIFY(!ontoProblems.isEmpty());
    QVERIFY(areHeaderProblems(ontoProblems));
    QVERIFY(problemColumns(ontoProblems).contains(QStringLiteral("status")));
    QVERIFY(!(ontoResolved.has(F::FollowupMonths) && ontoResolved.has(F::Status)
              && ontoResolved.indexOf(F::FollowupMonths) == ontoResolved.indexOf(F::Status)));
}

void tst_ColumnMapping::nativeColumnLeftOver()
{
    ColumnMapping mapping;
    QString error;
    QVERIFY(mapping.add(QStringLiteral("followup_months=time_mo"), &error));

    QStringList header = nativeHeader();
    header << QStringLiteral("time_mo");
    ValidationProblems problems;
    const ResolvedColumns resolved = mapping.resolve(header, problems);
    QCOMPARE(problemColumns(problems), QStringList{QStringLiteral("followup_months")});
    QVERIFY(areHeaderProblems(problems));
    QVERIFY2(problems.constFirst().message.contains(QStringLiteral("time_mo")),
             qPrintable(problems.constFirst().message));
    QCOMPARE(resolved.indexOf(F::FollowupMonths), int(header.size()) - 1);
    // Neither column is an extra column.
    QVERIFY(resolved.extraNames.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ColumnMapping)
#include "tst_columnmapping.moc"
