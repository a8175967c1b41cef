// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QStringDecoder>
#include <QTest>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

using namespace CohortLens;

Q_DECLARE_METATYPE(CohortLens::CsvReader::Error)

namespace {

using Error = CsvReader::Error;
using Records = QList<QStringList>;
using Lines = QList<qint64>;

QByteArray errorName(Error error)
{
    switch (error) {
    case Error::None:
        return "None";
    case Error::ReadFailed:
        return "ReadFailed";
    case Error::NotUtf8:
        return "NotUtf8";
    case Error::Utf16:
        return "Utf16";
    case Error::BinaryData:
        return "BinaryData";
    case Error::UnterminatedQuote:
        return "UnterminatedQuote";
    case Error::TextAfterQuote:
        return "TextAfterQuote";
    case Error::FieldTooLong:
        return "FieldTooLong";
    case Error::TooManyFields:
        return "TooManyFields";
    case Error::RecordTooLong:
        return "RecordTooLong";
    }
    return "unknown";
}

// Everything a reader reports about one input, read to its end or first error.
struct ReadResult
{
    Records records;
    Lines lines;
    Lines numbers;
    Error error = Error::None;
    qint64 errorLine = 0;
    int errorField = 0;
    char delimiter = 0;
    bool hadBom = false;
    QByteArray sha256;
    qint64 bytesRead = 0;
    bool staysFinished = false;
};

ReadResult readAll(QIODevice *device, qsizetype maxFieldBytes = 0, int maxFields = 0)
{
    CsvReader reader(device);
    if (maxFieldBytes > 0)
        reader.setMaxFieldBytes(maxFieldBytes);
    if (maxFields > 0)
        reader.setMaxFields(maxFields);
    ReadResult result;
    QStringList fields;
    while (reader.readRecord(fields)) {
        result.records << fields;
        result.lines << reader.recordLine();
        result.numbers << reader.recordNumber();
    }
    result.error = reader.error();
    result.errorLine = reader.errorLine();
    result.errorField = reader.errorField();
    result.delimiter = reader.delimiter();
    result.hadBom = reader.hadByteOrderMark();
    result.sha256 = reader.sha256();
    result.bytesRead = reader.bytesRead();
    result.staysFinished = !reader.readRecord(fields) && fields.isEmpty()
                           && reader.error() == result.error;
    return result;
}

ReadResult readBytes(const QByteArray &bytes, qsizetype maxFieldBytes = 0, int maxFields = 0)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, maxFieldBytes, maxFields);
}

