// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordvalidator.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace CohortLens;

class tst_RegistryImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void normalisesValues();
    void recordsProvenance();
    void createRefusesAnExistingRegistry();
    void replaceReplacesPatientsAndColumns();
    void appendAddsPatientsAndColumns();
    void duplicateWithinFile();
    void duplicateAcrossAppend();
    void badInputLeavesDatabaseUnchanged_data();
    void badInputLeavesDatabaseUnchanged();
    void newDatabaseIsRemovedOnFailure();
    void refusesPaths_data();
    void refusesPaths();
    void reportsEveryProblemUpToTheCap();
    void cancelWritesNothing();
    void reportsProgress();
    void importsThroughMapping();
    void loadOpensDatabaseOrCsv();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    ImportReport import(const QString &csv,
                        const QString &db,
                        ProvenanceEntry::Mode mode = ProvenanceEntry::Mode::Create,
                        const RegistryImporter &importer = RegistryImporter()) const;
    QString write(const QString &name, const QByteArray &content) const;
    static QByteArray smallCsv();
    static QByteArray rows(int from, int count, const QByteArray &arm = "medical");

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_RegistryImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray tst_RegistryImporter::smallCsv()
{
    return Test::readFile(QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv"));
}

// Native rows "R<i>" with a header, for files of any length.
QByteArray tst_RegistryImporter::rows(int from, int count, const QByteArray &arm)
{
    QByteArray csv = "patient_id,carcinoid_syndrome,obstruction,arm,followup_months,status\n";
    for (int i = from; i < from + count; ++i)
        csv += "R" + QByteArray::number(i) + ",yes,no," + arm + "," + QByteArray::number(i % 150)
               + "," + QByteArray::number(i % 2) + "\n";
    return csv;
}

QString tst_RegistryImporter::write(const QString &name, const QByteArray &content) const
{
    const QString file = path(name);
    return Test::writeFile(file, content) ? file : QString();
}

ImportReport tst_RegistryImporter::import(const QString &csv,
                                          const QString &db,
                                          ProvenanceEntry::Mode mode,
                                          const RegistryImporter &importer) const
{
    ImportRequest request;
    request.csvPath = csv;
    request.databasePath = db;
    request.mode = mode;
    return importer.importFile(request);
}

// What goes in comes back: each stored patient equals the validated row.
void tst_RegistryImporter::roundTrip()
{
    const QString csv = write(QStringLiteral("demo.csv"), Test::readFile(Test::demoRegistryPath()));
    const QString db = path(QStringLiteral("demo.sqlite"));
    const ImportReport report = import(csv, db);
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(report.rowsRead, 66);
    QCOMPARE(report.rowsImported, 66);

    // The expected records, straight from the validator.
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ValidationProblems problems;
    const ResolvedColumns columns
        = ColumnMapping().resolve(QString::fromUtf8(lines.first()).split(u','), problems);
    QVERIFY(problems.isEmpty());
    const RecordValidator validator(columns);
    QList<PatientRecord> expected;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const auto record = validator.validate(i,
                                               QString::fromUtf8(lines.at(i)).split(u','),
                                               problems);
        QVERIFY(record);
        expected << *record;
    }

    RegistryStore store;
    QVERIFY(store.open(db, RegistryStore::Access::ReadOnly));
    QCOMPARE(store.extraColumns(), QStringList{QStringLiteral("synthetic")});
    const auto patients = store.loadCohort(CohortFilter());
    QVERIFY(patients);
    QCOMPARE(patients->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(patients->at(i) == expected.at(i), qPrintable(expected.at(i).patientId));
}

void tst_RegistryImporter::normalisesValues()
{
    const QString csv = write(QStringLiteral("values.csv"),
                              "\xef\xbb\xbfPatient_ID;Age;SEX;arm;carcinoid_syndrome;obstruction;"
                              "cs_improved;complication;clavien_dindo;followup_months;status;"
                              "operation_date;last_followup_date;Note\r\n"
                              "A-1;61.5;female;Cytoreduction;Y;false;TRUE;1;2;;1;2001-01-31;"
                              "2003-01-31;\"first; with \"\"quotes\"\"\"\r\n"
                              "A-2;;m;MEDICAL;no;1;;;;12.25;0;;;\r\n");
    const QString db = path(QStringLiteral("values.sqlite"));
    const ImportReport report = import(csv, db);
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported,
             qPrintable(report.problems.value(0).toString() + report.message));

    RegistryStore store;
    QVERIFY(store.open(db, RegistryStore::Access::ReadOnly));
    const auto patients = store.loadCohort(CohortFilter());
    QVERIFY(patients && patients->size() == 2);
    const PatientRecord &a = patients->at(0);
    QCOMPARE(a.patientId, QStringLiteral("A-1"));
    QCOMPARE(a.age, 61.5);
    QCOMPARE(a.sex, Sex::Female);
    QCOMPARE(a.arm, Arm::Cytoreduction);
    QVERIFY(a.carcinoidSyndrome && !a.obstruction);
    QCOMPARE(a.csImproved, true);
    QCOMPARE(a.complication, true);
    QCOMPARE(a.clavienDindo, 2);
    QVERIFY(a.dead);
    QCOMPARE(a.operationDate, QDate(2001, 1, 31));
    // 730 days between the dates, in months of 365.25 / 12 days.
    QCOMPARE(a.followupMonths, 730 / (365.25 / 12));
    QCOMPARE(a.extra, QStringList{QStringLiteral("first; with \"quotes\"")});

    const PatientRecord &b = patients->at(1);
    QVERIFY(!b.age);
    QCOMPARE(b.sex, Sex::Male);
    QCOMPARE(b.arm, Arm::Medical);
    QVERIFY(!b.csImproved && !b.complication && !b.clavienDindo && !b.operationDate);
    QCOMPARE(b.followupMonths, 12.25);
    QVERIFY(!b.dead);
    QCOMPARE(b.extra, QStringList{QString()});
}

