// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordvalidator.h"

#include <QTest>

#include <string_view>
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

// The native columns in schema order, then two extra columns.
QStringList fullHeader()
{
    return nativeHeader() << QStringLiteral("grade_text") << QStringLiteral("ki67");
}

// A valid row for fullHeader(): an operated patient with CS and obstruction.
QStringList baselineRow()
{
    return {QStringLiteral("P1"),
            QStringLiteral("47"),
            QStringLiteral("M"),
            QStringLiteral("small_bowel"),
            QStringLiteral("yes"),
            QStringLiteral("yes"),
            QStringLiteral("cytoreduction"),
            QStringLiteral("yes"),
            QStringLiteral("yes"),
            QStringLiteral("no"),
            QStringLiteral("yes"),
            QStringLiteral("2"),
            QStringLiteral("no"),
            QStringLiteral("36.5"),
            QStringLiteral("0"),
            QStringLiteral("2004-03-17"),
            QStringLiteral("2007-03-30"),
            QStringLiteral("G1"),
            QStringLiteral("2.5")};
}

ResolvedColumns resolve(const QStringList &header, const ColumnMapping &mapping = {})
{
    ValidationProblems problems;
    ResolvedColumns resolved = mapping.resolve(header, problems);
    if (!problems.isEmpty())
        qFatal("test header does not resolve: %s", qPrintable(problems.constFirst().toString()));
    return resolved;
}

// The row with the given cells (name, value, name, value...) replaced.
QStringList rowWith(const QStringList &header, QStringList row, const QStringList &cells)
{
    for (int i = 0; i + 1 < cells.size(); i += 2) {
        const qsizetype index = header.indexOf(cells.at(i));
        if (index < 0)
            qFatal("no column %s in the test header", qPrintable(cells.at(i)));
        row[index] = cells.at(i + 1);
    }
    return row;
}

QStringList problemColumns(const ValidationProblems &problems)
{
    QStringList columns;
    for (const ValidationProblem &p : problems)
        columns << p.column;
    return columns;
}

QString problemsText(const ValidationProblems &problems)
{
    QStringList lines;
    for (const ValidationProblem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}

} // namespace

class tst_RecordValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void validRecord();
    void requiredColumnsOnly();
    void followupFromDates_data();
    void followupFromDates();
    void wrongFieldCount_data();
    void wrongFieldCount();
    void problemNamesTheHeaderSpelling();
    void problemForAColumnNotInTheFile();
    void extraValuesKeptInOrder();
    void isEmptyRow_data();
    void isEmptyRow();
    void problemToString_data();
    void problemToString();
};

