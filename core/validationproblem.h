// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QList>
#include <QString>

namespace CohortLens {

// One problem found in a registry file: where it is, what is there, and what to do.
struct ValidationProblem
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ValidationProblem)

public:
    // Data row, 1 = the first row after the header; 0 = the file or its header.
    qint64 row = 0;
    QString column;
    // The cell as written.
    QString value;
    // A translated sentence: what is wrong and how to fix it.
    QString message;
    // False when the cell could not be read at all (not UTF-8, binary data): its value is
    // then not shown.
    bool valueKnown = true;

    // "row 12, column arm, value "surgery": unknown arm; use cytoreduction or medical"
    [[nodiscard]] QString toString() const;

    friend bool operator==(const ValidationProblem &, const ValidationProblem &) = default;
};

using ValidationProblems = QList<ValidationProblem>;

} // namespace CohortLens
