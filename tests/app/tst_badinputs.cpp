// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The catalogue of bad registry files (issue 8, part 5): every row is a file a surgeon
// could plausibly hand to `cohortlens import`. Each must be refused with the exact exit
// code, a message naming the row, the column and the value (or the line, where the bytes
// cannot be read as a value), and leave the database byte for byte as it was.

#include "commandlinetest.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace CohortLens::Test;

namespace {

// Three valid patients, every native column and one extra one. Data row N is line N + 1.
const QByteArray header = "patient_id,age,sex,primary_site,carcinoid_syndrome,obstruction,arm,"
                          "regional_resection,cs_improved,obstruction_relieved,complication,"
                          "clavien_dindo,died_30d,followup_months,status,operation_date,"
                          "last_followup_date,centre";
const QList<QByteArray> baseRows{
    "B-001,61,M,small_bowel,yes,no,cytoreduction,yes,yes,,no,0,no,24,0,2003-02-11,2005-02-11,"
    "Uppsala",
    "B-002,57,F,appendix,yes,yes,medical,no,no,yes,yes,2,no,14.5,1,2004-06-01,2005-08-16,Leiden",
    "B-003,70,F,colon,no,yes,medical,yes,,yes,no,0,no,8,1,2002-09-30,2003-05-30,Lyon",
};

QByteArray join(const QByteArray &head, const QList<QByteArray> &rows, const QByteArray &eol)
{
    QByteArray csv = head + eol;
    for (const QByteArray &row : rows)
        csv += row + eol;
    return csv;
}

QByteArray base()
{
    return join(header, baseRows, "\n");
}

// The base file with data row ROW (1-based) replaced by LINE.
QByteArray withRow(int row, const QByteArray &line)
{
    QList<QByteArray> rows = baseRows;
    rows[row - 1] = line;
    return join(header, rows, "\n");
}

// The base file with the cells of data row ROW named in CELLS replaced (no quoted fields in
// the base, so splitting at commas is exact).
QByteArray withCells(int row, std::initializer_list<std::pair<QByteArray, QByteArray>> cells)
{
    const QList<QByteArray> names = header.split(',');
    QList<QByteArray> fields = baseRows.at(row - 1).split(',');
    for (const auto &[column, value] : cells) {
        const qsizetype index = names.indexOf(column);
        if (index < 0)
            return "withCells: no column " + column;
        fields[index] = value;
    }
    return withRow(row, fields.join(','));
}

QByteArray withCell(int row, const QByteArray &column, const QByteArray &value)
{
    return withCells(row, {{column, value}});
}

QByteArray withHeader(const QByteArray &from, const QByteArray &to)
{
    return join(QByteArray(header).replace(from, to), baseRows, "\n");
}

// Enough valid rows to push ROW's line past the reader's first 64 KiB chunk.
QByteArray longFileWith(int row, const QByteArray &line)
{
    QByteArray csv = header + '\n';
    for (int i = 1; i < row; ++i)
        csv += "L-" + QByteArray::number(i) + baseRows.at(0).mid(5) + '\n';
    return csv + line + '\n';
}

QByteArray encoded(QStringConverter::Encoding encoding, const QByteArray &utf8)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(QString::fromUtf8(utf8));
}

// "input.csv: row R, column C, value "V": MESSAGE": where the problem is and what is there.
QString cell(int row, const char *column, const QString &value, const char *message)
{
    return QStringLiteral("input.csv: row %1, column %2, value \"%3\": %4")
        .arg(row)
        .arg(QLatin1String(column), value, QString::fromUtf8(message));
}

// A problem found in the bytes, before a cell could be read: the row, the column being read
// and, in the message, the physical line.
QString unreadable(int row, const char *column, const char *message)
{
    return QStringLiteral("input.csv: row %1, column %2: %3")
        .arg(row)
        .arg(QLatin1String(column), QString::fromUtf8(message));
}

QString whole(int row, const char *message)
{
    return QStringLiteral("input.csv: row %1: %2").arg(row).arg(QString::fromUtf8(message));
}

QString inHeader(const char *column, const char *message)
{
    return QStringLiteral("input.csv: header, column %1: %2")
        .arg(QLatin1String(column), QString::fromUtf8(message));
}

