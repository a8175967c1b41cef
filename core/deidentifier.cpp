// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deidentifier.h"

#include <QRegularExpression>

#include <cmath>

namespace CohortLens {

bool Deidentifier::isPatientIdColumn(const QString &name)
{
    return name.trimmed().compare(u"patient_id", Qt::CaseInsensitive) == 0;
}

bool Deidentifier::isOtherIdentifierColumn(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return !isPatientIdColumn(n)
           && (n == u"id" || n == u"mrn" || n.endsWith(u"_id") || n.endsWith(u" id"));
}

bool Deidentifier::isAgeColumn(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return n == u"age" || n.startsWith(u"age_") || n.endsWith(u"_age");
}

bool Deidentifier::looksLikeDate(const QString &text)
{
    // Year first (ISO 8601, also with a time, or with slashes), or day and month first with
    // a two- or four-digit year: what registries and spreadsheets write.
    static const QRegularExpression date(
        QStringLiteral("^\\s*(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}([T ].*)?"
                       "|\\d{1,2}[-/.]\\d{1,2}[-/.](\\d{2}|\\d{4})([T ].*)?)\\s*$"));
    return date.match(text).hasMatch();
}

bool Deidentifier::isDateColumn(const QString &name, const CohortColumn &values)
{
    const QString n = name.trimmed().toLower();
    if (n.contains(u"date") || n == u"dob" || n.contains(u"birth"))
        return true;
    return std::any_of(values.cbegin(), values.cend(), [](const QVariant &value) {
        return value.isValid() && value.typeId() != QMetaType::Double
               && looksLikeDate(value.toString());
    });
}

CohortColumns Deidentifier::deidentify(const CohortColumns &patients, const QList<int> &order)
{
    QList<int> rows = order;
    if (rows.isEmpty()) {
        const qsizetype n = patients.values.isEmpty() ? patients.rows.size()
                                                      : patients.values.constFirst().size();
        for (int r = 0; r < n; ++r)
            rows << r;
    }

    CohortColumns result;
    for (qsizetype i = 0; i < rows.size(); ++i)
        result.rows << qint64(i + 1);
    for (qsizetype c = 0; c < patients.names.size(); ++c) {
        const QString &name = patients.names.at(c);
        const CohortColumn values = patients.values.value(c);
        if (isOtherIdentifierColumn(name) || isDateColumn(name, values))
            continue;
        const RegistryColumn::Kind kind = patients.kinds.value(c, RegistryColumn::Kind::Text);
        CohortColumn column;
        column.reserve(rows.size());
        if (isPatientIdColumn(name)) {
            for (qsizetype i = 0; i < rows.size(); ++i)
                column << QVariant(QString::number(i + 1));
            result.kinds << RegistryColumn::Kind::Text;
        } else if (isAgeColumn(name)) {
            for (const int r : std::as_const(rows)) {
                const QVariant value = values.value(r);
                bool number = value.typeId() == QMetaType::Double;
                const double age = number ? value.toDouble()
                                          : value.toString().trimmed().toDouble(&number);
                // NaN compares false: a cell that is not a number stays as written.
                if (number && age > MaximumAge)
                    column << QVariant(oldestAgeGroup());
                else
                    column << value;
            }
            result.kinds << RegistryColumn::Kind::Text;
        } else {
            for (const int r : std::as_const(rows))
                column << values.value(r);
            result.kinds << kind;
        }
        result.names << name;
        result.values << column;
    }
    return result;
}

} // namespace CohortLens
