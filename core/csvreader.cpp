// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace CohortLens {

namespace {

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char min2 = 0x80, max2 = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0)
                min2 = 0xa0;
            else if (c == 0xed)
                max2 = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0)
                min2 = 0x90;
            else if (c == 0xf4)
                max2 = 0x8f;
        } else {
            return false;
        }
        if (end - p < length || p[1] < min2 || p[1] > max2)
            return false;
        for (int i = 2; i < length; ++i) {
            if (p[i] < 0x80 || p[i] > 0xbf)
                return false;
        }
        p += length;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{}

void CsvReader::fail(Error error)
{
    if (m_error != Error::None)
        return;
    m_error = error;
    m_errorLine = m_line;
}

// Appends the next chunk of the device to the unread part of the buffer.
bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos >= m_buffer.size()) {
        m_buffer.resize(0);
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + ChunkBytes);
    const qint64 n = m_device->read(m_buffer.data() + kept, ChunkBytes);
    if (n < 0) {
        m_buffer.resize(kept);
        fail(Error::ReadFailed);
        return false;
    }
    m_buffer.resize(kept + n);
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_hash.addData(QByteArrayView(m_buffer.constData() + kept, n));
    m_bytesRead += n;
    return true;
}

// Reads far enough to see the byte-order mark and the whole first line, then detects
// the separator there.
bool CsvReader::start()
{
    m_started = true;
    while (m_buffer.size() < 4 && fill()) {
    }
    if (m_error != Error::None)
        return false;
    // A byte-order mark is no text, nor is a doubled one (a mark added to a file that had
    // one); anywhere else U+FEFF is text.
    while (QByteArrayView(m_buffer).sliced(m_pos).startsWith("\xef\xbb\xbf")) {
        m_hadBom = true;
        m_pos += 3;
        while (m_buffer.size() - m_pos < 3 && fill()) {
        }
    }
    if (m_error != Error::None)
        return false;
    if (!m_hadBom && (m_buffer.startsWith("\xff\xfe") || m_buffer.startsWith("\xfe\xff"))) {
        fail(Error::Utf16);
        return false;
    }
    // A NUL byte in the first chunk: a binary file (an image, a spreadsheet, UTF-16 without
    // a byte-order mark), reported as such before any of it is read as text.
    if (const qsizetype nul = m_buffer.indexOf('\0', m_pos); nul >= 0) {
        m_line += m_buffer.left(nul).count('\n');
        fail(Error::BinaryData);
        return false;
    }
    detectDelimiter();
    return m_error == Error::None;
}

void CsvReader::detectDelimiter()
{
    qsizetype i = m_pos;
    bool quoted = false;
    bool content = false; // blank lines before the header are skipped, so look past them
    int commas = 0;
    int semicolons = 0;
    for (;;) {
        if (i >= m_buffer.size()) {
            // The first line is longer than what is buffered: read on, but never hold
            // more than one field's worth of it.
            if (m_buffer.size() - m_pos > m_maxFieldBytes * 2 || !fill())
                break;
            continue;
        }
        const char c = m_buffer.at(i++);
        if (!quoted && (c == '\n' || c == '\r')) {
            if (content)
                break;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        if (c != ' ' && c != '\t')
            content = true;
    }
    m_delimiter = semicolons > commas ? ';' : ',';
}

bool CsvReader::finishField(QStringList &fields)
{
    if (!isValidUtf8(m_field)) {
        m_errorField = int(fields.size());
        fail(Error::NotUtf8);
        return false;
    }
    if (fields.size() >= m_maxFields) {
        m_errorField = int(fields.size());
        fail(Error::TooManyFields);
        return false;
    }
    if (m_field.startsWith("\xef\xbb\xbf")) {
        // QString::fromUtf8() would drop the U+FEFF the field starts with.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        fields.append(utf8.decode(m_field));
    } else {
        fields.append(QString::fromUtf8(m_field));
    }
    m_recordBytes += m_field.size();
    m_field.resize(0); // keeps its capacity for the next field
    return true;
}

// Appends the run of ordinary bytes that follows in the buffer in one go: most of a
// file is such runs, and byte-by-byte appending would dominate the reading time.
void CsvReader::appendRun(bool quoted)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype end = m_pos;
    if (quoted) {
        while (end < size) {
            const char d = data[end];
            if (d == '"' || d == '\n' || d == '\r' || d == '\0')
                break;
            ++end;
        }
    } else {
        while (end < size) {
            const char d = data[end];
            if (d == m_delimiter || d == '\n' || d == '\r' || d == '"' || d == '\0')
                break;
            ++end;
        }
    }
    m_field.append(data + m_pos, end - m_pos);
    m_pos = end;
}

