// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString demoPath = QStringLiteral(COHORTLENS_SOURCE_DIR
                                        "/resources/demo/net-registry-synthetic.csv");
const QString importData = QStringLiteral(COHORTLENS_TEST_DATA "/import");

// A finished child process: what a user would see in the terminal.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString failure; // why the process did not run to a normal exit, if it did not

    [[nodiscard]] QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    [[nodiscard]] QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("exit code %1%2\n--- stdout ---\n%3--- stderr ---\n%4")
            .arg(exitCode)
            .arg(failure.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(failure), out, err);
    }
};

Run runProcess(const QString &program, const QStringList &arguments, const QString &workingDir)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // English messages, whatever the language of the machine running the tests.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);

    Run run;
    process.start();
    if (!process.waitForStarted(30000)) {
        run.failure = QStringLiteral("did not start: ") + process.errorString();
        return run;
    }
    if (!process.waitForFinished(120000)) {
        run.failure = QStringLiteral("did not finish within 2 minutes");
        process.kill();
        process.waitForFinished(5000);
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::CrashExit)
        run.failure = QStringLiteral("crashed: ") + process.errorString();
    else if (run.failure.isEmpty())
        run.exitCode = process.exitCode();
    return run;
}

// `cohortlens import ARGUMENTS...` run in DIR, as a user runs it.
Run runImport(const QString &dir, const QStringList &arguments)
{
    return runProcess(QStringLiteral(COHORTLENS_BINARY),
                      QStringList{QStringLiteral("import")} + arguments,
                      dir);
}

// One value (or several lines of them) read with the sqlite3 shell, never writing.
QString sql(const QString &database, const QString &query)
{
    const Run run
        = runProcess(QStringLiteral("sqlite3"),
                     {QStringLiteral("-readonly"), QStringLiteral("-batch"), database, query},
                     QDir::currentPath());
    if (run.exitCode != 0)
        return QStringLiteral("<sqlite3 failed: %1>").arg(run.describe());
    return run.out.trimmed();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

// Every file and folder under DIR with the SHA-256 of its bytes: "nothing changed" means
// this is the same before and after, so no file was touched, created or left behind.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QDir root(dir);
    QDirIterator it(dir,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        files.insert(root.relativeFilePath(path),
                     info.isDir() ? QByteArray("<folder>") : sha256(readFile(path)));
    }
    return files;
}

QString differences(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    QStringList lines;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            lines << QStringLiteral("removed: ") + it.key();
        else if (after.value(it.key()) != it.value())
            lines << QStringLiteral("changed: ") + it.key();
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            lines << QStringLiteral("created: ") + it.key();
    }
    return lines.join(u'\n');
}

// The lines on stderr that the program did not write on purpose (e.g. Qt warnings): each
// of its own lines is a problem of the input file, a refusal, or the hint to --help.
QString strayErrorLines(const Run &run, const QString &csvName)
{
    QStringList stray;
    for (const QString &line : run.errLines()) {
        if (!line.startsWith(QStringLiteral("cohortlens import: "))
            && !line.startsWith(QStringLiteral("Run cohortlens import --help"))
            && !(!csvName.isEmpty() && line.startsWith(csvName + QStringLiteral(": "))))
            stray << line;
    }
    return stray.join(u'\n');
}

// A cell of the demo registry: data row ROW (1 = the first row after the header).
struct Cell
{
    int row;
    QByteArray column;
    QByteArray value;
};

// The demo registry with some cells replaced. It has no quoted fields, so splitting at
// commas is exact.
QByteArray demoWith(std::initializer_list<Cell> cells)
{
    QList<QByteArray> lines = readFile(demoPath).split('\n');
    const QList<QByteArray> header = lines.constFirst().split(',');
    for (const Cell &cell : cells) {
        const qsizetype index = header.indexOf(cell.column);
        if (index < 0 || cell.row < 1 || cell.row >= lines.size())
            return QByteArray("demoWith: no column ") + cell.column;
        QList<QByteArray> fields = lines.at(cell.row).split(',');
        fields[index] = cell.value;
        lines[cell.row] = fields.join(',');
    }
    return lines.join('\n');
}

QByteArray demoWithCell(int row, const QByteArray &column, const QByteArray &value)
{
    return demoWith({{row, column, value}});
}

QByteArray demoWithHeader(const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = readFile(demoPath);
    const qsizetype end = bytes.indexOf('\n');
    return bytes.left(end).replace(from, to) + bytes.mid(end);
}

QByteArray utf16WithBom(const QString &text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

// The last line of a rejected import; dbName is empty when the database did not exist.
QString problemSummary(int problems, const QString &csvName, const QString &dbName)
{
    const QString start = QStringLiteral("cohortlens import: %1 problem%2 in %3; nothing was "
                                         "imported")
                              .arg(problems)
                              .arg(problems == 1 ? QString() : QStringLiteral("s"), csvName);
    if (dbName.isEmpty())
        return start + QStringLiteral(" and no database was created");
    return start + QStringLiteral(" and ") + dbName + QStringLiteral(" is unchanged");
}

} // namespace