// cells: (column, value) pairs changed in the baseline row. problems: the columns with a
// problem, in the order reported; empty when the row is valid.
void tst_RecordValidator::rules_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QStringList>("problems");

    const QStringList none;
    auto add = [](const char *name,
                  std::initializer_list<const char *> cells,
                  std::initializer_list<const char *> problems) {
        QTest::newRow(name) << strings(cells) << strings(problems);
    };

    add("baseline", {}, {});

    add("patient_id empty", {"patient_id", ""}, {"patient_id"});
    add("patient_id blank", {"patient_id", "   "}, {"patient_id"});
    add("patient_id any text", {"patient_id", "P 2/\xce\xb2"}, {});

    add("age empty", {"age", ""}, {});
    add("age 0", {"age", "0"}, {});
    add("age 120", {"age", "120"}, {});
    add("age decimal", {"age", "58.5"}, {});
    add("age with spaces", {"age", " 47 "}, {});
    add("age -1", {"age", "-1"}, {"age"});
    add("age 121", {"age", "121"}, {"age"});
    add("age 120.5", {"age", "120.5"}, {"age"});
    add("age abc", {"age", "abc"}, {"age"});
    add("age decimal comma", {"age", "1,5"}, {"age"});
    add("age nan", {"age", "nan"}, {"age"});
    add("age inf", {"age", "inf"}, {"age"});

    add("sex empty", {"sex", ""}, {});
    add("sex m", {"sex", "m"}, {});
    add("sex F", {"sex", "F"}, {});
    add("sex male", {"sex", "male"}, {});
    add("sex FEMALE", {"sex", "FEMALE"}, {});
    add("sex x", {"sex", "x"}, {"sex"});
    add("sex man", {"sex", "man"}, {"sex"});
    add("sex numeric", {"sex", "1"}, {"sex"});

    add("primary_site empty", {"primary_site", ""}, {});
    add("primary_site free text", {"primary_site", "terminal ileum, 2 lesions"}, {});

    // cs_improved and obstruction_relieved are emptied where the presentation is "no", so
    // that only the rule under test can fire.
    add("carcinoid_syndrome empty",
        {"carcinoid_syndrome", "", "cs_improved", ""},
        {"carcinoid_syndrome"});
    add("carcinoid_syndrome maybe",
        {"carcinoid_syndrome", "maybe", "cs_improved", ""},
        {"carcinoid_syndrome"});
    add("carcinoid_syndrome 2",
        {"carcinoid_syndrome", "2", "cs_improved", ""},
        {"carcinoid_syndrome"});
    add("carcinoid_syndrome 1", {"carcinoid_syndrome", "1"}, {});
    add("carcinoid_syndrome Y", {"carcinoid_syndrome", "Y"}, {});
    add("carcinoid_syndrome TRUE", {"carcinoid_syndrome", "TRUE"}, {});
    add("carcinoid_syndrome 0", {"carcinoid_syndrome", "0", "cs_improved", ""}, {});
    add("carcinoid_syndrome No", {"carcinoid_syndrome", "No", "cs_improved", ""}, {});
    add("obstruction empty", {"obstruction", "", "obstruction_relieved", ""}, {"obstruction"});
    add("obstruction maybe", {"obstruction", "maybe", "obstruction_relieved", ""}, {"obstruction"});
    add("obstruction 1", {"obstruction", "1"}, {});
    add("obstruction false", {"obstruction", "false", "obstruction_relieved", ""}, {});
    add("obstruction n", {"obstruction", "n", "obstruction_relieved", ""}, {});

    add("arm cytoreduction", {"arm", "cytoreduction"}, {});
    add("arm MEDICAL", {"arm", "MEDICAL"}, {});
    add("arm Medical", {"arm", "Medical"}, {});
    add("arm empty", {"arm", ""}, {"arm"});
    add("arm surgery", {"arm", "surgery"}, {"arm"});
    add("arm numeric", {"arm", "1"}, {"arm"});

    const char *const optionalBooleans[] = {"regional_resection",
                                            "cs_improved",
                                            "obstruction_relieved",
                                            "complication",
                                            "died_30d"};
    for (const char *name : optionalBooleans) {
        // complication no with a grade above 0 is a consistency problem of its own, and so
        // is a postoperative death of a patient alive at the last follow-up.
        const char *grade = std::string_view(name) == "complication" ? "" : "2";
        const char *status = std::string_view(name) == "died_30d" ? "1" : "0";
        auto cells = [&](const char *value) {
            return strings({name, value, "clavien_dindo", grade, "status", status});
        };
        QTest::addRow("%s empty", name) << cells("") << none;
        QTest::addRow("%s y", name) << cells("y") << none;
        QTest::addRow("%s No", name) << cells("No") << none;
        QTest::addRow("%s 1", name) << cells("1") << none;
        QTest::addRow("%s FALSE", name) << cells("FALSE") << none;
        QTest::addRow("%s maybe", name) << cells("maybe") << strings({name});
        QTest::addRow("%s 2", name) << cells("2") << strings({name});
    }
    add("died_30d yes, status 0", {"died_30d", "yes", "status", "0"}, {"died_30d"});
    add("died_30d no, status 0", {"died_30d", "no", "status", "0"}, {});
    add("died_30d yes, status invalid", {"died_30d", "yes", "status", "7"}, {"status"});

    add("clavien_dindo empty", {"clavien_dindo", ""}, {});
    add("clavien_dindo 1", {"clavien_dindo", "1"}, {});
    add("clavien_dindo 5", {"clavien_dindo", "5"}, {});
    add("clavien_dindo 3.0", {"clavien_dindo", "3.0"}, {});
    add("clavien_dindo 0, complication empty", {"clavien_dindo", "0", "complication", ""}, {});
    add("clavien_dindo 0, complication no", {"clavien_dindo", "0", "complication", "no"}, {});
    add("clavien_dindo 2.5", {"clavien_dindo", "2.5"}, {"clavien_dindo"});
    add("clavien_dindo 6", {"clavien_dindo", "6"}, {"clavien_dindo"});
    add("clavien_dindo -1", {"clavien_dindo", "-1"}, {"clavien_dindo"});
    add("clavien_dindo IIIa", {"clavien_dindo", "IIIa"}, {"clavien_dindo"});

    add("followup_months 0", {"followup_months", "0"}, {});
    add("followup_months decimal", {"followup_months", "12.25"}, {});
    add("followup_months exponent", {"followup_months", "1e2"}, {});
    add("followup_months -1", {"followup_months", "-1"}, {"followup_months"});
    add("followup_months -0.5", {"followup_months", "-0.5"}, {"followup_months"});
    add("followup_months abc", {"followup_months", "abc"}, {"followup_months"});
    add("followup_months decimal comma", {"followup_months", "1,5"}, {"followup_months"});
    add("followup_months empty, both dates", {"followup_months", ""}, {});
    add("followup_months empty, no operation_date",
        {"followup_months", "", "operation_date", ""},
        {"followup_months"});
    add("followup_months empty, no last_followup_date",
        {"followup_months", "", "last_followup_date", ""},
        {"followup_months"});
    add("followup_months empty, no dates",
        {"followup_months", "", "operation_date", "", "last_followup_date", ""},
        {"followup_months"});
    add("followup_months empty, invalid date reported once",
        {"followup_months", "", "operation_date", "2004-02-30"},
        {"operation_date"});

    add("status 1", {"status", "1"}, {});
    add("status 0", {"status", "0"}, {});
    add("status 1.0", {"status", "1.0"}, {});
    add("status 0.0", {"status", "0.0"}, {});
    add("status with spaces", {"status", " 1 "}, {});
    add("status 2", {"status", "2"}, {"status"});
    add("status dead", {"status", "dead"}, {"status"});
    add("status yes", {"status", "yes"}, {"status"});
    add("status empty", {"status", ""}, {"status"});
    add("status -1", {"status", "-1"}, {"status"});
    add("status 0.5", {"status", "0.5"}, {"status"});

    add("operation_date empty", {"operation_date", ""}, {});
    add("operation_date single digits", {"operation_date", "2004-3-17"}, {"operation_date"});
    add("operation_date February 30", {"operation_date", "2004-02-30"}, {"operation_date"});
    add("operation_date day first", {"operation_date", "17/03/2004"}, {"operation_date"});
    add("last_followup_date empty", {"last_followup_date", ""}, {});
    add("last_followup_date invalid", {"last_followup_date", "2007-13-01"}, {"last_followup_date"});
    add("last follow-up on the day of the operation", {"last_followup_date", "2004-03-17"}, {});
    add("last follow-up before the operation",
        {"last_followup_date", "2004-03-16"},
        {"last_followup_date"});
    add("last follow-up before the operation, followup_months empty",
        {"last_followup_date", "2003-01-01", "followup_months", ""},
        {"last_followup_date"});

    add("cs_improved given without CS",
        {"carcinoid_syndrome", "no", "cs_improved", "yes"},
        {"cs_improved"});
    // One mistake, one problem: an unreadable presentation is not also "without CS".
    add("cs_improved with an invalid presentation",
        {"carcinoid_syndrome", "maybe", "cs_improved", "yes"},
        {"carcinoid_syndrome"});
    add("obstruction_relieved with an invalid presentation",
        {"obstruction", "sometimes", "obstruction_relieved", "yes"},
        {"obstruction"});
    add("cs_improved no without CS",
        {"carcinoid_syndrome", "0", "cs_improved", "no"},
        {"cs_improved"});
    add("obstruction_relieved given without obstruction",
        {"obstruction", "no", "obstruction_relieved", "yes"},
        {"obstruction_relieved"});
    add("obstruction_relieved no without obstruction",
        {"obstruction", "N", "obstruction_relieved", "0"},
        {"obstruction_relieved"});
    add("grade above 0, complication no",
        {"clavien_dindo", "3", "complication", "no"},
        {"clavien_dindo"});
    add("grade 0, complication yes",
        {"clavien_dindo", "0", "complication", "yes"},
        {"clavien_dindo"});
    add("grade given, complication empty", {"clavien_dindo", "3", "complication", ""}, {});

    add("several problems, all reported",
        {"age", "abc", "sex", "x", "arm", "", "operation_date", "bad", "status", "2"},
        {"age", "sex", "arm", "operation_date", "status"});
    add("every required value empty",
        {"patient_id",
         "",
         "carcinoid_syndrome",
         "",
         "obstruction",
         "",
         "arm",
         "",
         "status",
         "",
         "followup_months",
         "",
         "operation_date",
         "",
         "cs_improved",
         "",
         "obstruction_relieved",
         ""},
        {"patient_id", "carcinoid_syndrome", "obstruction", "arm", "followup_months", "status"});
}

