// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The registry on both engines: every test runs once on an SQLite file and once on the
// PostgreSQL database that COHORTLENS_TEST_PG names (scripts/test.sh starts a throwaway
// cluster and sets it, with COHORTLENS_REQUIRE_PG=1 so that a missing server fails the
// suite instead of skipping it). Each test starts from an empty database, and each result
// is compared with the same registry read from memory.
//
// On the server, the tests make a database of their own, tst_registryengines, anew for
// each test.

#include "comparisonanalysis.h"
#include "comparisonformatter.h"
#include "registryimporter.h"
#include "registrystore.h"
#include "registrywriter.h"
#include "servertest.h"
#include "survivalanalysis.h"
#include "survivalformatter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <thread>

using namespace CohortLens;

Q_DECLARE_METATYPE(CohortLens::CohortFilter)

class tst_RegistryEngines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void importsAndReadsBack();
    void filtersSelectTheSamePatients_data();
    void filtersSelectTheSamePatients();
    void sortsLikeTheReference_data();
    void sortsLikeTheReference();
    void analysesAgree_data();
    void analysesAgree();
    void duplicatesAreRejectedAndNothingIsWritten();
    void appendAndReplace();
    void extraColumns();
    void concurrentImportsKeepEveryRowOnce();
    void readersSeeWholeImports();
    void passwordsAreNeverShown();

private:
    // The registry of this row: a file, or the PostgreSQL URL.
    [[nodiscard]] QString location() const;
    [[nodiscard]] bool isServer() const;
    ImportReport import(const QByteArray &csv, ProvenanceEntry::Mode mode) const;
    static QByteArray renamed(const QByteArray &csv, const QByteArray &prefix);

    QTemporaryDir m_dir;
    QString m_server;          // this test's database on the COHORTLENS_TEST_PG server
    RegistryStore m_reference; // the demo in memory
    QByteArray m_demo;
};

void tst_RegistryEngines::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void tst_RegistryEngines::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = Test::readFile(Test::demoRegistryPath());
    QCOMPARE(RegistryImporter().load(Test::demoRegistryPath(), m_reference).outcome,
             ImportReport::Outcome::Imported);
}

QString tst_RegistryEngines::location() const
{
    return isServer() ? m_server : m_dir.filePath(QStringLiteral("registry.sqlite"));
}

bool tst_RegistryEngines::isServer() const
{
    QFETCH_GLOBAL(QString, engine);
    return engine == u"postgresql";
}

// An empty registry for every test.
void tst_RegistryEngines::init()
{
    if (!isServer()) {
        QFile::remove(location());
        return;
    }
    if (Test::testServer().isEmpty()) {
        if (Test::serverRequired())
            QFAIL("COHORTLENS_REQUIRE_PG is set but COHORTLENS_TEST_PG is not");
        QSKIP("set COHORTLENS_TEST_PG=postgresql://user@host:port/db to test on PostgreSQL");
    }
    QString error;
    m_server = Test::freshServerDatabase(QStringLiteral("tst_registryengines"), &error);
    QVERIFY2(!m_server.isEmpty(), qPrintable(error));
}

ImportReport tst_RegistryEngines::import(const QByteArray &csv, ProvenanceEntry::Mode mode) const
{
    RegistryStore store;
    if (!store.open(location(), RegistryStore::Access::ReadWrite)) {
        ImportReport failed;
        failed.message = store.errorString();
        return failed;
    }
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return RegistryImporter().importInto(store,
                                         buffer,
                                         QStringLiteral("registry.csv"),
                                         mode,
                                         ColumnMapping());
}

// The same patients under other ids.
QByteArray tst_RegistryEngines::renamed(const QByteArray &csv, const QByteArray &prefix)
{
    QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            lines[i].prepend(prefix);
    }
    return lines.join('\n');
}

