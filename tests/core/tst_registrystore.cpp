// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "servertest.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <functional>
#include <limits>
#include <thread>

using namespace CohortLens;

Q_DECLARE_METATYPE(CohortLens::CohortFilter)

class tst_RegistryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
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
    void windowFilters_data();
    void windowFilters();
    void idSearchIsLiteral_data();
    void idSearchIsLiteral();
    void windowFiltersNeedNativeRegistry_data();
    void windowFiltersNeedNativeRegistry();
    void hostileFilterValuesChangeNothing_data();
    void hostileFilterValuesChangeNothing();
    void hostileBoundsChangeNothing_data();
    void hostileBoundsChangeNothing();
    void readOnlyStoreRefusesImport();
    void memoryRegistryIsSharedByName();

private:
    static QStringList ids(const QList<PatientRecord> &patients);
    [[nodiscard]] static bool onServer();
    // A registry holding tests/data/registry/small.csv, or another CSV: a file, or on the
    // PostgreSQL server a database of its own, made anew.
    QString makeRegistry(const QString &name,
                         const QString &csv = QStringLiteral(COHORTLENS_TEST_DATA
                                                             "/registry/small.csv"));
    // The same, made once per engine for the rows of a data-driven test.
    QString sharedRegistry(const QString &name,
                           const QString &csv = QStringLiteral(COHORTLENS_TEST_DATA
                                                               "/registry/small.csv"));
    // The whole content of a registry, to show that nothing changed it.
    [[nodiscard]] static QByteArray digest(const QString &location);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_shared;
};

// Every test runs on an SQLite file and on PostgreSQL (COHORTLENS_TEST_PG; see
// tst_registryengines), except those about SQLite's own files and memory.
void tst_RegistryStore::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool tst_RegistryStore::onServer()
{
    QFETCH_GLOBAL(QString, engine);
    return engine == u"postgresql";
}

void tst_RegistryStore::init()
{
    if (!onServer() || !Test::testServer().isEmpty())
        return;
    if (Test::serverRequired())
        QFAIL("COHORTLENS_REQUIRE_PG is set but COHORTLENS_TEST_PG is not");
    QSKIP("set COHORTLENS_TEST_PG=postgresql://user@host:port/db to test on PostgreSQL");
}

QByteArray tst_RegistryStore::digest(const QString &location)
{
    if (!RegistryStore::isServerLocation(location))
        return Test::fileSha256(location);
    RegistryStore store;
    if (!store.open(location, RegistryStore::Access::ReadOnly))
        return store.errorString().toUtf8();
    QSqlQuery query(store.database());
    QByteArray all;
    for (const char *sql :
         {"SELECT md5(coalesce(string_agg(p::text, ',' ORDER BY id), '')) FROM patients p",
          "SELECT md5(coalesce(string_agg(i::text, ',' ORDER BY id), '')) FROM imports i",
          "SELECT md5(coalesce(string_agg(e::text, ',' ORDER BY position), '')) FROM extra_columns "
          "e",
          "SELECT md5(string_agg(table_name || '.' || column_name || ':' || data_type, ','"
          " ORDER BY table_name, column_name)) FROM information_schema.columns"
          " WHERE table_schema = current_schema()",
          "SELECT md5(string_agg(indexdef, ',' ORDER BY indexdef)) FROM pg_indexes"
          " WHERE schemaname = current_schema()"}) {
        if (!query.exec(QString::fromLatin1(sql)) || !query.next())
            return query.lastError().text().toUtf8();
        all += query.value(0).toByteArray() + '\n';
    }
    return all;
}

void tst_RegistryStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_RegistryStore::makeRegistry(const QString &name, const QString &csv)
{
    ImportRequest request;
    request.csvPath = csv;
    request.databasePath = m_dir.filePath(name);
    if (onServer()) {
        // "window-filters.sqlite": database tst_registrystore_window_filters.
        QString database = QFileInfo(name).completeBaseName().toLower();
        database.replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_"));
        request.databasePath = Test::freshServerDatabase(QStringLiteral("tst_registrystore_")
                                                         + database);
        if (request.databasePath.isEmpty())
            return {};
    }
    const ImportReport report = RegistryImporter().importFile(request);
    if (report.outcome != ImportReport::Outcome::Imported)
        return {};
    return request.databasePath;
}

