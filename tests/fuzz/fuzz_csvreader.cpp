// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: CsvReader on any bytes, read to the end or the first error, whole and
// a few bytes at a time, with the default and with small limits. Besides "no crash, no
// leak, no undefined behaviour" it checks what the reader promises: record numbers and
// lines that count up, limits that hold, the SHA-256 of exactly the bytes read, the same
// records however the device hands them out, and records that read back unchanged once
// written out again.
#include "csvreader.h"
#include "fuzzcheck.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QIODevice>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace CohortLens;
using Fuzz::check;

namespace {

using Error = CsvReader::Error;

constexpr qsizetype DefaultFieldBytes = 1024 * 1024;
constexpr int DefaultFields = 10000;

// A pipe-like device that hands out its bytes 1 to 7 at a time, so that every construct
// of the input is split across reads somewhere. With failAfter >= 0, every read past
// that many bytes fails.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(const QByteArray &bytes, qint64 firstStep, qint64 failAfter)
        : m_bytes(bytes)
        , m_step(firstStep)
        , m_failAfter(failAfter)
    {}

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failAfter >= 0 && m_pos >= m_failAfter)
            return -1;
        qint64 n = std::min({maxSize, m_step, qint64(m_bytes.size()) - m_pos});
        if (m_failAfter >= 0)
            n = std::min(n, m_failAfter - m_pos);
        m_step = m_step % 7 + 1;
        std::memcpy(data, m_bytes.constData() + m_pos, static_cast<std::size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
    qint64 m_step;
    qint64 m_failAfter;
};

// Everything a reader reports about one input.
struct Reading
{
    QList<QStringList> records;
    QList<qint64> lines;
    Error error = Error::None;
    qint64 errorLine = 0;
    int errorField = 0;
    char delimiter = 0;
    bool bom = false;
    qint64 bytesRead = 0;
};

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Reads `device` (which hands out `bytes`) to its end, checking every record on the way.
Reading read(QIODevice &device, const QByteArray &bytes, qsizetype maxFieldBytes, int maxFields)
{
    CsvReader reader(&device);
    reader.setMaxFieldBytes(maxFieldBytes);
    reader.setMaxFields(maxFields);
    Reading r;
    QStringList fields;
    while (reader.readRecord(fields)) {
        check(reader.error() == Error::None, "a record is returned only without an error");
        check(reader.recordNumber() == r.records.size() + 1, "recordNumber counts the records");
        check(!fields.isEmpty(), "a record has a field");
        check(fields.size() <= maxFields, "a record has at most maxFields fields");
        check(fields.size() > 1 || !fields.constFirst().trimmed().isEmpty(),
              "blank lines are skipped");
        for (const QString &field : std::as_const(fields))
            check(field.toUtf8().size() <= maxFieldBytes, "a field has at most maxFieldBytes");
        check(reader.recordLine() >= 1, "record lines are 1-based");
        check(r.lines.isEmpty() || reader.recordLine() > r.lines.constLast(),
              "each record starts on a later line than the one before");
        r.records << fields;
        r.lines << reader.recordLine();
    }
    // (On an error the fields read so far of the broken record may be left in `fields`.)
    check(reader.error() != Error::None || fields.isEmpty(), "no fields at the end");
    check(reader.recordNumber() == r.records.size(), "recordNumber counts the records");

    r.error = reader.error();
    r.errorLine = reader.errorLine();
    r.errorField = reader.errorField();
    r.delimiter = reader.delimiter();
    r.bom = reader.hadByteOrderMark();
    r.bytesRead = reader.bytesRead();
    check(r.delimiter == ',' || r.delimiter == ';', "the separator is a comma or a semicolon");
    check(r.bytesRead >= 0 && r.bytesRead <= bytes.size(), "bytesRead is within the input");
    check(reader.sha256() == sha256(QByteArrayView(bytes).first(r.bytesRead)),
          "sha256 is the hash of the bytes read so far");
    if (r.error == Error::None) {
        check(r.bytesRead == bytes.size(), "a clean end has read every byte");
        check(r.bom == bytes.startsWith("\xef\xbb\xbf"), "a byte-order mark is recognised");
    } else {
        check(r.errorLine >= 1, "an error names a line");
        check(r.lines.isEmpty() || r.errorLine >= r.lines.constLast(),
              "an error is not before the last record");
        check(r.errorField >= 0 && r.errorField <= maxFields, "an error names a field");
    }

    QStringList again{QStringLiteral("stale")};
    check(!reader.readRecord(again) && again.isEmpty() && reader.error() == r.error,
          "a finished reader stays finished");
    return r;
}