QByteArray sha256Of(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A pipe-like device that hands out its bytes a few at a time (1 to 7 per read), so
// that every construct of the input is split across reads somewhere.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_bytes.size()) - m_pos});
        m_step = m_step % 7 + 1;
        std::memcpy(data, m_bytes.constData() + m_pos, static_cast<std::size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
    qint64 m_step = 1;
};

ReadResult readTrickled(const QByteArray &bytes)
{
    TrickleDevice device(bytes);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return readAll(&device);
}

// Hands out `good` and then fails every read.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(QByteArray good)
        : m_good(std::move(good))
    {}

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_done)
            return -1;
        m_done = true;
        const qint64 n = std::min(maxSize, qint64(m_good.size()));
        std::memcpy(data, m_good.constData(), static_cast<std::size_t>(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_good;
    bool m_done = false;
};

// Generates a large CSV on the fly, one row at a time, never holding more than a row.
class GeneratedCsvDevice : public QIODevice
{
public:
    static constexpr int FieldCount = 6;

    explicit GeneratedCsvDevice(qint64 totalBytes)
        : m_totalBytes(totalBytes)
        , m_row("id,name,site,flag,note,value\r\n")
    {}

    bool isSequential() const override { return true; }
    qint64 rowsGenerated() const { return m_rows; }
    qint64 bytesGenerated() const { return m_generated; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize) {
            if (m_rowPos == m_row.size() && !nextRow())
                break;
            const qint64 n = std::min(maxSize - written, qint64(m_row.size() - m_rowPos));
            std::memcpy(data + written, m_row.constData() + m_rowPos, static_cast<std::size_t>(n));
            m_rowPos += n;
            written += n;
        }
        m_generated += written;
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool nextRow()
    {
        if (m_generated + (m_row.size() - m_rowPos) >= m_totalBytes)
            return false;
        ++m_rows;
        std::array<char, 24> number{};
        const auto end = std::to_chars(number.data(), number.data() + number.size(), m_rows).ptr;
        m_row.clear();
        m_row.append(number.data(), end - number.data());
        if (m_rows % 1000 == 0) {
            // Now and then a quoted field with a line break, a doubled quote and UTF-8.
            m_row.append(",\"M\xc3\xbcller, \"\"Hans\"\"\r\nsecond line\",small_bowel,yes,"
                         "\"Gr\xc3\xb6\xc3\x9f"
                         "e 5 \xe2\x82\xac\",");
        } else {
            m_row.append(",Patient name with some length,small_bowel,no,"
                         "free text note of a reasonable length for a registry written by a "
                         "surgeon who likes to say a lot about each patient,");
        }
        m_row.append(number.data(), end - number.data());
        m_row.append("\r\n");
        m_rowPos = 0;
        return true;
    }

    qint64 m_totalBytes;
    qint64 m_generated = 0;
    qint64 m_rows = 0;
    QByteArray m_row;
    qsizetype m_rowPos = 0;
};

// A value of /proc/self/status in KiB ("VmHWM", "VmRSS"), or -1.
qint64 procStatusKiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = key + ':';
    // A /proc file has no size: read it whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            QByteArray value = line.mid(prefix.size()).trimmed();
            if (value.endsWith(" kB"))
                value.chop(3);
            bool ok = false;
            const qint64 kib = value.trimmed().toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

QStringList row(std::initializer_list<const char *> fields)
{
    // Exactly the text: QString::fromUtf8() would drop a leading U+FEFF.
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless);
    QStringList list;
    for (const char *f : fields)
        list << utf8.decode(QByteArrayView(f));
    return list;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void byteOrderMarkIsNotPartOfTheFirstName();
    void errors_data();
    void errors();
    void limitsAreInclusive();
    void defaultFieldLimit();
    void readFailure();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void sha256OfWholeInput_data();
    void sha256OfWholeInput();
    void streamsLargeInputInBoundedMemory();
};

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("bom");

    QTest::newRow("LF line ends") << QByteArray("a,b\n1,2\n3,4\n")
                                  << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}
                                  << Lines{1, 2, 3} << ',' << false;
    QTest::newRow("CRLF line ends") << QByteArray("a,b\r\n1,2\r\n3,4\r\n")
                                    << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}
                                    << Lines{1, 2, 3} << ',' << false;
    QTest::newRow("lone CR line ends") << QByteArray("a,b\r1,2\r3,4\r")
                                       << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}
                                       << Lines{1, 2, 3} << ',' << false;
    QTest::newRow("mixed line ends")
        << QByteArray("a,b\r\n1,2\n3,4\r5,6")
        << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"}), row({"5", "6"})}
        << Lines{1, 2, 3, 4} << ',' << false;
    QTest::newRow("last line without line end")
        << QByteArray("a,b\n1,2") << Records{row({"a", "b"}), row({"1", "2"})} << Lines{1, 2} << ','
        << false;
    QTest::newRow("last field empty, no line end")
        << QByteArray("a,b\n1,") << Records{row({"a", "b"}), row({"1", ""})} << Lines{1, 2} << ','
        << false;
    QTest::newRow("trailing empty field")
        << QByteArray("a,b,\n1,2,\n") << Records{row({"a", "b", ""}), row({"1", "2", ""})}
        << Lines{1, 2} << ',' << false;
    QTest::newRow("empty fields only")
        << QByteArray("a,b,c\n,,\n") << Records{row({"a", "b", "c"}), row({"", "", ""})}
        << Lines{1, 2} << ',' << false;
    QTest::newRow("spaces in fields are kept")
        << QByteArray(" a , b \n 1 ,2\n") << Records{row({" a ", " b "}), row({" 1 ", "2"})}
        << Lines{1, 2} << ',' << false;
    QTest::newRow("single column")
        << QByteArray("id\n1\n2\n") << Records{row({"id"}), row({"1"}), row({"2"})}
        << Lines{1, 2, 3} << ',' << false;
    QTest::newRow("header only") << QByteArray("a,b,c\n") << Records{row({"a", "b", "c"})}
                                 << Lines{1} << ',' << false;
    QTest::newRow("header only, no line end")
        << QByteArray("a,b,c") << Records{row({"a", "b", "c"})} << Lines{1} << ',' << false;
    QTest::newRow("empty input") << QByteArray() << Records{} << Lines{} << ',' << false;
    QTest::newRow("blank lines only")
        << QByteArray("\n\r\n  \n\t\n") << Records{} << Lines{} << ',' << false;

    QTest::newRow("quoted separator")
        << QByteArray("a,b\n\"x,y\",z\n") << Records{row({"a", "b"}), row({"x,y", "z"})}
        << Lines{1, 2} << ',' << false;
    QTest::newRow("quoted fields everywhere")
        << QByteArray("\"a\",\"b\"\n\"1\",\"2\"\n") << Records{row({"a", "b"}), row({"1", "2"})}
        << Lines{1, 2} << ',' << false;
    QTest::newRow("doubled quotes")
        << QByteArray("a,b\n\"he said \"\"hi\"\"\",x\n")
        << Records{row({"a", "b"}), row({"he said \"hi\"", "x"})} << Lines{1, 2} << ',' << false;
    QTest::newRow("only a doubled quote")
        << QByteArray("a,b\n\"\"\"\",x\n") << Records{row({"a", "b"}), row({"\"", "x"})}
        << Lines{1, 2} << ',' << false;
    QTest::newRow("empty quoted field")
        << QByteArray("a,b\n\"\",x\n") << Records{row({"a", "b"}), row({"", "x"})} << Lines{1, 2}
        << ',' << false;
    QTest::newRow("quoted field, then trailing separator")
        << QByteArray("a,b\n\"x\",\n") << Records{row({"a", "b"}), row({"x", ""})} << Lines{1, 2}
        << ',' << false;
    QTest::newRow("quoted LF kept")
        << QByteArray("a,b\n\"line 1\nline 2\",z\n3,4\n")
        << Records{row({"a", "b"}), row({"line 1\nline 2", "z"}), row({"3", "4"})} << Lines{1, 2, 4}
        << ',' << false;
    QTest::newRow("quoted CRLF kept")
        << QByteArray("a,b\r\n\"x\r\ny\",z\r\n3,4\r\n")
        << Records{row({"a", "b"}), row({"x\r\ny", "z"}), row({"3", "4"})} << Lines{1, 2, 4} << ','
        << false;
    QTest::newRow("quoted lone CR kept")
        << QByteArray("a,b\r\"x\ry\",z\r3,4\r")
        << Records{row({"a", "b"}), row({"x\ry", "z"}), row({"3", "4"})} << Lines{1, 2, 4} << ','
        << false;
    QTest::newRow("two quoted fields with line breaks")
        << QByteArray("a,b\n\"1\n2\n3\",\"4\n\n5\"\nlast,row\n")
        << Records{row({"a", "b"}), row({"1\n2\n3", "4\n\n5"}), row({"last", "row"})}
        << Lines{1, 2, 7} << ',' << false;

    QTest::newRow("quote inside an unquoted field")
        << QByteArray("a,b\n5\" tall,x\n") << Records{row({"a", "b"}), row({"5\" tall", "x"})}
        << Lines{1, 2} << ',' << false;
    QTest::newRow("quote ending an unquoted field")
        << QByteArray("a,b\nab\",x\n") << Records{row({"a", "b"}), row({"ab\"", "x"})}
        << Lines{1, 2} << ',' << false;
    QTest::newRow("space before an opening quote")
        << QByteArray("a,b\n \"x\",y\n") << Records{row({"a", "b"}), row({" \"x\"", "y"})}
        << Lines{1, 2} << ',' << false;

    QTest::newRow("blank lines skipped")
        << QByteArray("a,b\n\n\n1,2\n\n3,4\n\n")
        << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})} << Lines{1, 4, 6} << ','
        << false;
    QTest::newRow("blank CRLF lines skipped")
        << QByteArray("a,b\r\n\r\n1,2\r\n\r\n\r\n3,4")
        << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})} << Lines{1, 3, 6} << ','
        << false;
    QTest::newRow("blank lone CR lines skipped")
        << QByteArray("a,b\r\r1,2\r\r3,4\r")
        << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})} << Lines{1, 3, 5} << ','
        << false;
    QTest::newRow("whitespace-only lines skipped")
        << QByteArray("a,b\n   \n\t\n1,2\n \t \r\n3,4\n  ")
        << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})} << Lines{1, 4, 6} << ','
        << false;
    QTest::newRow("blank lines before the header")
        << QByteArray("\n \n\r\na,b\n1,2\n") << Records{row({"a", "b"}), row({"1", "2"})}
        << Lines{4, 5} << ',' << false;

    QTest::newRow("semicolons") << QByteArray("a;b\n1;2\n")
                                << Records{row({"a", "b"}), row({"1", "2"})} << Lines{1, 2} << ';'
                                << false;
    QTest::newRow("semicolons with decimal commas")
        << QByteArray("id;age;months\nP1;47,5;12,25\n")
        << Records{row({"id", "age", "months"}), row({"P1", "47,5", "12,25"})} << Lines{1, 2} << ';'
        << false;
    QTest::newRow("semicolons, commas in quoted header")
        << QByteArray("\"a,b,c\";\"d,e\";f\n1;\"2;3\";4,5\n")
        << Records{row({"a,b,c", "d,e", "f"}), row({"1", "2;3", "4,5"})} << Lines{1, 2} << ';'
        << false;
    QTest::newRow("commas, semicolons in quoted header")
        << QByteArray("\"a;b;c\",\"d;e\",f\n1;2,3,4\n")
        << Records{row({"a;b;c", "d;e", "f"}), row({"1;2", "3", "4"})} << Lines{1, 2} << ','
        << false;
    QTest::newRow("semicolons after blank lines")
        << QByteArray("\n\na;b;c\n1;2,5;3\n")
        << Records{row({"a", "b", "c"}), row({"1", "2,5", "3"})} << Lines{3, 4} << ';' << false;
    QTest::newRow("semicolons, quoted line break in header")
        << QByteArray("\"a\nb\";c;d\n1;2;3\n")
        << Records{row({"a\nb", "c", "d"}), row({"1", "2", "3"})} << Lines{1, 3} << ';' << false;
    QTest::newRow("as many commas as semicolons: comma")
        << QByteArray("a,b;c\n") << Records{row({"a", "b;c"})} << Lines{1} << ',' << false;
    QTest::newRow("no separator in the header: comma")
        << QByteArray("id\n1;2\n") << Records{row({"id"}), row({"1;2"})} << Lines{1, 2} << ','
        << false;

    QTest::newRow("UTF-8 without BOM") << QByteArray(
        "name,city\nM\xc3\xbcller,Z\xc3\xbcrich\n\xe6\x97\xa5\xe6\x9c\xac,\xf0\x9f\x98\x80\n")
                                       << Records{row({"name", "city"}),
                                                  row({"M\xc3\xbcller", "Z\xc3\xbcrich"}),
                                                  row({"\xe6\x97\xa5\xe6\x9c\xac",
                                                       "\xf0\x9f\x98\x80"})}
                                       << Lines{1, 2, 3} << ',' << false;
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xef\xbb\xbf"
                      "a,b\n\xc3\xa9,2\n")
        << Records{row({"a", "b"}), row({"\xc3\xa9", "2"})} << Lines{1, 2} << ',' << true;
    QTest::newRow("BOM, quoted first name")
        << QByteArray("\xef\xbb\xbf\"a;x\";b;c\n") << Records{row({"a;x", "b", "c"})} << Lines{1}
        << ';' << true;
    QTest::newRow("BOM only") << QByteArray("\xef\xbb\xbf") << Records{} << Lines{} << ',' << true;
    QTest::newRow("BOM later in the file is text")
        << QByteArray("a\n\xef\xbb\xbfx\n") << Records{row({"a"}), row({"\xef\xbb\xbfx"})}
        << Lines{1, 2} << ',' << false;
    // Found by fuzz_csvreader: a field lost the U+FEFF it started with.
    QTest::newRow("BOM at the start of a later field is text")
        << QByteArray("a,,\xef\xbb\xbf\xef\xbb\xbf\n\n")
        << Records{row({"a", "", "\xef\xbb\xbf\xef\xbb\xbf"})} << Lines{1} << ',' << false;
    QTest::newRow("doubled BOM is not text")
        << QByteArray("\xef\xbb\xbf\xef\xbb\xbf"
                      "a,b\n1,2\n")
        << Records{row({"a", "b"}), row({"1", "2"})} << Lines{1, 2} << ',' << true;
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);
    QFETCH(char, delimiter);
    QFETCH(bool, bom);

    const ReadResult result = readBytes(input);
    QCOMPARE(errorName(result.error), errorName(Error::None));
    QCOMPARE(result.records, expected);
    QCOMPARE(result.lines, lines);
    Lines numbers;
    for (qint64 i = 1; i <= expected.size(); ++i)
        numbers << i;
    QCOMPARE(result.numbers, numbers);
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.hadBom, bom);
    QCOMPARE(result.bytesRead, qint64(input.size()));
    QVERIFY(result.staysFinished);

    // The same bytes handed out a few at a time give the same records.
    const ReadResult trickled = readTrickled(input);
    QCOMPARE(errorName(trickled.error), errorName(Error::None));
    QCOMPARE(trickled.records, expected);
    QCOMPARE(trickled.lines, lines);
    QCOMPARE(trickled.delimiter, delimiter);
}