QString tst_RegistryStore::sharedRegistry(const QString &name, const QString &csv)
{
    const QString key = (onServer() ? QStringLiteral("postgresql:") : QString()) + name;
    if (!m_shared.contains(key))
        m_shared.insert(key, makeRegistry(name, csv));
    return m_shared.value(key);
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
    if (onServer())
        QSKIP("SQLite's header and catalogue; tst_registryengines checks the schema on PostgreSQL");
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
    if (onServer()) {
        RegistryStore writer;
        QVERIFY(writer.open(path, RegistryStore::Access::ReadWrite));
        QSqlQuery query(writer.database());
        QVERIFY(query.exec(QStringLiteral("UPDATE cohortlens_registry SET value = '%1'"
                                          " WHERE key = 'schema_version'")
                               .arg(RegistryStore::SchemaVersion + 1)));
    } else {
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
    QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    if (onServer()) {
        // Another application's database, with a table of the same name.
        path = Test::freshServerDatabase(QStringLiteral("tst_registrystore_foreign"));
        QVERIFY(!path.isEmpty());
        QSqlDatabase db = Test::serverConnection(path, QStringLiteral("foreign"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE patients (id INTEGER)")));
        db.close();
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE accounts (id INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = digest(path);

    RegistryStore store;
    QVERIFY(!store.open(path, RegistryStore::Access::ReadWrite));
    QVERIFY2(store.errorString().contains(QStringLiteral("not a CohortLens registry")),
             qPrintable(store.errorString()));
    QCOMPARE(digest(path), before);
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
    if (onServer())
        QSKIP("files that are not databases");
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, access);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    if (content.isNull())
        QVERIFY(QDir().mkpath(path));
    else if (content != "-")
        QVERIFY(Test::writeFile(path, content));
    const QByteArray before = digest(path);

    RegistryStore store;
    QVERIFY(!store.open(path, RegistryStore::Access(access)));
    QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
    QCOMPARE(digest(path), before);
    if (content == "-")
        QVERIFY(!QFileInfo::exists(path));
}

void tst_RegistryStore::emptyDatabaseHasNoRegistry()
{
    if (onServer())
        QSKIP("an empty SQLite database in memory");
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
    const QString path = sharedRegistry(QStringLiteral("where.sqlite"));
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
    const QString path = sharedRegistry(QStringLiteral("presentation.sqlite"));
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
    const QString path = sharedRegistry(QStringLiteral("hostile.sqlite"));
    const QByteArray before = digest(path);
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
    QCOMPARE(digest(path), before);
}

namespace {

QStringList idList(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *id : list)
        result << QString::fromUtf8(id);
    return result;
}

QStringList strings(std::initializer_list<const char *> list)
{
    return idList(list);
}

// A filter with one change made to it, for data rows.
CohortFilter with(const std::function<void(CohortFilter &)> &change)
{
    CohortFilter filter;
    change(filter);
    return filter;
}

WhereCondition where(const char *text)
{
    QString error;
    const auto condition = WhereCondition::parse(QString::fromUtf8(text), &error);
    Q_ASSERT(condition);
    return *condition;
}

} // namespace

void tst_RegistryStore::windowFilters_data()
{
    QTest::addColumn<CohortFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    // small.csv: P1 45   M      small_bowel CS          cytoreduction  12   ki67 2.5
    //            P2 67   F      appendix    CS + obstr. medical        30.5 ki67 10
    //            P3 -    female small_bowel obstr.      Medical         6   ki67 abc
    //            P4 80   m      colon       CS          CYTOREDUCTION 100   ki67 25
    //            P5 58.5 -      unknown     obstr.      medical         0   ki67 3
    const QStringList everyone = idList({"P1", "P2", "P3", "P4", "P5"});
    QTest::newRow("empty filter") << CohortFilter() << everyone;

    QTest::newRow("arm: one") << with([](auto &f) { f.arms = strings({"cytoreduction"}); })
                              << idList({"P1", "P4"});
    QTest::newRow("arm: both") << with([](auto &f) {
        f.arms = strings({"cytoreduction", "medical"});
    }) << everyone;
    QTest::newRow("arm: any case")
        << with([](auto &f) { f.arms = strings({"MEDICAL"}); }) << idList({"P2", "P3", "P5"});
    QTest::newRow("arm: repeated") << with([](auto &f) {
        f.arms = strings({"medical", " Medical ", "medical"});
    }) << idList({"P2", "P3", "P5"});
    QTest::newRow("arm: unknown selects no one")
        << with([](auto &f) { f.arms = strings({"surgery"}); }) << QStringList();
    QTest::newRow("arm: unknown and known") << with([](auto &f) {
        f.arms = strings({"surgery", "cytoreduction"});
    }) << idList({"P1", "P4"});

    QTest::newRow("sex: letter") << with([](auto &f) { f.sexes = strings({"M"}); })
                                 << idList({"P1", "P4"});
    QTest::newRow("sex: 'male' normalised")
        << with([](auto &f) { f.sexes = strings({"male"}); }) << idList({"P1", "P4"});
    QTest::newRow("sex: 'FEMALE' normalised")
        << with([](auto &f) { f.sexes = strings({"FEMALE"}); }) << idList({"P2", "P3"});
    QTest::newRow("sex: both skip the empty one") << with([](auto &f) {
        f.sexes = strings({"m", "f"});
    }) << idList({"P1", "P2", "P3", "P4"});
    QTest::newRow("sex: unknown") << with([](auto &f) { f.sexes = strings({"X"}); })
                                  << QStringList();

    QTest::newRow("age: minimum inclusive")
        << with([](auto &f) { f.ageMin = 45; }) << idList({"P1", "P2", "P4", "P5"});
    QTest::newRow("age: maximum inclusive, decimal")
        << with([](auto &f) { f.ageMax = 58.5; }) << idList({"P1", "P5"});
    QTest::newRow("age: range") << with([](auto &f) {
        f.ageMin = 45;
        f.ageMax = 67;
    }) << idList({"P1", "P2", "P5"});
    QTest::newRow("age: one value") << with([](auto &f) {
        f.ageMin = 80;
        f.ageMax = 80;
    }) << idList({"P4"});
    QTest::newRow("age: from 0 still skips the empty age")
        << with([](auto &f) { f.ageMin = 0; }) << idList({"P1", "P2", "P4", "P5"});
    QTest::newRow("age: up to 120 still skips the empty age")
        << with([](auto &f) { f.ageMax = 120; }) << idList({"P1", "P2", "P4", "P5"});
    QTest::newRow("age: crossed bounds select no one") << with([](auto &f) {
        f.ageMin = 70;
        f.ageMax = 40;
    }) << QStringList();
    QTest::newRow("age: just below a value")
        << with([](auto &f) { f.ageMin = 58.50001; }) << idList({"P2", "P4"});

    QTest::newRow("site: one") << with([](auto &f) { f.primarySites = strings({"small_bowel"}); })
                               << idList({"P1", "P3"});
    QTest::newRow("site: several") << with([](auto &f) {
        f.primarySites = strings({"appendix", "colon", "unknown"});
    }) << idList({"P2", "P4", "P5"});
    QTest::newRow("site: as written, not any case")
        << with([](auto &f) { f.primarySites = strings({"Small_Bowel"}); }) << QStringList();
    QTest::newRow("site: absent") << with([](auto &f) { f.primarySites = strings({"rectum"}); })
                                  << QStringList();

    QTest::newRow("id: substring")
        << with([](auto &f) { f.idSearch = QStringLiteral("3"); }) << idList({"P3"});
    QTest::newRow("id: any case") << with([](auto &f) { f.idSearch = QStringLiteral("p"); })
                                  << everyone;
    QTest::newRow("id: whole") << with([](auto &f) { f.idSearch = QStringLiteral("p4"); })
                               << idList({"P4"});
    QTest::newRow("id: no match") << with([](auto &f) { f.idSearch = QStringLiteral("P6"); })
                                  << QStringList();
    QTest::newRow("id: wildcard % literal")
        << with([](auto &f) { f.idSearch = QStringLiteral("%"); }) << QStringList();
    QTest::newRow("id: wildcard _ literal")
        << with([](auto &f) { f.idSearch = QStringLiteral("P_"); }) << QStringList();

    QTest::newRow("follow-up: minimum inclusive")
        << with([](auto &f) { f.followUpMin = 12; }) << idList({"P1", "P2", "P4"});
    QTest::newRow("follow-up: maximum inclusive")
        << with([](auto &f) { f.followUpMax = 6; }) << idList({"P3", "P5"});
    QTest::newRow("follow-up: zero is a value")
        << with([](auto &f) { f.followUpMax = 0; }) << idList({"P5"});
    QTest::newRow("follow-up: range") << with([](auto &f) {
        f.followUpMin = 6;
        f.followUpMax = 30.5;
    }) << idList({"P1", "P2", "P3"});

    QTest::newRow("with presentation: CS, medical") << with([](auto &f) {
        f.presentation = Presentation::CarcinoidSyndrome;
        f.arms = strings({"medical"});
    }) << idList({"P2"});
    QTest::newRow("with presentation: obstruction, women, age <= 70") << with([](auto &f) {
        f.presentation = Presentation::Obstruction;
        f.sexes = strings({"F"});
        f.ageMax = 70;
    }) << idList({"P2"});
    QTest::newRow("with presentation: obstruction only, sites, follow-up") << with([](auto &f) {
        f.presentation = Presentation::ObstructionOnly;
        f.primarySites = strings({"small_bowel", "unknown"});
        f.followUpMin = 1;
    }) << idList({"P3"});
    QTest::newRow("with --where: extra column and arm") << with([](auto &f) {
        f.arms = strings({"cytoreduction"});
        f.conditions << where("ki67 > 5");
    }) << idList({"P4"});
    QTest::newRow("with --where: id, follow-up, status") << with([](auto &f) {
        f.idSearch = QStringLiteral("P");
        f.followUpMin = 10;
        f.conditions << where("status = 0");
    }) << idList({"P2", "P4"});
    QTest::newRow("with --where on the same column") << with([](auto &f) {
        f.ageMin = 40;
        f.conditions << where("age != 45");
    }) << idList({"P2", "P4", "P5"});
    QTest::newRow("everything at once") << with([](auto &f) {
        f.presentation = Presentation::CarcinoidSyndromeOnly;
        f.arms = strings({"cytoreduction"});
        f.sexes = strings({"male"});
        f.ageMin = 40;
        f.ageMax = 90;
        f.primarySites = strings({"colon", "small_bowel"});
        f.idSearch = QStringLiteral("p");
        f.followUpMin = 50;
        f.followUpMax = 200;
        f.conditions << where("grade_text = G3");
    }) << idList({"P4"});
}

void tst_RegistryStore::windowFilters()
{
    QFETCH(CohortFilter, filter);
    QFETCH(QStringList, expected);
    const QString path = sharedRegistry(QStringLiteral("window-filters.sqlite"));
    QVERIFY(!path.isEmpty());
    RegistryStore store;
    QVERIFY(store.open(path, RegistryStore::Access::ReadOnly));

    const auto cohort = store.loadCohort(filter);
    QVERIFY2(cohort, qPrintable(store.errorString()));
    QCOMPARE(ids(*cohort), expected);
    QCOMPARE(store.countCohort(filter).value_or(-1), expected.size());
    const auto columns = store.loadColumns({QStringLiteral("patient_id")}, filter);
    QVERIFY2(columns, qPrintable(store.errorString()));
    QStringList columnIds;
    for (const QVariant &v : columns->values.at(0))
        columnIds << v.toString();
    QCOMPARE(columnIds, expected);
}

void tst_RegistryStore::idSearchIsLiteral_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    // ids.csv: SYN-001 syn-002 50%-A 50X-B A_B AxB x\y xy Äbc-1
    QTest::newRow("prefix, any case") << "Syn" << idList({"SYN-001", "syn-002"});
    QTest::newRow("middle") << "n-00" << idList({"SYN-001", "syn-002"});
    QTest::newRow("percent is a percent") << "50%" << idList({"50%-A"});
    QTest::newRow("percent alone") << "%" << idList({"50%-A"});
    QTest::newRow("underscore is an underscore") << "_" << idList({"A_B"});
    QTest::newRow("underscore in the middle") << "a_b" << idList({"A_B"});
    QTest::newRow("backslash is a backslash") << "\\" << idList({"x\\y"});
    QTest::newRow("backslash in the middle") << "X\\Y" << idList({"x\\y"});
    QTest::newRow("backslash before a wildcard") << "\\%" << QStringList();
    QTest::newRow("quote") << "'" << QStringList();
    QTest::newRow("non-ASCII, same case") << "Äb" << idList({"Äbc-1"});
    QTest::newRow("whole ID") << "xy" << idList({"xy"});
    QTest::newRow("longer than any ID") << "SYN-0012" << QStringList();
}

void tst_RegistryStore::idSearchIsLiteral()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    const QString path = sharedRegistry(QStringLiteral("ids.sqlite"),
                                        QStringLiteral(COHORTLENS_TEST_DATA "/registry/ids.csv"));
    QVERIFY(!path.isEmpty());
    RegistryStore store;
    QVERIFY(store.open(path, RegistryStore::Access::ReadOnly));
    QCOMPARE(store.patientCount(), 9);
    CohortFilter filter;
    filter.idSearch = search;
    const auto cohort = store.loadCohort(filter);
    QVERIFY2(cohort, qPrintable(store.errorString()));
    QCOMPARE(ids(*cohort), expected);
}

void tst_RegistryStore::windowFiltersNeedNativeRegistry_data()
{
    QTest::addColumn<CohortFilter>("filter");
    QTest::addColumn<QString>("column");
    QTest::newRow("arm") << with([](auto &f) { f.arms = strings({"a"}); }) << "arm";
    QTest::newRow("sex") << with([](auto &f) { f.sexes = strings({"M"}); }) << "sex";
    QTest::newRow("age") << with([](auto &f) { f.ageMax = 50; }) << "age";
    QTest::newRow("site") << with([](auto &f) { f.primarySites = strings({"colon"}); })
                          << "primary_site";
    QTest::newRow("id") << with([](auto &f) { f.idSearch = QStringLiteral("1"); }) << "patient_id";
    QTest::newRow("follow-up") << with([](auto &f) { f.followUpMin = 1; }) << "followup_months";
}

void tst_RegistryStore::windowFiltersNeedNativeRegistry()
{
    QFETCH(CohortFilter, filter);
    QFETCH(QString, column);
    // A generic registry, with columns that happen to be named like native ones.
    const auto store = Test::storeFromCsv("time,event,arm,sex,age\n1,1,a,M,40\n2,0,b,F,60\n");
    QVERIFY(store);
    QCOMPARE(store->layout(), RegistryStore::Layout::Generic);
    QVERIFY(!store->countCohort(filter));
    QVERIFY2(store->errorString().contains(column), qPrintable(store->errorString()));
    QVERIFY2(store->errorString().contains(QStringLiteral("native registry")),
             qPrintable(store->errorString()));
    QVERIFY(!store->loadColumns({QStringLiteral("time")}, filter));
    // Its own columns are still reachable through --where.
    CohortFilter own;
    own.conditions << where("arm = a");
    QCOMPARE(store->countCohort(own).value_or(-1), 1);
}

void tst_RegistryStore::hostileFilterValuesChangeNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QString nul = QStringLiteral("P1") + QChar(0) + QStringLiteral("' OR '1'='1");
    const QList<std::pair<const char *, QString>> values{
        {"drop table", QStringLiteral("'; DROP TABLE patients; --")},
        {"double quotes", QStringLiteral("\" OR 1=1 OR \"a\"=\"")},
        {"single quotes", QStringLiteral("' OR '1'='1")},
        {"NUL", nul},
        {"NUL first", QChar(0) + QStringLiteral("P")},
        {"100k long", QString(100000, u'x')},
        {"semicolon", QStringLiteral("1; DELETE FROM patients")},
        {"closing parenthesis", QStringLiteral("a') OR 1=1 --")},
        {"like wildcards", QStringLiteral("%_%")},
        {"escape", QStringLiteral("\\%")},
    };
    for (const char *field : {"arms", "sexes", "primarySites", "idSearch"}) {
        for (const auto &[name, value] : values)
            QTest::addRow("%s %s", field, name) << QString::fromLatin1(field) << value;
    }
}