void tst_RegistryEngines::importsAndReadsBack()
{
    const ImportReport report = import(m_demo, ProvenanceEntry::Mode::Create);
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported, qPrintable(report.message));
    RegistryStore store;
    QVERIFY2(store.open(location(), RegistryStore::Access::ReadOnly),
             qPrintable(store.errorString()));
    QCOMPARE(store.engine(),
             isServer() ? RegistryStore::Engine::PostgreSQL : RegistryStore::Engine::SQLite);
    QCOMPARE(store.schemaVersion(), RegistryStore::SchemaVersion);
    QCOMPARE(store.layout(), RegistryStore::Layout::Native);
    QCOMPARE(store.patientCount(), m_reference.patientCount());
    QCOMPARE(store.provenance().size(), 1);
    QCOMPARE(store.provenance().first().sha256, m_reference.provenance().first().sha256);
    QCOMPARE(store.provenance().first().rowsImported, 66);

    QStringList names;
    for (const RegistryColumn &c : store.columns())
        names << c.name;
    const auto read = store.loadColumns(names, CohortFilter());
    const auto expected = m_reference.loadColumns(names, CohortFilter());
    QVERIFY(read && expected);
    QCOMPARE(read->rows, expected->rows);
    QCOMPARE(read->kinds, expected->kinds);
    for (qsizetype c = 0; c < names.size(); ++c)
        QVERIFY2(read->values.at(c) == expected->values.at(c), qPrintable(names.at(c)));

    // A page of the windowed table, by id, in the order asked.
    const std::vector<qint64> ids{read->ids.at(5), read->ids.at(0), read->ids.at(40)};
    const auto page = store.loadPatients(names, ids);
    QVERIFY(page);
    QCOMPARE(page->rows,
             (QList<qint64>{expected->rows.at(5), expected->rows.at(0), expected->rows.at(40)}));
    QCOMPARE(page->values.at(0).at(1), expected->values.at(0).at(0));

    // The full records, as the report and the export read them.
    const auto records = store.loadCohort(CohortFilter());
    const auto expectedRecords = m_reference.loadCohort(CohortFilter());
    QVERIFY(records && expectedRecords);
    QCOMPARE(records->size(), expectedRecords->size());
    QCOMPARE(records->at(10).patientId, expectedRecords->at(10).patientId);
    QCOMPARE(records->at(10).followupMonths, expectedRecords->at(10).followupMonths);
}

void tst_RegistryEngines::filtersSelectTheSamePatients_data()
{
    QTest::addColumn<CohortFilter>("filter");
    auto row = [](const char *name, auto &&set) {
        CohortFilter f;
        set(f);
        QTest::newRow(name) << f;
    };
    row("everyone", [](CohortFilter &) {});
    row("carcinoid syndrome only",
        [](CohortFilter &f) { f.presentation = Presentation::CarcinoidSyndromeOnly; });
    row("both", [](CohortFilter &f) { f.presentation = Presentation::Both; });
    row("medical arm", [](CohortFilter &f) { f.arms << QStringLiteral("medical"); });
    row("women, 40 to 65", [](CohortFilter &f) {
        f.sexes << QStringLiteral("F");
        f.ageMin = 40;
        f.ageMax = 65;
    });
    row("two sites", [](CohortFilter &f) {
        f.primarySites << QStringLiteral("small_bowel") << QStringLiteral("appendix");
    });
    row("ID search, any case", [](CohortFilter &f) { f.idSearch = QStringLiteral("syn-01"); });
    row("follow-up 12 to 60", [](CohortFilter &f) {
        f.followUpMin = 12;
        f.followUpMax = 60;
    });
    auto where = [](const char *column, WhereCondition::Op op, const char *value) {
        return WhereCondition{QString::fromLatin1(column), op, QString::fromLatin1(value)};
    };
    using Op = WhereCondition::Op;
    row("--where age > 60.5",
        [&](CohortFilter &f) { f.conditions << where("age", Op::Greater, "60.5"); });
    row("--where age as text",
        [&](CohortFilter &f) { f.conditions << where("age", Op::Equal, "sixty"); });
    row("--where cs_improved = yes",
        [&](CohortFilter &f) { f.conditions << where("cs_improved", Op::Equal, "yes"); });
    row("--where complication = maybe",
        [&](CohortFilter &f) { f.conditions << where("complication", Op::NotEqual, "maybe"); });
    row("--where sex = f", [&](CohortFilter &f) { f.conditions << where("SEX", Op::Equal, "f"); });
    row("--where arm != Cytoreduction",
        [&](CohortFilter &f) { f.conditions << where("arm", Op::NotEqual, "Cytoreduction"); });
    row("--where primary_site >= r",
        [&](CohortFilter &f) { f.conditions << where("primary_site", Op::GreaterEqual, "r"); });
    row("--where clavien_dindo <= 2, status = 1", [&](CohortFilter &f) {
        f.conditions << where("clavien_dindo", Op::LessEqual, "2")
                     << where("status", Op::Equal, "1");
    });
    row("injection stays a value", [&](CohortFilter &f) {
        f.conditions << where("primary_site", Op::Equal, "x' OR '1'='1");
        f.idSearch = QStringLiteral("'); DROP TABLE patients; --");
    });
}