void tst_CsvReader::byteOrderMarkIsNotPartOfTheFirstName()
{
    QByteArray bytes("\xef\xbb\xbfpatient_id,age\nP1,47\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QVERIFY(reader.hadByteOrderMark());
    QCOMPARE(fields.constFirst(), QStringLiteral("patient_id"));
    QCOMPARE(fields.constFirst().size(), 10);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, row({"P1", "47"}));
    QVERIFY(!reader.readRecord(fields));
    QCOMPARE(errorName(reader.error()), errorName(Error::None));
}

// recordsBefore: how many records were returned before the error.
void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxFieldBytes"); // 0: the default
    QTest::addColumn<int>("maxFields");     // 0: the default
    QTest::addColumn<int>("recordsBefore");
    QTest::addColumn<Error>("error");
    QTest::addColumn<qint64>("errorLine");
    QTest::addColumn<int>("errorField");

    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,z\n") << 0 << 0 << 1 << Error::TextAfterQuote << qint64(2) << 0;
    QTest::newRow("space after closing quote, third line")
        << QByteArray("a,b\n1,2\n3,\"x\" \n") << 0 << 0 << 2 << Error::TextAfterQuote << qint64(3)
        << 1;
    QTest::newRow("text after a multi-line quoted field")
        << QByteArray("a,b\n1,\"x\ny\"z\n") << 0 << 0 << 1 << Error::TextAfterQuote << qint64(3)
        << 1;
    QTest::newRow("text after quote in header")
        << QByteArray("\"a\"b,c\n") << 0 << 0 << 0 << Error::TextAfterQuote << qint64(1) << 0;

    QTest::newRow("unterminated quote at end of file")
        << QByteArray("a,b\n1,\"open\nmore\nstill open\n") << 0 << 0 << 1
        << Error::UnterminatedQuote << qint64(2) << 1;
    QTest::newRow("unterminated quote after a multi-line field")
        << QByteArray("a,b,c\n1,\"x\ny\",\"open\n\n") << 0 << 0 << 1 << Error::UnterminatedQuote
        << qint64(3) << 2;
    QTest::newRow("unterminated quote, no line end") << QByteArray("a,b\n1,2\n3,\"4") << 0 << 0 << 2
                                                     << Error::UnterminatedQuote << qint64(3) << 1;
    QTest::newRow("unterminated quote in header")
        << QByteArray("\"a,b\n1,2\n") << 0 << 0 << 0 << Error::UnterminatedQuote << qint64(1) << 0;
    QTest::newRow("doubled quote at end of file is still open")
        << QByteArray("a\n\"x\"\"") << 0 << 0 << 1 << Error::UnterminatedQuote << qint64(2) << 0;

    QTest::newRow("invalid UTF-8 in a middle field of a later row")
        << QByteArray("a,b,c\n1,2,3\n4,\xff,6\n7,8,9\n") << 0 << 0 << 2 << Error::NotUtf8
        << qint64(3) << 1;
    QTest::newRow("invalid UTF-8 in the last field of a row")
        << QByteArray("a,b\n1,x\xc3\n2,3\n") << 0 << 0 << 1 << Error::NotUtf8 << qint64(2) << 1;
    QTest::newRow("invalid UTF-8 in the last field, CRLF")
        << QByteArray("a,b\r\n1,2\r\n3,\xe9t\xe9\r\n") << 0 << 0 << 2 << Error::NotUtf8 << qint64(3)
        << 1;
    QTest::newRow("invalid UTF-8 in the last field, no line end")
        << QByteArray("a,b\n1,\xe9") << 0 << 0 << 1 << Error::NotUtf8 << qint64(2) << 1;
    QTest::newRow("invalid UTF-8 in a quoted field")
        << QByteArray("a,b\n\"\xe9\",2\n") << 0 << 0 << 1 << Error::NotUtf8 << qint64(2) << 0;
    QTest::newRow("Latin-1 header") << QByteArray("name,gr\xf6\xdf"
                                                  "e\n")
                                    << 0 << 0 << 0 << Error::NotUtf8 << qint64(1) << 1;
    QTest::newRow("overlong encoding")
        << QByteArray("a,b,c\n1,\xc0\xaf,3\n") << 0 << 0 << 1 << Error::NotUtf8 << qint64(2) << 1;
    QTest::newRow("encoded surrogate") << QByteArray("a,b,c\n1,\xed\xa0\x80,3\n") << 0 << 0 << 1
                                       << Error::NotUtf8 << qint64(2) << 1;
    QTest::newRow("above U+10FFFF") << QByteArray("a,b,c\n1,\xf4\x90\x80\x80,3\n") << 0 << 0 << 1
                                    << Error::NotUtf8 << qint64(2) << 1;
    QTest::newRow("truncated sequence")
        << QByteArray("a,b,c\n1,\xe2\x82,3\n") << 0 << 0 << 1 << Error::NotUtf8 << qint64(2) << 1;
    QTest::newRow("stray continuation byte")
        << QByteArray("a,b,c\n1,\x80,3\n") << 0 << 0 << 1 << Error::NotUtf8 << qint64(2) << 1;

    QTest::newRow("UTF-16 little endian BOM") << QByteArray("\xff\xfe"
                                                            "a\0,\0b\0\n\0",
                                                            10)
                                              << 0 << 0 << 0 << Error::Utf16 << qint64(1) << 0;
    QTest::newRow("UTF-16 big endian BOM")
        << QByteArray("\xfe\xff\0a\0,\0b\0\n", 10) << 0 << 0 << 0 << Error::Utf16 << qint64(1) << 0;
    QTest::newRow("UTF-16 without BOM is binary")
        << QByteArray("a\0,\0b\0\n\0", 8) << 0 << 0 << 0 << Error::BinaryData << qint64(1) << 0;
    // A NUL anywhere in the first chunk marks the file as binary before anything is read.
    QTest::newRow("NUL byte in a later row") << QByteArray("a,b\n1,2\n3,x\0y\n", 14) << 0 << 0 << 0
                                             << Error::BinaryData << qint64(3) << 0;
    QTest::newRow("NUL byte in a quoted field")
        << QByteArray("a,b\n\"x\0\",2\n", 11) << 0 << 0 << 0 << Error::BinaryData << qint64(2) << 0;

    QTest::newRow("field too long") << QByteArray("a,b\n12345,x\n123456,y\n") << 5 << 0 << 2
                                    << Error::FieldTooLong << qint64(3) << 0;
    QTest::newRow("field too long, second field")
        << QByteArray("a,b\nx,123456\n") << 5 << 0 << 1 << Error::FieldTooLong << qint64(2) << 1;
    QTest::newRow("quoted field too long once unescaped")
        << QByteArray("a\n\"abc\"\"de\"\n") << 5 << 0 << 1 << Error::FieldTooLong << qint64(2) << 0;
    QTest::newRow("header name too long")
        << QByteArray("abcdefgh,b\n1,2\n") << 5 << 0 << 0 << Error::FieldTooLong << qint64(1) << 0;

    QTest::newRow("too many fields") << QByteArray("a,b,c\n1,2,3\n1,2,3,4,5\n") << 0 << 3 << 2
                                     << Error::TooManyFields << qint64(3) << 3;
    QTest::newRow("too many fields, last field of the row")
        << QByteArray("a,b,c\n1,2,3,4\n5,6,7\n") << 0 << 3 << 1 << Error::TooManyFields << qint64(2)
        << 3;
    QTest::newRow("too many fields, trailing separator")
        << QByteArray("a,b,c\n1,2,3,\n") << 0 << 3 << 1 << Error::TooManyFields << qint64(2) << 3;
    QTest::newRow("too many fields in the header")
        << QByteArray("a;b;c;d\n") << 0 << 3 << 0 << Error::TooManyFields << qint64(1) << 3;
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxFieldBytes);
    QFETCH(int, maxFields);
    QFETCH(int, recordsBefore);
    QFETCH(Error, error);
    QFETCH(qint64, errorLine);
    QFETCH(int, errorField);

    const ReadResult result = readBytes(input, maxFieldBytes, maxFields);
    QCOMPARE(errorName(result.error), errorName(error));
    QCOMPARE(result.records.size(), recordsBefore);
    QCOMPARE(result.errorLine, errorLine);
    QCOMPARE(result.errorField, errorField);
    QVERIFY(result.staysFinished);
}

