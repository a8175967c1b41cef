// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SQL injection through every entry point of the command line (issue 8, SPEC §7 "Filters
// are bound parameters, never concatenated SQL"): --where values and column names on
// survival, compare and export; the column names of --group, --time, --variables; the
// field and column names of import --map; and the header and cells of an imported CSV.
// Each run either treats the string as data or fails with a clear message and the usage
// exit code, and the registry is left as it was: the same file, tables and patients.
//
// A command-line argument cannot hold a NUL byte (argv is C strings); NUL bytes are tested
// in the CSV, and in the window's ID search by tst_idsearchinjection.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CohortLens;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("exit code %1\n--- stdout ---\n%2--- stderr ---\n%3")
            .arg(exitCode)
            .arg(out.left(2000), err.left(2000));
    }
};

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

Run run(const QString &program, const QStringList &arguments, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(environment());
    process.start(program, arguments);
    Run r;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

Run cohortlens(const QStringList &arguments, const QString &dir)
{
    return run(QStringLiteral(COHORTLENS_BINARY), arguments, dir);
}

// The sqlite3 shell's answer, trimmed; "<failed>" when it could not read the file.
QString sqlite(const QString &database, const QString &sql)
{
    const Run r = run(QStringLiteral("sqlite3"),
                      {QStringLiteral("-batch"), database, sql},
                      QDir::currentPath());
    return r.exitCode == 0 && r.err.isEmpty() ? r.out.trimmed() : QStringLiteral("<failed>");
}

// What an injection would change: the tables and indexes, and the rows of each table.
QString registryState(const QString &database)
{
    return sqlite(database,
                  QStringLiteral("SELECT group_concat(type || ' ' || name, ', ') FROM "
                                 "(SELECT type, name FROM sqlite_master ORDER BY name);"
                                 "SELECT count(*) FROM patients;"
                                 "SELECT count(*) FROM imports;"
                                 "SELECT count(*) FROM extra_columns;"));
}

// The strings an attacker would try, and what a careless SQL builder would break on.
QList<std::pair<const char *, QString>> hostileStrings()
{
    return {
        {"drop table", QStringLiteral("x'); DROP TABLE patients; --")},
        {"double quote or", QStringLiteral("\" OR 1=1 --")},
        {"like wildcard or", QStringLiteral("%' OR '1'='1")},
        {"delete", QStringLiteral("1; DELETE FROM patients")},
        {"attach", QStringLiteral("a' ; ATTACH DATABASE '/tmp/x.db' AS x; --")},
        {"comment", QStringLiteral("*/ OR 1=1 /*")},
        {"backslash quote", QStringLiteral("\\' OR 1=1 --")},
        {"very long", QString(100000, u'\'')},
    };
}

} // namespace

class tst_Injection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void whereValues_data();
    void whereValues();
    void columnNames_data();
    void columnNames();
    void mapNames_data();
    void mapNames();
    void hostileCsvIsData();
    void nulBytesInCsvAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_registry;
    QString m_state;
    QByteArray m_sha;
};

void tst_Injection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(COHORTLENS_BINARY)).isExecutable());
    if (sqlite(QStringLiteral(":memory:"), QStringLiteral("SELECT 1")) != u"1")
        QSKIP("the sqlite3 shell is needed to read the registries");
    m_registry = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run r = cohortlens({QStringLiteral("import"),
                              QStringLiteral("--input"),
                              Test::demoRegistryPath(),
                              QStringLiteral("--db"),
                              m_registry},
                             m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    m_state = registryState(m_registry);
    QVERIFY2(m_state.contains(QStringLiteral("table patients")), qPrintable(m_state));
    QVERIFY2(m_state.contains(QStringLiteral("\n66\n1\n")), qPrintable(m_state));
    m_sha = Test::fileSha256(m_registry);
}

void tst_Injection::whereValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("success");
    // `!=` a value no patient has keeps all 66 (a string turned into SQL would drop or
    // keep others); `=` it keeps none.
    for (const auto &[name, value] : hostileStrings()) {
        for (const char *column : {"arm", "patient_id", "age", "carcinoid_syndrome", "synthetic"}) {
            const QString where = QString::fromLatin1(column) + QStringLiteral("!=") + value;
            QTest::addRow("survival %s != %s", column, name)
                << QStringList{QStringLiteral("survival"),
                               QStringLiteral("--where"),
                               where,
                               QStringLiteral("--group"),
                               QStringLiteral("none")}
                << QStringLiteral("\"n\": 66");
        }
        QTest::addRow("compare arm != %s", name) << QStringList{QStringLiteral("compare"),
                                                                QStringLiteral("--where"),
                                                                QStringLiteral("arm!=") + value}
                                                 << QStringLiteral("\"n\": 30");
        QTest::addRow("export km, patient_id != %s", name)
            << QStringList{QStringLiteral("export"),
                           QStringLiteral("--chart"),
                           QStringLiteral("km"),
                           QStringLiteral("--where"),
                           QStringLiteral("patient_id!=") + value}
            << QStringLiteral("n = 66)");
        QTest::addRow("export patients, sex != %s", name)
            << QStringList{QStringLiteral("export"),
                           QStringLiteral("--table"),
                           QStringLiteral("patients"),
                           QStringLiteral("--where"),
                           QStringLiteral("sex != ") + value}
            << QStringLiteral("n = 66)");
        QTest::addRow("export patients, patient_id = %s", name)
            << QStringList{QStringLiteral("export"),
                           QStringLiteral("--table"),
                           QStringLiteral("patients"),
                           QStringLiteral("--where"),
                           QStringLiteral("patient_id=") + value}
            << QStringLiteral("n = 0)");
    }
}

