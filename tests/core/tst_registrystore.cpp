// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registryimporter.h"
#include "registrystore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace CohortLens;

class tst_RegistryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsSchema();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void refusesWhatIsNotADatabase_data();
    void refusesWhatIsNotADatabase();
    void emptyDatabaseHasNoRegistry();
    void whereConditions_data();
    void whereConditions();
    void presentation_data();
    void presentation();
    void conditionsAreAnded();
    void unknownColumnIsAnError();
    void hostileValuesChangeNothing_data();
    void hostileValuesChangeNothing();
    void readOnlyStoreRefusesImport();
    void memoryRegistryIsSharedByName();

private:
    static QStringList ids(const QList<PatientRecord> &patients);
    QString makeRegistry(const QString &name);

    QTemporaryDir m_dir;
};

void tst_RegistryStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// A registry file holding tests/data/registry/small.csv.
QString tst_RegistryStore::makeRegistry(const QString &name)
{
    ImportRequest request;
    request.csvPath = QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv");
    request.databasePath = m_dir.filePath(name);
    const ImportReport report = RegistryImporter().importFile(request);
    if (report.outcome != ImportReport::Outcome::Imported)
        return {};
    return request.databasePath;
}

QStringList tst_RegistryStore::ids(const QList<PatientRecord> &patients)
{
    QStringList result;
    for (const auto &p : patients)
        result << p.patientId;
    return result;
}

void tst_RegistryStore::createsSchema()
{
    RegistryStore store;
    QVERIFY2(store.open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite),
             qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), 0);
    QVERIFY(!store.hasRegistry());
    QVERIFY(store.beginTransaction());
    QVERIFY2(store.createOrMigrateSchema(), qPrintable(store.errorString()));
    QVERIFY(store.commit());
    QCOMPARE(store.schemaVersion(), RegistryStore::SchemaVersion);

    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toInt(), RegistryStore::ApplicationId);

    QStringList tables;
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                      " ORDER BY name")));
    while (query.next())
        tables << query.value(0).toString();
    QCOMPARE(tables,
             QStringList({QStringLiteral("extra_columns"),
                          QStringLiteral("imports"),
                          QStringLiteral("patients")}));

    // Every filter column of the window and of --presentation has an index.
    QStringList indexed;
    QVERIFY(query.exec(QStringLiteral("SELECT ii.name FROM sqlite_master m,"
                                      " pragma_index_info(m.name) ii"
                                      " WHERE m.type = 'index' AND m.tbl_name = 'patients'")));
    while (query.next())
        indexed << query.value(0).toString();
    for (const char *column :
         {"carcinoid_syndrome", "arm", "sex", "age", "primary_site", "followup_months", "patient_id"})
        QVERIFY2(indexed.contains(QString::fromLatin1(column)), column);

    // Migrating again is a no-op.
    QVERIFY(store.beginTransaction());
    QVERIFY(store.createOrMigrateSchema());
    QVERIFY(store.commit());
    QCOMPARE(store.schemaVersion(), RegistryStore::SchemaVersion);
}

