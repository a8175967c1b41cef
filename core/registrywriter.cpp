// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrywriter.h"

#include "nativeschema.h"
#include "registrystore.h"
#include "values.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
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
    // Whole numbers as integers, so that they read back, and compare as text, exactly as
    // written ("67", not "67.0").
    void number(double value)
    {
        if (std::abs(value) < 1e15 && std::floor(value) == value)
            integer(static_cast<qint64>(value));
        else
            sqlite3_bind_double(m_statement, ++m_index, value);
    }

private:
    sqlite3_stmt *m_statement;
    int m_index = 0;
};

// The values of an INSERT INTO patients, for PostgreSQL through Qt's driver.
class VariantBinder
{
public:
    explicit VariantBinder(QVariantList &values)
        : m_values(values)
    {}

    void null() { m_values << QVariant(); }
    void integer(qint64 value) { m_values << value; }
    void text(const QString &value) { value.isEmpty() ? null() : void(m_values << value); }
    void staticText(const char *value) { m_values << QString::fromLatin1(value); }
    void number(double value) { m_values << value; }

private:
    QVariantList &m_values;
};

// Yes/no as 1/0 and dates as ISO 8601 text, through either binder.
template<typename Binder>
void bindBoolean(Binder &bind, const std::optional<bool> &value)
{
    value ? bind.integer(*value ? 1 : 0) : bind.null();
}

template<typename Binder>
void bindDate(Binder &bind, const std::optional<QDate> &value)
{
    value ? bind.text(value->toString(Qt::ISODate)) : bind.null();
}

// The columns of a patient in the order begin() lists them, through either binder.
template<typename Binder>
void bindPatient(
    Binder &bind, qint64 importId, qint64 sourceRow, const PatientRecord &p, qsizetype extraColumns)
{
    bind.integer(importId);
    bind.integer(sourceRow);
    bind.text(p.patientId);
    p.age ? bind.number(*p.age) : bind.null();
    p.sex ? bind.staticText(*p.sex == Sex::Male ? "M" : "F") : bind.null();
    bind.text(p.primarySite);
    bindBoolean(bind, p.carcinoidSyndrome);
    bindBoolean(bind, p.obstruction);
    bind.staticText(p.arm == Arm::Cytoreduction ? "cytoreduction" : "medical");
    bindBoolean(bind, p.regionalResection);
    bindBoolean(bind, p.csImproved);
    bindBoolean(bind, p.obstructionRelieved);
    bindBoolean(bind, p.complication);
    p.clavienDindo ? bind.integer(*p.clavienDindo) : bind.null();
    bindBoolean(bind, p.died30d);
    bind.number(p.followupMonths);
    bindBoolean(bind, p.dead);
    bindDate(bind, p.operationDate);
    bindDate(bind, p.lastFollowupDate);
    for (qsizetype e = 0; e < extraColumns; ++e)
        e < p.extra.size() ? bind.text(p.extra.at(e)) : bind.null();
}

template<typename Binder>
void bindValues(Binder &bind,
                qint64 importId,
                qint64 sourceRow,
                const QStringList &values,
                qsizetype extraColumns)
{
    bind.integer(importId);
    bind.integer(sourceRow);
    for (qsizetype e = 0; e < extraColumns; ++e)
        e < values.size() ? bind.text(values.at(e)) : bind.null();
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
                                 " VALUES ('', '', 0, 0, 0, ?, ?) RETURNING id"));
    query.addBindValue(ProvenanceEntry::modeKey(mode));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return fail(RegistryStore::errorText(query.lastError()));
    m_importId = query.value(0).toLongLong();
    query.finish();

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
        find.prepare(
            QStringLiteral("SELECT position FROM extra_columns WHERE lower(name) = lower(?)"));
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
    const bool server = m_store.engine() == RegistryStore::Engine::PostgreSQL;
    if (!server) {
        exec(QStringLiteral("PRAGMA cache_size = -65536"));
        exec(QStringLiteral("PRAGMA threads = 4")); // the index sorts may use more cores
    }
    if (!server && layout == RegistryStore::Layout::Native
        && mode != ProvenanceEntry::Mode::Append) {
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
    m_insertColumns = columns;
    m_layout = layout;
    if (server)
        return true;
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
    const Row row{sourceRow, &p, nullptr};
    return insertRows({&row, 1}).front();
}

RegistryWriter::Insert RegistryWriter::insertValues(qint64 sourceRow, const QStringList &values)
{
    const Row row{sourceRow, nullptr, &values};
    return insertRows({&row, 1}).front();
}