QString inFile(const char *message)
{
    return QStringLiteral("input.csv: file: ") + QString::fromUtf8(message);
}

enum Destination { NewAndAppend, AppendOnly };

} // namespace

Q_DECLARE_METATYPE(Destination)

class tst_BadInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejects_data();
    void rejects();

private:
    QTemporaryDir m_registryDir;
    QString m_registry; // a registry of three other patients, copied for every case
};

void tst_BadInputs::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(COHORTLENS_BINARY)).isExecutable(), COHORTLENS_BINARY);
    QVERIFY(m_registryDir.isValid());
    // The base file itself is valid: every refusal below comes from what was changed.
    const QString dir = m_registryDir.path();
    QVERIFY(writeFile(m_registryDir.filePath(QStringLiteral("base.csv")), base()));
    const Run control = runImport(dir,
                                  {QStringLiteral("--input"),
                                   QStringLiteral("base.csv"),
                                   QStringLiteral("--db"),
                                   QStringLiteral("control.sqlite")});
    QVERIFY2(control.exitCode == 0, qPrintable(control.describe()));
    QVERIFY2(control.out.startsWith(QStringLiteral("Imported 3 patients")),
             qPrintable(control.describe()));

    QVERIFY(QFile::copy(QStringLiteral(COHORTLENS_TEST_DATA "/import/new-patients.csv"),
                        m_registryDir.filePath(QStringLiteral("new-patients.csv"))));
    const Run setup = runImport(dir,
                                {QStringLiteral("--input"),
                                 QStringLiteral("new-patients.csv"),
                                 QStringLiteral("--db"),
                                 QStringLiteral("registry.sqlite")});
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.describe()));
    m_registry = m_registryDir.filePath(QStringLiteral("registry.sqlite"));
}

