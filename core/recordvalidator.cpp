// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordvalidator.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace CohortLens {

namespace {
using F = NativeSchema::Field;

// Reads the cells of one row, collecting the problems as it goes.
class RowReader
{
public:
    RowReader(const ResolvedColumns &columns,
              qint64 row,
              const QStringList &fields,
              ValidationProblems &problems)
        : m_columns(columns)
        , m_row(row)
        , m_fields(fields)
        , m_problems(problems)
    {}

    [[nodiscard]] bool failed() const { return m_failed; }

    QString text(F field) const
    {
        const int index = m_columns.indexOf(field);
        return index < 0 ? QString() : m_fields.at(index).trimmed();
    }

    void problem(F field, const QString &message)
    {
        const int index = m_columns.indexOf(field);
        const QString column = index < 0 ? NativeSchema::name(field)
                                         : m_columns.headerNames.at(index);
        m_problems.append({m_row, column, index < 0 ? QString() : m_fields.at(index), message});
        m_failed = true;
    }

    bool required(F field)
    {
        if (!text(field).isEmpty())
            return true;
        problem(field, RecordValidator::tr("a value is required here; fill it in"));
        return false;
    }

    std::optional<bool> boolean(F field)
    {
        const QString t = text(field);
        if (t.isEmpty())
            return std::nullopt;
        const auto value = Values::parseBoolean(t);
        if (!value)
            problem(field,
                    RecordValidator::tr(
                        "not a yes/no value; write yes or no (1/0, y/n and true/false "
                        "also work)"));
        return value;
    }