void tst_CsvReader::limitsAreInclusive()
{
    const ReadResult result = readBytes("abcde,b,c\n\"ab\"\"de\",x,y\n", 5, 3);
    QCOMPARE(errorName(result.error), errorName(Error::None));
    QCOMPARE(result.records, (Records{row({"abcde", "b", "c"}), row({"ab\"de", "x", "y"})}));
}

// The real limit, not a test setting: a single field just over 1 MiB.
void tst_CsvReader::defaultFieldLimit()
{
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QCOMPARE(CsvReader(&buffer).maxFieldBytes(), qsizetype(1024 * 1024));
    }
    const QByteArray exactly(1024 * 1024, 'x');
    const ReadResult fits = readBytes("id,note\n1," + exactly + "\n2,y\n");
    QCOMPARE(errorName(fits.error), errorName(Error::None));
    QCOMPARE(fits.records.size(), 3);
    QCOMPARE(fits.records.at(1).at(1).size(), exactly.size());
    QCOMPARE(fits.records.at(2), row({"2", "y"}));

    const ReadResult tooLong = readBytes("id,note\n1,y\n2,\"" + exactly + "x\"\n3,z\n");
    QCOMPARE(errorName(tooLong.error), errorName(Error::FieldTooLong));
    QCOMPARE(tooLong.records.size(), 2);
    QCOMPARE(tooLong.errorLine, qint64(3));
    QCOMPARE(tooLong.errorField, 1);
}

