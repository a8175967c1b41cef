// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile environments (issue 8, part 4): the registry file read-only, locked by another
// writer, corrupt, not SQLite at all; the disk full during an import; the CSV changed while
// it is read; a line of gigabytes, a million columns, broken UTF-8 deep in a file; a path
// with spaces and accents. Each ends with a clear message, the documented exit code, and
// the registry as it was.

#include "commandlinetest.h"

#include "csvreader.h"
#include "registryimporter.h"
#include "registrystore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <functional>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace CohortLens;
using namespace CohortLens::Test;

namespace {

const QString newPatients = QStringLiteral(COHORTLENS_TEST_DATA "/import/new-patients.csv");

QByteArray registryHeader()
{
    return "patient_id,age,sex,primary_site,carcinoid_syndrome,obstruction,arm,"
           "regional_resection,cs_improved,obstruction_relieved,complication,clavien_dindo,"
           "died_30d,followup_months,status\n";
}

QByteArray patientRow(int i)
{
    return "G-" + QByteArray::number(i) + ",6" + QByteArray::number(i % 10)
           + ",F,small_bowel,yes,no," + (i % 2 ? "cytoreduction" : "medical") + ",yes,yes,,no,0,no,"
           + QByteArray::number(1 + i % 150) + ',' + QByteArray::number(i % 3 == 0) + '\n';
}

// A valid native-schema file of N patients (about 75 bytes each).
QByteArray registryCsv(int patients)
{
    QByteArray csv = registryHeader();
    csv.reserve(csv.size() + patients * 80);
    for (int i = 1; i <= patients; ++i)
        csv += patientRow(i);
    return csv;
}

QStringList appendArguments(const QString &csv, const QString &db)
{
    return {QStringLiteral("--input"), csv, QStringLiteral("--db"), db, QStringLiteral("--append")};
}

// Runs a program as root may, and says why it could not.
bool runTool(const QString &program, const QStringList &arguments, QString *why)
{
    const Run run = runProcess(program, arguments, QDir::currentPath());
    if (run.exitCode == 0)
        return true;
    *why = program + u' ' + arguments.join(u' ') + QStringLiteral(": ") + run.describe();
    return false;
}

// Makes FILE read-only for this process, which may be root: permission bits for others,
// an immutable file (chattr +i) or a read-only bind mount for root. Returns how to undo it,
// or nothing, with the reason in WHY, when none of these is possible here.
std::optional<std::function<void()>> makeReadOnly(const QString &file, QString *why)
{
    if (geteuid() != 0) {
        if (!QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup)) {
            *why = QStringLiteral("cannot change the permissions of ") + file;
            return std::nullopt;
        }
        return [file] { QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner); };
    }
    QString ignored;
    if (runTool(QStringLiteral("chattr"), {QStringLiteral("+i"), file}, why))
        return [file, ignored]() mutable {
            runTool(QStringLiteral("chattr"), {QStringLiteral("-i"), file}, &ignored);
        };
    if (runTool(QStringLiteral("mount"), {QStringLiteral("--bind"), file, file}, why)) {
        std::function<void()> undo = [file, ignored]() mutable {
            runTool(QStringLiteral("umount"), {file}, &ignored);
        };
        if (runTool(QStringLiteral("mount"),
                    {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), file},
                    why))
            return undo;
        undo();
    }
    return std::nullopt;
}

// For a child process: files may not grow past BYTES, and going past is an error (EFBIG),
// not the default SIGXFSZ that would kill it.
void limitFileSize(qint64 bytes)
{
    rlimit limit{};
    limit.rlim_cur = static_cast<rlim_t>(bytes);
    limit.rlim_max = static_cast<rlim_t>(bytes);
    setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, SIG_IGN);
}

// An endless CSV produced on demand: a header, one valid row, then one line of UNIT
// repeated for ever. Counts what was asked of it, so that a test can tell how much of a
// "2 GB line" the reader took in before it refused.
class EndlessLine final : public QIODevice
{
public:
    EndlessLine(QByteArray start, QByteArray unit)
        : m_start(std::move(start))
        , m_unit(std::move(unit))
    {}
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 served() const { return m_served; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize) {
            const qint64 position = m_served + n;
            char c = 0;
            if (position < m_start.size())
                c = m_start.at(position);
            else
                c = m_unit.at((position - m_start.size()) % m_unit.size());
            data[n++] = c;
        }
        m_served += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_start;
    QByteArray m_unit;
    qint64 m_served = 0;
};

} // namespace

