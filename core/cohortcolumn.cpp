// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortcolumn.h"

#include <algorithm>

namespace CohortLens {

CohortColumn::CohortColumn()
    : m_data(std::make_shared<Data>())
{}

CohortColumn::CohortColumn(std::initializer_list<QVariant> cells)
    : CohortColumn()
{
    reserve(qsizetype(cells.size()));
    for (const QVariant &cell : cells)
        append(cell);
}

QVariant CohortColumn::at(qsizetype i) const
{
    const std::int32_t c = code(i);
    if (c == Empty)
        return {};
    if (c == Number)
        return number(i);
    return m_data->texts.at(c);
}

QVariant CohortColumn::value(qsizetype i) const
{
    return i >= 0 && i < size() ? at(i) : QVariant();
}

CohortColumn::Data &CohortColumn::detach()
{
    if (m_data.use_count() > 1)
        m_data = std::make_shared<Data>(*m_data);
    return *m_data;
}

void CohortColumn::storeNumbers(Data &data)
{
    if (data.numbers.size() < data.codes.size())
        data.numbers.resize(data.codes.size());
}

void CohortColumn::reserve(qsizetype n)
{
    detach().codes.reserve(std::size_t(n));
}

void CohortColumn::appendEmpty()
{
    Data &d = detach();
    d.codes.push_back(Empty);
    if (!d.numbers.empty())
        d.numbers.push_back(0);
}

void CohortColumn::appendNumber(double value)
{
    Data &d = detach();
    storeNumbers(d);
    d.codes.push_back(Number);
    d.numbers.push_back(value);
}

std::int32_t CohortColumn::appendText(const QString &text)
{
    Data &d = detach();
    d.texts.append(text);
    const auto c = std::int32_t(d.texts.size() - 1);
    appendCode(c);
    return c;
}

void CohortColumn::appendCode(std::int32_t code)
{
    Data &d = detach();
    d.codes.push_back(code);
    if (!d.numbers.empty())
        d.numbers.push_back(0);
}

void CohortColumn::append(const QVariant &cell)
{
    if (!cell.isValid())
        appendEmpty();
    else if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int
             || cell.typeId() == QMetaType::LongLong)
        appendNumber(cell.toDouble());
    else
        appendText(cell.toString());
}

CohortColumn &CohortColumn::operator<<(const QVariant &cell)
{
    append(cell);
    return *this;
}

QStringList CohortColumn::distinct(int limit) const
{
    QStringList result;
    std::vector<bool> seen(std::size_t(m_data->texts.size()), false);
    auto add = [&](const QString &text) {
        if (!result.contains(text))
            result << text;
        return limit > 0 && result.size() >= limit;
    };
    for (qsizetype i = 0; i < size(); ++i) {
        const std::int32_t c = code(i);
        if (c == Number) {
            if (add(QString::number(number(i))))
                break;
        } else if (c >= 0 && !seen[std::size_t(c)]) {
            seen[std::size_t(c)] = true;
            if (add(m_data->texts.at(c)))
                break;
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

double CohortColumn::maximum() const
{
    double m = 0;
    if (!m_data->numbers.empty()) {
        for (qsizetype i = 0; i < size(); ++i) {
            if (code(i) == Number)
                m = std::max(m, number(i));
        }
    }
    return m;
}

CohortColumn CohortColumn::mid(qsizetype pos, qsizetype n) const
{
    const qsizetype first = std::clamp(pos, qsizetype(0), size());
    const qsizetype last = n < 0 ? size() : std::clamp(first + n, first, size());
    CohortColumn result;
    Data &d = *result.m_data;
    d.texts = m_data->texts;
    d.codes.assign(m_data->codes.begin() + first, m_data->codes.begin() + last);
    if (!m_data->numbers.empty())
        d.numbers.assign(m_data->numbers.begin() + first, m_data->numbers.begin() + last);
    return result;
}

CohortColumn CohortColumn::gathered(std::span<const qsizetype> positions) const
{
    CohortColumn result;
    Data &d = *result.m_data;
    d.texts = m_data->texts;
    d.codes.reserve(positions.size());
    for (const qsizetype i : positions)
        d.codes.push_back(m_data->codes[std::size_t(i)]);
    if (!m_data->numbers.empty()) {
        d.numbers.reserve(positions.size());
        for (const qsizetype i : positions)
            d.numbers.push_back(m_data->numbers[std::size_t(i)]);
    }
    return result;
}

CohortColumn &CohortColumn::operator+=(const CohortColumn &other)
{
    if (other.isEmpty())
        return *this;
    if (isEmpty()) {
        m_data = other.m_data;
        return *this;
    }
    Data &d = detach();
    const bool sameTexts = d.texts.constData() == other.m_data->texts.constData()
                           && d.texts.size() == other.m_data->texts.size();
    const auto offset = std::int32_t(sameTexts ? 0 : d.texts.size());
    if (!sameTexts)
        d.texts += other.m_data->texts;
    if (!other.m_data->numbers.empty())
        storeNumbers(d);
    for (qsizetype i = 0; i < other.size(); ++i) {
        const std::int32_t c = other.code(i);
        d.codes.push_back(c >= 0 ? c + offset : c);
        if (!d.numbers.empty())
            d.numbers.push_back(c == Number ? other.number(i) : 0);
    }
    return *this;
}

bool operator==(const CohortColumn &a, const CohortColumn &b)
{
    if (a.m_data == b.m_data)
        return true;
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            return false;
    }
    return true;
}

} // namespace CohortLens