    std::optional<double> number(F field)
    {
        const QString t = text(field);
        if (t.isEmpty())
            return std::nullopt;
        const auto value = Values::parseNumber(t);
        const auto &spec = NativeSchema::column(field);
        if (!value) {
            problem(field,
                    RecordValidator::tr("not a number; write digits with a point as the decimal "
                                        "separator, e.g. 47.5"));
            return std::nullopt;
        }
        if (*value < spec.minimum) {
            problem(field,
                    spec.minimum == 0 ? RecordValidator::tr("cannot be negative")
                                      : RecordValidator::tr("must be at least %1")
                                            .arg(Values::numberText(spec.minimum)));
            return std::nullopt;
        }
        if (*value > spec.maximum) {
            problem(field,
                    RecordValidator::tr("must be between %1 and %2")
                        .arg(Values::numberText(spec.minimum), Values::numberText(spec.maximum)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<int> integer(F field)
    {
        const auto value = number(field);
        if (value && std::floor(*value) != *value) {
            problem(field,
                    RecordValidator::tr("must be a whole number from %1 to %2")
                        .arg(Values::numberText(NativeSchema::column(field).minimum),
                             Values::numberText(NativeSchema::column(field).maximum)));
            return std::nullopt;
        }
        return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
    }

    std::optional<QDate> date(F field)
    {
        const QString t = text(field);
        if (t.isEmpty())
            return std::nullopt;
        const auto value = Values::parseIsoDate(t);
        if (!value)
            problem(field,
                    RecordValidator::tr("not a date; write it as YYYY-MM-DD, e.g. 2004-03-17"));
        return value;
    }

private:
    const ResolvedColumns &m_columns;
    qint64 m_row;
    const QStringList &m_fields;
    ValidationProblems &m_problems;
    bool m_failed = false;
};

} // namespace

RecordValidator::RecordValidator(ResolvedColumns columns)
    : m_columns(std::move(columns))
{}

bool RecordValidator::isEmptyRow(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) {
        return f.trimmed().isEmpty();
    });
}

QString RecordValidator::fieldCountMessage(qsizetype fields, qsizetype headerFields)
{
    return tr("the row has %1 fields but the header has %2; check for a missing or extra "
              "separator, or a quote that is not closed")
        .arg(fields)
        .arg(headerFields);
}

double RecordValidator::monthsBetween(const QDate &from, const QDate &to)
{
    return static_cast<double>(from.daysTo(to)) / (365.25 / 12.0);
}

std::optional<PatientRecord> RecordValidator::validate(qint64 row,
                                                       const QStringList &fields,
                                                       ValidationProblems &problems) const
{
    if (fields.size() != m_columns.headerNames.size()) {
        problems.append(
            {row, {}, {}, fieldCountMessage(fields.size(), m_columns.headerNames.size())});
        return std::nullopt;
    }

    RowReader r(m_columns, row, fields, problems);
    PatientRecord p;

    if (r.required(F::PatientId))
        p.patientId = r.text(F::PatientId);
    p.age = r.number(F::Age);
    if (const QString sex = r.text(F::Sex); !sex.isEmpty()) {
        p.sex = Values::parseSex(sex);
        if (!p.sex)
            r.problem(F::Sex,
                      RecordValidator::tr("unknown sex; write M or F (male/female also work)"));
    }
    p.primarySite = r.text(F::PrimarySite);
    if (r.required(F::CarcinoidSyndrome))
        p.carcinoidSyndrome = r.boolean(F::CarcinoidSyndrome).value_or(false);
    if (r.required(F::Obstruction))
        p.obstruction = r.boolean(F::Obstruction).value_or(false);
    if (r.required(F::Arm)) {
        const auto arm = Values::parseArm(r.text(F::Arm));
        if (arm)
            p.arm = *arm;
        else
            r.problem(F::Arm, RecordValidator::tr("unknown arm; write cytoreduction or medical"));
    }
    p.regionalResection = r.boolean(F::RegionalResection);
    p.csImproved = r.boolean(F::CsImproved);
    p.obstructionRelieved = r.boolean(F::ObstructionRelieved);
    p.complication = r.boolean(F::Complication);
    p.clavienDindo = r.integer(F::ClavienDindo);
    p.died30d = r.boolean(F::Died30d);
    p.operationDate = r.date(F::OperationDate);
    p.lastFollowupDate = r.date(F::LastFollowupDate);

    if (!r.text(F::FollowupMonths).isEmpty()) {
        p.followupMonths = r.number(F::FollowupMonths).value_or(0);
    } else if (p.operationDate && p.lastFollowupDate) {
        p.followupMonths = monthsBetween(*p.operationDate, *p.lastFollowupDate);
    } else if (!r.text(F::OperationDate).isEmpty() && !r.text(F::LastFollowupDate).isEmpty()) {
        // A date is invalid and already reported.
    } else {
        r.problem(F::FollowupMonths,
                  RecordValidator::tr("follow-up is required; fill in followup_months, or "
                                      "both operation_date and last_followup_date"));
    }
    if (p.operationDate && p.lastFollowupDate && *p.lastFollowupDate < *p.operationDate)
        r.problem(F::LastFollowupDate,
                  RecordValidator::tr("the last follow-up is before the operation date"));

    if (r.required(F::Status)) {
        const QString status = r.text(F::Status);
        const auto value = Values::parseNumber(status);
        if (value == 1.0 || value == 0.0)
            p.dead = *value == 1.0;
        else
            r.problem(F::Status,
                      RecordValidator::tr(
                          "status must be 1 (dead) or 0 (alive at last follow-up)"));
    }

    // A postoperative death is a death: the patient cannot be alive at the last follow-up.
    if (p.died30d == true && Values::parseNumber(r.text(F::Status)) == 0.0)
        r.problem(F::Died30d,
                  RecordValidator::tr("died within 30 days of the operation, but status is 0 "
                                      "(alive at last follow-up); correct one of them"));

    // Outcome columns only mean something for the patients they apply to (SPEC §2).
    // Only against a presentation that was itself valid: one mistake, one problem.
    if (p.csImproved && Values::parseBoolean(r.text(F::CarcinoidSyndrome)) == false)
        r.problem(F::CsImproved,
                  RecordValidator::tr("given for a patient without carcinoid syndrome; leave it "
                                      "empty or correct carcinoid_syndrome"));
    if (p.obstructionRelieved && Values::parseBoolean(r.text(F::Obstruction)) == false)
        r.problem(F::ObstructionRelieved,
                  RecordValidator::tr("given for a patient without obstruction; leave it "
                                      "empty or correct obstruction"));
    if (p.clavienDindo && *p.clavienDindo > 0 && p.complication == false)
        r.problem(F::ClavienDindo,
                  RecordValidator::tr("a complication grade above 0 but complication is no; "
                                      "correct one of them"));
    if (p.clavienDindo && *p.clavienDindo == 0 && p.complication == true)
        r.problem(F::ClavienDindo,
                  RecordValidator::tr("grade 0 means no complication, but complication is yes; "
                                      "give the worst grade (1 to 5)"));

    for (int i = 0; i < m_columns.extraIndex.size(); ++i)
        p.extra << fields.at(m_columns.extraIndex.at(i)).trimmed();

    if (r.failed())
        return std::nullopt;
    return p;
}

} // namespace CohortLens