void tst_BadInputs::rejects_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("exitCode");
    // The problem lines, in order, each the start of a line on stderr; for exit code 3
    // they are all the lines but the summary.
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<Destination>("destination");

    const int invalid = 3; // ExitInvalidData (app/exitcode.h)
    const auto both = NewAndAppend;
    auto row = [&](const char *name, const QByteArray &csv, const QStringList &problems) {
        QTest::newRow(name) << csv << invalid << problems << both;
    };

    // --- The file as a whole ---
    row("empty file", QByteArray(), {inFile("the file is empty")});
    row("blank lines only", "\n\r\n \t\n", {inFile("the file is empty")});
    row("header only", header + '\n', {inFile("the file has a header but no data rows")});
    row("header only, with a byte-order mark",
        "\xef\xbb\xbf" + header + "\r\n",
        {inFile("the file has a header but no data rows")});
    row("header and empty rows only",
        header + "\n,,,,,,,,,,,,,,,,,\n\n",
        {inFile("the file has a header but no data rows")});

    // --- The header ---
    row("required column missing: arm",
        withHeader(",arm,", ",treatment,"),
        {inHeader("arm", "required column is missing")});
    row("required column missing: status",
        withHeader(",status,", ",vital,"),
        {inHeader("status", "required column is missing")});
    row("follow-up missing without both dates",
        withHeader(",followup_months,", ",fu,").replace(",last_followup_date,", ",last_seen,"),
        {inHeader("followup_months", "required column is missing; add it, or give both")});
    row("column named twice",
        withHeader(",centre", ",age"),
        {inHeader("age", "the column name appears twice")});
    row("column named twice in another case",
        withHeader(",centre", ",ARM"),
        {inHeader("ARM", "the column name appears twice")});
    row("tab-separated file",
        join(QByteArray(header).replace(',', '\t'),
             {QByteArray(baseRows.at(0)).replace(',', '\t')},
             "\n"),
        {inHeader("patient_id", "required column is missing"),
         inHeader("carcinoid_syndrome", "required column is missing"),
         inHeader("obstruction", "required column is missing"),
         inHeader("arm", "required column is missing"),
         inHeader("followup_months", "required column is missing"),
         inHeader("status", "required column is missing")});

    // --- Encodings and byte-order marks ---
    row("UTF-16 LE with a byte-order mark",
        encoded(QStringConverter::Utf16LE, base()),
        {inFile("the file is UTF-16 text; save it as UTF-8")});
    row("UTF-16 BE with a byte-order mark",
        encoded(QStringConverter::Utf16BE, base()),
        {inFile("the file is UTF-16 text; save it as UTF-8")});
    row("UTF-16 LE without a byte-order mark",
        encoded(QStringConverter::Utf16LE, base()).mid(2),
        {inFile("this is not a CSV text file: it holds binary data")});
    row("UTF-32 BE with a byte-order mark",
        encoded(QStringConverter::Utf32BE, base()),
        {inFile("this is not a CSV text file: it holds binary data")});
    // Two exports pasted together: the second header, byte-order mark and all, is data.
    row("byte-order mark and header again in the middle",
        base() + "\xef\xbb\xbf" + header + '\n' + "B-004" + baseRows.at(0).mid(5) + '\n',
        {cell(4, "age", QStringLiteral("age"), "not a number"),
         cell(4, "sex", QStringLiteral("sex"), "unknown sex"),
         cell(4, "carcinoid_syndrome", QStringLiteral("carcinoid_syndrome"), "not a yes/no value"),
         cell(4, "obstruction", QStringLiteral("obstruction"), "not a yes/no value"),
         cell(4, "arm", QStringLiteral("arm"), "unknown arm"),
         cell(4, "regional_resection", QStringLiteral("regional_resection"), "not a yes/no"),
         cell(4, "cs_improved", QStringLiteral("cs_improved"), "not a yes/no value"),
         cell(4, "obstruction_relieved", QStringLiteral("obstruction_relieved"), "not a yes/no"),
         cell(4, "complication", QStringLiteral("complication"), "not a yes/no value"),
         cell(4, "clavien_dindo", QStringLiteral("clavien_dindo"), "not a number"),
         cell(4, "died_30d", QStringLiteral("died_30d"), "not a yes/no value"),
         cell(4, "operation_date", QStringLiteral("operation_date"), "not a date"),
         cell(4, "last_followup_date", QStringLiteral("last_followup_date"), "not a date"),
         cell(4, "followup_months", QStringLiteral("followup_months"), "not a number"),
         cell(4, "status", QStringLiteral("status"), "status must be 1 (dead) or 0")});
    row("Latin-1 byte in a cell",
        withCell(2, "primary_site", "int\xe9stino"),
        {unreadable(2, "primary_site", "line 3 is not UTF-8 text")});
    row("Latin-1 byte in the header",
        withHeader(",centre", ",centr\xe9"),
        {inFile("line 1 is not UTF-8 text")});
    row("overlong UTF-8 form",
        withCell(3, "centre", "Ly\xc0\xafon"),
        {unreadable(3, "centre", "line 4 is not UTF-8 text")});
    row("UTF-8-encoded surrogate",
        withCell(1, "primary_site", "\xed\xa0\x80"),
        {unreadable(1, "primary_site", "line 2 is not UTF-8 text")});
    row("truncated UTF-8 sequence at the end of the file",
        base() + "B-004" + QByteArray(baseRows.at(0)).mid(5).replace("Uppsala", "Upps\xc3"),
        {unreadable(4, "centre", "line 5 is not UTF-8 text")});

    // --- Binary data ---
    row("NUL byte in the first 64 KiB",
        withCell(2, "centre", QByteArray("Lei\0den", 7)),
        {inFile("this is not a CSV text file: it holds binary data")});
    row("NUL byte past the first 64 KiB",
        longFileWith(1000,
                     "L-1000"
                         + QByteArray(baseRows.at(0))
                               .mid(5)
                               .replace("Uppsala", QByteArray("Upp\0sala", 8))),
        {unreadable(1000, "centre", "line 1001 holds binary data (a NUL byte)")});

    // --- Quotes ---
    row("quote never closed",
        withCell(2, "primary_site", "\"appendix"),
        {unreadable(2, "primary_site", "the quoted field that starts on line 3 is never closed")});
    row("text after a closing quote",
        withCell(1, "primary_site", "\"small\"_bowel"),
        {unreadable(1, "primary_site", "line 2 has text right after a closing quote")});
    row("stray quote inside a value",
        withCell(3, "arm", "medi\"cal"),
        {cell(3, "arm", QStringLiteral("medi\"cal"), "unknown arm")});
    row("quoted line break inside a number",
        withCell(1, "followup_months", "\"2\n4\""),
        {cell(1, "followup_months", QStringLiteral("2 4"), "not a number")});

    // --- Separators and field counts ---
    row("semicolon file with a comma row",
        join(QByteArray(header).replace(',', ';'),
             {QByteArray(baseRows.at(0)).replace(',', ';'),
              baseRows.at(1),
              QByteArray(baseRows.at(2)).replace(',', ';')},
             "\n"),
        {whole(2, "the row has 1 fields but the header has 18")});
    row("comma file with a semicolon row",
        withRow(3, QByteArray(baseRows.at(2)).replace(',', ';')),
        {whole(3, "the row has 1 fields but the header has 18")});
    row("semicolon file with decimal commas unquoted",
        join(QByteArray(header).replace(',', ';'),
             {QByteArray(baseRows.at(0)).replace(',', ';'),
              QByteArray(baseRows.at(1)).replace(',', ';').replace("14.5", "14,5")},
             "\n"),
        {cell(2, "followup_months", QStringLiteral("14,5"), "not a number")});
    row("a field missing",
        withRow(2, baseRows.at(1).left(baseRows.at(1).lastIndexOf(','))),
        {whole(2, "the row has 17 fields but the header has 18")});
    row("a field too many",
        withRow(1, baseRows.at(0) + ",extra"),
        {whole(1, "the row has 19 fields but the header has 18")});

    // --- Line ends: the rows are counted right whatever they are ---
    row("CR-only line ends",
        join(header,
             {baseRows.at(0), baseRows.at(1), QByteArray(baseRows.at(2)).replace("medical", "medic")},
             "\r"),
        {cell(3, "arm", QStringLiteral("medic"), "unknown arm")});
    row("mixed CRLF, LF and CR line ends",
        header + "\r\n" + baseRows.at(0) + '\n' + baseRows.at(1) + '\r'
            + QByteArray(baseRows.at(2)).replace(",8,", ",-8,") + "\r\n",
        {cell(3, "followup_months", QStringLiteral("-8"), "cannot be negative")});

    // --- Patient identifiers ---
    row("empty patient_id",
        withCell(2, "patient_id", ""),
        {cell(2, "patient_id", QString(), "a value is required here")});
    row("blank patient_id",
        withCell(2, "patient_id", "   "),
        {cell(2, "patient_id", QStringLiteral("   "), "a value is required here")});
    row("duplicate patient_id in the file",
        withCell(3, "patient_id", "B-001"),
        {cell(3,
              "patient_id",
              QStringLiteral("B-001"),
              "duplicate patient_id: row 1 has the same one")});
    row("duplicate patient_id but for spaces around it",
        withCell(3, "patient_id", " B-002 "),
        {cell(3,
              "patient_id",
              QStringLiteral(" B-002 "),
              "duplicate patient_id: row 2 has the same one")});
    QTest::newRow("patient_id already in the registry (--append)")
        << withCell(2, "patient_id", "NEW-002") << invalid
        << QStringList{cell(2,
                            "patient_id",
                            QStringLiteral("NEW-002"),
                            "duplicate patient_id: the registry already holds this patient")}
        << AppendOnly;

    // --- Values ---
    row("age not a number",
        withCell(1, "age", "sixty"),
        {cell(1, "age", QStringLiteral("sixty"), "not a number")});
    row("age negative",
        withCell(1, "age", "-1"),
        {cell(1, "age", QStringLiteral("-1"), "cannot be negative")});
    row("age above 120",
        withCell(1, "age", "121"),
        {cell(1, "age", QStringLiteral("121"), "must be between 0 and 120")});
    row("age with a decimal comma",
        withCell(1, "age", "\"61,5\""),
        {cell(1, "age", QStringLiteral("61,5"), "not a number")});
    row("unknown sex",
        withCell(2, "sex", "X"),
        {cell(2, "sex", QStringLiteral("X"), "unknown sex")});
    row("unknown arm",
        withCell(2, "arm", "surgery"),
        {cell(2, "arm", QStringLiteral("surgery"), "unknown arm; write cytoreduction or medical")});
    row("arm empty",
        withCell(2, "arm", ""),
        {cell(2, "arm", QString(), "a value is required here")});
    row("presentation not a yes/no value",
        withCell(1, "carcinoid_syndrome", "maybe"),
        {cell(1, "carcinoid_syndrome", QStringLiteral("maybe"), "not a yes/no value")});
    row("presentation empty",
        withCell(3, "obstruction", ""),
        {cell(3, "obstruction", QString(), "a value is required here")});
    row("boolean 2",
        withCell(1, "regional_resection", "2"),
        {cell(1, "regional_resection", QStringLiteral("2"), "not a yes/no value")});
    row("status 2",
        withCell(2, "status", "2"),
        {cell(2, "status", QStringLiteral("2"), "status must be 1 (dead) or 0")});
    row("status as a word",
        withCell(2, "status", "alive"),
        {cell(2, "status", QStringLiteral("alive"), "status must be 1 (dead) or 0")});
    row("status empty",
        withCell(2, "status", ""),
        {cell(2, "status", QString(), "a value is required here")});
    row("negative follow-up",
        withCell(3, "followup_months", "-2"),
        {cell(3, "followup_months", QStringLiteral("-2"), "cannot be negative")});
    row("follow-up NaN",
        withCell(3, "followup_months", "NaN"),
        {cell(3, "followup_months", QStringLiteral("NaN"), "not a number")});
    row("follow-up infinite",
        withCell(3, "followup_months", "inf"),
        {cell(3, "followup_months", QStringLiteral("inf"), "not a number")});
    row("follow-up beyond double range",
        withCell(3, "followup_months", "1e400"),
        {cell(3, "followup_months", QStringLiteral("1e400"), "not a number")});
    row("follow-up missing without dates",
        withCells(3, {{"followup_months", ""}, {"last_followup_date", ""}}),
        {cell(3, "followup_months", QString(), "follow-up is required")});
    row("Clavien-Dindo grade 6",
        withCell(2, "clavien_dindo", "6"),
        {cell(2, "clavien_dindo", QStringLiteral("6"), "must be between 0 and 5")});
    row("Clavien-Dindo grade 2.5",
        withCell(2, "clavien_dindo", "2.5"),
        {cell(2, "clavien_dindo", QStringLiteral("2.5"), "must be a whole number from 0 to 5")});
    row("complication grade without complication",
        withCell(1, "clavien_dindo", "3"),
        {cell(1,
              "clavien_dindo",
              QStringLiteral("3"),
              "a complication grade above 0 but complication is no")});
    row("grade 0 with a complication",
        withCell(2, "clavien_dindo", "0"),
        {cell(2, "clavien_dindo", QStringLiteral("0"), "grade 0 means no complication")});
    row("CS improved without CS",
        withCell(3, "cs_improved", "yes"),
        {cell(3,
              "cs_improved",
              QStringLiteral("yes"),
              "given for a patient without carcinoid syndrome")});
    row("obstruction relieved without obstruction",
        withCell(1, "obstruction_relieved", "yes"),
        {cell(1,
              "obstruction_relieved",
              QStringLiteral("yes"),
              "given for a patient without obstruction")});
    row("postoperative death but alive",
        withCell(1, "died_30d", "yes"),
        {cell(1,
              "died_30d",
              QStringLiteral("yes"),
              "died within 30 days of the operation, but status is 0")});

    // --- Dates ---
    row("date day first",
        withCell(1, "operation_date", "11/02/2003"),
        {cell(1,
              "operation_date",
              QStringLiteral("11/02/2003"),
              "not a date; write it as YYYY-MM-DD")});
    row("date without leading zeros",
        withCell(1, "operation_date", "2003-2-11"),
        {cell(1, "operation_date", QStringLiteral("2003-2-11"), "not a date")});
    row("date with a time",
        withCell(1, "last_followup_date", "2005-02-11T10:00"),
        {cell(1, "last_followup_date", QStringLiteral("2005-02-11T10:00"), "not a date")});
    row("30 February",
        withCell(2, "operation_date", "2004-02-30"),
        {cell(2, "operation_date", QStringLiteral("2004-02-30"), "not a date")});
    row("29 February of a common year",
        withCell(2, "operation_date", "2003-02-29"),
        {cell(2, "operation_date", QStringLiteral("2003-02-29"), "not a date")});
    row("month 13",
        withCell(2, "last_followup_date", "2005-13-01"),
        {cell(2, "last_followup_date", QStringLiteral("2005-13-01"), "not a date")});
    row("last follow-up before the operation",
        withCell(3, "last_followup_date", "2001-05-30"),
        {cell(3,
              "last_followup_date",
              QStringLiteral("2001-05-30"),
              "the last follow-up is before the operation date")});

    // --- Several problems: every one is listed, in file order ---
    row("problems in several rows",
        join(header,
             {QByteArray(baseRows.at(0)).replace("cytoreduction", "surgery"),
              baseRows.at(1),
              QByteArray(baseRows.at(2)).replace(",8,1,", ",8,7,")},
             "\n"),
        {cell(1, "arm", QStringLiteral("surgery"), "unknown arm"),
         cell(3, "status", QStringLiteral("7"), "status must be 1 (dead) or 0")});

    // --- Not a CSV at all: refused before reading (usage error, exit code 2) ---
    QTest::newRow("a registry database as input")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0') << 2
        << QStringList{QStringLiteral("cohortlens import: input.csv is an SQLite database, not a "
                                      "CSV file")}
        << both;
}

