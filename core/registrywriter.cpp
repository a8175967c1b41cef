// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrywriter.h"

#include "nativeschema.h"
#include "registrystore.h"
#include "values.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>

namespace CohortLens {

namespace {
// Binds through the SQLite API: Qt's per-value bookkeeping costs more than the insert.
class Binder
{
public:
    explicit Binder(sqlite3_stmt *statement)
        : m_statement(statement)
    {}

    void null() { sqlite3_bind_null(m_statement, ++m_index); }
    void integer(qint64 value) { sqlite3_bind_int64(m_statement, ++m_index, value); }
    void text(const QString &value)
    {
        if (value.isEmpty()) {
            null();
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement,
                          ++m_index,
                          utf8.constData(),
                          int(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    void staticText(const char *value)
    {
        sqlite3_bind_text(m_statement, ++m_index, value, -1, SQLITE_STATIC);
    }
    void boolean(bool value) { integer(value ? 1 : 0); }
    void boolean(const std::optional<bool> &value) { value ? boolean(*value) : null(); }
    // Whole numbers as integers, so that they read back, and compare as text, exactly as
    // written ("67", not "67.0").
    void number(double value)
    {
        if (std::abs(value) < 1e15 && std::floor(value) == value)
            integer(static_cast<qint64>(value));
        else
            sqlite3_bind_double(m_statement, ++m_index, value);
    }
    void date(const std::optional<QDate> &value)
    {
        if (value)
            text(value->toString(Qt::ISODate));
        else
            null();
    }

private:
    sqlite3_stmt *m_statement;
    int m_index = 0;
};

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
        return fail(RegistryStore::errorText(query.lastError()));
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
        return fail(RegistryStore::errorText(query.lastError()));
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
            return fail(RegistryStore::errorText(add.lastError()));
        if (!exec(QStringLiteral("ALTER TABLE patients ADD COLUMN extra_%1 TEXT").arg(next)))
            return false;
        m_extraPosition << next;
    }

    // A registry filled from scratch gets its filter indexes once, at the end; an append
    // keeps them (the rows already there are usually the many). A larger page cache keeps
    // the patient_id index in memory. Neither changes what a crash leaves behind: the
    // journal still covers the whole transaction.
    exec(QStringLiteral("PRAGMA cache_size = -65536"));
    exec(QStringLiteral("PRAGMA threads = 4")); // the index sorts may use more cores
    if (layout == RegistryStore::Layout::Native && mode != ProvenanceEntry::Mode::Append) {
        if (!m_store.dropFilterIndexes())
            return fail(m_store.errorString());
        m_indexesDropped = true;
    }

    QStringList columns{QStringLiteral("import_id"), QStringLiteral("source_row")};
    if (layout == RegistryStore::Layout::Native) {
        for (const auto &c : NativeSchema::columns())
            columns << QString::fromUtf16(c.name);
    }
    for (const int position : std::as_const(m_extraPosition))
        columns << QStringLiteral("extra_%1").arg(position);
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    const QByteArray sql = (QStringLiteral("INSERT INTO patients (") + columns.join(u", ")
                            + QStringLiteral(") VALUES (") + placeholders.join(u", ")
                            + QStringLiteral(")"))
                               .toUtf8();
    sqlite3 *connection = m_store.sqliteHandle();
    if (!connection)
        return fail(tr("the SQLite driver does not expose its connection"));
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &m_insert, nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(connection)));

    return true;
}

RegistryWriter::Insert RegistryWriter::step()
{
    const int rc = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    sqlite3_clear_bindings(m_insert);
    if (rc == SQLITE_DONE)
        return Insert::Inserted;
    sqlite3 *connection = m_store.sqliteHandle();
    if (sqlite3_extended_errcode(connection) == SQLITE_CONSTRAINT_UNIQUE)
        return Insert::DuplicateId;
    fail(RegistryStore::errorText(QSqlError(QString(),
                                            QString::fromUtf8(sqlite3_errmsg(connection)),
                                            QSqlError::StatementError,
                                            QString::number(sqlite3_errcode(connection)))));
    return Insert::Failed;
}

RegistryWriter::Insert RegistryWriter::insert(qint64 sourceRow, const PatientRecord &p)
{
    Binder bind(m_insert);
    bind.integer(m_importId);
    bind.integer(sourceRow);
    bind.text(p.patientId);
    p.age ? bind.number(*p.age) : bind.null();
    p.sex ? bind.staticText(*p.sex == Sex::Male ? "M" : "F") : bind.null();
    bind.text(p.primarySite);
    bind.boolean(p.carcinoidSyndrome);
    bind.boolean(p.obstruction);
    bind.staticText(p.arm == Arm::Cytoreduction ? "cytoreduction" : "medical");
    bind.boolean(p.regionalResection);
    bind.boolean(p.csImproved);
    bind.boolean(p.obstructionRelieved);
    bind.boolean(p.complication);
    p.clavienDindo ? bind.integer(*p.clavienDindo) : bind.null();
    bind.boolean(p.died30d);
    bind.number(p.followupMonths);
    bind.boolean(p.dead);
    bind.date(p.operationDate);
    bind.date(p.lastFollowupDate);
    for (qsizetype e = 0; e < m_extraPosition.size(); ++e)
        e < p.extra.size() ? bind.text(p.extra.at(e)) : bind.null();
    return step();
}

RegistryWriter::Insert RegistryWriter::insertValues(qint64 sourceRow, const QStringList &values)
{
    Binder bind(m_insert);
    bind.integer(m_importId);
    bind.integer(sourceRow);
    for (qsizetype e = 0; e < m_extraPosition.size(); ++e)
        e < values.size() ? bind.text(values.at(e)) : bind.null();
    return step();
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
    finalize();
    if (m_indexesDropped && !m_store.createFilterIndexes())
        return fail(m_store.errorString());
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
        return fail(RegistryStore::errorText(query.lastError()));
    if (!m_store.commit())
        return fail(RegistryWriter::tr("cannot save the import: %1").arg(m_store.errorString()));
    m_active = false;
    return true;
}

void RegistryWriter::finalize()
{
    if (m_insert)
        sqlite3_finalize(m_insert);
    m_insert = nullptr;
}

void RegistryWriter::rollback()
{
    finalize();
    if (!m_active)
        return;
    m_store.rollback();
    m_active = false;
}

} // namespace CohortLens