class tst_HostileEnvironments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readOnlyRegistry();
    void unfinishedImportOnReadOnlyRegistry();
    void lockedRegistry_data();
    void lockedRegistry();
    void damagedRegistry_data();
    void damagedRegistry();
    void diskFull_data();
    void diskFull();
    void csvChangedWhileRead_data();
    void csvChangedWhileRead();
    void endlessLine_data();
    void endlessLine();
    void longLineInFile();
    void millionColumns_data();
    void millionColumns();
    void invalidUtf8DeepInFile();
    void pathWithSpacesAndAccents();

private:
    // A fresh registry of the three patients of new-patients.csv in DIR.
    static bool makeRegistry(const QString &dir, const QString &db, QString *details);

    QTemporaryDir m_dir;
    QString m_registry; // template, copied per test
};

bool tst_HostileEnvironments::makeRegistry(const QString &dir, const QString &db, QString *details)
{
    QFile::copy(newPatients, QDir(dir).filePath(QStringLiteral("new-patients.csv")));
    const Run run = runImport(dir,
                              {QStringLiteral("--input"),
                               QStringLiteral("new-patients.csv"),
                               QStringLiteral("--db"),
                               db});
    *details = run.describe();
    return run.exitCode == 0;
}

void tst_HostileEnvironments::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(COHORTLENS_BINARY)).isExecutable(), COHORTLENS_BINARY);
    QVERIFY(m_dir.isValid());
    QString details;
    QVERIFY2(makeRegistry(m_dir.path(), QStringLiteral("registry.sqlite"), &details),
             qPrintable(details));
    m_registry = m_dir.filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("more.csv")), registryCsv(50)));
}

// Read-only: refused for writing with a message that says so; still opens for viewing.
void tst_HostileEnvironments::readOnlyRegistry()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(m_registry, db));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("more.csv")),
                        tmp.filePath(QStringLiteral("more.csv"))));

    // Root writes through permission bits, so it gets an immutable file instead (ext4,
    // tmpfs on Linux >= 6.0), else a read-only bind mount of it.
    QString why;
    const auto undo = makeReadOnly(db, &why);
    if (!undo)
        QSKIP(qPrintable(QStringLiteral("cannot make a file read-only here: ") + why));
    const auto restore = qScopeGuard(*undo);
    const QByteArray before = fileSha256(db);
    const auto files = snapshot(tmp.path());

    const Run refused = runImport(tmp.path(),
                                  appendArguments(QStringLiteral("more.csv"),
                                                  QStringLiteral("registry.sqlite")));
    QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
    QCOMPARE(refused.err,
             QStringLiteral("cohortlens import: registry.sqlite is read-only; it can be opened "
                            "for viewing but not changed\n"));
    QCOMPARE(fileSha256(db), before);
    const QString changed = differences(files, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));

    // Viewing works: it opens read-only.
    const Run viewed = runProcess(QStringLiteral(COHORTLENS_BINARY),
                                  {QStringLiteral("survival"),
                                   QStringLiteral("--input"),
                                   QStringLiteral("registry.sqlite"),
                                   QStringLiteral("--group"),
                                   QStringLiteral("none")},
                                  tmp.path());
    QVERIFY2(viewed.exitCode == 0, qPrintable(viewed.describe()));
    QVERIFY2(viewed.out.contains(QStringLiteral("\"n\": 3")), qPrintable(viewed.describe()));
    QCOMPARE(fileSha256(db), before);
}