class tst_ImportCommand : public QObject
{
    Q_OBJECT

private:
    // Imports FILE (in DIR) into a new registry DB there, which must succeed.
    static bool createRegistry(const QString &dir,
                               const QString &file,
                               const QString &db,
                               QString *details);

private Q_SLOTS:
    void initTestCase();

    void importsNativeRegistry_data();
    void importsNativeRegistry();
    void appendsNewPatients();
    void replacesPatients();
    void refusesExistingRegistryWithoutOneMode_data();
    void refusesExistingRegistryWithoutOneMode();

    void importsMappedColumns_data();
    void importsMappedColumns();
    void rejectsBadMapping_data();
    void rejectsBadMapping();

    void rejectsInvalidData_data();
    void rejectsInvalidData();
    void rejectsPatientAlreadyInRegistry();
    void listsEveryProblem();

    void refusesBadArguments_data();
    void refusesBadArguments();
    void refusesBadPaths_data();
    void refusesBadPaths();
    void refusesReadOnlyDestination_data();
    void refusesReadOnlyDestination();

    void storesHostileTextAsData();
    void printsHelp_data();
    void printsHelp();
};

bool tst_ImportCommand::createRegistry(const QString &dir,
                                       const QString &file,
                                       const QString &db,
                                       QString *details)
{
    const Run run = runImport(dir, {QStringLiteral("--input"), file, QStringLiteral("--db"), db});
    *details = QStringLiteral("setting up %1 from %2: %3").arg(db, file, run.describe());
    return run.exitCode == 0 && QFileInfo::exists(QDir(dir).filePath(db));
}

void tst_ImportCommand::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(COHORTLENS_BINARY)).isExecutable(), COHORTLENS_BINARY);
    QVERIFY2(QFileInfo::exists(demoPath), qPrintable(demoPath));
    const Run version = runProcess(QStringLiteral("sqlite3"),
                                   {QStringLiteral("-version")},
                                   QDir::currentPath());
    QVERIFY2(version.exitCode == 0,
             qPrintable(QStringLiteral("the sqlite3 shell is needed to read the registries: ")
                        + version.describe()));
}

void tst_ImportCommand::importsNativeRegistry_data()
{
    QTest::addColumn<QByteArray>("csv");

    const QByteArray demo = readFile(demoPath);
    QTest::newRow("demo registry") << demo;
    QTest::newRow("UTF-8 byte-order mark") << QByteArray("\xEF\xBB\xBF") + demo;
    QTest::newRow("CRLF line ends") << QByteArray(demo).replace("\n", "\r\n");
    QTest::newRow("semicolon separated") << QByteArray(demo).replace(',', ';');
    QTest::newRow("column names in upper case")
        << demo.left(demo.indexOf('\n')).toUpper() + demo.mid(demo.indexOf('\n'));
}

void tst_ImportCommand::importsNativeRegistry()
{
    QFETCH(QByteArray, csv);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("input.csv")), csv));

    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Run run = runImport(tmp.path(),
                              {QStringLiteral("--input"),
                               QStringLiteral("input.csv"),
                               QStringLiteral("--db"),
                               QStringLiteral("registry.sqlite")});
    const QDateTime finished = QDateTime::currentDateTimeUtc().addSecs(1);

    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.outLines().size() == 1 && run.out.endsWith(u'\n'), qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(
                 QStringLiteral("Imported 66 patients from input.csv into registry.sqlite")),
             qPrintable(run.describe()));
    const QByteArray hash = sha256(csv);
    QVERIFY2(run.out.contains(QString::fromLatin1(hash.left(16))), qPrintable(run.describe()));

    const QString db = tmp.filePath(QStringLiteral("registry.sqlite"));
    QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM patients")), QStringLiteral("66"));
    QCOMPARE(sql(db, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    // "CLEN" in big-endian bytes marks the file as a CohortLens registry.
    QCOMPARE(sql(db, QStringLiteral("PRAGMA application_id")),
             QString::number(('C' << 24) | ('L' << 16) | ('E' << 8) | 'N'));
    QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM imports")), QStringLiteral("1"));
    QCOMPARE(sql(db,
                 QStringLiteral("SELECT source_name, source_sha256, rows_read, rows_imported,"
                                " rows_rejected, mode FROM imports")),
             QStringLiteral("input.csv|%1|66|66|0|create").arg(QString::fromLatin1(hash)));

    const QString importedAt = sql(db, QStringLiteral("SELECT imported_at FROM imports"));
    static const QRegularExpression iso8601(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$)"));
    QVERIFY2(iso8601.match(importedAt).hasMatch(), qPrintable(importedAt));
    const QDateTime at = QDateTime::fromString(importedAt, Qt::ISODate);
    QVERIFY2(at.isValid() && at >= started && at <= finished,
             qPrintable(QStringLiteral("imported_at %1 is not between %2 and %3")
                            .arg(importedAt,
                                 started.toString(Qt::ISODate),
                                 finished.toString(Qt::ISODate))));

    // A few values as the file gives them, through the native vocabulary.
    QCOMPARE(sql(db,
                 QStringLiteral("SELECT age, sex, primary_site, carcinoid_syndrome, obstruction,"
                                " arm, followup_months, status FROM patients"
                                " WHERE patient_id = 'SYN-004'")),
             QStringLiteral("51|F|small_bowel|0|1|medical|21|1"));
}

void tst_ImportCommand::appendsNewPatients()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(demoPath, tmp.filePath(QStringLiteral("demo.csv"))));
    QVERIFY(QFile::copy(importData + QStringLiteral("/new-patients.csv"),
                        tmp.filePath(QStringLiteral("new-patients.csv"))));
    QString details;
    QVERIFY2(createRegistry(tmp.path(),
                            QStringLiteral("demo.csv"),
                            QStringLiteral("registry.sqlite"),
                            &details),
             qPrintable(details));

    const Run run = runImport(tmp.path(),
                              {QStringLiteral("--input"),
                               QStringLiteral("new-patients.csv"),
                               QStringLiteral("--db"),
                               QStringLiteral("registry.sqlite"),
                               QStringLiteral("--append")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.outLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(QStringLiteral("Appended 3 patients from new-patients.csv to "
                                               "registry.sqlite, which now holds 69 patients")),
             qPrintable(run.describe()));

    const QString db = tmp.filePath(QStringLiteral("registry.sqlite"));
    QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM patients")), QStringLiteral("69"));
    QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM patients WHERE patient_id LIKE 'SYN-%'")),
             QStringLiteral("66"));
    QCOMPARE(sql(db,
                 QStringLiteral("SELECT patient_id, sex, carcinoid_syndrome, regional_resection,"
                                " followup_months FROM patients WHERE patient_id LIKE 'NEW-%'"
                                " ORDER BY patient_id")),
             QStringLiteral("NEW-001|M|1|1|24.5\nNEW-002|F|0|0|11\nNEW-003|F|1||36"));
    const QByteArray hash = sha256(readFile(tmp.filePath(QStringLiteral("new-patients.csv"))));
    QCOMPARE(sql(db,
                 QStringLiteral("SELECT source_name, source_sha256, rows_read, rows_imported,"
                                " rows_rejected, mode FROM imports ORDER BY id")),
             QStringLiteral("demo.csv|%1|66|66|0|create\nnew-patients.csv|%2|3|3|0|append")
                 .arg(QString::fromLatin1(sha256(readFile(demoPath))), QString::fromLatin1(hash)));
}