void tst_CsvReader::readFailure()
{
    FailingDevice device("a,b\n1,2\n");
    QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const ReadResult result = readAll(&device);
    QCOMPARE(errorName(result.error), errorName(Error::ReadFailed));
    QCOMPARE(result.records, (Records{row({"a", "b"}), row({"1", "2"})}));
}

// Each case places `construct` so that `split` of its bytes end the first 64 KiB chunk
// (split < 0: it starts that many bytes after the boundary). "<pad>" in the expected
// fields stands for the padding that moves the construct into place.
void tst_CsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");

    struct Case
    {
        const char *name;
        QByteArray header;
        QByteArray prefix;
        QByteArray construct;
        QByteArray suffix;
        Records expected;
        Lines lines;
    };
    const QStringList idText = row({"id", "text"});
    const QStringList next = row({"2", "next"});
    const Case cases[] = {
        {"CRLF line end",
         "id,text\r\n",
         "1,",
         "\r\n",
         "2,next\r\n",
         {idText, row({"1", "<pad>"}), next},
         {1, 2, 3}},
        {"CRLF after a BOM",
         "\xef\xbb\xbfid,text\r\n",
         "1,",
         "\r\n",
         "2,next\r\n",
         {idText, row({"1", "<pad>"}), next},
         {1, 2, 3}},
        {"lone CR line end",
         "id,text\r",
         "1,",
         "\r",
         "2,next\r",
         {idText, row({"1", "<pad>"}), next},
         {1, 2, 3}},
        {"CRLF and a blank CRLF line",
         "id,text\r\n",
         "1,",
         "\r\n\r\n",
         "2,next\r\n",
         {idText, row({"1", "<pad>"}), next},
         {1, 2, 4}},
        {"separator",
         "id,text\n",
         "1,",
         ",",
         "x\n2,next\n",
         {idText, row({"1", "<pad>", "x"}), next},
         {1, 2, 3}},
        {"doubled quote",
         "id,text\n",
         "1,\"",
         "\"\"",
         "x\"\n2,next\n",
         {idText, row({"1", "<pad>\"x"}), next},
         {1, 2, 3}},
        {"closing quote and separator",
         "id,text\n",
         "1,\"",
         "\",",
         "x\n2,next\n",
         {idText, row({"1", "<pad>", "x"}), next},
         {1, 2, 3}},
        {"closing quote and CRLF",
         "id,text\r\n",
         "1,\"",
         "\"\r\n",
         "2,next\r\n",
         {idText, row({"1", "<pad>"}), next},
         {1, 2, 3}},
        {"quoted LF",
         "id,text\n",
         "1,\"",
         "\n",
         "tail\"\n2,next\n",
         {idText, row({"1", "<pad>\ntail"}), next},
         {1, 2, 4}},
        {"quoted CRLF",
         "id,text\r\n",
         "1,\"",
         "\r\n",
         "tail\"\r\n2,next\r\n",
         {idText, row({"1", "<pad>\r\ntail"}), next},
         {1, 2, 4}},
        {"quoted lone CR",
         "id,text\r",
         "1,\"",
         "\r",
         "tail\"\r2,next\r",
         {idText, row({"1", "<pad>\rtail"}), next},
         {1, 2, 4}},
        {"2-byte UTF-8",
         "id,text\n",
         "1,",
         "\xc3\xa9",
         "\n2,next\n",
         {idText, row({"1", "<pad>\xc3\xa9"}), next},
         {1, 2, 3}},
        {"3-byte UTF-8",
         "id,text\n",
         "1,",
         "\xe2\x82\xac",
         "\n2,next\n",
         {idText, row({"1", "<pad>\xe2\x82\xac"}), next},
         {1, 2, 3}},
        {"4-byte UTF-8 in quotes",
         "id,text\n",
         "1,\"",
         "\xf0\x9f\x98\x80",
         "\"\n2,next\n",
         {idText, row({"1", "<pad>\xf0\x9f\x98\x80"}), next},
         {1, 2, 3}},
    };

    for (const Case &c : cases) {
        const qsizetype length = c.construct.size();
        for (qsizetype split = -1; split <= length + 1; ++split) {
            const qsizetype padLength = CsvReader::ChunkBytes - split - c.header.size()
                                        - c.prefix.size();
            const QByteArray pad(padLength, 'p');
            const QByteArray input = c.header + c.prefix + pad + c.construct + c.suffix;
            if (input.indexOf(c.construct, c.header.size() + c.prefix.size())
                != CsvReader::ChunkBytes - split)
                qFatal("construct %s misplaced", c.name);
            Records expected = c.expected;
            for (QStringList &fields : expected)
                fields.replaceInStrings(QStringLiteral("<pad>"), QString::fromLatin1(pad));
            QTest::addRow("%s, %d of %d bytes before the boundary", c.name, int(split), int(length))
                << input << expected << c.lines;
        }
    }
}