void tst_RecordValidator::rules()
{
    QFETCH(QStringList, cells);
    QFETCH(QStringList, problems);

    const QStringList header = fullHeader();
    const QStringList fields = rowWith(header, baselineRow(), cells);
    const RecordValidator validator(resolve(header));

    ValidationProblems found;
    found << ValidationProblem{0, QStringLiteral("earlier"), {}, QStringLiteral("kept")};
    const std::optional<PatientRecord> record = validator.validate(7, fields, found);

    // Problems are appended to what the list already holds.
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.constFirst().column, QStringLiteral("earlier"));
    found.removeFirst();

    QVERIFY2(problemColumns(found) == problems, qPrintable(problemsText(found)));
    QCOMPARE(record.has_value(), problems.isEmpty());
    for (const ValidationProblem &p : std::as_const(found)) {
        QCOMPARE(p.row, qint64(7));
        QCOMPARE(p.value, fields.at(header.indexOf(p.column)));
        QVERIFY(!p.message.trimmed().isEmpty());
    }
}

void tst_RecordValidator::validRecord()
{
    const QStringList header = fullHeader();
    const RecordValidator validator(resolve(header));
    ValidationProblems problems;
    const std::optional<PatientRecord> record = validator.validate(1, baselineRow(), problems);
    QVERIFY2(record.has_value(), qPrintable(problemsText(problems)));
    QVERIFY(problems.isEmpty());

    PatientRecord expected;
    expected.patientId = QStringLiteral("P1");
    expected.age = 47.0;
    expected.sex = Sex::Male;
    expected.primarySite = QStringLiteral("small_bowel");
    expected.carcinoidSyndrome = true;
    expected.obstruction = true;
    expected.arm = Arm::Cytoreduction;
    expected.regionalResection = true;
    expected.csImproved = true;
    expected.obstructionRelieved = false;
    expected.complication = true;
    expected.clavienDindo = 2;
    expected.died30d = false;
    expected.followupMonths = 36.5;
    expected.dead = false;
    expected.operationDate = QDate(2004, 3, 17);
    expected.lastFollowupDate = QDate(2007, 3, 30);
    expected.extra = QStringList{QStringLiteral("G1"), QStringLiteral("2.5")};
    QVERIFY(*record == expected);

    // Normalised values: case, spaces, other boolean spellings.
    const QStringList other = rowWith(header,
                                      baselineRow(),
                                      strings({"patient_id",
                                               "  P2 ",
                                               "sex",
                                               "female",
                                               "arm",
                                               "MEDICAL",
                                               "carcinoid_syndrome",
                                               "TRUE",
                                               "obstruction",
                                               "0",
                                               "obstruction_relieved",
                                               "",
                                               "status",
                                               "1.0",
                                               "clavien_dindo",
                                               "4.0"}));
    const std::optional<PatientRecord> second = validator.validate(2, other, problems);
    QVERIFY2(second.has_value(), qPrintable(problemsText(problems)));
    QCOMPARE(second->patientId, QStringLiteral("P2"));
    QVERIFY(second->sex == Sex::Female);
    QVERIFY(second->arm == Arm::Medical);
    QVERIFY(second->carcinoidSyndrome);
    QVERIFY(!second->obstruction);
    QVERIFY(!second->obstructionRelieved.has_value());
    QVERIFY(second->dead);
    QCOMPARE(second->clavienDindo, std::optional<int>(4));
}