// A program writing the registry was stopped mid-transaction (the sqlite3 shell, killed
// once its changes have reached the database file): the journal must be rolled back before
// anything can read the file. Viewing does that; where the file may not be written, it
// says so and changes nothing.
void tst_HostileEnvironments::unfinishedImportOnReadOnlyRegistry()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("registry.sqlite"));
    const QString journal = db + QStringLiteral("-journal");
    QVERIFY(QFile::copy(m_registry, db));
    const QByteArray before = fileSha256(db);
    const qint64 size = QFileInfo(db).size();

    QProcess writer;
    writer.setProgram(QStringLiteral("sqlite3"));
    writer.setArguments({QStringLiteral("-batch"), db});
    writer.start();
    QVERIFY(writer.waitForStarted(30000));
    // A page cache of two pages: the transaction's pages go to the file long before a
    // commit, after the journal is synced, which makes the journal "hot".
    writer.write("PRAGMA cache_size = 2;\nBEGIN;\n"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                 " INSERT INTO imports (source_name, source_sha256, rows_read, rows_imported,"
                 " rows_rejected, mode, imported_at)"
                 " SELECT printf('%0500d', i), '', 0, 0, 0, 'append', '' FROM n;\n");
    QVERIFY(writer.waitForBytesWritten(30000));
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(db).size() <= size && writer.state() == QProcess::Running
           && timer.elapsed() < 30000)
        QThread::msleep(1);
    QVERIFY2(QFileInfo(db).size() > size, writer.readAllStandardError().constData());
    writer.kill();
    QVERIFY(writer.waitForFinished(30000));
    QVERIFY(QFileInfo::exists(journal));
    const QByteArray damaged = fileSha256(db);
    QVERIFY(damaged != before);

    auto view = [&] {
        return runProcess(QStringLiteral(COHORTLENS_BINARY),
                          {QStringLiteral("survival"),
                           QStringLiteral("--input"),
                           QStringLiteral("registry.sqlite"),
                           QStringLiteral("--group"),
                           QStringLiteral("none")},
                          tmp.path());
    };
    {
        QString why;
        const auto undo = makeReadOnly(db, &why);
        if (!undo)
            QSKIP(qPrintable(QStringLiteral("cannot make a file read-only here: ") + why));
        const auto restore = qScopeGuard(*undo);
        const Run refused = view();
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
        QVERIFY2(refused.err.startsWith(
                     QStringLiteral("cohortlens survival: registry.sqlite holds an unfinished "
                                    "import of a program that was stopped; to restore it as it "
                                    "was before, open it once with write access to the file and "
                                    "its folder\n")),
                 qPrintable(refused.describe()));
        QCOMPARE(fileSha256(db), damaged);
    }

    // Writable again: the same command rolls the journal back and reads the registry as it
    // was before the stopped transaction.
    const Run viewed = view();
    QVERIFY2(viewed.exitCode == 0, qPrintable(viewed.describe()));
    QVERIFY2(viewed.out.contains(QStringLiteral("\"n\": 3")), qPrintable(viewed.describe()));
    QCOMPARE(fileSha256(db), before);
    QCOMPARE(sqlite(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(sqlite(db, QStringLiteral("SELECT count(*) FROM imports")), QStringLiteral("1"));
}

void tst_HostileEnvironments::lockedRegistry_data()
{
    QTest::addColumn<QString>("begin");
    QTest::addColumn<int>("releaseAfterMs"); // -1: held until the import has given up
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("another writer, released in time")
        << QStringLiteral("BEGIN IMMEDIATE") << 1000 << 0 << QString();
    QTest::newRow("another writer, held")
        << QStringLiteral("BEGIN IMMEDIATE") << -1 << 1
        << QStringLiteral("cohortlens import: cannot start the import: another program is "
                          "changing the registry; try again when it has finished\n"
                          "Nothing was imported; registry.sqlite is unchanged.\n");
    QTest::newRow("another writer committing (exclusive lock), held")
        << QStringLiteral("BEGIN EXCLUSIVE") << -1 << 1
        << QStringLiteral("cohortlens import: cannot read registry.sqlite: another program is "
                          "changing the registry; try again when it has finished\n"
                          "Nothing was imported; registry.sqlite is unchanged.\n");
}

// Another program holds the write lock: the import waits (the busy timeout, 5 s), then
// either goes ahead or gives up with a message, never half-writing.
void tst_HostileEnvironments::lockedRegistry()
{
    QFETCH(QString, begin);
    QFETCH(int, releaseAfterMs);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(m_registry, db));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("more.csv")),
                        tmp.filePath(QStringLiteral("more.csv"))));
    const QByteArray before = fileSha256(db);

    const QString connection = QStringLiteral("lock-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        holder.setDatabaseName(db);
        QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
        QSqlQuery query(holder);
        QVERIFY2(query.exec(begin), qPrintable(query.lastError().text()));
    }
    auto releaseLock = [&] {
        if (!QSqlDatabase::contains(connection))
            return;
        {
            QSqlDatabase holder = QSqlDatabase::database(connection);
            QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
            holder.close();
        }
        QSqlDatabase::removeDatabase(connection);
    };
    const auto release = qScopeGuard(releaseLock);

    QProcess child;
    child.setProgram(QStringLiteral(COHORTLENS_BINARY));
    child.setArguments(
        QStringList{QStringLiteral("import")}
        + appendArguments(QStringLiteral("more.csv"), QStringLiteral("registry.sqlite")));
    child.setWorkingDirectory(tmp.path());
    child.setProcessEnvironment(commandEnvironment());
    QElapsedTimer timer;
    timer.start();
    child.start();
    QVERIFY(child.waitForStarted(30000));
    if (releaseAfterMs >= 0) {
        QTest::qWait(releaseAfterMs);
        QVERIFY2(child.state() == QProcess::Running, "the import did not wait for the lock");
        releaseLock();
    }
    const Run run = finish(child);
    const qint64 elapsed = timer.elapsed();

    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    if (exitCode == 0) {
        QVERIFY2(run.out.contains(QStringLiteral("which now holds 53 patients")),
                 qPrintable(run.describe()));
        return;
    }
    // It waited for the busy timeout before giving up.
    QVERIFY2(elapsed >= 4500, qPrintable(QStringLiteral("gave up after %1 ms").arg(elapsed)));
    QCOMPARE(run.err, message);
    releaseLock();
    QCOMPARE(fileSha256(db), before);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
}