void tst_Injection::whereValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, success);
    QStringList all = arguments;
    all << QStringLiteral("--input") << m_registry;
    if (arguments.constFirst() == u"export") {
        const QString out = m_dir.filePath(arguments.contains(QStringLiteral("km"))
                                               ? QStringLiteral("out.png")
                                               : QStringLiteral("out.csv"));
        all << QStringLiteral("--out") << out << QStringLiteral("--force");
    }
    const Run r = cohortlens(all, m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(success), qPrintable(r.describe()));
    QCOMPARE(registryState(m_registry), m_state);
    QCOMPARE(Test::fileSha256(m_registry), m_sha);
}

void tst_Injection::columnNames_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    for (const auto &[name, value] : hostileStrings()) {
        // The column is the text before the first operator: all of it for a string
        // without one, its start for one that holds "=".
        const QString where = value + QStringLiteral(" < 1");
        const QString column
            = where.left(where.indexOf(QRegularExpression(QStringLiteral("[=<>!]")))).trimmed();
        const QString noColumn = QStringLiteral("no column %1").arg(column.left(200));
        QTest::addRow("survival --where %s", name)
            << QStringList{QStringLiteral("survival"), QStringLiteral("--where"), where}
            << noColumn;
        QTest::addRow("compare --where %s", name)
            << QStringList{QStringLiteral("compare"), QStringLiteral("--where"), where} << noColumn;
        QTest::addRow("export km --where %s", name) << QStringList{QStringLiteral("export"),
                                                                   QStringLiteral("--chart"),
                                                                   QStringLiteral("km"),
                                                                   QStringLiteral("--where"),
                                                                   where}
                                                    << noColumn;
        QTest::addRow("export patients --where %s", name) << QStringList{QStringLiteral("export"),
                                                                         QStringLiteral("--table"),
                                                                         QStringLiteral("patients"),
                                                                         QStringLiteral("--where"),
                                                                         where}
                                                          << noColumn;
        for (const char *option : {"--group", "--time", "--event"})
            QTest::addRow("survival %s %s", option, name)
                << QStringList{QStringLiteral("survival"), QString::fromLatin1(option), value}
                << value.left(200);
        QTest::addRow("compare --group %s", name)
            << QStringList{QStringLiteral("compare"), QStringLiteral("--group"), value}
            << value.left(200);
    }
}

void tst_Injection::columnNames()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QStringList all = arguments;
    all << QStringLiteral("--input") << m_registry;
    if (arguments.constFirst() == u"export") {
        const QString out = m_dir.filePath(arguments.contains(QStringLiteral("km"))
                                               ? QStringLiteral("refused.png")
                                               : QStringLiteral("refused.csv"));
        all << QStringLiteral("--out") << out;
    }
    const Run r = cohortlens(all, m_dir.path());
    // A usage error that names the column, and nothing written.
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("cohortlens %1: ").arg(arguments.constFirst())),
             qPrintable(r.describe()));
    QVERIFY2(r.err.contains(message), qPrintable(message.left(200) + u'\n' + r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused.png"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused.csv"))));
    QCOMPARE(registryState(m_registry), m_state);
    QCOMPARE(Test::fileSha256(m_registry), m_sha);
}

void tst_Injection::mapNames_data()
{
    QTest::addColumn<QString>("map");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    for (const auto &[name, value] : hostileStrings()) {
        // A hostile column name that the file does not have: a problem of the header (exit
        // 3, as every problem of the data), named.
        QTest::addRow("column %s", name)
            << QStringLiteral("arm=") + value << 3
            << QStringLiteral("header, column %1: no such column in the file, but arm is mapped "
                              "to it")
                   .arg(value);
        // A hostile field name: no such field, a usage error.
        const QString field = value.section(u'=', 0, 0);
        QTest::addRow("field %s", name)
            << value + QStringLiteral("=arm") << 2
            << QStringLiteral("cohortlens import: --map %1=arm: %2 is not a registry field")
                   .arg(value, field);
    }
}

void tst_Injection::mapNames()
{
    QFETCH(QString, map);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // Onto the registry (--append) and into a new one.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    for (const bool append : {true, false}) {
        QStringList arguments{QStringLiteral("import"),
                              QStringLiteral("--input"),
                              Test::demoRegistryPath(),
                              QStringLiteral("--db"),
                              append ? m_registry : fresh,
                              QStringLiteral("--map"),
                              map};
        if (append)
            arguments << QStringLiteral("--append");
        const Run r = cohortlens(arguments, m_dir.path());
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(fresh));
    }
    QCOMPARE(registryState(m_registry), m_state);
    QCOMPARE(Test::fileSha256(m_registry), m_sha);
}