void tst_ImportCommand::replacesPatients()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(demoPath, tmp.filePath(QStringLiteral("demo.csv"))));
    QVERIFY(QFile::copy(importData + QStringLiteral("/new-patients.csv"),
                        tmp.filePath(QStringLiteral("new-patients.csv"))));
    QString details;
    QVERIFY2(createRegistry(tmp.path(),
                            QStringLiteral("demo.csv"),
                            QStringLiteral("registry.sqlite"),
                            &details),
             qPrintable(details));

    const Run run = runImport(tmp.path(),
                              {QStringLiteral("--replace"),
                               QStringLiteral("--input"),
                               QStringLiteral("new-patients.csv"),
                               QStringLiteral("--db"),
                               QStringLiteral("registry.sqlite")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.outLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(
                 QStringLiteral("Imported 3 patients from new-patients.csv into registry.sqlite")),
             qPrintable(run.describe()));

    const QString db = tmp.filePath(QStringLiteral("registry.sqlite"));
    QCOMPARE(sql(db, QStringLiteral("SELECT group_concat(patient_id) FROM patients")),
             QStringLiteral("NEW-001,NEW-002,NEW-003"));
    // The demo's extra column went with its patients; the new file's one is there.
    QCOMPARE(sql(db, QStringLiteral("SELECT group_concat(name) FROM extra_columns")),
             QStringLiteral("centre"));
    QCOMPARE(sql(db, QStringLiteral("SELECT group_concat(mode) FROM imports")),
             QStringLiteral("create,replace"));
}

void tst_ImportCommand::refusesExistingRegistryWithoutOneMode_data()
{
    QTest::addColumn<QStringList>("modes");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("neither --append nor --replace")
        << QStringList()
        << QStringList{QStringLiteral("registry.sqlite already holds a registry of 66 patients"),
                       QStringLiteral("--append"),
                       QStringLiteral("--replace")};
    QTest::newRow("--replace and --append together")
        << QStringList{QStringLiteral("--replace"), QStringLiteral("--append")}
        << QStringList{QStringLiteral("--replace and --append exclude each other")};
    QTest::newRow("--append and --replace together")
        << QStringList{QStringLiteral("--append"), QStringLiteral("--replace")}
        << QStringList{QStringLiteral("--replace and --append exclude each other")};
}