void tst_HostileEnvironments::damagedRegistry_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("viewing"); // what `survival` says of it
    QTest::addColumn<int>("viewingExit");

    const QByteArray good = readFile(m_registry);
    QVERIFY(good.size() >= 4 * 4096);

    const QString restore = QStringLiteral("; restore it from a backup");
    QTest::newRow("truncated to its first page")
        << good.left(4096) << 2
        << QStringLiteral("cannot read registry.sqlite: the registry file is damaged (database "
                          "disk image is malformed)")
               + restore
        << QStringLiteral("damaged") << 2;
    QTest::newRow("truncated mid-page")
        << good.left(good.size() - 1000) << 2
        << QStringLiteral("registry.sqlite is damaged: the file is shorter than the registry it "
                          "holds (cut off, e.g. by an interrupted copy)")
               + restore
        << QStringLiteral("registry.sqlite is damaged: the file is shorter") << 2;
    QByteArray scribbled = good;
    for (qsizetype i = 4096 + 16; i < scribbled.size(); i += 7)
        scribbled[i] = char(0xa5);
    QTest::newRow("pages overwritten")
        << scribbled << 2 << QStringLiteral("registry.sqlite is damaged (")
        << QStringLiteral("database disk image is malformed") << 2;
    QTest::newRow("SQLite header then garbage")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(8000, 'x') << 2
        << QStringLiteral("cannot read registry.sqlite: the registry file is damaged (file is "
                          "not a database)")
               + restore
        << QStringLiteral("damaged (file is not a database)") << 2;
    QTest::newRow("a text file")
        << QByteArray("patient_id,age\nX,1\n") << 2
        << QStringLiteral("registry.sqlite is not an SQLite database; give a registry made by "
                          "cohortlens import")
        << QStringLiteral("not in the native registry format") << 2;
    QTest::newRow("a PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 2
                                 << QStringLiteral("registry.sqlite is not an SQLite database")
                                 << QStringLiteral(
                                        "registry.sqlite: file: this is not a CSV text file")
                                 << 3;
}

// A damaged or foreign file: refused with a message, never written to, never "repaired".
void tst_HostileEnvironments::damagedRegistry()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(QString, viewing);
    QFETCH(int, viewingExit);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("registry.sqlite")), bytes));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("more.csv")),
                        tmp.filePath(QStringLiteral("more.csv"))));
    const auto before = snapshot(tmp.path());

    const Run run = runImport(tmp.path(),
                              appendArguments(QStringLiteral("more.csv"),
                                              QStringLiteral("registry.sqlite")));
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("cohortlens import: ")), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(message + u'\n' + run.describe()));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));

    // Viewing it fails the same way, and leaves it as it is too.
    const Run viewed = runProcess(QStringLiteral(COHORTLENS_BINARY),
                                  {QStringLiteral("survival"),
                                   QStringLiteral("--input"),
                                   QStringLiteral("registry.sqlite")},
                                  tmp.path());
    QVERIFY2(viewed.exitCode == viewingExit, qPrintable(viewed.describe()));
    QVERIFY2(viewed.err.contains(viewing), qPrintable(viewing + u'\n' + viewed.describe()));
    const QString changedByViewing = differences(before, snapshot(tmp.path()));
    QVERIFY2(changedByViewing.isEmpty(), qPrintable(changedByViewing));
}

