// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "values.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace CohortLens {

// One patient of a native-schema registry (SPEC §2), validated and normalised.
// Optional members are empty where the registry leaves the value empty; for the
// outcome columns that emptiness carries meaning (no CS, no obstruction, not operated).
struct PatientRecord
{
    QString patientId;
    std::optional<double> age;
    std::optional<Sex> sex;
    QString primarySite;
    bool carcinoidSyndrome = false;
    bool obstruction = false;
    Arm arm = Arm::Medical;
    std::optional<bool> regionalResection;
    std::optional<bool> csImproved;
    std::optional<bool> obstructionRelieved;
    std::optional<bool> complication;
    std::optional<int> clavienDindo;
    std::optional<bool> died30d;
    double followupMonths = 0;
    bool dead = false; // status: 1 = dead at last follow-up
    std::optional<QDate> operationDate;
    std::optional<QDate> lastFollowupDate;
    // Values of the columns outside the native schema, in the registry's extra-column
    // order; an empty string is an empty cell.
    QStringList extra;

    friend bool operator==(const PatientRecord &, const PatientRecord &) = default;
};

} // namespace CohortLens