void tst_ImportCommand::refusesExistingRegistryWithoutOneMode()
{
    QFETCH(QStringList, modes);
    QFETCH(QStringList, fragments);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(demoPath, tmp.filePath(QStringLiteral("demo.csv"))));
    QVERIFY(QFile::copy(importData + QStringLiteral("/new-patients.csv"),
                        tmp.filePath(QStringLiteral("new-patients.csv"))));
    QString details;
    QVERIFY2(createRegistry(tmp.path(),
                            QStringLiteral("demo.csv"),
                            QStringLiteral("registry.sqlite"),
                            &details),
             qPrintable(details));

    const auto before = snapshot(tmp.path());
    const Run run = runImport(tmp.path(),
                              QStringList{QStringLiteral("--input"),
                                          QStringLiteral("new-patients.csv"),
                                          QStringLiteral("--db"),
                                          QStringLiteral("registry.sqlite")}
                                  + modes);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(run.err.contains(fragment), qPrintable(fragment + u'\n' + run.describe()));
    const QString stray = strayErrorLines(run, QString());
    QVERIFY2(stray.isEmpty(), qPrintable(stray));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void tst_ImportCommand::importsMappedColumns_data()
{
    QTest::addColumn<QStringList>("maps");

    QTest::newRow("field=column") << QStringList{QStringLiteral("patient_id=id"),
                                                 QStringLiteral("sex=gender"),
                                                 QStringLiteral("carcinoid_syndrome=cs"),
                                                 QStringLiteral("obstruction=obstructed"),
                                                 QStringLiteral("arm=treatment"),
                                                 QStringLiteral("followup_months=months"),
                                                 QStringLiteral("status=dead")};
    QTest::newRow("any case, spaces around =")
        << QStringList{QStringLiteral("Patient_ID = ID"),
                       QStringLiteral("SEX=Gender"),
                       QStringLiteral("carcinoid_syndrome=CS"),
                       QStringLiteral("obstruction= obstructed"),
                       QStringLiteral("arm =treatment"),
                       QStringLiteral("followup_months=MONTHS"),
                       QStringLiteral("status=Dead")};
}

void tst_ImportCommand::importsMappedColumns()
{
    QFETCH(QStringList, maps);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(importData + QStringLiteral("/foreign-columns.csv"),
                        tmp.filePath(QStringLiteral("foreign-columns.csv"))));

    QStringList arguments{QStringLiteral("--input"),
                          QStringLiteral("foreign-columns.csv"),
                          QStringLiteral("--db"),
                          QStringLiteral("registry.sqlite")};
    for (const QString &map : std::as_const(maps))
        arguments << QStringLiteral("--map") << map;
    const Run run = runImport(tmp.path(), arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(QStringLiteral(
                 "Imported 3 patients from foreign-columns.csv into registry.sqlite")),
             qPrintable(run.describe()));

    const QString db = tmp.filePath(QStringLiteral("registry.sqlite"));
    QCOMPARE(sql(db,
                 QStringLiteral("SELECT patient_id, age, sex, carcinoid_syndrome, obstruction, arm,"
                                " followup_months, status FROM patients ORDER BY patient_id")),
             QStringLiteral("F-01|61|M|1|0|cytoreduction|30|0\n"
                            "F-02|57|F|0|1|medical|14.5|1\n"
                            "F-03|70|F|1|1|medical|8|1"));
    // The unmapped column is kept as an extra one.
    QCOMPARE(sql(db, QStringLiteral("SELECT group_concat(name) FROM extra_columns")),
             QStringLiteral("centre"));
}

void tst_ImportCommand::rejectsBadMapping_data()
{
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("fragments");

    const QStringList good{QStringLiteral("patient_id=id"),
                           QStringLiteral("sex=gender"),
                           QStringLiteral("carcinoid_syndrome=cs"),
                           QStringLiteral("obstruction=obstructed"),
                           QStringLiteral("arm=treatment"),
                           QStringLiteral("status=dead")};

    QTest::newRow("unknown field")
        << good
               + QStringList{QStringLiteral("followup_months=months"),
                             QStringLiteral("colour=centre")}
        << 2 << QStringList{QStringLiteral("--map colour=centre: colour is not a registry field")};
    QTest::newRow("no '='") << good + QStringList{QStringLiteral("followup_months")} << 2
                            << QStringList{QStringLiteral("--map followup_months: expected "
                                                          "FIELD=COLUMN")};
    QTest::newRow("no column after '='")
        << good + QStringList{QStringLiteral("followup_months=")} << 2
        << QStringList{QStringLiteral("--map followup_months=: expected FIELD=COLUMN")};
    QTest::newRow("field mapped twice")
        << good
               + QStringList{QStringLiteral("followup_months=months"),
                             QStringLiteral("status=months")}
        << 2 << QStringList{QStringLiteral("--map status=months: status is mapped twice")};
    QTest::newRow("mapped column not in the file")
        << good + QStringList{QStringLiteral("followup_months=survival_months")} << 3
        << QStringList{QStringLiteral(
                           "foreign-columns.csv: header, column survival_months: no such "
                           "column in the file, but followup_months is mapped to it"),
                       problemSummary(1, QStringLiteral("foreign-columns.csv"), QString())};
}

