// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <bit>

namespace CohortLens {

// Converts a cell once per distinct value: status, arm, yes/no and category columns hold a
// handful of values, and converting every row's anew (a number to text, text to UTF-8)
// would dominate a large cohort. Numbers are keyed by their bits, so -0 and 0 stay apart;
// after MaxValues distinct values (a continuous column) it converts without remembering.
template<typename T>
class CellMemo
{
public:
    template<typename Convert>
    T operator()(const QVariant &cell, Convert &&convert)
    {
        if (cell.typeId() == QMetaType::Double) {
            const auto bits = std::bit_cast<quint64>(cell.toDouble());
            if (const auto found = m_numbers.constFind(bits); found != m_numbers.cend())
                return found.value();
            T value = convert(cell);
            if (m_numbers.size() < MaxValues)
                m_numbers.insert(bits, value);
            return value;
        }
        if (cell.typeId() == QMetaType::QString) {
            const QString text = cell.toString();
            if (const auto found = m_texts.constFind(text); found != m_texts.cend())
                return found.value();
            T value = convert(cell);
            if (m_texts.size() < MaxValues)
                m_texts.insert(text, value);
            return value;
        }
        return convert(cell);
    }

private:
    static constexpr qsizetype MaxValues = 1024;
    QHash<quint64, T> m_numbers;
    QHash<QString, T> m_texts;
};

} // namespace CohortLens
