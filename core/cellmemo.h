// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortcolumn.h"

#include <QHash>
#include <QVariant>

#include <bit>
#include <optional>
#include <vector>

namespace CohortLens {

// Converts the cells of one column once per distinct value: status, arm, yes/no and
// category columns hold a handful of values, and converting every row's anew (a number to
// text, text to UTF-8) would dominate a large cohort. Texts are remembered by their code in
// the column, numbers by their bits (so -0 and 0 stay apart); past MaxValues distinct
// values (a continuous column, identifiers) it converts without remembering.
template<typename T>
class CellMemo
{
public:
    template<typename Convert>
    T operator()(const CohortColumn &column, qsizetype i, Convert &&convert)
    {
        const std::int32_t code = column.code(i);
        if (code >= 0 && code < MaxValues) {
            if (std::size_t(code) >= m_texts.size())
                m_texts.resize(std::size_t(code) + 1);
            std::optional<T> &memo = m_texts[std::size_t(code)];
            if (!memo)
                memo = convert(column.at(i));
            return *memo;
        }
        if (code == CohortColumn::Number) {
            const auto bits = std::bit_cast<quint64>(column.number(i));
            if (const auto found = m_numbers.constFind(bits); found != m_numbers.cend())
                return found.value();
            T value = convert(column.at(i));
            if (m_numbers.size() < MaxValues)
                m_numbers.insert(bits, value);
            return value;
        }
        if (code == CohortColumn::Empty) {
            if (!m_empty)
                m_empty = convert(QVariant());
            return *m_empty;
        }
        return convert(column.at(i));
    }

private:
    static constexpr qsizetype MaxValues = 4096;
    QHash<quint64, T> m_numbers;
    std::vector<std::optional<T>> m_texts;
    std::optional<T> m_empty;
};

} // namespace CohortLens