void tst_ImportCommand::rejectsBadMapping()
{
    QFETCH(QStringList, maps);
    QFETCH(int, exitCode);
    QFETCH(QStringList, fragments);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(importData + QStringLiteral("/foreign-columns.csv"),
                        tmp.filePath(QStringLiteral("foreign-columns.csv"))));

    QStringList arguments{QStringLiteral("--input"),
                          QStringLiteral("foreign-columns.csv"),
                          QStringLiteral("--db"),
                          QStringLiteral("registry.sqlite")};
    for (const QString &map : std::as_const(maps))
        arguments << QStringLiteral("--map") << map;
    const auto before = snapshot(tmp.path());
    const Run run = runImport(tmp.path(), arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(run.err.contains(fragment), qPrintable(fragment + u'\n' + run.describe()));
    const QString stray = strayErrorLines(run, QStringLiteral("foreign-columns.csv"));
    QVERIFY2(stray.isEmpty(), qPrintable(stray));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void tst_ImportCommand::rejectsInvalidData_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("fragments"); // each line begins "input.csv: "
    QTest::addColumn<QStringList>("forbidden");

    const QStringList none;
    // A problem found by the CSV reader concerns the bytes, not a cell's value: it must not
    // claim that the cell is empty.
    const QStringList noEmptyValue{QStringLiteral("value \"\"")};

    QTest::newRow("required column missing")
        << demoWithHeader(",arm,", ",treatment,")
        << QStringList{QStringLiteral("header, column arm: required column is missing")} << none;
    QTest::newRow("follow-up not a number")
        << demoWithCell(12, "followup_months", "ten")
        << QStringList{QStringLiteral("row 12, column followup_months, value \"ten\": not a "
                                      "number")}
        << none;
    QTest::newRow("follow-up with a decimal comma")
        << demoWithCell(12, "followup_months", "\"15,5\"")
        << QStringList{QStringLiteral("row 12, column followup_months, value \"15,5\": not a "
                                      "number")}
        << none;
    QTest::newRow("negative follow-up")
        << demoWithCell(12, "followup_months", "-4")
        << QStringList{QStringLiteral("row 12, column followup_months, value \"-4\": cannot be "
                                      "negative")}
        << none;
    QTest::newRow("status 2") << demoWithCell(12, "status", "2")
                              << QStringList{QStringLiteral(
                                     "row 12, column status, value \"2\": status must be 1 (dead) "
                                     "or 0 (alive")}
                              << none;
    QTest::newRow("status 'dead'")
        << demoWithCell(12, "status", "dead")
        << QStringList{QStringLiteral("row 12, column status, value \"dead\": status must be 1")}
        << none;
    QTest::newRow("unknown arm") << demoWithCell(12, "arm", "surgery")
                                 << QStringList{QStringLiteral(
                                        "row 12, column arm, value \"surgery\": unknown arm; write "
                                        "cytoreduction or medical")}
                                 << none;
    QTest::newRow("empty required cell")
        << demoWithCell(12, "carcinoid_syndrome", "")
        << QStringList{QStringLiteral("row 12, column carcinoid_syndrome, value \"\": a value is "
                                      "required")}
        << none;
    QTest::newRow("duplicate patient_id in the file")
        << demoWithCell(12, "patient_id", "SYN-003")
        << QStringList{QStringLiteral("row 12, column patient_id, value \"SYN-003\": duplicate "
                                      "patient_id: row 3 has the same one")}
        << none;
    QTest::newRow("row with a field missing")
        << readFile(demoPath).replace("SYN-012,73,", "SYN-012,")
        << QStringList{QStringLiteral("row 12: the row has 15 fields but the header has 16")}
        << none;
    QTest::newRow("Latin-1 byte in a middle cell")
        << demoWithCell(12, "primary_site", "int\xe9stino")
        << QStringList{QStringLiteral("row 12, column primary_site"),
                       QStringLiteral("line 13 is not UTF-8 text")}
        << noEmptyValue;
    QTest::newRow("Latin-1 byte in the last cell")
        << demoWithCell(12, "synthetic", "s\xed")
        << QStringList{QStringLiteral("row 12, column synthetic"),
                       QStringLiteral("line 13 is not UTF-8 text")}
        << noEmptyValue;
    QTest::newRow("Latin-1 byte in the header")
        << demoWithHeader(",synthetic", ",synth\xe9tique")
        << QStringList{QStringLiteral("line 1 is not UTF-8 text")} << none;
    QTest::newRow("UTF-16 file") << utf16WithBom(QString::fromUtf8(readFile(demoPath)))
                                 << QStringList{QStringLiteral("file: the file is UTF-16 text")}
                                 << none;
    QTest::newRow("empty file") << QByteArray()
                                << QStringList{QStringLiteral("file: the file is empty")} << none;
    QTest::newRow("blank lines only")
        << QByteArray("\n\r\n  \n") << QStringList{QStringLiteral("file: the file is empty")}
        << none;
    QTest::newRow("header only") << readFile(demoPath).left(readFile(demoPath).indexOf('\n') + 1)
                                 << QStringList{QStringLiteral(
                                        "file: the file has a header but no data rows")}
                                 << none;
    QTest::newRow("random bytes with NULs")
        << QByteArray("\x00\x01\x02\x03garbage\n\x00\xff\xfe", 15)
        << QStringList{QStringLiteral("file: this is not a CSV text file: it holds binary data")}
        << none;
    // The PNG signature and the start of its header chunk.
    const QByteArray png("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01"
                         "\x08\x02\x00\x00\x00\x90\x77\x53\xde",
                         33);
    QTest::newRow("PNG image") << png
                               << QStringList{QStringLiteral("file: this is not a CSV text file")}
                               << none;
    QTest::newRow("quote never closed")
        << demoWithCell(12, "primary_site", "\"unknown")
        << QStringList{QStringLiteral("row 12, column primary_site"),
                       QStringLiteral("the quoted field that starts on line 13 is never closed")}
        << noEmptyValue;
}

