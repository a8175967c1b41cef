// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "nativeschema.h"
#include "validationproblem.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>

namespace CohortLens {

// Where each native field is in a file's header. Built by ColumnMapping::resolve().
struct ResolvedColumns
{
    // Header index of each native field, -1 when the file has no such column.
    std::array<int, NativeSchema::FieldCount> fieldIndex{};
    // The columns outside the native schema, kept as they are.
    QList<int> extraIndex;
    QStringList extraNames;
    // Names as used in messages: the header's own spelling.
    QStringList headerNames;

    [[nodiscard]] int indexOf(NativeSchema::Field field) const
    {
        return fieldIndex[static_cast<std::size_t>(field)];
    }
    [[nodiscard]] bool has(NativeSchema::Field field) const { return indexOf(field) >= 0; }
};

// Maps native fields onto the columns of a foreign CSV ("followup_months=time_mo").
// Unmapped fields are looked up under their native names; every other column is kept
// as an extra column.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ColumnMapping)

public:
    // Parses one "field=column" pair; false with a message for an unknown field, a field
    // mapped twice or a missing column name.
    bool add(const QString &spec, QString *error);
    void set(NativeSchema::Field field, const QString &column);
    [[nodiscard]] QString columnFor(NativeSchema::Field field) const;
    [[nodiscard]] bool isEmpty() const { return m_columns.isEmpty(); }

    // Matches the mapping against a header. Problems: a mapped column not in the file,
    // a required column missing, a column name used twice, a native column left over
    // because its field is mapped elsewhere.
    [[nodiscard]] ResolvedColumns resolve(const QStringList &header,
                                          ValidationProblems &problems) const;

private:
    QHash<int, QString> m_columns; // field index -> column name
};

} // namespace CohortLens