void tst_RegistryEngines::filtersSelectTheSamePatients()
{
    QFETCH(CohortFilter, filter);
    QCOMPARE(import(m_demo, ProvenanceEntry::Mode::Create).outcome, ImportReport::Outcome::Imported);
    RegistryStore store;
    QVERIFY(store.open(location(), RegistryStore::Access::ReadOnly));
    const auto read = store.loadColumns({QStringLiteral("patient_id")}, filter);
    const auto expected = m_reference.loadColumns({QStringLiteral("patient_id")}, filter);
    QVERIFY2(read, qPrintable(store.errorString()));
    QVERIFY(expected);
    QCOMPARE(read->rows, expected->rows);
    QCOMPARE(store.countCohort(filter), std::optional<qint64>(expected->rows.size()));
    QCOMPARE(store.patientIds(filter)->size(), expected->rows.size());
    QCOMPARE(store.patientCount(), 66); // nothing was dropped
}

namespace {

// Reverse byte order: an order no database has built in, as PatientTableModel's is not.
int reverseBytes(std::string_view a, std::string_view b)
{
    return b.compare(a);
}

} // namespace

void tst_RegistryEngines::sortsLikeTheReference_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<bool>("textOrder");
    for (const char *column : {"patient_id", "age", "complication", "primary_site", "sex"}) {
        for (const bool ascending : {true, false}) {
            for (const bool textOrder : {false, true}) {
                QTest::addRow("%s %s%s",
                              column,
                              ascending ? "ascending" : "descending",
                              textOrder ? ", own text order" : "")
                    << QString::fromLatin1(column) << ascending << textOrder;
            }
        }
    }
}

void tst_RegistryEngines::sortsLikeTheReference()
{
    QFETCH(QString, column);
    QFETCH(bool, ascending);
    QFETCH(bool, textOrder);
    QCOMPARE(import(m_demo, ProvenanceEntry::Mode::Create).outcome, ImportReport::Outcome::Imported);
    RegistryStore store;
    QVERIFY(store.open(location(), RegistryStore::Access::ReadOnly));
    const Qt::SortOrder order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    const RegistryStore::TextOrder text = textOrder ? &reverseBytes : nullptr;
    CohortFilter cs;
    cs.presentation = Presentation::CarcinoidSyndrome;
    const auto ids = store.patientIds(cs, column, order, text);
    const auto expected = m_reference.patientIds(cs, column, order, text);
    QVERIFY2(ids, qPrintable(store.errorString()));
    QVERIFY(expected);
    // Both registries number their patients 1, 2, 3 … in file order.
    QCOMPARE(*ids, *expected);
}

void tst_RegistryEngines::analysesAgree_data()
{
    QTest::addColumn<int>("presentation");
    QTest::newRow("everyone") << int(Presentation::Any);
    QTest::newRow("obstruction") << int(Presentation::Obstruction);
}

// The same numbers whichever engine holds the registry: the JSON of the command line.
void tst_RegistryEngines::analysesAgree()
{
    QFETCH(int, presentation);
    QCOMPARE(import(m_demo, ProvenanceEntry::Mode::Create).outcome, ImportReport::Outcome::Imported);
    RegistryStore store;
    QVERIFY(store.open(location(), RegistryStore::Access::ReadOnly));
    CohortFilter filter;
    filter.presentation = Presentation(presentation);
    SurvivalRequest survival;
    survival.covariates << QStringLiteral("age") << QStringLiteral("sex");
    const auto s = SurvivalAnalysis::run(store, filter, survival);
    const auto expectedS = SurvivalAnalysis::run(m_reference, filter, survival);
    QVERIFY(std::holds_alternative<SurvivalResult>(s)
            && std::holds_alternative<SurvivalResult>(expectedS));
    QCOMPARE(SurvivalFormatter::json(std::get<SurvivalResult>(s)),
             SurvivalFormatter::json(std::get<SurvivalResult>(expectedS)));
    const auto c = ComparisonAnalysis::run(store, filter, {});
    const auto expectedC = ComparisonAnalysis::run(m_reference, filter, {});
    QVERIFY(std::holds_alternative<ComparisonResult>(c));
    QCOMPARE(ComparisonFormatter::json(std::get<ComparisonResult>(c)),
             ComparisonFormatter::json(std::get<ComparisonResult>(expectedC)));
}