void tst_HostileEnvironments::diskFull_data()
{
    QTest::addColumn<bool>("tmpfs");
    QTest::newRow("a full file system (tmpfs, ENOSPC)") << true;
    QTest::newRow("a file size limit (RLIMIT_FSIZE, EFBIG)") << false;
}

// The disk fills up during an append: the transaction rolls back, the registry is as it
// was, and the message says what happened.
void tst_HostileEnvironments::diskFull()
{
    QFETCH(bool, tmpfs);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("big.csv")), registryCsv(10000)));
    QString dir = tmp.path();
    QString why;
    std::function<void()> unmount = [] {};
    if (tmpfs) {
        dir = tmp.filePath(QStringLiteral("small"));
        QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("small")));
        if (geteuid() != 0
            || !runTool(QStringLiteral("mount"),
                        {QStringLiteral("-t"),
                         QStringLiteral("tmpfs"),
                         QStringLiteral("-o"),
                         QStringLiteral("size=512k"),
                         QStringLiteral("tmpfs"),
                         dir},
                        &why))
            QSKIP(
                qPrintable(QStringLiteral("cannot mount a small tmpfs here (needs root): ") + why));
        unmount = [dir, &why] { runTool(QStringLiteral("umount"), {dir}, &why); };
    }
    const auto cleanup = qScopeGuard(unmount);
    const QString db = QDir(dir).filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(m_registry, db));
    const qint64 limit = QFileInfo(db).size() + 64 * 1024;
    const QByteArray before = fileSha256(db);
    const QString integrityBefore = sqlite(db, QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(integrityBefore, QStringLiteral("ok"));

    QProcess child;
    child.setProgram(QStringLiteral(COHORTLENS_BINARY));
    child.setArguments(QStringList{QStringLiteral("import")}
                       + appendArguments(tmp.filePath(QStringLiteral("big.csv")), db));
    child.setProcessEnvironment(commandEnvironment());
    if (!tmpfs)
        child.setChildProcessModifier([limit] { limitFileSize(limit); });
    child.start();
    QVERIFY(child.waitForStarted(30000));
    const Run run = finish(child);

    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    const QStringList lines = run.errLines();
    QVERIFY2(lines.size() == 2, qPrintable(run.describe()));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("cohortlens import: "))
                 && lines.at(0).contains(
                     tmpfs ? QStringLiteral("the disk is full; free some space and try again")
                           : QStringLiteral("the disk could not be read or written")),
             qPrintable(run.describe()));
    QCOMPARE(lines.at(1), QStringLiteral("Nothing was imported; registry.sqlite is unchanged."));
    QCOMPARE(fileSha256(db), before);
    QVERIFY2(!QFileInfo::exists(db + QStringLiteral("-journal")),
             "the rolled-back journal is left behind");
    QCOMPARE(sqlite(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(sqlite(db, QStringLiteral("SELECT count(*) FROM patients")), QStringLiteral("3"));
}

void tst_HostileEnvironments::csvChangedWhileRead_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("refused");
    QTest::newRow("unchanged") << QStringLiteral("none") << false;
    QTest::newRow("rows appended") << QStringLiteral("append") << true;
    QTest::newRow("rewritten in place, same size") << QStringLiteral("rewrite") << true;
    QTest::newRow("truncated") << QStringLiteral("truncate") << true;
}