void tst_BadInputs::rejects()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, exitCode);
    QFETCH(QStringList, problems);
    QFETCH(Destination, destination);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("input.csv")), csv));
    QVERIFY(QFile::copy(m_registry, tmp.filePath(QStringLiteral("registry.sqlite"))));
    const QByteArray registryBefore = fileSha256(tmp.filePath(QStringLiteral("registry.sqlite")));

    QList<QStringList> destinations{
        {QStringLiteral("--db"), QStringLiteral("registry.sqlite"), QStringLiteral("--append")}};
    if (destination == NewAndAppend)
        destinations.prepend({QStringLiteral("--db"), QStringLiteral("new.sqlite")});
    for (const QStringList &db : std::as_const(destinations)) {
        const bool append = db.size() == 3;
        const auto before = snapshot(tmp.path());
        const QStringList input{QStringLiteral("--input"), QStringLiteral("input.csv")};
        const Run run = runImport(tmp.path(), input + db);
        const QString context = db.join(u' ') + u'\n' + run.describe();

        QVERIFY2(run.exitCode == exitCode, qPrintable(context));
        QVERIFY2(run.out.isEmpty(), qPrintable(context));
        const QStringList lines = run.errLines();
        const qsizetype expectedLines = exitCode == 3 ? problems.size() + 1 : problems.size();
        QVERIFY2(lines.size() == expectedLines,
                 qPrintable(QStringLiteral("expected %1 lines\n").arg(expectedLines) + context));
        for (qsizetype i = 0; i < problems.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(problems.at(i)),
                     qPrintable(QStringLiteral("line %1 should start with\n%2\n")
                                    .arg(i + 1)
                                    .arg(problems.at(i))
                                + context));
        if (exitCode == 3) {
            const QString count = problems.size() == 1
                                      ? QStringLiteral("1 problem")
                                      : QStringLiteral("%1 problems").arg(problems.size());
            QCOMPARE(lines.constLast(),
                     QStringLiteral("cohortlens import: %1 in input.csv; nothing was imported and "
                                    "%2")
                         .arg(count,
                              append ? QStringLiteral("registry.sqlite is unchanged")
                                     : QStringLiteral("no database was created")));
        }
        // Nothing written, created or left behind; the registry byte for byte as it was.
        const QString changed = differences(before, snapshot(tmp.path()));
        QVERIFY2(changed.isEmpty(), qPrintable(changed + u'\n' + context));
        QCOMPARE(fileSha256(tmp.filePath(QStringLiteral("registry.sqlite"))), registryBefore);
    }
}

QTEST_GUILESS_MAIN(tst_BadInputs)

#include "tst_badinputs.moc"