void tst_RegistryStore::refusesNewerSchema()
{
    const QString path = makeRegistry(QStringLiteral("newer.sqlite"));
    QVERIFY(!path.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(RegistryStore::SchemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    RegistryStore store;
    QVERIFY(!store.open(path, RegistryStore::Access::ReadOnly));
    QVERIFY2(store.errorString().contains(QStringLiteral("newer CohortLens")),
             qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
}

void tst_RegistryStore::refusesForeignDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE accounts (id INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = Test::fileSha256(path);

    RegistryStore store;
    QVERIFY(!store.open(path, RegistryStore::Access::ReadWrite));
    QVERIFY2(store.errorString().contains(QStringLiteral("not a CohortLens registry")),
             qPrintable(store.errorString()));
    QCOMPARE(Test::fileSha256(path), before);
}

void tst_RegistryStore::refusesWhatIsNotADatabase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // null: make a folder
    QTest::addColumn<int>("access");
    QTest::addColumn<QString>("message");

    QTest::newRow("text file") << QStringLiteral("notes.sqlite") << QByteArray("hello\n")
                               << int(RegistryStore::Access::ReadWrite)
                               << QStringLiteral("is not an SQLite database");
    QTest::newRow("csv file") << QStringLiteral("data.csv") << QByteArray("a,b\n1,2\n")
                              << int(RegistryStore::Access::ReadOnly)
                              << QStringLiteral("is not an SQLite database");
    QTest::newRow("truncated database")
        << QStringLiteral("truncated.sqlite")
        << QByteArray("SQLite format 3\0\x10\0\x01\x01\0\x40\x20\x20", 24)
        << int(RegistryStore::Access::ReadOnly) << QStringLiteral("cannot read");
    QTest::newRow("folder") << QStringLiteral("folder.sqlite") << QByteArray()
                            << int(RegistryStore::Access::ReadOnly)
                            << QStringLiteral("is a folder");
    QTest::newRow("missing, read-only")
        << QStringLiteral("missing.sqlite") << QByteArray("-")
        << int(RegistryStore::Access::ReadOnly) << QStringLiteral("does not exist");
    QTest::newRow("missing folder")
        << QStringLiteral("no/such/folder/r.sqlite") << QByteArray("-")
        << int(RegistryStore::Access::ReadWrite) << QStringLiteral("does not exist");
}

void tst_RegistryStore::refusesWhatIsNotADatabase()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, access);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    if (content.isNull())
        QVERIFY(QDir().mkpath(path));
    else if (content != "-")
        QVERIFY(Test::writeFile(path, content));
    const QByteArray before = Test::fileSha256(path);

    RegistryStore store;
    QVERIFY(!store.open(path, RegistryStore::Access(access)));
    QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
    QCOMPARE(Test::fileSha256(path), before);
    if (content == "-")
        QVERIFY(!QFileInfo::exists(path));
}

void tst_RegistryStore::emptyDatabaseHasNoRegistry()
{
    RegistryStore store;
    QVERIFY(store.open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite));
    QCOMPARE(store.patientCount(), 0);
    QVERIFY(store.extraColumns().isEmpty());
    QVERIFY(store.provenance().isEmpty());
    const auto cohort = store.loadCohort(CohortFilter());
    QVERIFY(cohort && cohort->isEmpty());
}

void tst_RegistryStore::whereConditions_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QStringList>("expected");
    auto rows = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *id : list)
            result << QString::fromLatin1(id);
        return result;
    };

    // small.csv: P1 45 M small_bowel CS cytoreduction 12 dead G1 2.5
    //            P2 67 F appendix CS+obstr medical 30.5 alive G2 10
    //            P3 -  F small_bowel obstr medical 6 dead - abc
    //            P4 80 M colon CS cytoreduction 100 alive G3 25
    //            P5 58.5 - unknown obstr medical 0 alive g1 3
    QTest::newRow("number >") << "age > 60" << rows({"P2", "P4"});
    QTest::newRow("number = decimal") << "age = 58.5" << rows({"P5"});
    QTest::newRow("number != skips empty") << "age != 45" << rows({"P2", "P4", "P5"});
    QTest::newRow("number <= with spaces off") << "age<=58.5" << rows({"P1", "P5"});
    QTest::newRow("column name in any case") << "AGE > 60" << rows({"P2", "P4"});
    QTest::newRow("number vs text compares as text") << "age = abc" << rows({});
    QTest::newRow("follow-up >=") << "followup_months >= 30.5" << rows({"P2", "P4"});
    QTest::newRow("follow-up zero") << "followup_months < 6" << rows({"P5"});
    QTest::newRow("status") << "status = 1" << rows({"P1", "P3"});
    QTest::newRow("sex normalised") << "sex = female" << rows({"P2", "P3"});
    QTest::newRow("sex letter") << "sex = m" << rows({"P1", "P4"});
    QTest::newRow("sex != skips empty") << "sex != M" << rows({"P2", "P3"});
    QTest::newRow("arm any case") << "arm = CYTOREDUCTION" << rows({"P1", "P4"});
    QTest::newRow("arm !=") << "arm != cytoreduction" << rows({"P2", "P3", "P5"});
    QTest::newRow("boolean yes") << "carcinoid_syndrome = yes" << rows({"P1", "P2", "P4"});
    QTest::newRow("boolean 0") << "carcinoid_syndrome = 0" << rows({"P3", "P5"});
    QTest::newRow("boolean true") << "obstruction = TRUE" << rows({"P2", "P3", "P5"});
    QTest::newRow("empty boolean column") << "complication = yes" << rows({});
    QTest::newRow("text =") << "primary_site = small_bowel" << rows({"P1", "P3"});
    QTest::newRow("text >") << "primary_site > c" << rows({"P1", "P3", "P4", "P5"});
    QTest::newRow("patient id") << "patient_id = P3" << rows({"P3"});
    QTest::newRow("extra number") << "ki67 > 5" << rows({"P2", "P3", "P4"}); // "abc" > "5"
    QTest::newRow("extra number written differently") << "ki67 = 2.50" << rows({"P1"});
    QTest::newRow("extra number <") << "ki67 < 5" << rows({"P1", "P5"});
    QTest::newRow("extra text is exact") << "grade_text = G1" << rows({"P1"});
    QTest::newRow("extra empty matches nothing")
        << "grade_text != G9" << rows({"P1", "P2", "P4", "P5"});
    QTest::newRow("quoted value") << "primary_site = 'small_bowel'" << rows({"P1", "P3"});
}

