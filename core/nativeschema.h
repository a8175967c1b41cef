// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace CohortLens {

// The columns of the native registry format (SPEC §2).
class NativeSchema
{
public:
    enum class Field {
        PatientId,
        Age,
        Sex,
        PrimarySite,
        CarcinoidSyndrome,
        Obstruction,
        Arm,
        RegionalResection,
        CsImproved,
        ObstructionRelieved,
        Complication,
        ClavienDindo,
        Died30d,
        FollowupMonths,
        Status,
        OperationDate,
        LastFollowupDate,
    };
    static constexpr int FieldCount = 17;

    enum class Type { Text, Number, Integer, Boolean, Sex, Arm, Status, Date };

    struct Column
    {
        Field field;
        const char16_t *name;
        Type type;
        // Required in every file. followup_months is required unless both dates are given.
        bool required;
        double minimum; // numeric range, inclusive (Number/Integer only)
        double maximum;
    };

    [[nodiscard]] static const std::array<Column, FieldCount> &columns();
    [[nodiscard]] static const Column &column(Field field);
    [[nodiscard]] static QString name(Field field);
    // Case-insensitive lookup of a column name.
    [[nodiscard]] static std::optional<Field> fieldByName(QStringView name);
    [[nodiscard]] static int index(Field field) { return static_cast<int>(field); }
};

} // namespace CohortLens