Reading readWhole(const QByteArray &bytes, qsizetype maxFieldBytes, int maxFields)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, bytes, maxFieldBytes, maxFields);
}

Reading readTrickled(const QByteArray &bytes,
                     qsizetype maxFieldBytes,
                     int maxFields,
                     qint64 failAfter = -1)
{
    TrickleDevice device(bytes, qint64(bytes.size() % 7) + 1, failAfter);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return read(device, bytes, maxFieldBytes, maxFields);
}

bool samePrefix(const Reading &part, const Reading &whole)
{
    return part.records.size() <= whole.records.size()
           && part.records == whole.records.first(part.records.size())
           && part.lines == whole.lines.first(part.lines.size());
}

// RFC 4180 with every field quoted: what any reader of ours must read back unchanged.
QByteArray writeQuoted(const QList<QStringList> &records)
{
    QByteArray csv;
    for (const QStringList &record : records) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                csv += ',';
            QByteArray field = record.at(i).toUtf8();
            csv += '"';
            csv += field.replace('"', "\"\"");
            csv += '"';
        }
        csv += "\r\n";
    }
    return csv;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool utf16 = bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff");
    // A NUL in the first chunk marks the whole file as binary before any record is read;
    // read a few bytes at a time, the records before it come out first.
    const bool binary = !utf16
                        && bytes.first(std::min(bytes.size(), CsvReader::ChunkBytes)).contains('\0');

    const Reading whole = readWhole(bytes, DefaultFieldBytes, DefaultFields);
    const Reading trickled = readTrickled(bytes, DefaultFieldBytes, DefaultFields);
    if (utf16) {
        check(whole.error == Error::Utf16 && trickled.error == Error::Utf16,
              "a UTF-16 byte-order mark is reported");
    } else if (binary) {
        check(whole.error == Error::BinaryData && whole.records.isEmpty(),
              "a NUL in the first chunk is reported before any record");
        check(trickled.error != Error::None, "a NUL is an error");
    } else {
        check(trickled.records == whole.records && trickled.lines == whole.lines,
              "the same records however the bytes arrive");
        check(trickled.error == whole.error && trickled.errorLine == whole.errorLine
                  && trickled.errorField == whole.errorField,
              "the same error however the bytes arrive");
        check(trickled.delimiter == whole.delimiter && trickled.bom == whole.bom,
              "the same separator however the bytes arrive");
    }

    // Small limits make FieldTooLong and TooManyFields reachable; a limit only ever cuts a
    // reading short.
    // (Within one chunk: past it, the separator may be detected on less of the first line.)
    const Reading small = readWhole(bytes, 4, 3);
    if (bytes.size() <= CsvReader::ChunkBytes) {
        check(samePrefix(small, whole), "small limits give a prefix of the records");
        check(small.error != Error::None || small.records.size() == whole.records.size(),
              "a reading that ends cleanly under small limits is the whole reading");
    }
    // A few bytes at a time the separator is detected on at most 2 × 16 bytes of the first
    // line: only no crash here.
    readTrickled(bytes, 16, 8);
    if (!binary && !utf16) {
        // A device that fails half-way: the reading ends in an error, never as if the
        // file ended there.
        if (!bytes.isEmpty()) {
            const Reading failing = readTrickled(bytes,
                                                 DefaultFieldBytes,
                                                 DefaultFields,
                                                 bytes.size() / 2);
            check(failing.error != Error::None, "a read failure is an error");
            check(samePrefix(failing, whole), "a read failure gives a prefix of the records");
        }
    }

    // Written out again with every field quoted, the records read back unchanged.
    if (whole.error == Error::None) {
        const Reading again = readWhole(writeQuoted(whole.records),
                                        DefaultFieldBytes,
                                        DefaultFields);
        check(again.error == Error::None && again.records == whole.records,
              "records written out quoted read back unchanged");
    }
    return 0;
}