// The file changes under the reader (after its first 64 KiB): the import is refused, so
// that no registry holds rows that are neither the old file nor the new one. Unchanged,
// the provenance names the SHA-256 of exactly the bytes that were read.
void tst_HostileEnvironments::csvChangedWhileRead()
{
    QFETCH(QString, change);
    QFETCH(bool, refused);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString csvPath = tmp.filePath(QStringLiteral("changing.csv"));
    const QByteArray original = registryCsv(4000); // about 300 KiB: several chunks
    QVERIFY(writeFile(csvPath, original));
    {
        // Written an hour ago, as registry files usually are: a change now shows in the
        // modification time even where timestamps are coarse.
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                 QFileDevice::FileModificationTime));
    }
    const QString dbPath = tmp.filePath(QStringLiteral("registry.sqlite"));

    bool changed = false;
    RegistryImporter importer;
    importer.setProgress([&](qint64, qint64) {
        if (changed || change == u"none")
            return;
        changed = true;
        QFile file(csvPath);
        if (change == u"append") {
            file.open(QIODevice::Append);
            file.write(patientRow(99999));
        } else if (change == u"rewrite") {
            file.open(QIODevice::ReadWrite);
            file.seek(original.size() - 200); // not read yet
            file.write(QByteArray(patientRow(4000)).replace("G-4000", "G-4444"));
        } else {
            file.resize(original.size() / 2);
        }
    });
    ImportRequest request;
    request.csvPath = csvPath;
    request.databasePath = dbPath;
    const ImportReport report = importer.importFile(request);

    if (!refused) {
        QCOMPARE(int(report.outcome), int(ImportReport::Outcome::Imported));
        QCOMPARE(report.sha256, QString::fromLatin1(fileSha256(csvPath)));
        QCOMPARE(report.rowsImported, qint64(4000));
        return;
    }
    QVERIFY(changed);
    QCOMPARE(int(report.outcome), int(ImportReport::Outcome::Failed));
    QCOMPARE(report.message,
             QStringLiteral("changing.csv changed while it was being read; import it again once "
                            "it is saved and closed"));
    // A new database is not left behind.
    QVERIFY(!QFileInfo::exists(dbPath));
}

void tst_HostileEnvironments::endlessLine_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("problem");
    QTest::newRow("one endless field")
        << QByteArray("x") << qint64(1024 * 1024)
        << QStringLiteral("row 2, column patient_id: line 3 has a field longer than 1 MiB; is "
                          "this a registry file?");
    // Fields under the field limit: the record passes its limit before it has too many.
    QTest::newRow("endless 256 KiB fields")
        << QByteArray(256 * 1024, 'y') + ',' << qint64(64 * 1024 * 1024)
        << QStringLiteral("row 2: line 3 is longer than 64 MiB; is this a registry file?");
}

// "A 2 GB line": the reader refuses it once it passes its limit, having read only that
// much of it, with a message naming the row.
void tst_HostileEnvironments::endlessLine()
{
    QFETCH(QByteArray, unit);
    QFETCH(qint64, limit);
    QFETCH(QString, problem);

    const QByteArray start = registryHeader() + patientRow(1);
    EndlessLine device(start, unit);
    QVERIFY(device.open(QIODevice::ReadOnly));
    RegistryStore store;
    QVERIFY(store.open(QStringLiteral(":memory:"), RegistryStore::Access::ReadWrite));
    const ImportReport report = RegistryImporter().importInto(store,
                                                              device,
                                                              QStringLiteral("endless.csv"),
                                                              ProvenanceEntry::Mode::Create,
                                                              ColumnMapping());
    QCOMPARE(int(report.outcome), int(ImportReport::Outcome::InvalidData));
    QCOMPARE(report.problemCount, qint64(1));
    QCOMPARE(report.problems.constFirst().toString(), problem);
    // Read at most the limit and two chunks beyond it, not gigabytes.
    QVERIFY2(device.served() <= start.size() + limit + 2 * CsvReader::ChunkBytes,
             qPrintable(QString::number(device.served())));
    QCOMPARE(store.patientCount(), qint64(0));
}

// The same from the command line, with a file: exit code, message, nothing created.
void tst_HostileEnvironments::longLineInFile()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("long.csv")),
                      registryHeader() + patientRow(1) + "G-2,61,F," + QByteArray(3 << 20, 's')
                          + ",yes,no,medical,yes,yes,,no,0,no,5,0\n"));
    QVERIFY(QFile::copy(m_registry, tmp.filePath(QStringLiteral("registry.sqlite"))));
    const auto before = snapshot(tmp.path());
    const Run run = runImport(tmp.path(),
                              appendArguments(QStringLiteral("long.csv"),
                                              QStringLiteral("registry.sqlite")));
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(run.errLines(),
             QStringList({QStringLiteral("long.csv: row 2, column primary_site: line 3 has a "
                                         "field longer than 1 MiB; is this a registry file?"),
                          QStringLiteral("cohortlens import: 1 problem in long.csv; nothing was "
                                         "imported and registry.sqlite is unchanged")}));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void tst_HostileEnvironments::millionColumns_data()
{
    QTest::addColumn<bool>("inHeader");
    QTest::newRow("in the header") << true;
    QTest::newRow("in a data row") << false;
}