void tst_RecordValidator::requiredColumnsOnly()
{
    const QStringList header = strings(
        {"status", "arm", "followup_months", "obstruction", "carcinoid_syndrome", "patient_id"});
    const RecordValidator validator(resolve(header));
    ValidationProblems problems;
    const std::optional<PatientRecord> record
        = validator.validate(1, strings({"1", "medical", "6", "no", "yes", "P9"}), problems);
    QVERIFY2(record.has_value(), qPrintable(problemsText(problems)));

    PatientRecord expected;
    expected.patientId = QStringLiteral("P9");
    expected.carcinoidSyndrome = true;
    expected.obstruction = false;
    expected.arm = Arm::Medical;
    expected.followupMonths = 6;
    expected.dead = true;
    QVERIFY(*record == expected);
}

void tst_RecordValidator::followupFromDates_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("lastFollowup");
    QTest::addColumn<double>("months");

    // days / (365.25 / 12); 30.4375 days a month is exact in binary.
    QTest::newRow("four years") << QStringLiteral("2000-01-01") << QStringLiteral("2004-01-01")
                                << 48.0;
    QTest::newRow("same day") << QStringLiteral("2004-03-17") << QStringLiteral("2004-03-17")
                              << 0.0;
    QTest::newRow("1108 days") << QStringLiteral("2004-03-17") << QStringLiteral("2007-03-30")
                               << 1108.0 / 30.4375;
    QTest::newRow("one day") << QStringLiteral("2010-12-31") << QStringLiteral("2011-01-01")
                             << 1.0 / 30.4375;
}