void tst_RegistryImporter::recordsProvenance()
{
    const QByteArray content = smallCsv();
    const QString csv = write(QStringLiteral("small.csv"), content);
    const QString db = path(QStringLiteral("p.sqlite"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ImportReport report = import(csv, db);
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(report.sha256, sha);

    RegistryStore store;
    QVERIFY(store.open(db, RegistryStore::Access::ReadOnly));
    const auto entries = store.provenance();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).sourceName, QStringLiteral("small.csv"));
    QCOMPARE(entries.at(0).sha256, sha);
    QCOMPARE(entries.at(0).rowsRead, 5);
    QCOMPARE(entries.at(0).rowsImported, 5);
    QCOMPARE(entries.at(0).rowsRejected, 0);
    QCOMPARE(entries.at(0).mode, ProvenanceEntry::Mode::Create);
    QVERIFY(entries.at(0).importedAt >= before);
    QVERIFY(entries.at(0).importedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
}

void tst_RegistryImporter::createRefusesAnExistingRegistry()
{
    const QString csv = write(QStringLiteral("small.csv"), smallCsv());
    const QString db = path(QStringLiteral("r.sqlite"));
    QCOMPARE(import(csv, db).outcome, ImportReport::Outcome::Imported);
    const QByteArray before = Test::fileSha256(db);
    const ImportReport again = import(csv, db);
    QCOMPARE(again.outcome, ImportReport::Outcome::Refused);
    QVERIFY(again.message.contains(QStringLiteral("--append")));
    QVERIFY(again.message.contains(QStringLiteral("--replace")));
    QCOMPARE(Test::fileSha256(db), before);
}

void tst_RegistryImporter::replaceReplacesPatientsAndColumns()
{
    const QString db = path(QStringLiteral("r.sqlite"));
    QCOMPARE(import(write(QStringLiteral("small.csv"), smallCsv()), db).outcome,
             ImportReport::Outcome::Imported);
    QCOMPARE(import(write(QStringLiteral("rows.csv"), rows(1, 3)),
                    db,
                    ProvenanceEntry::Mode::Replace)
                 .outcome,
             ImportReport::Outcome::Imported);

    RegistryStore store;
    QVERIFY(store.open(db, RegistryStore::Access::ReadOnly));
    QCOMPARE(store.patientCount(), 3);
    QVERIFY(store.extraColumns().isEmpty()); // ki67 and grade_text went with their patients
    const auto entries = store.provenance();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).mode, ProvenanceEntry::Mode::Replace);
    QCOMPARE(entries.at(1).sourceName, QStringLiteral("rows.csv"));
}