void tst_CsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);

    const ReadResult chunked = readBytes(input);
    QCOMPARE(errorName(chunked.error), errorName(Error::None));
    QCOMPARE(chunked.records.size(), expected.size());
    QCOMPARE(chunked.records, expected);
    QCOMPARE(chunked.lines, lines);
    QCOMPARE(chunked.sha256, sha256Of(input));

    const ReadResult trickled = readTrickled(input);
    QCOMPARE(errorName(trickled.error), errorName(Error::None));
    QCOMPARE(trickled.records, expected);
    QCOMPARE(trickled.lines, lines);
    QCOMPARE(trickled.sha256, sha256Of(input));
}

void tst_CsvReader::sha256OfWholeInput_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("small") << QByteArray("a,b\n1,2\n");
    QTest::newRow("with BOM, no line end") << QByteArray("\xef\xbb\xbf"
                                                         "a;b\n1;2");
    QTest::newRow("trailing blank lines") << QByteArray("a,b\n1,2\n\n\n   \n");
    QByteArray large("id,value,note\n");
    for (int i = 0; large.size() < 3 * CsvReader::ChunkBytes + 1234; ++i)
        large += QByteArray::number(i) + ',' + QByteArray::number(i * 0.5) + ",\"x,\"\"y\"\"\n\"\n";
    QTest::newRow("several chunks") << large;
}