void tst_RecordValidator::followupFromDates()
{
    QFETCH(QString, operation);
    QFETCH(QString, lastFollowup);
    QFETCH(double, months);

    const QDate from = QDate::fromString(operation, Qt::ISODate);
    const QDate to = QDate::fromString(lastFollowup, Qt::ISODate);
    QCOMPARE(RecordValidator::monthsBetween(from, to), months);

    const QStringList header = fullHeader();
    const RecordValidator validator(resolve(header));
    ValidationProblems problems;
    const std::optional<PatientRecord> computed
        = validator.validate(1,
                             rowWith(header,
                                     baselineRow(),
                                     {QStringLiteral("followup_months"),
                                      QString(),
                                      QStringLiteral("operation_date"),
                                      operation,
                                      QStringLiteral("last_followup_date"),
                                      lastFollowup}),
                             problems);
    QVERIFY2(computed.has_value(), qPrintable(problemsText(problems)));
    QCOMPARE(computed->followupMonths, months);

    // A value that is given wins over the dates.
    const std::optional<PatientRecord> given
        = validator.validate(1,
                             rowWith(header,
                                     baselineRow(),
                                     {QStringLiteral("followup_months"),
                                      QStringLiteral("10"),
                                      QStringLiteral("operation_date"),
                                      operation,
                                      QStringLiteral("last_followup_date"),
                                      lastFollowup}),
                             problems);
    QVERIFY2(given.has_value(), qPrintable(problemsText(problems)));
    QCOMPARE(given->followupMonths, 10.0);
}