void tst_RegistryImporter::appendAddsPatientsAndColumns()
{
    const QString db = path(QStringLiteral("a.sqlite"));
    QCOMPARE(import(write(QStringLiteral("small.csv"), smallCsv()), db).outcome,
             ImportReport::Outcome::Imported);
    const QString more = write(QStringLiteral("more.csv"),
                               "patient_id,carcinoid_syndrome,obstruction,arm,followup_months,"
                               "status,KI67,centre\n"
                               "Q1,yes,no,medical,3,0,7,Uppsala\n");
    const ImportReport report = import(more, db, ProvenanceEntry::Mode::Append);
    QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(report.patientsAfter, 6);

    RegistryStore store;
    QVERIFY(store.open(db, RegistryStore::Access::ReadOnly));
    // KI67 is the registry's ki67 (names are case-insensitive); centre is new.
    QCOMPARE(store.extraColumns(),
             QStringList(
                 {QStringLiteral("grade_text"), QStringLiteral("ki67"), QStringLiteral("centre")}));
    const auto patients = store.loadCohort(CohortFilter());
    QVERIFY(patients && patients->size() == 6);
    QCOMPARE(patients->at(0).extra,
             QStringList({QStringLiteral("G1"), QStringLiteral("2.5"), QString()}));
    QCOMPARE(patients->at(5).extra,
             QStringList({QString(), QStringLiteral("7"), QStringLiteral("Uppsala")}));
    QCOMPARE(store.provenance().size(), 2);
    QCOMPARE(store.provenance().at(1).mode, ProvenanceEntry::Mode::Append);
}

void tst_RegistryImporter::duplicateWithinFile()
{
    QByteArray csv = rows(1, 5);
    csv += "R2,no,yes,medical,4,1\n";
    const QString db = path(QStringLiteral("d.sqlite"));
    const ImportReport report = import(write(QStringLiteral("dup.csv"), csv), db);
    QCOMPARE(report.outcome, ImportReport::Outcome::InvalidData);
    QCOMPARE(report.problemCount, 1);
    const ValidationProblem &p = report.problems.at(0);
    QCOMPARE(p.row, 6);
    QCOMPARE(p.column, QStringLiteral("patient_id"));
    QCOMPARE(p.value, QStringLiteral("R2"));
    QVERIFY2(p.message.contains(QStringLiteral("row 2")), qPrintable(p.message));
    QVERIFY(!QFileInfo::exists(db));
}

void tst_RegistryImporter::duplicateAcrossAppend()
{
    const QString db = path(QStringLiteral("d.sqlite"));
    QCOMPARE(import(write(QStringLiteral("first.csv"), rows(1, 10)), db).outcome,
             ImportReport::Outcome::Imported);
    const QByteArray before = Test::fileSha256(db);
    const ImportReport report = import(write(QStringLiteral("second.csv"), rows(8, 5)),
                                       db,
                                       ProvenanceEntry::Mode::Append);
    QCOMPARE(report.outcome, ImportReport::Outcome::InvalidData);
    QCOMPARE(report.problemCount, 3); // R8, R9, R10
    for (const ValidationProblem &p : report.problems)
        QVERIFY2(p.message.contains(QStringLiteral("already holds")), qPrintable(p.message));
    QCOMPARE(report.problems.at(0).value, QStringLiteral("R8"));
    QCOMPARE(Test::fileSha256(db), before);
}

