// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrywriter.h"

#include "nativeschema.h"
#include "registrystore.h"
#include "values.h"

#include <QDateTime>
#include <QSqlError>

namespace CohortLens {

namespace {
template<typename T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant optionalBool(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant();
}

QVariant optionalDate(const std::optional<QDate> &value)
{
    return value ? QVariant(value->toString(Qt::ISODate)) : QVariant();
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// Whole numbers are stored as integers so that they read back, and compare as text,
// exactly as written ("67", not "67.0").
QVariant number(double value)
{
    if (std::abs(value) < 1e15 && std::floor(value) == value)
        return QVariant(static_cast<qlonglong>(value));
    return QVariant(value);
}
} // namespace

RegistryWriter::RegistryWriter(RegistryStore &store)
    : m_store(store)
{}

RegistryWriter::~RegistryWriter()
{
    rollback();
}

bool RegistryWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool RegistryWriter::begin(ProvenanceEntry::Mode mode,
                           const QStringList &extraColumns,
                           RegistryStore::Layout layout)
{
    if (!m_store.beginTransaction())
        return fail(RegistryWriter::tr("cannot start the import: %1").arg(m_store.errorString()));
    m_active = true;
    if (!m_store.createOrMigrateSchema(layout))
        return fail(m_store.errorString());

    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    auto exec = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        return fail(query.lastError().databaseText());
    };

    if (mode == ProvenanceEntry::Mode::Replace) {
        if (!exec(QStringLiteral("DELETE FROM patients")))
            return false;
        QList<qint64> positions;
        query.exec(QStringLiteral("SELECT position FROM extra_columns"));
        while (query.next())
            positions << query.value(0).toLongLong();
        for (const qint64 position : positions) {
            if (!exec(QStringLiteral("ALTER TABLE patients DROP COLUMN extra_%1").arg(position)))
                return false;
        }
        if (!exec(QStringLiteral("DELETE FROM extra_columns")))
            return false;
    }

    query.prepare(QStringLiteral("INSERT INTO imports (source_name, source_sha256, rows_read,"
                                 " rows_imported, rows_rejected, mode, imported_at)"
                                 " VALUES ('', '', 0, 0, 0, ?, ?)"));
    query.addBindValue(ProvenanceEntry::modeKey(mode));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return fail(query.lastError().databaseText());
    m_importId = query.lastInsertId().toLongLong();

    // Extra columns live in patients as extra_<position>; their names stay in
    // extra_columns, so no name from a file ever becomes SQL.
    m_extraPosition.clear();
    const QStringList existing = m_store.extraColumns();
    int next = int(existing.size());
    {
        QSqlQuery maxQuery(db);
        if (maxQuery.exec(QStringLiteral("SELECT coalesce(max(position), 0) FROM extra_columns"))
            && maxQuery.next())
            next = maxQuery.value(0).toInt();
    }
    for (const QString &name : extraColumns) {
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT position FROM extra_columns WHERE name = ?"));
        find.addBindValue(name);
        if (find.exec() && find.next()) {
            m_extraPosition << find.value(0).toInt();
            continue;
        }
        ++next;
        QSqlQuery add(db);
        add.prepare(QStringLiteral("INSERT INTO extra_columns (position, name) VALUES (?, ?)"));
        add.addBindValue(next);
        add.addBindValue(name);
        if (!add.exec())
            return fail(add.lastError().databaseText());
        if (!exec(QStringLiteral("ALTER TABLE patients ADD COLUMN extra_%1 TEXT").arg(next)))
            return false;
        m_extraPosition << next;
    }