void tst_ImportCommand::rejectsInvalidData()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, fragments);
    QFETCH(QStringList, forbidden);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("input.csv")), csv));
    QVERIFY(QFile::copy(importData + QStringLiteral("/new-patients.csv"),
                        tmp.filePath(QStringLiteral("new-patients.csv"))));
    QString details;
    QVERIFY2(createRegistry(tmp.path(),
                            QStringLiteral("new-patients.csv"),
                            QStringLiteral("registry.sqlite"),
                            &details),
             qPrintable(details));

    // Once into a new database, which must not be left behind, and once appended to an
    // existing registry, which must stay byte for byte as it was.
    const QList<QStringList> destinations{
        {QStringLiteral("--db"), QStringLiteral("new.sqlite")},
        {QStringLiteral("--db"), QStringLiteral("registry.sqlite"), QStringLiteral("--append")},
    };
    for (const QStringList &destination : destinations) {
        const QString dbName = destination.at(1);
        const auto before = snapshot(tmp.path());
        const QStringList input{QStringLiteral("--input"), QStringLiteral("input.csv")};
        const Run run = runImport(tmp.path(), input + destination);
        const QString context = destination.join(u' ') + u'\n' + run.describe();

        QVERIFY2(run.exitCode == 3, qPrintable(context));
        QVERIFY2(run.out.isEmpty(), qPrintable(context));
        const QStringList lines = run.errLines();
        for (const QString &fragment : std::as_const(fragments)) {
            const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
                return line.startsWith(QStringLiteral("input.csv: ")) && line.contains(fragment);
            });
            QVERIFY2(found, qPrintable(QStringLiteral("expected: ") + fragment + u'\n' + context));
        }
        for (const QString &fragment : std::as_const(forbidden))
            QVERIFY2(!run.err.contains(fragment),
                     qPrintable(QStringLiteral("not expected: ") + fragment + u'\n' + context));
        QVERIFY2(lines.size() == 2, qPrintable(QStringLiteral("one problem: ") + context));
        QVERIFY2(lines.constFirst().startsWith(QStringLiteral("input.csv: ")), qPrintable(context));
        QCOMPARE(lines.constLast(),
                 problemSummary(1,
                                QStringLiteral("input.csv"),
                                dbName == u"new.sqlite" ? QString() : dbName));
        const QString stray = strayErrorLines(run, QStringLiteral("input.csv"));
        QVERIFY2(stray.isEmpty(), qPrintable(stray));
        const QString changed = differences(before, snapshot(tmp.path()));
        QVERIFY2(changed.isEmpty(), qPrintable(destination.join(u' ') + u'\n' + changed));
    }
}

void tst_ImportCommand::rejectsPatientAlreadyInRegistry()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(demoPath, tmp.filePath(QStringLiteral("demo.csv"))));
    QString details;
    QVERIFY2(createRegistry(tmp.path(),
                            QStringLiteral("demo.csv"),
                            QStringLiteral("registry.sqlite"),
                            &details),
             qPrintable(details));
    // New patients, and one the registry already holds.
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("more.csv")),
                      readFile(importData + QStringLiteral("/new-patients.csv"))
                          + "SYN-007,55,M,yes,no,medical,,20,0,Lyon\n"));

    const auto before = snapshot(tmp.path());
    const Run run = runImport(tmp.path(),
                              {QStringLiteral("--input"),
                               QStringLiteral("more.csv"),
                               QStringLiteral("--db"),
                               QStringLiteral("registry.sqlite"),
                               QStringLiteral("--append")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral(
                 "more.csv: row 4, column patient_id, value \"SYN-007\": duplicate patient_id: "
                 "the registry already holds this patient")),
             qPrintable(run.describe()));
    QCOMPARE(run.errLines().constLast(),
             problemSummary(1, QStringLiteral("more.csv"), QStringLiteral("registry.sqlite")));
    const QString stray = strayErrorLines(run, QStringLiteral("more.csv"));
    QVERIFY2(stray.isEmpty(), qPrintable(stray));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void tst_ImportCommand::listsEveryProblem()
{
    const QByteArray csv = demoWith({{5, "arm", "surgery"},
                                     {9, "followup_months", "-1"},
                                     {9, "status", "7"},
                                     {20, "patient_id", "SYN-001"},
                                     {33, "arm", "chemo"}});

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("several.csv")), csv));
    const auto before = snapshot(tmp.path());
    const Run run = runImport(tmp.path(),
                              {QStringLiteral("--input"),
                               QStringLiteral("several.csv"),
                               QStringLiteral("--db"),
                               QStringLiteral("registry.sqlite")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));

    const QStringList expected{
        QStringLiteral("several.csv: row 5, column arm, value \"surgery\": "),
        QStringLiteral("several.csv: row 9, column followup_months, value \"-1\": "),
        QStringLiteral("several.csv: row 9, column status, value \"7\": "),
        QStringLiteral("several.csv: row 20, column patient_id, value \"SYN-001\": duplicate "
                       "patient_id: row 1 has the same one"),
        QStringLiteral("several.csv: row 33, column arm, value \"chemo\": "),
        problemSummary(5, QStringLiteral("several.csv"), QString()),
    };
    const QStringList errLines = run.errLines();
    QVERIFY2(errLines.size() == expected.size(), qPrintable(run.describe()));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(errLines.at(i).startsWith(expected.at(i)),
                 qPrintable(QStringLiteral("line %1: expected %2\n").arg(i + 1).arg(expected.at(i))
                            + run.describe()));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void tst_ImportCommand::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString input = QStringLiteral("--input");
    const QString db = QStringLiteral("--db");
    const QString csv = QStringLiteral("demo.csv");
    const QString sqlite = QStringLiteral("registry.sqlite");

    QTest::newRow("no options") << QStringList() << QStringLiteral("--input FILE.csv is required");
    QTest::newRow("no --input") << QStringList{db, sqlite}
                                << QStringLiteral("--input FILE.csv is required");
    QTest::newRow("no --db") << QStringList{input, csv}
                             << QStringLiteral("--db FILE.sqlite is required");
    QTest::newRow("--input without a value")
        << QStringList{db, sqlite, input} << QStringLiteral("Missing value after '--input'");
    QTest::newRow("unknown option")
        << QStringList{input, csv, db, sqlite, QStringLiteral("--force")}
        << QStringLiteral("Unknown option 'force'");
    QTest::newRow("stray argument")
        << QStringList{input, csv, db, sqlite, QStringLiteral("more.csv")}
        << QStringLiteral("unexpected argument more.csv");
    QTest::newRow("--input twice") << QStringList{input, csv, input, csv, db, sqlite}
                                   << QStringLiteral("give --input and --db once each");
    QTest::newRow("--replace and --append on a new database")
        << QStringList{input,
                       csv,
                       db,
                       sqlite,
                       QStringLiteral("--replace"),
                       QStringLiteral("--append")}
        << QStringLiteral("--replace and --append exclude each other");
}