void tst_RegistryEngines::duplicatesAreRejectedAndNothingIsWritten()
{
    QCOMPARE(import(m_demo, ProvenanceEntry::Mode::Create).outcome, ImportReport::Outcome::Imported);
    // New patients, then one of the registry's, then one twice in the file itself.
    QList<QByteArray> lines = renamed(m_demo, "NEW-").split('\n');
    lines.insert(2, m_demo.split('\n').at(3));
    lines.append(lines.at(1));
    const ImportReport report = import(lines.join('\n'), ProvenanceEntry::Mode::Append);
    QCOMPARE(report.outcome, ImportReport::Outcome::InvalidData);
    QCOMPARE(report.problemCount, 2);
    QVERIFY(report.problems.at(0).message.contains(u"already holds this patient"));
    QVERIFY(report.problems.at(1).message.contains(QStringLiteral("row 1 has the same one")));
    RegistryStore store;
    QVERIFY(store.open(location(), RegistryStore::Access::ReadOnly));
    QCOMPARE(store.patientCount(), 66);
    QCOMPARE(store.provenance().size(), 1);
}

void tst_RegistryEngines::appendAndReplace()
{
    QCOMPARE(import(m_demo, ProvenanceEntry::Mode::Create).outcome, ImportReport::Outcome::Imported);
    QCOMPARE(import(renamed(m_demo, "B-"), ProvenanceEntry::Mode::Append).outcome,
             ImportReport::Outcome::Imported);
    {
        RegistryStore store;
        QVERIFY(store.open(location(), RegistryStore::Access::ReadOnly));
        QCOMPARE(store.patientCount(), 132);
        QCOMPARE(store.provenance().size(), 2);
        QCOMPARE(store.provenance().last().mode, ProvenanceEntry::Mode::Append);
        // After an append, rows are the registry's own order.
        QCOMPARE(store.loadColumns({}, CohortFilter())->rows.last(),
                 store.loadColumns({}, CohortFilter())->ids.last());
    }
    QCOMPARE(import(m_demo, ProvenanceEntry::Mode::Replace).outcome,
             ImportReport::Outcome::Imported);
    RegistryStore store;
    QVERIFY(store.open(location(), RegistryStore::Access::ReadOnly));
    QCOMPARE(store.patientCount(), 66);
    QCOMPARE(store.provenance().size(), 3);
}

void tst_RegistryEngines::extraColumns()
{
    QList<QByteArray> lines = m_demo.split('\n');
    lines[0] += ",Ki67";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            lines[i] += i % 3 == 0 ? QByteArray(",") : ',' + QByteArray::number(i % 7 * 1.5);
    }
    // Text that an array literal or SQL would have to escape, stored as written.
    lines[1].chop(lines.at(1).size() - lines.at(1).lastIndexOf(',') - 1);
    lines[1] += "\"x,\"\"q\"\"\\{}'; NULL\"";
    const QByteArray csv = lines.join('\n');
    const ImportReport report = import(csv, ProvenanceEntry::Mode::Create);
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported, qPrintable(report.message));
    RegistryStore store;
    QVERIFY(store.open(location(), RegistryStore::Access::ReadOnly));
    QCOMPARE(store.extraColumns(), m_reference.extraColumns() << QStringLiteral("Ki67"));
    RegistryStore reference;
    QVERIFY(reference.open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite));
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    QCOMPARE(RegistryImporter()
                 .importInto(reference,
                             buffer,
                             QStringLiteral("x.csv"),
                             ProvenanceEntry::Mode::Create,
                             ColumnMapping())
                 .outcome,
             ImportReport::Outcome::Imported);
    const auto all = store.loadColumns({QStringLiteral("Ki67")}, CohortFilter());
    QVERIFY(all);
    QCOMPARE(all->values.at(0),
             reference.loadColumns({QStringLiteral("Ki67")}, CohortFilter())->values.at(0));
    QCOMPARE(all->values.at(0).at(0).toString(), QStringLiteral("x,\"q\"\\{}'; NULL"));
    CohortFilter filter;
    filter.conditions << WhereCondition{QStringLiteral("ki67"),
                                        WhereCondition::Op::Greater,
                                        QStringLiteral("4")};
    const auto read = store.loadColumns({QStringLiteral("KI67")}, filter);
    QVERIFY2(read, qPrintable(store.errorString()));
    QVERIFY(!read->rows.isEmpty());
    // Numbers compare as numbers, other text as text ("x…" > "4"), on both engines.
    QCOMPARE(read->rows, reference.loadColumns({QStringLiteral("KI67")}, filter)->rows);
    for (const QVariant &v : read->values.at(0)) {
        bool number = false;
        const double x = v.toString().toDouble(&number);
        QVERIFY2(!number || x > 4, qPrintable(v.toString()));
    }
}