void tst_RegistryImporter::badInputLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");

    const QByteArray header = "patient_id,carcinoid_syndrome,obstruction,arm,followup_months,"
                              "status\n";
    const QByteArray good = "N1,yes,no,medical,10,0\n";
    QTest::newRow("missing required column")
        << QByteArray("patient_id,carcinoid_syndrome,obstruction,followup_months,status\n"
                      "N1,yes,no,10,0\n")
        << qint64(0) << QStringLiteral("arm") << QStringLiteral("required column is missing");
    QTest::newRow("non-numeric follow-up")
        << header + good + "N2,yes,no,medical,ten,0\n"
        << qint64(2) << QStringLiteral("followup_months") << QStringLiteral("not a number");
    QTest::newRow("negative follow-up")
        << header + good + "N2,yes,no,medical,-1,0\n"
        << qint64(2) << QStringLiteral("followup_months") << QStringLiteral("cannot be negative");
    QTest::newRow("status 2") << header + good + "N2,yes,no,medical,5,2\n"
                              << qint64(2) << QStringLiteral("status")
                              << QStringLiteral("1 (dead) or 0");
    QTest::newRow("unknown arm") << header + good + "N2,yes,no,surgery,5,1\n"
                                 << qint64(2) << QStringLiteral("arm")
                                 << QStringLiteral("unknown arm");
    QTest::newRow("not UTF-8") << header + good + "N\xe9,yes,no,medical,5,1\n"
                               << qint64(2) << QStringLiteral("patient_id")
                               << QStringLiteral("not UTF-8");
    QTest::newRow("empty file") << QByteArray() << qint64(0) << QString()
                                << QStringLiteral("the file is empty");
    QTest::newRow("header only") << header << qint64(0) << QString()
                                 << QStringLiteral("no data rows");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << qint64(0)
                            << QString() << QStringLiteral("binary data");
    QTest::newRow("unclosed quote")
        << header + good + "\"N2,yes,no,medical,5,1\n"
        << qint64(2) << QStringLiteral("patient_id") << QStringLiteral("never closed");
    QTest::newRow("wrong field count")
        << header + good + "N2,yes,no,medical,5\n"
        << qint64(2) << QString() << QStringLiteral("the row has 5 fields");
}

void tst_RegistryImporter::badInputLeavesDatabaseUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, row);
    QFETCH(QString, column);
    QFETCH(QString, message);

    const QString db = path(QStringLiteral("registry.sqlite"));
    QCOMPARE(import(write(QStringLiteral("good.csv"), smallCsv()), db).outcome,
             ImportReport::Outcome::Imported);
    const QByteArray before = Test::fileSha256(db);
    const QString csv = write(QStringLiteral("bad.csv"), content);

    for (const auto mode : {ProvenanceEntry::Mode::Append, ProvenanceEntry::Mode::Replace}) {
        const ImportReport report = import(csv, db, mode);
        QCOMPARE(report.outcome, ImportReport::Outcome::InvalidData);
        QVERIFY(report.problemCount >= 1);
        const ValidationProblem &p = report.problems.at(0);
        QVERIFY2(p.message.contains(message), qPrintable(p.toString()));
        QCOMPARE(p.row, row);
        QCOMPARE(p.column, column);
        QCOMPARE(Test::fileSha256(db), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
    }
}