void tst_Injection::hostileCsvIsData()
{
    // Hostile text in the header (extra columns, and the arm column read through --map)
    // and in the cells, imported into a new registry.
    const QString db = m_dir.filePath(QStringLiteral("hostile.sqlite"));
    QByteArray csv = "patient_id,carcinoid_syndrome,obstruction,\"x'); DROP TABLE patients; --\","
                     "followup_months,status,\"\"\" OR 1=1 --\",\"%' OR '1'='1\"\n";
    const QList<QByteArray> hostile{"\"x'); DROP TABLE patients; --\"",
                                    "\"\"\" OR 1=1 --\"",
                                    "%' OR '1'='1",
                                    QByteArray(50000, '\'')};
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        // The ID and the extra columns hostile, the arm (in the hostile column) valid.
        csv += hostile.at(i) + ",yes,no," + (i % 2 ? "medical" : "cytoreduction") + ",12,0,"
               + hostile.at(i) + ',' + hostile.at((i + 1) % hostile.size()) + '\n';
    }
    const QString file = m_dir.filePath(QStringLiteral("hostile.csv"));
    QVERIFY(Test::writeFile(file, csv));
    const Run r = cohortlens({QStringLiteral("import"),
                              QStringLiteral("--input"),
                              file,
                              QStringLiteral("--db"),
                              db,
                              QStringLiteral("--map"),
                              QStringLiteral("arm=x'); DROP TABLE patients; --")},
                             m_dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // The tables of any registry; four patients, whose IDs are the strings as written.
    const QString tables = QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                          "sqlite_master WHERE type = 'table' ORDER BY name)");
    QCOMPARE(sqlite(db, tables), sqlite(m_registry, tables));
    QCOMPARE(sqlite(db, QStringLiteral("SELECT count(*) FROM patients")), QStringLiteral("4"));
    QCOMPARE(sqlite(db,
                    QStringLiteral("SELECT count(*) FROM patients WHERE patient_id IN "
                                   "('x''); DROP TABLE patients; --', '\" OR 1=1 --', "
                                   "'%'' OR ''1''=''1') OR length(patient_id) = 50000")),
             QStringLiteral("4"));
    QCOMPARE(sqlite(db,
                    QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM "
                                   "extra_columns ORDER BY position)")),
             QStringLiteral("\" OR 1=1 --|%' OR '1'='1"));

    // They read back as data: --where finds each, --group names the column.
    const Run found = cohortlens({QStringLiteral("survival"),
                                  QStringLiteral("--input"),
                                  db,
                                  QStringLiteral("--group"),
                                  QStringLiteral("none"),
                                  QStringLiteral("--where"),
                                  QStringLiteral("patient_id=%' OR '1'='1")},
                                 m_dir.path());
    QVERIFY2(found.exitCode == 0, qPrintable(found.describe()));
    QCOMPARE(QJsonDocument::fromJson(found.out.toUtf8()).object().value(u"n").toInt(), 1);
    const Run grouped = cohortlens({QStringLiteral("survival"),
                                    QStringLiteral("--input"),
                                    db,
                                    QStringLiteral("--group"),
                                    QStringLiteral("\" OR 1=1 --")},
                                   m_dir.path());
    QVERIFY2(grouped.exitCode == 0, qPrintable(grouped.describe()));
    QCOMPARE(QJsonDocument::fromJson(grouped.out.toUtf8()).object().value(u"n").toInt(), 4);
    QCOMPARE(sqlite(db, QStringLiteral("SELECT count(*) FROM patients")), QStringLiteral("4"));
}

void tst_Injection::nulBytesInCsvAreRefused()
{
    // A NUL byte in the header or in a cell: refused with the row and column, nothing
    // written.
    for (QByteArray csv :
         {QByteArray("patient_id,carcinoid_syndrome,obstruction,arm,followup_months,status\n"
                     "P1<NUL>' OR '1'='1,yes,no,medical,12,0\n"),
          QByteArray("patient_id,carcinoid_syndrome,obstruction,arm,followup_months,status,"
                     "n<NUL>ote\nP1,yes,no,medical,12,0,x\n")}) {
        csv.replace("<NUL>", QByteArray(1, '\0'));
        const QString file = m_dir.filePath(QStringLiteral("nul.csv"));
        QVERIFY(Test::writeFile(file, csv));
        const Run r = cohortlens({QStringLiteral("import"),
                                  QStringLiteral("--input"),
                                  file,
                                  QStringLiteral("--db"),
                                  m_registry,
                                  QStringLiteral("--append")},
                                 m_dir.path());
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("NUL")), qPrintable(r.describe()));
        QCOMPARE(registryState(m_registry), m_state);
        QCOMPARE(Test::fileSha256(m_registry), m_sha);
    }
}

QTEST_MAIN(tst_Injection)
#include "tst_injection.moc"
