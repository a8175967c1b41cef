// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "columnmapping.h"
#include "patientrecord.h"
#include "validationproblem.h"

#include <QStringList>

#include <optional>

namespace CohortLens {

// Checks one data row of a native-schema file against the rules of SPEC §2 and turns
// it into a PatientRecord. Every problem of the row is reported, not only the first.
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::RecordValidator)

public:
    explicit RecordValidator(ResolvedColumns columns);

    // row: 1 = the first row after the header. Returns the record when the row has no
    // problem; otherwise appends the row's problems and returns nothing.
    [[nodiscard]] std::optional<PatientRecord> validate(qint64 row,
                                                        const QStringList &fields,
                                                        ValidationProblems &problems) const;

    // A row whose every cell is empty: spreadsheets write these at the end of a sheet.
    [[nodiscard]] static bool isEmptyRow(const QStringList &fields);

    // The problem of a row whose field count differs from the header's.
    [[nodiscard]] static QString fieldCountMessage(qsizetype fields, qsizetype headerFields);

    // Months between two dates: days / (365.25 / 12).
    [[nodiscard]] static double monthsBetween(const QDate &from, const QDate &to);

private:
    ResolvedColumns m_columns;
};

} // namespace CohortLens
