// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativeschema.h"

#include <limits>

namespace CohortLens {

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
using F = NativeSchema::Field;
using T = NativeSchema::Type;

constexpr std::array<NativeSchema::Column, NativeSchema::FieldCount> nativeColumns{{
    {F::PatientId, u"patient_id", T::Text, true, 0, 0},
    {F::Age, u"age", T::Number, false, 0, 120},
    {F::Sex, u"sex", T::Sex, false, 0, 0},
    {F::PrimarySite, u"primary_site", T::Text, false, 0, 0},
    {F::CarcinoidSyndrome, u"carcinoid_syndrome", T::Boolean, true, 0, 0},
    {F::Obstruction, u"obstruction", T::Boolean, true, 0, 0},
    {F::Arm, u"arm", T::Arm, true, 0, 0},
    {F::RegionalResection, u"regional_resection", T::Boolean, false, 0, 0},
    {F::CsImproved, u"cs_improved", T::Boolean, false, 0, 0},
    {F::ObstructionRelieved, u"obstruction_relieved", T::Boolean, false, 0, 0},
    {F::Complication, u"complication", T::Boolean, false, 0, 0},
    {F::ClavienDindo, u"clavien_dindo", T::Integer, false, 0, 5},
    {F::Died30d, u"died_30d", T::Boolean, false, 0, 0},
    {F::FollowupMonths, u"followup_months", T::Number, true, 0, inf},
    {F::Status, u"status", T::Status, true, 0, 1},
    {F::OperationDate, u"operation_date", T::Date, false, 0, 0},
    {F::LastFollowupDate, u"last_followup_date", T::Date, false, 0, 0},
}};
} // namespace

const std::array<NativeSchema::Column, NativeSchema::FieldCount> &NativeSchema::columns()
{
    return nativeColumns;
}

const NativeSchema::Column &NativeSchema::column(Field field)
{
    return nativeColumns[static_cast<std::size_t>(field)];
}

QString NativeSchema::name(Field field)
{
    return QString::fromUtf16(column(field).name);
}

std::optional<NativeSchema::Field> NativeSchema::fieldByName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const Column &c : nativeColumns) {
        if (trimmed.compare(QStringView(c.name), Qt::CaseInsensitive) == 0)
            return c.field;
    }
    return std::nullopt;
}

} // namespace CohortLens
