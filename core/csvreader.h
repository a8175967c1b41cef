// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace CohortLens {

// A streaming RFC 4180 reader: UTF-8 with or without a byte-order mark, comma or
// semicolon separated (detected on the header line), quoted fields that hold separators,
// doubled quotes and line breaks, LF or CRLF line ends. Empty lines are skipped.
// It reads the device in fixed-size chunks, so memory does not grow with the file;
// every byte read also feeds a SHA-256 of the file for provenance. A record is refused
// once a field exceeds maxFieldBytes() (1 MiB), the record maxFields() (10,000) fields or
// maxRecordBytes() (64 MiB) in all: a hostile line of any length costs at most that much.
class CsvReader
{
public:
    enum class Error {
        None,
        ReadFailed,        // the device reported an error
        NotUtf8,           // a field is not valid UTF-8
        Utf16,             // a UTF-16 byte-order mark: the file must be saved as UTF-8
        BinaryData,        // a NUL byte: not a text file
        UnterminatedQuote, // the file ends inside a quoted field
        TextAfterQuote,    // a closing quote followed by something other than a separator
        FieldTooLong,      // a field longer than maxFieldBytes()
        TooManyFields,     // a record with more than maxFields() fields
        RecordTooLong,     // a record whose fields hold more than maxRecordBytes() in all
    };

    explicit CsvReader(QIODevice *device);

    // Reads the next record. Returns false at the end of the input or on an error;
    // error() tells which.
    bool readRecord(QStringList &fields);

    [[nodiscard]] Error error() const { return m_error; }
    // 1-based line where the error was found.
    [[nodiscard]] qint64 errorLine() const { return m_errorLine; }
    // 0-based index of the field being read when the error was found.
    [[nodiscard]] int errorField() const { return m_errorField; }

    // 1-based count of records returned so far (the header is record 1).
    [[nodiscard]] qint64 recordNumber() const { return m_recordNumber; }
    // 1-based physical line on which the last record returned starts.
    [[nodiscard]] qint64 recordLine() const { return m_recordLine; }

    // ',' or ';', detected on the first record; ',' until then.
    [[nodiscard]] char delimiter() const { return m_delimiter; }
    [[nodiscard]] bool hadByteOrderMark() const { return m_hadBom; }

    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }
    // SHA-256 of every byte read so far; of the whole file once readRecord() returned
    // false without an error.
    [[nodiscard]] QByteArray sha256() const { return m_hash.result(); }

    void setMaxFieldBytes(qsizetype bytes) { m_maxFieldBytes = bytes; }
    [[nodiscard]] qsizetype maxFieldBytes() const { return m_maxFieldBytes; }
    void setMaxFields(int fields) { m_maxFields = fields; }
    [[nodiscard]] int maxFields() const { return m_maxFields; }
    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = bytes; }
    [[nodiscard]] qsizetype maxRecordBytes() const { return m_maxRecordBytes; }

    static constexpr qsizetype ChunkBytes = 64 * 1024;

private:
    bool fill();
    bool start();
    void detectDelimiter();
    bool finishField(QStringList &fields);
    void endOfLine(char c);
    void appendRun(bool quoted);
    void fail(Error error);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_hadBom = false;
    bool m_skipLineFeed = false;
    char m_delimiter = ',';
    QByteArray m_field;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_recordNumber = 0;
    qint64 m_recordLine = 0;
    Error m_error = Error::None;
    qint64 m_errorLine = 0;
    int m_errorField = 0;
    qsizetype m_maxFieldBytes = 1024 * 1024;
    int m_maxFields = 10000;
    // Without it, maxFields() fields of maxFieldBytes() each would be 10 GB of one line.
    qsizetype m_maxRecordBytes = 64 * 1024 * 1024;
    qsizetype m_recordBytes = 0; // of the fields of the record being read
};

} // namespace CohortLens
