// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortcolumns.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace CohortLens {

// A copy of the patients that can leave the clinic (issue 8, privacy), after the HIPAA
// Safe Harbor rules that apply to a registry's columns:
// - patient_id becomes the patient's sequence number, 1..n in the order given; other
//   identifier columns (`id`, `mrn`, a name ending in `_id`) are removed;
// - every date column is removed: its name holds "date" or is dob/birth, or one of its
//   cells reads as a calendar date (2008-03-14, 14/03/2008, 14.03.2008, 2008/03/14);
// - an age above 89 (the `age` column, or one named `age_…`/`…_age`) becomes the text
//   "90+"; younger ages stay numbers.
// `rows` becomes the sequence numbers too: the source file's row numbers would link the
// copy back to it. Everything else is kept as it is; a free-text column holding names or
// other identifiers is not recognised (the user must leave it out of the registry).
class Deidentifier
{
public:
    // The text that stands for every age above MaximumAge.
    static constexpr double MaximumAge = 89;
    [[nodiscard]] static QString oldestAgeGroup() { return QStringLiteral("90+"); }

    // `order` chooses the patients and their order (all, in their order, when empty).
    [[nodiscard]] static CohortColumns deidentify(const CohortColumns &patients,
                                                  const QList<int> &order = {});

    [[nodiscard]] static bool isPatientIdColumn(const QString &name);
    [[nodiscard]] static bool isOtherIdentifierColumn(const QString &name);
    [[nodiscard]] static bool isAgeColumn(const QString &name);
    // By name, or by its values (any one cell that reads as a date).
    [[nodiscard]] static bool isDateColumn(const QString &name, const CohortColumn &values);
    [[nodiscard]] static bool looksLikeDate(const QString &text);
};

} // namespace CohortLens