// Two sites append at the same moment: each row is stored once; a second import of the
// same patients is rejected whole, as if it had come after.
void tst_RegistryEngines::concurrentImportsKeepEveryRowOnce()
{
    QCOMPARE(import(m_demo, ProvenanceEntry::Mode::Create).outcome, ImportReport::Outcome::Imported);
    const QByteArray a = renamed(m_demo, "A-");
    const QByteArray b = renamed(m_demo, "B-");
    ImportReport first, second, third;
    {
        std::thread one([&] { first = import(a, ProvenanceEntry::Mode::Append); });
        std::thread two([&] { second = import(b, ProvenanceEntry::Mode::Append); });
        std::thread three([&] { third = import(a, ProvenanceEntry::Mode::Append); });
        one.join();
        two.join();
        three.join();
    }
    QCOMPARE(second.outcome, ImportReport::Outcome::Imported);
    // Of the two imports of A, exactly one stored it.
    QVERIFY((first.outcome == ImportReport::Outcome::Imported)
            != (third.outcome == ImportReport::Outcome::Imported));
    const ImportReport &rejected = first.outcome == ImportReport::Outcome::Imported ? third : first;
    QCOMPARE(rejected.outcome, ImportReport::Outcome::InvalidData);
    QVERIFY2(rejected.problems.at(0).message.contains(u"already holds this patient"),
             qPrintable(rejected.problems.at(0).message));
    RegistryStore store;
    QVERIFY(store.open(location(), RegistryStore::Access::ReadOnly));
    QCOMPARE(store.patientCount(), 3 * 66);
    QCOMPARE(store.provenance().size(), 3);
    QSqlQuery distinct(store.database());
    QVERIFY(distinct.exec(QStringLiteral("SELECT count(DISTINCT patient_id) FROM patients")));
    QVERIFY(distinct.next());
    QCOMPARE(distinct.value(0).toLongLong(), 3 * 66);
}

// A reader during an import sees the registry before it or after it, never a part.
void tst_RegistryEngines::readersSeeWholeImports()
{
    QCOMPARE(import(m_demo, ProvenanceEntry::Mode::Create).outcome, ImportReport::Outcome::Imported);
    QByteArray big = m_demo.left(m_demo.indexOf('\n') + 1);
    const QList<QByteArray> lines = m_demo.split('\n');
    for (int copy = 0; copy < 150; ++copy) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().isEmpty())
                big += "C" + QByteArray::number(copy) + '-' + lines.at(i) + '\n';
        }
    }
    std::atomic_bool done{false};
    QList<qint64> seen;
    QString readError;
    std::thread reader([&] {
        RegistryStore store;
        if (!store.open(location(), RegistryStore::Access::ReadOnly)) {
            readError = store.errorString();
            return;
        }
        while (!done) {
            if (const auto n = store.countCohort(CohortFilter()))
                seen << *n;
            // A little room for the writer on a busy SQLite file.
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    const ImportReport report = import(big, ProvenanceEntry::Mode::Append);
    done = true;
    reader.join();
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QVERIFY2(report.outcome == ImportReport::Outcome::Imported, qPrintable(report.message));
    QVERIFY(!seen.isEmpty());
    for (const qint64 n : std::as_const(seen))
        QVERIFY2(n == 66 || n == 66 + 150 * 66, qPrintable(QString::number(n)));
}

void tst_RegistryEngines::passwordsAreNeverShown()
{
    if (!isServer())
        QSKIP("a file has no password");
    QUrl url(m_server);
    url.setPassword(QStringLiteral("s3cret-Passw0rd"));
    QCOMPARE(RegistryStore::displayLocation(url.toString()).contains(u"s3cret"), false);
    RegistryStore store;
    QVERIFY(!store.open(url.toString(), RegistryStore::Access::ReadOnly)); // the wrong one
    QVERIFY2(!store.errorString().contains(u"s3cret"), qPrintable(store.errorString()));
    QVERIFY(!store.path().contains(u"s3cret"));
    QVERIFY(store.errorString().contains(u"password"));

    // A remembered password serves every connection of this process; the URL keeps none.
    const QString password = qEnvironmentVariable("PGPASSWORD");
    if (password.isEmpty())
        QSKIP("the server's password is not in PGPASSWORD");
    qunsetenv("PGPASSWORD");
    RegistryStore without;
    const bool opened = without.open(m_server, RegistryStore::Access::ReadOnly);
    RegistryStore::rememberPassword(m_server, password);
    RegistryStore with;
    const bool remembered = with.open(m_server, RegistryStore::Access::ReadOnly);
    qputenv("PGPASSWORD", password.toUtf8());
    QVERIFY(!opened);
    QVERIFY2(remembered, qPrintable(with.errorString()));
}

QTEST_GUILESS_MAIN(tst_RegistryEngines)
#include "tst_registryengines.moc"