void tst_RecordValidator::wrongFieldCount_data()
{
    QTest::addColumn<int>("difference");

    QTest::newRow("one field missing") << -1;
    QTest::newRow("one field too many") << 1;
    QTest::newRow("half the fields") << -9;
    QTest::newRow("no fields") << -19;
}

void tst_RecordValidator::wrongFieldCount()
{
    QFETCH(int, difference);

    const QStringList header = fullHeader();
    QStringList fields = baselineRow();
    if (difference > 0) {
        for (int i = 0; i < difference; ++i)
            fields << QStringLiteral("x");
    } else {
        fields.resize(fields.size() + difference);
    }
    const RecordValidator validator(resolve(header));
    ValidationProblems problems;
    QVERIFY(!validator.validate(42, fields, problems).has_value());
    QCOMPARE(problems.size(), 1);
    const ValidationProblem &p = problems.constFirst();
    QCOMPARE(p.row, qint64(42));
    QVERIFY(p.column.isEmpty());
    QVERIFY(p.value.isEmpty());
    QVERIFY(p.message.contains(QString::number(fields.size())));
    QVERIFY(p.message.contains(QString::number(header.size())));
}

// The column of a problem is the header's own spelling, and the value the cell as written.
void tst_RecordValidator::problemNamesTheHeaderSpelling()
{
    QStringList header = fullHeader();
    for (QString &name : header)
        name = name.toUpper();
    ColumnMapping mapping;
    QString error;
    QVERIFY(mapping.add(QStringLiteral("followup_months=Time_Mo"), &error));
    header[header.indexOf(QStringLiteral("FOLLOWUP_MONTHS"))] = QStringLiteral("TIME_MO");
    const RecordValidator validator(resolve(header, mapping));

    QStringList fields = baselineRow();
    fields[header.indexOf(QStringLiteral("AGE"))] = QStringLiteral(" -1 ");
    fields[header.indexOf(QStringLiteral("TIME_MO"))] = QStringLiteral("soon");
    ValidationProblems problems;
    QVERIFY(!validator.validate(12, fields, problems).has_value());
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).column, QStringLiteral("AGE"));
    QCOMPARE(problems.at(0).value, QStringLiteral(" -1 "));
    QCOMPARE(problems.at(1).column, QStringLiteral("TIME_MO"));
    QCOMPARE(problems.at(1).value, QStringLiteral("soon"));
    QVERIFY(problems.at(0).toString().startsWith(
        QStringLiteral("row 12, column AGE, value \" -1 \": ")));
}

// followup_months may be absent when both date columns are there; a row without the
// dates then names the missing column.
void tst_RecordValidator::problemForAColumnNotInTheFile()
{
    QStringList header = fullHeader();
    const qsizetype followup = header.indexOf(QStringLiteral("followup_months"));
    header.removeAt(followup);
    QStringList fields = baselineRow();
    fields.removeAt(followup);
    const RecordValidator validator(resolve(header));

    ValidationProblems problems;
    const std::optional<PatientRecord> record = validator.validate(3, fields, problems);
    QVERIFY2(record.has_value(), qPrintable(problemsText(problems)));
    QCOMPARE(record->followupMonths, 1108.0 / 30.4375);

    fields[header.indexOf(QStringLiteral("last_followup_date"))] = QString();
    QVERIFY(!validator.validate(4, fields, problems).has_value());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().row, qint64(4));
    QCOMPARE(problems.constFirst().column, QStringLiteral("followup_months"));
    QVERIFY(problems.constFirst().value.isEmpty());
    QVERIFY(!problems.constFirst().message.trimmed().isEmpty());
}