// Counts a line end; a CR is one with the LF that may follow it, even in the next chunk.
void CsvReader::endOfLine(char c)
{
    ++m_line;
    if (c != '\r')
        return;
    if (m_pos < m_buffer.size())
        m_pos += m_buffer.at(m_pos) == '\n' ? 1 : 0;
    else
        m_skipLineFeed = true;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    if (m_error != Error::None || (!m_started && !start()))
        return false;

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    m_field.clear();
    m_recordBytes = 0;
    m_recordLine = m_line;
    qint64 quoteLine = m_line; // where the open quoted field started

    enum class End { Record, Blank, Failed };
    auto endOfRecord = [&]() {
        if (!finishField(fields))
            return End::Failed;
        // A line of blanks only is an empty line too.
        if (fields.size() == 1 && fields.constFirst().trimmed().isEmpty()) {
            fields.clear();
            m_recordBytes = 0;
            state = State::FieldStart;
            return End::Blank;
        }
        ++m_recordNumber;
        return End::Record;
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_error != Error::None)
                return false;
            if (state == State::Quoted) {
                m_errorField = int(fields.size());
                fail(Error::UnterminatedQuote);
                m_errorLine = quoteLine;
                return false;
            }
            if (state == State::FieldStart && fields.isEmpty())
                return false;
            return endOfRecord() == End::Record;
        }
        const char c = m_buffer.at(m_pos++);
        if (c == '\0') {
            m_errorField = int(fields.size());
            fail(Error::BinaryData);
            return false;
        }
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (c == '\n')
                continue;
        }
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == m_delimiter) {
                if (!finishField(fields))
                    return false;
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                if (state == State::FieldStart && fields.isEmpty()) {
                    endOfLine(c);
                    m_recordLine = m_line; // an empty line
                    continue;
                }
                // The record ends before its line end is counted, so that an error in its
                // last field names the record's own line.
                const End end = endOfRecord();
                endOfLine(c);
                if (end != End::Blank)
                    return end == End::Record;
                m_recordLine = m_line;
            } else if (c == '"' && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = m_line;
            } else {
                // A quote inside an unquoted field is kept as text, as spreadsheets do.
                m_field.append(c);
                state = State::Unquoted;
                appendRun(false);
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                // A line break inside quotes counts as one line, whether LF, CRLF or CR.
                if (c == '\r' || (c == '\n' && !m_field.endsWith('\r')))
                    ++m_line;
                m_field.append(c);
                appendRun(true);
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                m_field.append('"');
                state = State::Quoted;
            } else if (c == m_delimiter) {
                if (!finishField(fields))
                    return false;
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                const End end = endOfRecord();
                endOfLine(c);
                if (end != End::Blank)
                    return end == End::Record;
                m_recordLine = m_line;
            } else {
                m_errorField = int(fields.size());
                fail(Error::TextAfterQuote);
                return false;
            }
            break;
        }
        if (m_field.size() > m_maxFieldBytes) {
            m_errorField = int(fields.size());
            fail(Error::FieldTooLong);
            return false;
        }
        if (m_recordBytes + m_field.size() > m_maxRecordBytes) {
            m_errorField = int(fields.size());
            fail(Error::RecordTooLong);
            return false;
        }
    }
}

} // namespace CohortLens