void tst_RegistryStore::hostileFilterValuesChangeNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QString path = sharedRegistry(QStringLiteral("hostile-filters.sqlite"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = digest(path);
    {
        RegistryStore store;
        QVERIFY(store.open(path, RegistryStore::Access::ReadWrite));
        CohortFilter filter;
        if (field == u"arms")
            filter.arms = QStringList{value};
        else if (field == u"sexes")
            filter.sexes = QStringList{value};
        else if (field == u"primarySites")
            filter.primarySites = QStringList{value};
        else
            filter.idSearch = value;
        const auto cohort = store.loadCohort(filter);
        QVERIFY2(cohort, qPrintable(store.errorString()));
        QCOMPARE(cohort->size(), 0);
        QCOMPARE(store.countCohort(filter).value_or(-1), 0);
        const auto columns = store.loadColumns({QStringLiteral("age")}, filter);
        QVERIFY2(columns, qPrintable(store.errorString()));
        QVERIFY(columns->rows.isEmpty());

        // Next to a value that selects someone, it still selects no one more.
        if (field != u"idSearch") {
            filter.arms << QStringLiteral("medical");
            QCOMPARE(store.countCohort(filter).value_or(-1), field == u"arms" ? 3 : 0);
        }
        QCOMPARE(store.patientCount(), 5);
    }
    QCOMPARE(digest(path), before);
}

void tst_RegistryStore::hostileBoundsChangeNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("expected");
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    // small.csv has 4 ages and 5 follow-up times.
    QTest::newRow("ageMin NaN") << "ageMin" << nan << 0;
    QTest::newRow("ageMax NaN") << "ageMax" << nan << 0;
    QTest::newRow("ageMin -inf") << "ageMin" << -inf << 4;
    QTest::newRow("ageMin +inf") << "ageMin" << inf << 0;
    QTest::newRow("ageMax +inf") << "ageMax" << inf << 4;
    QTest::newRow("ageMax -inf") << "ageMax" << -inf << 0;
    QTest::newRow("ageMin huge") << "ageMin" << 1e308 << 0;
    QTest::newRow("ageMax tiny") << "ageMax" << -1e308 << 0;
    QTest::newRow("followUpMin NaN") << "followUpMin" << nan << 0;
    QTest::newRow("followUpMax NaN") << "followUpMax" << nan << 0;
    QTest::newRow("followUpMin -inf") << "followUpMin" << -inf << 5;
    QTest::newRow("followUpMax +inf") << "followUpMax" << inf << 5;
    QTest::newRow("followUpMin +inf") << "followUpMin" << inf << 0;
    QTest::newRow("followUpMax -0") << "followUpMax" << -0.0 << 1;
}