std::vector<RegistryWriter::Insert> RegistryWriter::insertRows(std::span<const Row> rows)
{
    std::vector<Insert> outcomes(rows.size(), Insert::Failed);
    if (m_store.engine() == RegistryStore::Engine::PostgreSQL) {
        const std::size_t perStatement = ServerBatchRows;
        for (std::size_t first = 0; first < rows.size(); first += perStatement) {
            const std::size_t n = std::min(perStatement, rows.size() - first);
            if (!insertOnServer(rows.subspan(first, n), std::span(outcomes).subspan(first, n)))
                break;
        }
        return outcomes;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Binder bind(m_insert);
        if (rows[i].record)
            bindPatient(bind, m_importId, rows[i].sourceRow, *rows[i].record, m_extraPosition.size());
        else
            bindValues(bind, m_importId, rows[i].sourceRow, *rows[i].values, m_extraPosition.size());
        outcomes[i] = step();
        if (outcomes[i] == Insert::Failed)
            break;
    }
    return outcomes;
}

namespace {

// PostgreSQL's type of a column of patients, for the arrays insertOnServer() sends.
QString serverType(const QString &column)
{
    static const QHash<QString, QString> types{
        {QStringLiteral("import_id"), QStringLiteral("bigint")},
        {QStringLiteral("source_row"), QStringLiteral("bigint")},
        {QStringLiteral("age"), QStringLiteral("double precision")},
        {QStringLiteral("followup_months"), QStringLiteral("double precision")},
        {QStringLiteral("carcinoid_syndrome"), QStringLiteral("smallint")},
        {QStringLiteral("obstruction"), QStringLiteral("smallint")},
        {QStringLiteral("regional_resection"), QStringLiteral("smallint")},
        {QStringLiteral("cs_improved"), QStringLiteral("smallint")},
        {QStringLiteral("obstruction_relieved"), QStringLiteral("smallint")},
        {QStringLiteral("complication"), QStringLiteral("smallint")},
        {QStringLiteral("clavien_dindo"), QStringLiteral("smallint")},
        {QStringLiteral("died_30d"), QStringLiteral("smallint")},
        {QStringLiteral("status"), QStringLiteral("smallint")},
    };
    return types.value(column, QStringLiteral("text"));
}

// A value as an element of a PostgreSQL array literal: NULL, a number, or quoted text
// with its backslashes and double quotes escaped. The literal is a bound parameter, so
// nothing of it is ever SQL.
void appendElement(QString &array, const QVariant &value)
{
    if (array.size() > 1)
        array += u',';
    if (!value.isValid() || value.isNull()) {
        array += QLatin1String("NULL");
    } else if (value.typeId() == QMetaType::LongLong) {
        array += QString::number(value.toLongLong());
    } else if (value.typeId() == QMetaType::Double) {
        array += QString::number(value.toDouble(), 'g', 17);
    } else {
        QString text = value.toString();
        text.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        array += u'"' + text + u'"';
    }
}

} // namespace

// Many rows in one statement, so that a shared registry is not written a round trip per
// patient: one array a column, unnested into rows by the server. A patient_id the registry
// (or this statement) already holds is skipped, not an error, which would end the
// transaction: the rows it returns are the ones inserted.
bool RegistryWriter::insertOnServer(std::span<const Row> rows, std::span<Insert> outcomes)
{
    const auto columnCount = qsizetype(m_insertColumns.size());
    QVariantList values;
    values.reserve(columnCount * qsizetype(rows.size()));
    VariantBinder bind(values);
    for (const Row &row : rows) {
        if (row.record)
            bindPatient(bind, m_importId, row.sourceRow, *row.record, m_extraPosition.size());
        else
            bindValues(bind, m_importId, row.sourceRow, *row.values, m_extraPosition.size());
    }
    QStringList arrays(columnCount, QStringLiteral("{"));
    for (qsizetype i = 0; i < values.size(); ++i)
        appendElement(arrays[i % columnCount], values.at(i));
    QStringList parameters;
    for (qsizetype c = 0; c < columnCount; ++c) {
        arrays[c] += u'}';
        parameters << QStringLiteral("?::%1[]").arg(serverType(m_insertColumns.at(c)));
    }
    const bool native = m_layout == RegistryStore::Layout::Native;
    QSqlQuery query(m_store.database());
    if (!query.prepare(
            QStringLiteral("INSERT INTO patients (") + m_insertColumns.join(u", ")
            + QStringLiteral(") SELECT * FROM unnest(") + parameters.join(u", ") + u')'
            + (native ? QStringLiteral(" ON CONFLICT (patient_id) DO NOTHING") : QString())
            + QStringLiteral(" RETURNING source_row"))) {
        fail(RegistryStore::errorText(query.lastError()));
        return false;
    }
    for (const QString &array : std::as_const(arrays))
        query.addBindValue(array);
    if (!query.exec()) {
        fail(RegistryStore::errorText(query.lastError()));
        return false;
    }
    QSet<qint64> inserted;
    while (query.next())
        inserted.insert(query.value(0).toLongLong());
    for (std::size_t i = 0; i < rows.size(); ++i)
        outcomes[i] = inserted.contains(rows[i].sourceRow) ? Insert::Inserted : Insert::DuplicateId;
    return true;
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