void tst_ImportCommand::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(demoPath, tmp.filePath(QStringLiteral("demo.csv"))));

    const auto before = snapshot(tmp.path());
    const Run run = runImport(tmp.path(), arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("cohortlens import: ") + message),
             qPrintable(message + u'\n' + run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("cohortlens import --help")),
             qPrintable(run.describe()));
    const QString stray = strayErrorLines(run, QString());
    QVERIFY2(stray.isEmpty(), qPrintable(stray));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void tst_ImportCommand::refusesBadPaths_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("db");
    QTest::addColumn<QStringList>("mode");
    QTest::addColumn<QString>("message");

    // The folder holds demo.csv, folder/, notes.txt, notes.sqlite (a copy of the text file),
    // other.sqlite (another program's SQLite database) and registry.sqlite (a registry).
    const QString csv = QStringLiteral("demo.csv");
    const QString fresh = QStringLiteral("new.sqlite");
    const QStringList create;
    const QStringList append{QStringLiteral("--append")};

    QTest::newRow("input is a folder")
        << QStringLiteral("folder") << fresh << create << QStringLiteral("folder is a folder");
    QTest::newRow("input does not exist") << QStringLiteral("missing.csv") << fresh << create
                                          << QStringLiteral("missing.csv does not exist");
    QTest::newRow("input is a registry database")
        << QStringLiteral("registry.sqlite") << fresh << create
        << QStringLiteral("registry.sqlite is an SQLite database, not a CSV file");
    QTest::newRow("input and database are one file")
        << csv << csv << append << QStringLiteral("the database and the input are the same file");
    QTest::newRow("database in a folder that does not exist")
        << csv << QStringLiteral("missing-folder/new.sqlite") << create
        << QStringLiteral("cannot create missing-folder/new.sqlite: the folder");
    QTest::newRow("database is a folder")
        << csv << QStringLiteral("folder") << create << QStringLiteral("folder is a folder");
    QTest::newRow("database is a text file")
        << csv << QStringLiteral("notes.sqlite") << create
        << QStringLiteral("notes.sqlite is not an SQLite database");
    QTest::newRow("database is a text file, --append")
        << csv << QStringLiteral("notes.sqlite") << append
        << QStringLiteral("notes.sqlite is not an SQLite database");
    QTest::newRow("database is a text file, --replace")
        << csv << QStringLiteral("notes.txt") << QStringList{QStringLiteral("--replace")}
        << QStringLiteral("notes.txt is not an SQLite database");
    QTest::newRow("database of another program")
        << csv << QStringLiteral("other.sqlite") << append
        << QStringLiteral("other.sqlite is an SQLite database but not a CohortLens registry");
}