// 10^6 columns: refused at the reader's 10,000, naming the line.
void tst_HostileEnvironments::millionColumns()
{
    QFETCH(bool, inHeader);
    // "c,c,c,...": the reader stops at its limit before any name could be looked at.
    QByteArray wide(2 * 1000000 - 1, ',');
    for (qsizetype i = 0; i < wide.size(); i += 2)
        wide[i] = 'c';
    const QByteArray csv = inHeader ? QByteArray(wide + '\n' + patientRow(1))
                                    : QByteArray(registryHeader() + patientRow(1) + wide + '\n');
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("wide.csv")), csv));
    QVERIFY(QFile::copy(m_registry, tmp.filePath(QStringLiteral("registry.sqlite"))));
    const auto before = snapshot(tmp.path());
    const Run run = runImport(tmp.path(),
                              appendArguments(QStringLiteral("wide.csv"),
                                              QStringLiteral("registry.sqlite")));
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    const QString where = inHeader ? QStringLiteral("file: line 1")
                                   : QStringLiteral("row 2: line 3");
    QCOMPARE(run.errLines(),
             QStringList({QStringLiteral("wide.csv: %1 has more than 10000 columns; is this a "
                                         "registry file?")
                              .arg(where),
                          QStringLiteral("cohortlens import: 1 problem in wide.csv; nothing was "
                                         "imported and registry.sqlite is unchanged")}));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

// Broken UTF-8 far into a large file (past many read chunks and row batches): the row and
// line are named, and none of the rows before it is written.
void tst_HostileEnvironments::invalidUtf8DeepInFile()
{
    QByteArray csv = registryCsv(20000);
    const QByteArray row = patientRow(12345);
    const qsizetype at = csv.indexOf(row);
    QVERIFY(at > 0);
    csv.replace(at, row.size(), QByteArray(row).replace("small_bowel", "int\xe9stin"));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("big.csv")), csv));
    QVERIFY(QFile::copy(m_registry, tmp.filePath(QStringLiteral("registry.sqlite"))));
    const auto before = snapshot(tmp.path());
    const Run run = runImport(tmp.path(),
                              appendArguments(QStringLiteral("big.csv"),
                                              QStringLiteral("registry.sqlite")));
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(run.errLines(),
             QStringList({QStringLiteral("big.csv: row 12345, column primary_site: line 12346 is "
                                         "not UTF-8 text; save the file as UTF-8 (in a "
                                         "spreadsheet: CSV UTF-8)"),
                          QStringLiteral("cohortlens import: 1 problem in big.csv; nothing was "
                                         "imported and registry.sqlite is unchanged")}));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

// Spaces and non-ASCII characters in folders and file names: imported, named correctly in
// the output and the provenance, and opened again.
void tst_HostileEnvironments::pathWithSpacesAndAccents()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = QStringLiteral("Données patients/Études 2026 — ß");
    QVERIFY(QDir(tmp.path()).mkpath(folder));
    const QString csvName = QStringLiteral("registre été ü.csv");
    const QString dbName = QStringLiteral("régistre Ω 1.sqlite");
    const QString csv = tmp.filePath(folder + u'/' + csvName);
    const QString db = tmp.filePath(folder + u'/' + dbName);
    QVERIFY(QFile::copy(newPatients, csv));

    const Run run = runImport(tmp.path(),
                              {QStringLiteral("--input"),
                               folder + u'/' + csvName,
                               QStringLiteral("--db"),
                               db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(
                 QStringLiteral("Imported 3 patients from %1 into %2").arg(csvName, dbName)),
             qPrintable(run.describe()));
    QCOMPARE(sqlite(db, QStringLiteral("SELECT source_name, source_sha256 FROM imports")),
             csvName + u'|' + QString::fromLatin1(fileSha256(csv)));

    const Run viewed = runProcess(QStringLiteral(COHORTLENS_BINARY),
                                  {QStringLiteral("survival"),
                                   QStringLiteral("--input"),
                                   db,
                                   QStringLiteral("--group"),
                                   QStringLiteral("none")},
                                  tmp.path());
    QVERIFY2(viewed.exitCode == 0, qPrintable(viewed.describe()));
    QVERIFY2(viewed.out.contains(QStringLiteral("\"n\": 3")), qPrintable(viewed.describe()));
}

QTEST_GUILESS_MAIN(tst_HostileEnvironments)

#include "tst_hostileenvironments.moc"