void tst_RegistryStore::whereConditions()
{
    QFETCH(QString, condition);
    QFETCH(QStringList, expected);
    static const QString path = makeRegistry(QStringLiteral("where.sqlite"));
    QVERIFY(!path.isEmpty());

    RegistryStore store;
    QVERIFY(store.open(path, RegistryStore::Access::ReadOnly));
    QString error;
    const auto where = WhereCondition::parse(condition, &error);
    QVERIFY2(where, qPrintable(error));
    CohortFilter filter;
    filter.conditions << *where;
    const auto cohort = store.loadCohort(filter);
    QVERIFY2(cohort, qPrintable(store.errorString()));
    QCOMPARE(ids(*cohort), expected);
    QCOMPARE(store.countCohort(filter).value_or(-1), expected.size());
}

void tst_RegistryStore::presentation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("any") << "any"
                         << QStringList{QStringLiteral("P1"),
                                        QStringLiteral("P2"),
                                        QStringLiteral("P3"),
                                        QStringLiteral("P4"),
                                        QStringLiteral("P5")};
    QTest::newRow("cs") << "cs"
                        << QStringList{QStringLiteral("P1"),
                                       QStringLiteral("P2"),
                                       QStringLiteral("P4")};
    QTest::newRow("obstruction") << "obstruction"
                                 << QStringList{QStringLiteral("P2"),
                                                QStringLiteral("P3"),
                                                QStringLiteral("P5")};
    QTest::newRow("both") << "both" << QStringList{QStringLiteral("P2")};
    QTest::newRow("cs-only") << "CS-only"
                             << QStringList{QStringLiteral("P1"), QStringLiteral("P4")};
    QTest::newRow("obstruction-only")
        << "obstruction-only" << QStringList{QStringLiteral("P3"), QStringLiteral("P5")};
}

void tst_RegistryStore::presentation()
{
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    static const QString path = makeRegistry(QStringLiteral("presentation.sqlite"));
    RegistryStore store;
    QVERIFY(store.open(path, RegistryStore::Access::ReadOnly));
    const auto presentation = CohortFilter::parsePresentation(key);
    QVERIFY(presentation);
    QCOMPARE(CohortFilter::parsePresentation(CohortFilter::presentationKey(*presentation)),
             presentation);
    CohortFilter filter;
    filter.presentation = *presentation;
    const auto cohort = store.loadCohort(filter);
    QVERIFY(cohort);
    QCOMPARE(ids(*cohort), expected);
}

void tst_RegistryStore::conditionsAreAnded()
{
    const QString path = makeRegistry(QStringLiteral("and.sqlite"));
    RegistryStore store;
    QVERIFY(store.open(path, RegistryStore::Access::ReadOnly));
    CohortFilter filter;
    filter.presentation = Presentation::Obstruction;
    QString error;
    filter.conditions << *WhereCondition::parse(u"arm = medical", &error)
                      << *WhereCondition::parse(u"age > 60", &error);
    const auto cohort = store.loadCohort(filter);
    QVERIFY(cohort);
    QCOMPARE(ids(*cohort), QStringList{QStringLiteral("P2")});
}

