// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <span>
#include <vector>

namespace CohortLens {

// One column of a cohort, a cell per patient: empty, a stored number, or a text. Texts are
// kept once in texts() and each cell holds its index there, so a column of arms, sites or
// yes/no costs four bytes a patient and an analysis can decide each distinct text once
// (CellMemo). Numbers are stored only in columns that hold some. Copies share the cells
// until one of them changes (copy on write), as Qt's containers do.
class CohortColumn
{
public:
    // The code of a cell: a text's index in texts(), or one of these.
    static constexpr std::int32_t Empty = -1;
    static constexpr std::int32_t Number = -2;

    CohortColumn();
    CohortColumn(std::initializer_list<QVariant> cells);

    [[nodiscard]] qsizetype size() const { return qsizetype(m_data->codes.size()); }
    [[nodiscard]] bool isEmpty() const { return m_data->codes.empty(); }

    [[nodiscard]] std::int32_t code(qsizetype i) const { return m_data->codes[std::size_t(i)]; }
    [[nodiscard]] bool isNull(qsizetype i) const { return code(i) == Empty; }
    [[nodiscard]] bool isNumber(qsizetype i) const { return code(i) == Number; }
    [[nodiscard]] double number(qsizetype i) const { return m_data->numbers[std::size_t(i)]; }
    [[nodiscard]] const QStringList &texts() const { return m_data->texts; }

    // The cell as a QVariant: invalid when empty, a double, or a QString.
    [[nodiscard]] QVariant at(qsizetype i) const;
    // The same, or an invalid QVariant past the end.
    [[nodiscard]] QVariant value(qsizetype i) const;
    [[nodiscard]] QVariant operator[](qsizetype i) const { return at(i); }
    [[nodiscard]] QVariant first() const { return at(0); }
    [[nodiscard]] QVariant last() const { return at(size() - 1); }
    [[nodiscard]] QVariant constFirst() const { return first(); }
    [[nodiscard]] QVariant constLast() const { return last(); }

    void reserve(qsizetype n);
    void appendEmpty();
    void appendNumber(double value);
    // A new text, or one already added (its code from a previous appendText()).
    std::int32_t appendText(const QString &text);
    void appendCode(std::int32_t code);
    // An invalid QVariant, a double (or any number), or anything else as its text.
    void append(const QVariant &cell);
    CohortColumn &operator<<(const QVariant &cell);

    // The distinct values as text, sorted (numbers as QString::number writes them), at most
    // `limit` of them when limit > 0: filter choices, the values a mapping dialog offers.
    [[nodiscard]] QStringList distinct(int limit = -1) const;
    // The largest number, 0 for none.
    [[nodiscard]] double maximum() const;

    // Cells pos .. pos + n - 1 (to the end for n < 0), sharing the texts.
    [[nodiscard]] CohortColumn mid(qsizetype pos, qsizetype n = -1) const;
    // The cells at these positions, in this order, sharing the texts.
    [[nodiscard]] CohortColumn gathered(std::span<const qsizetype> positions) const;
    CohortColumn &operator+=(const CohortColumn &other);

    // Cell by cell, as QVariants compare.
    friend bool operator==(const CohortColumn &a, const CohortColumn &b);
    friend bool operator!=(const CohortColumn &a, const CohortColumn &b) { return !(a == b); }

    // Whether two columns share their cells (one was copied from the other, unchanged).
    [[nodiscard]] bool isSharedWith(const CohortColumn &other) const
    {
        return m_data == other.m_data;
    }

    // Iterates the cells as QVariants, for code that reads a column as a list.
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = QVariant;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = QVariant;

        const_iterator() = default;
        const_iterator(const CohortColumn *column, qsizetype i)
            : m_column(column)
            , m_i(i)
        {}
        QVariant operator*() const { return m_column->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_i;
            return before;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_i == b.m_i;
        }

    private:
        const CohortColumn *m_column = nullptr;
        qsizetype m_i = 0;
    };
    [[nodiscard]] const_iterator begin() const { return {this, 0}; }
    [[nodiscard]] const_iterator end() const { return {this, size()}; }
    [[nodiscard]] const_iterator cbegin() const { return begin(); }
    [[nodiscard]] const_iterator cend() const { return end(); }

private:
    struct Data
    {
        std::vector<std::int32_t> codes;
        std::vector<double> numbers; // empty until a number is stored, then one per cell
        QStringList texts;
    };
    Data &detach();
    void storeNumbers(Data &data);

    std::shared_ptr<Data> m_data;
};

} // namespace CohortLens