void tst_RegistryImporter::newDatabaseIsRemovedOnFailure()
{
    const QString db = path(QStringLiteral("new.sqlite"));
    QByteArray csv = rows(1, 300);
    csv += "X,maybe,no,medical,1,0\n";
    const ImportReport report = import(write(QStringLiteral("bad.csv"), csv), db);
    QCOMPARE(report.outcome, ImportReport::Outcome::InvalidData);
    QCOMPARE(report.problems.at(0).row, 301);
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
}

void tst_RegistryImporter::refusesPaths_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("db");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing input") << "missing.csv"
                                   << "r.sqlite"
                                   << "does not exist";
    QTest::newRow("folder as input") << "folder"
                                     << "r.sqlite"
                                     << "is a folder";
    QTest::newRow("database as input") << "existing.sqlite"
                                       << "r.sqlite"
                                       << "is an SQLite database, not a CSV file";
    QTest::newRow("database folder missing") << "small.csv"
                                             << "nowhere/r.sqlite"
                                             << "does not exist";
    QTest::newRow("database is a folder") << "small.csv"
                                          << "folder"
                                          << "is a folder";
    QTest::newRow("database is a text file") << "small.csv"
                                             << "small2.csv"
                                             << "not an SQLite database";
    QTest::newRow("same file") << "small.csv"
                               << "small.csv"
                               << "same file";
}

void tst_RegistryImporter::refusesPaths()
{
    QFETCH(QString, csv);
    QFETCH(QString, db);
    QFETCH(QString, message);
    write(QStringLiteral("small.csv"), smallCsv());
    write(QStringLiteral("small2.csv"), smallCsv());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
    QCOMPARE(import(path(QStringLiteral("small.csv")), path(QStringLiteral("existing.sqlite")))
                 .outcome,
             ImportReport::Outcome::Imported);
    const QByteArray before = Test::fileSha256(path(db));

    const ImportReport report = import(path(csv), path(db));
    QCOMPARE(report.outcome, ImportReport::Outcome::Refused);
    QVERIFY2(report.message.contains(message), qPrintable(report.message));
    QCOMPARE(Test::fileSha256(path(db)), before);
}

void tst_RegistryImporter::reportsEveryProblemUpToTheCap()
{
    const int bad = RegistryImporter::MaxListedProblems + 500;
    QByteArray csv = "patient_id,carcinoid_syndrome,obstruction,arm,followup_months,status\n";
    for (int i = 0; i < bad; ++i)
        csv += "B" + QByteArray::number(i) + ",yes,no,medical,1,9\n";
    const ImportReport report = import(write(QStringLiteral("bad.csv"), csv),
                                       path(QStringLiteral("r.sqlite")));
    QCOMPARE(report.outcome, ImportReport::Outcome::InvalidData);
    QCOMPARE(report.problemCount, bad);
    QCOMPARE(report.problems.size(), RegistryImporter::MaxListedProblems);
    QCOMPARE(report.problems.last().row, RegistryImporter::MaxListedProblems);
}

void tst_RegistryImporter::cancelWritesNothing()
{
    const QString db = path(QStringLiteral("c.sqlite"));
    QCOMPARE(import(write(QStringLiteral("small.csv"), smallCsv()), db).outcome,
             ImportReport::Outcome::Imported);
    const QByteArray before = Test::fileSha256(db);

    // Cancelled from the progress callback, part-way through a file of many chunks.
    std::atomic_bool cancel = false;
    int calls = 0;
    RegistryImporter importer;
    importer.setCancelFlag(&cancel);
    importer.setProgress([&](qint64, qint64) {
        if (++calls == 3)
            cancel = true;
    });
    const ImportReport report = import(write(QStringLiteral("big.csv"), rows(1, 50000)),
                                       db,
                                       ProvenanceEntry::Mode::Append,
                                       importer);
    QCOMPARE(report.outcome, ImportReport::Outcome::Cancelled);
    QVERIFY(report.rowsRead < 50000);
    QCOMPARE(Test::fileSha256(db), before);

    // A new database is not left behind either.
    cancel = true;
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    QCOMPARE(import(path(QStringLiteral("big.csv")), fresh, ProvenanceEntry::Mode::Create, importer)
                 .outcome,
             ImportReport::Outcome::Cancelled);
    QVERIFY(!QFileInfo::exists(fresh));
}