void tst_RecordValidator::extraValuesKeptInOrder()
{
    QStringList header = nativeHeader();
    QStringList fields = baselineRow().mid(0, NativeSchema::FieldCount);
    header.insert(0, QStringLiteral("zeta"));
    fields.insert(0, QStringLiteral(" first "));
    header.insert(8, QStringLiteral("alpha"));
    fields.insert(8, QString());
    header.append(QStringLiteral("mid"));
    fields.append(QStringLiteral("last, with comma"));

    const RecordValidator validator(resolve(header));
    ValidationProblems problems;
    const std::optional<PatientRecord> record = validator.validate(1, fields, problems);
    QVERIFY2(record.has_value(), qPrintable(problemsText(problems)));
    QCOMPARE(record->extra,
             (QStringList{QStringLiteral("first"), QString(), QStringLiteral("last, with comma")}));
    QCOMPARE(record->patientId, QStringLiteral("P1"));
}

void tst_RecordValidator::isEmptyRow_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<bool>("empty");

    QTest::newRow("no fields") << QStringList() << true;
    QTest::newRow("one empty field") << QStringList{QString()} << true;
    QTest::newRow("separators only") << QStringList(19, QString()) << true;
    QTest::newRow("blanks") << strings({" ", "\t", "  "}) << true;
    QTest::newRow("one value") << strings({"", "", "x"}) << false;
    QTest::newRow("zero is a value") << strings({"0", ""}) << false;
    QTest::newRow("full row") << baselineRow() << false;
}

void tst_RecordValidator::isEmptyRow()
{
    QFETCH(QStringList, fields);
    QFETCH(bool, empty);

    QCOMPARE(RecordValidator::isEmptyRow(fields), empty);
}

void tst_RecordValidator::problemToString_data()
{
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valueKnown");
    QTest::addColumn<QString>("expected");

    const QString message = QStringLiteral("unknown arm; write cytoreduction or medical");
    QTest::newRow("row, column and value")
        << qint64(12) << QStringLiteral("arm") << QStringLiteral("surgery") << true
        << QStringLiteral("row 12, column arm, value \"surgery\": ") + message;
    QTest::newRow("empty value") << qint64(2) << QStringLiteral("arm") << QStringLiteral("") << true
                                 << QStringLiteral("row 2, column arm, value \"\": ") + message;
    // A cell that could not be read (not UTF-8): no value to show.
    QTest::newRow("no value") << qint64(2) << QStringLiteral("arm") << QString() << false
                              << QStringLiteral("row 2, column arm: ") + message;
    QTest::newRow("row only") << qint64(3) << QString() << QString() << true
                              << QStringLiteral("row 3: ") + message;
    QTest::newRow("header column") << qint64(0) << QStringLiteral("arm") << QString() << true
                                   << QStringLiteral("header, column arm: ") + message;
    QTest::newRow("file") << qint64(0) << QString() << QString() << true
                          << QStringLiteral("file: ") + message;
    QTest::newRow("line breaks shown as spaces")
        << qint64(5) << QStringLiteral("note") << QStringLiteral("a\r\nb\nc") << true
        << QStringLiteral("row 5, column note, value \"a  b c\": ") + message;
    QTest::newRow("long value shortened")
        << qint64(5) << QStringLiteral("note") << QString(61, u'x') << true
        << QStringLiteral("row 5, column note, value \"") + QString(60, u'x')
               + QString::fromUtf8("\xe2\x80\xa6\": ") + message;
    QTest::newRow("60 characters kept")
        << qint64(5) << QStringLiteral("note") << QString(60, u'x') << true
        << QStringLiteral("row 5, column note, value \"") + QString(60, u'x')
               + QStringLiteral("\": ") + message;
}

void tst_RecordValidator::problemToString()
{
    QFETCH(qint64, row);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(bool, valueKnown);
    QFETCH(QString, expected);

    const ValidationProblem problem{row,
                                    column,
                                    value,
                                    QStringLiteral("unknown arm; write cytoreduction or medical"),
                                    valueKnown};
    QCOMPARE(problem.toString(), expected);
}

QTEST_GUILESS_MAIN(tst_RecordValidator)
#include "tst_recordvalidator.moc"