void tst_RegistryStore::unknownColumnIsAnError()
{
    const QString path = makeRegistry(QStringLiteral("unknown.sqlite"));
    RegistryStore store;
    QVERIFY(store.open(path, RegistryStore::Access::ReadOnly));
    CohortFilter filter;
    filter.conditions << WhereCondition{QStringLiteral("weight"),
                                        WhereCondition::Op::Greater,
                                        QStringLiteral("80")};
    QVERIFY(!store.loadCohort(filter));
    QVERIFY(!store.countCohort(filter));
    QVERIFY(store.errorString().contains(QStringLiteral("no column weight")));
    QVERIFY(store.errorString().contains(QStringLiteral("ki67"))); // lists what there is
}

void tst_RegistryStore::hostileValuesChangeNothing_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    const QString drop = QStringLiteral("'; DROP TABLE patients; --");
    const QString quotes = QStringLiteral("\" OR 1=1 OR \"a\"=\"");
    const QString nul = QStringLiteral("P1") + QChar(0) + QStringLiteral("' OR '1'='1");
    const QString longValue(200000, u'x');
    for (const char *column : {"patient_id", "age", "sex", "arm", "carcinoid_syndrome", "ki67"}) {
        const QString c = QString::fromLatin1(column);
        QTest::addRow("%s drop table", column) << c << drop;
        QTest::addRow("%s quotes", column) << c << quotes;
        QTest::addRow("%s NUL", column) << c << nul;
        QTest::addRow("%s very long", column) << c << longValue;
        QTest::addRow("%s percent", column) << c << QStringLiteral("%");
        QTest::addRow("%s semicolon", column) << c << QStringLiteral("1; DELETE FROM patients");
    }
}

void tst_RegistryStore::hostileValuesChangeNothing()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    static const QString path = makeRegistry(QStringLiteral("hostile.sqlite"));
    const QByteArray before = Test::fileSha256(path);
    {
        RegistryStore store;
        QVERIFY(store.open(path, RegistryStore::Access::ReadWrite));
        CohortFilter filter;
        for (const auto op : {WhereCondition::Op::Equal,
                              WhereCondition::Op::NotEqual,
                              WhereCondition::Op::Less,
                              WhereCondition::Op::Greater}) {
            filter.conditions = {WhereCondition{column, op, value}};
            const auto cohort = store.loadCohort(filter);
            QVERIFY2(cohort, qPrintable(store.errorString()));
            // A value that is no patient's selects no one by equality.
            if (op == WhereCondition::Op::Equal)
                QCOMPARE(cohort->size(), 0);
        }
        QCOMPARE(store.patientCount(), 5);
    }
    QCOMPARE(Test::fileSha256(path), before);
}

void tst_RegistryStore::readOnlyStoreRefusesImport()
{
    const QString path = makeRegistry(QStringLiteral("readonly.sqlite"));
    const QByteArray before = Test::fileSha256(path);
    RegistryStore store;
    QVERIFY(store.open(path, RegistryStore::Access::ReadOnly));
    QVERIFY(store.isReadOnly());
    QBuffer csv;
    csv.setData(Test::readFile(QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const ImportReport report = RegistryImporter().importInto(store,
                                                              csv,
                                                              QStringLiteral("small.csv"),
                                                              ProvenanceEntry::Mode::Replace,
                                                              ColumnMapping());
    QCOMPARE(report.outcome, ImportReport::Outcome::Failed);
    QVERIFY(!report.message.isEmpty());
    store.close();
    QCOMPARE(Test::fileSha256(path), before);
}

void tst_RegistryStore::memoryRegistryIsSharedByName()
{
    RegistryStore first;
    QVERIFY(first.open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite));
    QVERIFY(first.isMemory());
    QBuffer csv;
    csv.setData(Test::readFile(QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(RegistryImporter()
                 .importInto(first, csv, QStringLiteral("small.csv"),
                             ProvenanceEntry::Mode::Create, ColumnMapping())
                 .outcome,
             ImportReport::Outcome::Imported);

    // A second connection, from another thread, reads the same registry.
    qint64 seen = -1;
    std::thread reader([&] {
        RegistryStore second;
        if (second.open(first.path(), RegistryStore::Access::ReadOnly))
            seen = second.patientCount();
    });
    reader.join();
    QCOMPARE(seen, 5);

    // Two in-memory registries are two registries.
    RegistryStore other;
    QVERIFY(other.open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite));
    QVERIFY(other.path() != first.path());
    QCOMPARE(other.patientCount(), 0);
}

QTEST_GUILESS_MAIN(tst_RegistryStore)
#include "tst_registrystore.moc"