void tst_RegistryStore::hostileBoundsChangeNothing()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(int, expected);
    const QString path = sharedRegistry(QStringLiteral("hostile-bounds.sqlite"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = digest(path);
    {
        RegistryStore store;
        QVERIFY(store.open(path, RegistryStore::Access::ReadWrite));
        CohortFilter filter;
        if (field == u"ageMin")
            filter.ageMin = value;
        else if (field == u"ageMax")
            filter.ageMax = value;
        else if (field == u"followUpMin")
            filter.followUpMin = value;
        else
            filter.followUpMax = value;
        const auto cohort = store.loadCohort(filter);
        QVERIFY2(cohort, qPrintable(store.errorString()));
        QCOMPARE(cohort->size(), expected);
        QCOMPARE(store.patientCount(), 5);
    }
    QCOMPARE(digest(path), before);
}

void tst_RegistryStore::readOnlyStoreRefusesImport()
{
    const QString path = makeRegistry(QStringLiteral("readonly.sqlite"));
    const QByteArray before = digest(path);
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
    QCOMPARE(digest(path), before);
}

void tst_RegistryStore::memoryRegistryIsSharedByName()
{
    if (onServer())
        QSKIP("SQLite's in-memory registries");
    RegistryStore first;
    QVERIFY(first.open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite));
    QVERIFY(first.isMemory());
    QBuffer csv;
    csv.setData(Test::readFile(QStringLiteral(COHORTLENS_TEST_DATA "/registry/small.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(RegistryImporter()
                 .importInto(first,
                             csv,
                             QStringLiteral("small.csv"),
                             ProvenanceEntry::Mode::Create,
                             ColumnMapping())
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