void tst_CsvReader::sha256OfWholeInput()
{
    QFETCH(QByteArray, input);

    const ReadResult result = readBytes(input);
    QCOMPARE(errorName(result.error), errorName(Error::None));
    QCOMPARE(result.bytesRead, qint64(input.size()));
    QCOMPARE(result.sha256.toHex(), sha256Of(input).toHex());
}

// ~200 MB generated on the fly: the reader must not keep what it has read. VmHWM is the
// process's peak resident memory; it is reset first where the kernel allows it.
void tst_CsvReader::streamsLargeInputInBoundedMemory()
{
#if defined(__SANITIZE_ADDRESS__)
    // Freed memory waits in AddressSanitizer's quarantine (256 MB) before it is reused, so
    // resident memory says nothing about the reader there; the plain build measures it.
    QSKIP("resident memory is not the reader's under AddressSanitizer");
#endif
    {
        QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
        if (clearRefs.open(QIODevice::WriteOnly))
            clearRefs.write("5");
    }
    const qint64 rssBefore = procStatusKiB("VmRSS");
    if (rssBefore < 0 || procStatusKiB("VmHWM") < 0)
        QSKIP("/proc/self/status has no VmRSS/VmHWM here");

    constexpr qint64 totalBytes = 200LL * 1000 * 1000;
    GeneratedCsvDevice device(totalBytes);
    QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    CsvReader reader(&device);
    QStringList fields;
    qint64 records = 0;
    qint64 wrongFieldCount = 0;
    qint64 wrongId = 0;
    qint64 lastLine = 0;
    while (reader.readRecord(fields)) {
        if (fields.size() != GeneratedCsvDevice::FieldCount)
            ++wrongFieldCount;
        else if (records > 0 && fields.constLast() != fields.constFirst())
            ++wrongId;
        ++records;
        lastLine = reader.recordLine();
    }
    const qint64 peak = procStatusKiB("VmHWM");

    QCOMPARE(errorName(reader.error()), errorName(Error::None));
    QVERIFY(device.bytesGenerated() >= totalBytes - 200);
    QCOMPARE(reader.bytesRead(), device.bytesGenerated());
    QCOMPARE(records, device.rowsGenerated() + 1);
    QCOMPARE(reader.recordNumber(), records);
    // Every 1000th row spans two lines.
    const qint64 rows = device.rowsGenerated();
    QCOMPARE(lastLine, 1 + rows + (rows - 1) / 1000);
    QCOMPARE(wrongFieldCount, 0);
    QCOMPARE(wrongId, 0);
    QCOMPARE(fields.size(), 0);
    const qint64 growthKiB = peak - rssBefore;
    QVERIFY2(growthKiB < 32 * 1024,
             qPrintable(QStringLiteral("peak resident memory grew by %1 KiB").arg(growthKiB)));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