    QStringList columns{QStringLiteral("import_id"), QStringLiteral("source_row")};
    if (layout == RegistryStore::Layout::Native) {
        for (const auto &c : NativeSchema::columns())
            columns << QString::fromUtf16(c.name);
    }
    for (const int position : std::as_const(m_extraPosition))
        columns << QStringLiteral("extra_%1").arg(position);
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    m_insert = QSqlQuery(db);
    if (!m_insert.prepare(QStringLiteral("INSERT INTO patients (") + columns.join(u", ")
                          + QStringLiteral(") VALUES (") + placeholders.join(u", ")
                          + QStringLiteral(")")))
        return fail(m_insert.lastError().databaseText());
    return true;
}

RegistryWriter::Insert RegistryWriter::insert(qint64 sourceRow, const PatientRecord &p)
{
    int i = 0;
    auto bind = [&](const QVariant &value) { m_insert.bindValue(i++, value); };
    bind(m_importId);
    bind(sourceRow);
    bind(p.patientId);
    bind(p.age ? number(*p.age) : QVariant());
    bind(p.sex ? QVariant(Values::sexText(*p.sex)) : QVariant());
    bind(text(p.primarySite));
    bind(int(p.carcinoidSyndrome));
    bind(int(p.obstruction));
    bind(Values::armText(p.arm));
    bind(optionalBool(p.regionalResection));
    bind(optionalBool(p.csImproved));
    bind(optionalBool(p.obstructionRelieved));
    bind(optionalBool(p.complication));
    bind(optional(p.clavienDindo));
    bind(optionalBool(p.died30d));
    bind(number(p.followupMonths));
    bind(int(p.dead));
    bind(optionalDate(p.operationDate));
    bind(optionalDate(p.lastFollowupDate));
    for (qsizetype e = 0; e < m_extraPosition.size(); ++e)
        bind(e < p.extra.size() ? text(p.extra.at(e)) : QVariant());

    if (m_insert.exec())
        return Insert::Inserted;
    const QString message = m_insert.lastError().databaseText();
    QSqlQuery find(m_store.database());
    find.prepare(QStringLiteral("SELECT 1 FROM patients WHERE patient_id = ?"));
    find.addBindValue(p.patientId);
    if (find.exec() && find.next())
        return Insert::DuplicateId;
    fail(message);
    return Insert::Failed;
}

RegistryWriter::Insert RegistryWriter::insertValues(qint64 sourceRow, const QStringList &values)
{
    int i = 0;
    m_insert.bindValue(i++, m_importId);
    m_insert.bindValue(i++, sourceRow);
    for (qsizetype e = 0; e < m_extraPosition.size(); ++e)
        m_insert.bindValue(i++, e < values.size() ? text(values.at(e)) : QVariant());
    if (m_insert.exec())
        return Insert::Inserted;
    fail(m_insert.lastError().databaseText());
    return Insert::Failed;
}

qint64 RegistryWriter::earlierRowOf(const QString &patientId) const
{
    QSqlQuery find(m_store.database());
    find.prepare(QStringLiteral("SELECT source_row, import_id FROM patients WHERE patient_id = ?"));
    find.addBindValue(patientId);
    if (!find.exec() || !find.next())
        return 0;
    return find.value(1).toLongLong() == m_importId ? find.value(0).toLongLong() : 0;
}

bool RegistryWriter::commit(const ProvenanceEntry &entry)
{
    if (!m_active)
        return fail(RegistryWriter::tr("no import is in progress"));
    m_insert.finish();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE imports SET source_name = ?, source_sha256 = ?,"
                                 " rows_read = ?, rows_imported = ?, rows_rejected = ?"
                                 " WHERE id = ?"));
    query.addBindValue(entry.sourceName);
    query.addBindValue(entry.sha256);
    query.addBindValue(entry.rowsRead);
    query.addBindValue(entry.rowsImported);
    query.addBindValue(entry.rowsRejected);
    query.addBindValue(m_importId);
    if (!query.exec())
        return fail(query.lastError().databaseText());
    if (!m_store.commit())
        return fail(RegistryWriter::tr("cannot save the import: %1").arg(m_store.errorString()));
    m_active = false;
    return true;
}

void RegistryWriter::rollback()
{
    if (!m_active)
        return;
    m_insert.finish();
    m_insert = QSqlQuery();
    m_store.rollback();
    m_active = false;
}

} // namespace CohortLens