void tst_ImportCommand::refusesBadPaths()
{
    QFETCH(QString, input);
    QFETCH(QString, db);
    QFETCH(QStringList, mode);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(demoPath, tmp.filePath(QStringLiteral("demo.csv"))));
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("notes.txt")), "Registry to do:\nclean up\n"));
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("notes.sqlite")), "Registry to do:\nclean up\n"));
    const Run other = runProcess(QStringLiteral("sqlite3"),
                                 {tmp.filePath(QStringLiteral("other.sqlite")),
                                  QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")},
                                 tmp.path());
    QVERIFY2(other.exitCode == 0, qPrintable(other.describe()));
    QString details;
    QVERIFY2(createRegistry(tmp.path(),
                            QStringLiteral("demo.csv"),
                            QStringLiteral("registry.sqlite"),
                            &details),
             qPrintable(details));

    const auto before = snapshot(tmp.path());
    const Run run
        = runImport(tmp.path(),
                    QStringList{QStringLiteral("--input"), input, QStringLiteral("--db"), db}
                        + mode);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("cohortlens import: ") + message),
             qPrintable(message + u'\n' + run.describe()));
    const QString stray = strayErrorLines(run, QString());
    QVERIFY2(stray.isEmpty(), qPrintable(QStringLiteral("unexpected on stderr: ") + stray));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void tst_ImportCommand::refusesReadOnlyDestination_data()
{
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::addColumn<QString>("db");
    QTest::addColumn<QStringList>("mode");
    QTest::addColumn<QString>("message");

    QTest::newRow("read-only registry, --append")
        << false << QStringLiteral("registry.sqlite") << QStringList{QStringLiteral("--append")}
        << QStringLiteral("registry.sqlite is read-only");
    QTest::newRow("read-only registry, --replace")
        << false << QStringLiteral("registry.sqlite") << QStringList{QStringLiteral("--replace")}
        << QStringLiteral("registry.sqlite is read-only");
    QTest::newRow("new database in a read-only folder")
        << true << QStringLiteral("locked/new.sqlite") << QStringList()
        << QStringLiteral("is not writable");
}

void tst_ImportCommand::refusesReadOnlyDestination()
{
    QFETCH(bool, readOnlyFolder);
    QFETCH(QString, db);
    QFETCH(QStringList, mode);
    QFETCH(QString, message);
    if (geteuid() == 0)
        QSKIP("running as root, which may write read-only files and folders");

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(demoPath, tmp.filePath(QStringLiteral("demo.csv"))));
    QVERIFY(QFile::copy(importData + QStringLiteral("/new-patients.csv"),
                        tmp.filePath(QStringLiteral("new-patients.csv"))));
    QString details;
    QVERIFY2(createRegistry(tmp.path(),
                            QStringLiteral("demo.csv"),
                            QStringLiteral("registry.sqlite"),
                            &details),
             qPrintable(details));
    const QString locked = tmp.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("locked")));
    const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto folderReadOnly = readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    if (readOnlyFolder)
        QVERIFY(QFile::setPermissions(locked, folderReadOnly));
    else
        QVERIFY(QFile::setPermissions(tmp.filePath(QStringLiteral("registry.sqlite")), readOnly));
    // Gives the temporary folder back its rights, so that it can be removed.
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(locked, folderReadOnly | QFile::WriteOwner);
        QFile::setPermissions(tmp.filePath(QStringLiteral("registry.sqlite")),
                              readOnly | QFile::WriteOwner);
    });

    const auto before = snapshot(tmp.path());
    const Run run = runImport(tmp.path(),
                              QStringList{QStringLiteral("--input"),
                                          QStringLiteral("new-patients.csv"),
                                          QStringLiteral("--db"),
                                          db}
                                  + mode);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(message), qPrintable(message + u'\n' + run.describe()));
    const QString stray = strayErrorLines(run, QString());
    QVERIFY2(stray.isEmpty(), qPrintable(stray));
    const QString changed = differences(before, snapshot(tmp.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void tst_ImportCommand::storesHostileTextAsData()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(QFile::copy(importData + QStringLiteral("/hostile-values.csv"),
                        tmp.filePath(QStringLiteral("hostile-values.csv"))));
    const Run run = runImport(tmp.path(),
                              {QStringLiteral("--input"),
                               QStringLiteral("hostile-values.csv"),
                               QStringLiteral("--db"),
                               QStringLiteral("registry.sqlite")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));

    const QString db = tmp.filePath(QStringLiteral("registry.sqlite"));
    QCOMPARE(sql(db,
                 QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master"
                                " WHERE type = 'table' ORDER BY name)")),
             QStringLiteral("extra_columns,imports,patients"));
    QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM patients")), QStringLiteral("2"));
    QCOMPARE(sql(db,
                 QStringLiteral("SELECT count(*) FROM patients"
                                " WHERE patient_id = '''; DROP TABLE patients; --'")),
             QStringLiteral("1"));

    // The column name stays a name, and the cells plain text.
    const QString position = sql(db,
                                 QStringLiteral("SELECT position FROM extra_columns WHERE name ="
                                                " 'note\"); DROP TABLE imports; --'"));
    bool isNumber = false;
    position.toInt(&isNumber);
    QVERIFY2(isNumber, qPrintable(position));
    QCOMPARE(sql(db,
                 QStringLiteral("SELECT extra_%1 FROM patients ORDER BY source_row").arg(position)),
             QStringLiteral("'; DROP TABLE patients; --\nRobert'); DROP TABLE patients;--"));
    QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM imports")), QStringLiteral("1"));
}

void tst_ImportCommand::printsHelp_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void tst_ImportCommand::printsHelp()
{
    QFETCH(QString, option);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const Run run = runImport(tmp.path(), {option});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    for (const auto *name : {"--input", "--db", "--append", "--replace", "--map"})
        QVERIFY2(run.out.contains(QString::fromLatin1(name)),
                 qPrintable(QString::fromLatin1(name) + u'\n' + run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("import [options]")), qPrintable(run.describe()));
    QVERIFY(QDir(tmp.path()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ImportCommand)

#include "tst_importcommand.moc"
