// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

namespace CohortLens {

namespace {
// Column names are case-insensitive (SPEC §2).
QString key(const QString &name)
{
    return name.trimmed().toCaseFolded();
}
} // namespace

bool ColumnMapping::add(const QString &spec, QString *error)
{
    const qsizetype eq = spec.indexOf(u'=');
    const QString fieldName = spec.left(eq).trimmed();
    const QString column = eq < 0 ? QString() : spec.mid(eq + 1).trimmed();
    const auto field = NativeSchema::fieldByName(fieldName);
    if (eq < 0 || column.isEmpty()) {
        *error = ColumnMapping::tr("--map %1: expected FIELD=COLUMN, e.g. followup_months=months")
                     .arg(spec);
        return false;
    }
    if (!field) {
        QStringList names;
        for (const auto &c : NativeSchema::columns())
            names << QString::fromUtf16(c.name);
        *error = ColumnMapping::tr("--map %1: %2 is not a registry field; the fields are %3")
                     .arg(spec, fieldName, names.join(QStringLiteral(", ")));
        return false;
    }
    if (m_columns.contains(NativeSchema::index(*field))) {
        *error = ColumnMapping::tr("--map %1: %2 is mapped twice").arg(spec, fieldName);
        return false;
    }
    set(*field, column);
    return true;
}

void ColumnMapping::set(NativeSchema::Field field, const QString &column)
{
    m_columns.insert(NativeSchema::index(field), column.trimmed());
}

QString ColumnMapping::columnFor(NativeSchema::Field field) const
{
    return m_columns.value(NativeSchema::index(field), NativeSchema::name(field));
}

ResolvedColumns ColumnMapping::resolve(const QStringList &header, ValidationProblems &problems) const
{
    ResolvedColumns resolved;
    resolved.fieldIndex.fill(-1);

    QHash<QString, int> byName;
    for (int i = 0; i < header.size(); ++i) {
        QString name = header.at(i).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        resolved.headerNames << name;
        if (byName.contains(key(name))) {
            problems.append({0,
                             name,
                             {},
                             ColumnMapping::tr("the column name appears twice in the header; "
                                               "rename one of them")});
            continue;
        }
        byName.insert(key(name), i);
    }

    QList<bool> used(header.size(), false);
    for (const auto &c : NativeSchema::columns()) {
        const int field = NativeSchema::index(c.field);
        const bool mapped = m_columns.contains(field);
        const QString column = columnFor(c.field);
        const int index = byName.value(key(column), -1);
        if (index < 0) {
            if (mapped)
                problems.append({0,
                                 column,
                                 {},
                                 ColumnMapping::tr("no such column in the file, but %1 is mapped "
                                                   "to it; check the spelling of the mapping")
                                     .arg(NativeSchema::name(c.field))});
            continue;
        }
        if (used[index]) {
            problems.append(
                {0, column, {}, ColumnMapping::tr("the column is mapped to two registry fields")});
            continue;
        }
        used[index] = true;
        resolved.fieldIndex[static_cast<std::size_t>(field)] = index;
    }

    using F = NativeSchema::Field;
    for (const auto &c : NativeSchema::columns()) {
        // A mapped field whose column is missing was reported above.
        if (!c.required || resolved.has(c.field) || m_columns.contains(NativeSchema::index(c.field)))
            continue;
        if (c.field == F::FollowupMonths && resolved.has(F::OperationDate)
            && resolved.has(F::LastFollowupDate))
            continue;
        const QString column = columnFor(c.field);
        if (c.field == F::FollowupMonths)
            problems.append({0,
                             column,
                             {},
                             ColumnMapping::tr("required column is missing; add it, or give both "
                                               "operation_date and last_followup_date, or map "
                                               "it with --map followup_months=COLUMN")});
        else
            problems.append({0,
                             column,
                             {},
                             ColumnMapping::tr("required column is missing; add it or map it "
                                               "with --map %1=COLUMN")
                                 .arg(NativeSchema::name(c.field))});
    }

    for (int i = 0; i < header.size(); ++i) {
        if (used[i])
            continue;
        const QString &name = resolved.headerNames.at(i);
        if (const auto field = NativeSchema::fieldByName(name)) {
            // A native name left over because its field reads another column: keeping it
            // as an extra column would give two meanings to one name.
            if (m_columns.contains(NativeSchema::index(*field)) && resolved.has(*field)) {
                problems.append({0,
                                 name,
                                 {},
                                 ColumnMapping::tr("%1 is mapped to column %2, so this column "
                                                   "would be ignored; rename or remove it")
                                     .arg(name, columnFor(*field))});
            }
            continue;
        }
        if (byName.value(key(name)) != i)
            continue; // a duplicate, reported above
        resolved.extraIndex << i;
        resolved.extraNames << name;
    }
    return resolved;
}

} // namespace CohortLens