void tst_RegistryImporter::reportsProgress()
{
    const QString csv = write(QStringLiteral("big.csv"), rows(1, 20000));
    const qint64 size = QFileInfo(csv).size();
    // Called from the reading thread: record, compare afterwards.
    QList<qint64> seen;
    QList<qint64> totals;
    RegistryImporter importer;
    importer.setProgress([&](qint64 done, qint64 total) {
        seen << done;
        totals << total;
    });
    QCOMPARE(import(csv, path(QStringLiteral("p.sqlite")), ProvenanceEntry::Mode::Create, importer)
                 .outcome,
             ImportReport::Outcome::Imported);
    QVERIFY(seen.size() > 3);
    QVERIFY(std::all_of(totals.cbegin(), totals.cend(), [&](qint64 t) { return t == size; }));
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), size);
}

void tst_RegistryImporter::importsThroughMapping()
{
    const QString csv = write(QStringLiteral("foreign.csv"),
                              "ID,Months,Dead,Treatment,CS,Obstr,Hospital\n"
                              "F1,12,1,medical,yes,no,North\n"
                              "F2,40,0,cytoreduction,no,yes,South\n");
    ImportRequest request;
    request.csvPath = csv;
    request.databasePath = path(QStringLiteral("m.sqlite"));
    QString error;
    for (const char *spec : {"patient_id=ID",
                             "followup_months=months",
                             "status=Dead",
                             "arm=Treatment",
                             "carcinoid_syndrome=CS",
                             "obstruction=Obstr"})
        QVERIFY2(request.mapping.add(QString::fromLatin1(spec), &error), qPrintable(error));
    const ImportReport report = RegistryImporter().importFile(request);
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported,
             qPrintable(report.problems.value(0).toString() + report.message));

    RegistryStore store;
    QVERIFY(store.open(request.databasePath, RegistryStore::Access::ReadOnly));
    QCOMPARE(store.extraColumns(), QStringList{QStringLiteral("Hospital")});
    const auto patients = store.loadCohort(CohortFilter());
    QVERIFY(patients && patients->size() == 2);
    QCOMPARE(patients->at(1).patientId, QStringLiteral("F2"));
    QCOMPARE(patients->at(1).followupMonths, 40.0);
    QCOMPARE(patients->at(1).arm, Arm::Cytoreduction);
    QVERIFY(patients->at(1).obstruction);
    QVERIFY(patients->at(0).dead);
}

void tst_RegistryImporter::loadOpensDatabaseOrCsv()
{
    const QString csv = write(QStringLiteral("small.csv"), smallCsv());
    const QString db = path(QStringLiteral("l.sqlite"));
    QCOMPARE(import(csv, db).outcome, ImportReport::Outcome::Imported);
    const QByteArray before = Test::fileSha256(db);

    for (const QString &input : {csv, db}) {
        RegistryStore store;
        const ImportReport report = RegistryImporter().load(input, store);
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(store.patientCount(), 5);
        QCOMPARE(report.sha256, QString::fromLatin1(Test::fileSha256(csv)));
        QCOMPARE(store.isReadOnly(), input == db);
    }
    QCOMPARE(Test::fileSha256(db), before);

    RegistryStore store;
    const ImportReport bad = RegistryImporter().load(write(QStringLiteral("bad.csv"), "x\n"), store);
    QCOMPARE(bad.outcome, ImportReport::Outcome::InvalidData);
    QCOMPARE(RegistryImporter().load(path(QStringLiteral("none.csv")), store).outcome,
             ImportReport::Outcome::Refused);
}

QTEST_GUILESS_MAIN(tst_RegistryImporter)
#include "tst_registryimporter.moc"
