// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "values.h"

#include <cmath>

namespace CohortLens {

void JsonWriter::newline()
{
    m_data += '\n';
    m_data += QByteArray(qsizetype(m_levels.size()) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (!level.empty)
        m_data += ',';
    level.empty = false;
    newline();
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_data += '{';
    m_levels.push_back({false, true});
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_data += '}';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_data += '[';
    m_levels.push_back({true, true});
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_data += ']';
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    beforeValue();
    m_data += '"';
    m_data += name;
    m_data += "\": ";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    if (!std::isfinite(number))
        return null();
    beforeValue();
    m_data += Values::numberText(number).toLatin1();
    return *this;
}

JsonWriter &JsonWriter::value(const std::optional<double> &number)
{
    return number ? value(*number) : null();
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    m_data += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_data += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_data += "null";
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    beforeValue();
    m_data += '"';
    // Runs of ordinary characters are converted whole, so surrogate pairs stay intact.
    qsizetype run = 0;
    auto flush = [&](qsizetype end) { m_data += QStringView(text).mid(run, end - run).toUtf8(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        run = i + 1;
        switch (c) {
        case u'"':
            m_data += "\\\"";
            break;
        case u'\\':
            m_data += "\\\\";
            break;
        case u'\n':
            m_data += "\\n";
            break;
        case u'\r':
            m_data += "\\r";
            break;
        case u'\t':
            m_data += "\\t";
            break;
        default:
            m_data += "\\u" + QByteArray::number(int(c), 16).rightJustified(4, '0');
        }
    }
    flush(text.size());
    m_data += '"';
    return *this;
}

} // namespace CohortLens
