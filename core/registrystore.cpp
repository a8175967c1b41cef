// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrystore.h"

#include "nativeschema.h"
#include "residentcolumns.h"
#include "values.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <array>
#include <atomic>
#include <cmath>
#include <functional>
#include <memory>
#include <utility>

namespace CohortLens {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("cohortlens-registry-%1").arg(counter.fetch_add(1));
}

// cohortlens_number(x): x as a number when the registry format reads it as one
// (Values::parseNumber), else NULL. Lets SQL compare "numerically when both sides are
// numbers" exactly as the rest of the program parses numbers.
void sqlNumber(sqlite3_context *context, int, sqlite3_value **arguments)
{
    sqlite3_value *value = arguments[0];
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        sqlite3_result_double(context, sqlite3_value_double(value));
        return;
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
        const int bytes = sqlite3_value_bytes(value);
        if (const auto number = Values::parseNumber(
                std::string_view(text, static_cast<std::size_t>(bytes))))
            sqlite3_result_double(context, *number);
        else
            sqlite3_result_null(context);
        return;
    }
    default:
        sqlite3_result_null(context);
    }
}

using F = NativeSchema::Field;

RegistryColumn::Kind kindOf(NativeSchema::Type type)
{
    using T = NativeSchema::Type;
    switch (type) {
    case T::Number:
    case T::Integer:
    case T::Status:
        return RegistryColumn::Kind::Number;
    case T::Boolean:
        return RegistryColumn::Kind::Boolean;
    case T::Sex:
        return RegistryColumn::Kind::Sex;
    case T::Arm:
        return RegistryColumn::Kind::Arm;
    case T::Text:
    case T::Date:
        return RegistryColumn::Kind::Text;
    }
    return RegistryColumn::Kind::Text;
}

// Schema migrations: step i takes a database from user_version i to i + 1. Version 0 is
// an empty database. Append steps; never edit one that has shipped.
// The filter columns of the window and of --presentation, indexed (schema version 1).
const QList<std::pair<const char *, const char *>> &filterIndexes()
{
    static const QList<std::pair<const char *, const char *>> indexes{
        // Presentation, arm and sex have a handful of values each: one composite index
        // serves them (alone, or together as the window combines them) at the cost of one.
        {"patients_presentation", "carcinoid_syndrome, obstruction, arm, sex"},
        {"patients_age", "age"},
        {"patients_primary_site", "primary_site"},
        {"patients_followup", "followup_months"},
    };
    return indexes;
}

QStringList filterIndexStatements()
{
    QStringList statements;
    for (const auto &[name, columns] : filterIndexes())
        statements << QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON patients (%2)")
                          .arg(QLatin1String(name), QLatin1String(columns));
    return statements;
}

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        QStringList{
            QStringLiteral("CREATE TABLE imports ("
                           " id INTEGER PRIMARY KEY,"
                           " source_name TEXT NOT NULL,"
                           " source_sha256 TEXT NOT NULL,"
                           " rows_read INTEGER NOT NULL,"
                           " rows_imported INTEGER NOT NULL,"
                           " rows_rejected INTEGER NOT NULL,"
                           " mode TEXT NOT NULL CHECK (mode IN ('create', 'replace', 'append')),"
                           " imported_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE extra_columns ("
                           " position INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
            QStringLiteral(
                "CREATE TABLE patients ("
                " id INTEGER PRIMARY KEY,"
                " import_id INTEGER NOT NULL REFERENCES imports(id),"
                " source_row INTEGER NOT NULL,"
                " patient_id TEXT NOT NULL UNIQUE,"
                " age NUMERIC CHECK (age IS NULL OR age BETWEEN 0 AND 120),"
                " sex TEXT CHECK (sex IS NULL OR sex IN ('M', 'F')),"
                " primary_site TEXT,"
                " carcinoid_syndrome INTEGER NOT NULL CHECK (carcinoid_syndrome IN (0, 1)),"
                " obstruction INTEGER NOT NULL CHECK (obstruction IN (0, 1)),"
                " arm TEXT NOT NULL CHECK (arm IN ('cytoreduction', 'medical')),"
                " regional_resection INTEGER CHECK (regional_resection IN (0, 1)),"
                " cs_improved INTEGER CHECK (cs_improved IN (0, 1)),"
                " obstruction_relieved INTEGER CHECK (obstruction_relieved IN (0, 1)),"
                " complication INTEGER CHECK (complication IN (0, 1)),"
                " clavien_dindo INTEGER CHECK (clavien_dindo BETWEEN 0 AND 5),"
                " died_30d INTEGER CHECK (died_30d IN (0, 1)),"
                " followup_months NUMERIC NOT NULL CHECK (followup_months >= 0),"
                " status INTEGER NOT NULL CHECK (status IN (0, 1)),"
                " operation_date TEXT,"
                " last_followup_date TEXT)"),
        } + filterIndexStatements(),
    };
    return steps;
}

// A registry of any other CSV (SPEC §2 "any other CSV"): every column is an extra one.
// It is only ever made in memory, to analyse a file; its tables match the native ones so
// that filters, provenance and extra columns work the same.
const QStringList &genericSchema()
{
    static const QStringList statements{
        migrations().at(0).at(0), // imports
        migrations().at(0).at(1), // extra_columns
        QStringLiteral("CREATE TABLE patients ("
                       " id INTEGER PRIMARY KEY,"
                       " import_id INTEGER NOT NULL REFERENCES imports(id),"
                       " source_row INTEGER NOT NULL)"),
    };
    return statements;
}

// The schema of version 1 on PostgreSQL: the same tables, columns, checks and indexes as on
// SQLite, in its types (yes/no as 0/1 in a smallint, so that filters read the same), plus
// what SQLite keeps in its header (application id and schema version) and
// cohortlens_number(), which on SQLite is a function of the connection.
const QStringList &serverSchema()
{
    static const QStringList statements = QStringList{
        QStringLiteral(
            "CREATE TABLE cohortlens_registry (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE imports ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " source_name TEXT NOT NULL,"
                       " source_sha256 TEXT NOT NULL,"
                       " rows_read BIGINT NOT NULL,"
                       " rows_imported BIGINT NOT NULL,"
                       " rows_rejected BIGINT NOT NULL,"
                       " mode TEXT NOT NULL CHECK (mode IN ('create', 'replace', 'append')),"
                       " imported_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE extra_columns ("
                       " position INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX extra_columns_name ON extra_columns (lower(name))"),
        QStringLiteral("CREATE TABLE patients ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " import_id BIGINT NOT NULL REFERENCES imports(id),"
                       " source_row BIGINT NOT NULL,"
                       " patient_id TEXT NOT NULL UNIQUE,"
                       " age DOUBLE PRECISION CHECK (age IS NULL OR age BETWEEN 0 AND 120),"
                       " sex TEXT CHECK (sex IS NULL OR sex IN ('M', 'F')),"
                       " primary_site TEXT,"
                       " carcinoid_syndrome SMALLINT NOT NULL CHECK (carcinoid_syndrome IN (0, 1)),"
                       " obstruction SMALLINT NOT NULL CHECK (obstruction IN (0, 1)),"
                       " arm TEXT NOT NULL CHECK (arm IN ('cytoreduction', 'medical')),"
                       " regional_resection SMALLINT CHECK (regional_resection IN (0, 1)),"
                       " cs_improved SMALLINT CHECK (cs_improved IN (0, 1)),"
                       " obstruction_relieved SMALLINT CHECK (obstruction_relieved IN (0, 1)),"
                       " complication SMALLINT CHECK (complication IN (0, 1)),"
                       " clavien_dindo SMALLINT CHECK (clavien_dindo BETWEEN 0 AND 5),"
                       " died_30d SMALLINT CHECK (died_30d IN (0, 1)),"
                       " followup_months DOUBLE PRECISION NOT NULL CHECK (followup_months >= 0),"
                       " status SMALLINT NOT NULL CHECK (status IN (0, 1)),"
                       " operation_date TEXT,"
                       " last_followup_date TEXT)"),
        // Values::parseNumber's grammar: decimal, optional sign and exponent, blanks around.
        QStringLiteral("CREATE FUNCTION cohortlens_number(t TEXT) RETURNS DOUBLE PRECISION"
                       " LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN t ~ "
                       "'^[ \t]*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]{1,3})?[ \t]*$'"
                       " THEN btrim(t, E' \t')::double precision END $$"),
    } + filterIndexStatements();
    return statements;
}

// The advisory lock an import into a shared registry holds to the end of its transaction:
// imports run one after the other, so that each sees the ones before it whole.
constexpr qint64 ImportLockKey = RegistryStore::ApplicationId;

QString sqlOperator(WhereCondition::Op op)
{
    return op == WhereCondition::Op::NotEqual ? QStringLiteral("<>") : WhereCondition::opText(op);
}

} // namespace

RegistryStore::RegistryStore()
    : m_connectionName(nextConnectionName())
{}

RegistryStore::~RegistryStore()
{
    close();
}

bool RegistryStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool RegistryStore::isSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

bool RegistryStore::isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive)
           || location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

QString RegistryStore::displayLocation(const QString &location)
{
    if (!isServerLocation(location))
        return location;
    return QUrl(location).toString(QUrl::RemovePassword);
}

namespace {

QMutex &passwordMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> known;
    return known;
}

} // namespace

void RegistryStore::rememberPassword(const QString &location, const QString &password)
{
    const QMutexLocker lock(&passwordMutex());
    passwords().insert(displayLocation(location), password);
}

bool RegistryStore::open(const QString &path, Access access)
{
    close();
    m_error.clear();
    m_busy = false;
    m_needsRollback = false;
    m_path = path;
    m_access = access;
    m_engine = isServerLocation(path) ? Engine::PostgreSQL : Engine::SQLite;
    if (isServer()) {
        m_path = displayLocation(path);
        if (!connectServer(path, access)) {
            close();
            return false;
        }
        return true;
    }

    // An in-memory registry is shared by name, so that a second connection (a thread
    // computing statistics) sees the same data; it lives while a connection is open.
    if (path == u":memory:") {
        static std::atomic<quint64> counter{0};
        m_path = QStringLiteral("file:cohortlens-memory-%1-%2?mode=memory&cache=shared")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetch_add(1));
    }
    if (!isMemory()) {
        const QFileInfo info(path);
        if (info.isDir())
            return fail(RegistryStore::tr("%1 is a folder, not a database file").arg(path));
        if (info.exists() && info.size() > 0 && !isSqliteFile(path)) {
            return fail(
                info.isReadable()
                    ? RegistryStore::tr("%1 is not an SQLite database; give a registry made by "
                                        "cohortlens import")
                          .arg(path)
                    : RegistryStore::tr("%1 cannot be read: permission denied").arg(path));
        }
        if (!info.exists() && access == Access::ReadOnly)
            return fail(RegistryStore::tr("%1 does not exist").arg(path));
        if (!info.exists()) {
            const QFileInfo folder(info.absolutePath());
            if (!folder.isDir())
                return fail(RegistryStore::tr("cannot create %1: the folder %2 does not exist")
                                .arg(path, folder.filePath()));
            if (!folder.isWritable())
                return fail(RegistryStore::tr("cannot create %1: the folder %2 is not writable")
                                .arg(path, folder.filePath()));
        } else if (access == Access::ReadWrite && !info.isWritable()) {
            return fail(
                RegistryStore::tr("%1 is read-only; it can be opened for viewing but not changed")
                    .arg(path));
        }
    }

    if (!connect(m_path, access)) {
        close();
        if (!m_needsRollback)
            return false;
        // A program writing the registry was stopped mid-import (killed, a power cut): its
        // journal must be rolled back before the file can be read, and only a connection
        // that may write can do that. Open it once for writing, which rolls it back, then
        // as asked.
        const QFileInfo file(path);
        if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
            return fail(RegistryStore::tr("%1 holds an unfinished import of a program that was "
                                          "stopped; to restore it as it was before, open it once "
                                          "with write access to the file and its folder")
                            .arg(path));
        const bool rolledBack = connect(m_path, Access::ReadWrite);
        close();
        if (!rolledBack || !connect(m_path, access)) {
            close();
            return false;
        }
    }
    return true;
}

bool RegistryStore::isMemory() const
{
    return m_path.startsWith(u"file:") && m_path.contains(u"mode=memory");
}

// Opens the connection and checks what the file holds. Leaves closing to the caller, so
// that no handle on the connection outlives it.
bool RegistryStore::connect(const QString &path, Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (isMemory())
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    else if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString message = db.lastError().text();
        return fail(RegistryStore::tr("cannot open %1: %2").arg(path, message));
    }
    if (!registerFunctions()) {
        return false;
    }

    // Reading the header is the first access to the file: a damaged or foreign file
    // shows itself here.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                   " (SELECT user_version FROM pragma_user_version),"
                                   " (SELECT count(*) FROM sqlite_master)"))
        || !query.next()) {
        m_busy = isBusyError(query.lastError());
        // A read-only connection that meets a hot journal fails its first read so.
        m_needsRollback = access == Access::ReadOnly
                          && (query.lastError().nativeErrorCode().toInt() & 0xff)
                                 == SQLITE_READONLY;
        return fail(RegistryStore::tr("cannot read %1: %2").arg(path, errorText(query.lastError())));
    }
    const int applicationId = query.value(0).toInt();
    const int version = query.value(1).toInt();
    const int objects = query.value(2).toInt();
    query.finish();
    if (objects > 0 && applicationId != ApplicationId) {
        return fail(
            RegistryStore::tr("%1 is an SQLite database but not a CohortLens registry").arg(path));
    }
    if (version > SchemaVersion) {
        return fail(
            RegistryStore::tr("%1 was written by a newer CohortLens (registry schema %2; this "
                              "version reads up to %3); update CohortLens to open it")
                .arg(path)
                .arg(version)
                .arg(SchemaVersion));
    }
    if (!isMemory() && objects > 0 && !checkIntact(path, access))
        return false;
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        return false;
    }
    return true;
}

bool RegistryStore::connectServer(const QString &location, Access access)
{
    const QUrl url(location);
    const QString shown = displayLocation(location);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/'))
        return fail(RegistryStore::tr("%1 is not a database address; write it as "
                                      "postgresql://user@host:port/database")
                        .arg(shown));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(RegistryStore::tr("cannot open %1: Qt's PostgreSQL driver is not installed "
                                      "(Debian: libqt6sql6-psql)")
                        .arg(shown));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(database);
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    QString password = url.password();
    if (password.isEmpty()) {
        const QMutexLocker lock(&passwordMutex());
        password = passwords().value(shown);
    }
    // Without one, libpq reads PGPASSWORD and ~/.pgpass itself.
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=cohortlens"));
    if (!db.open())
        return fail(RegistryStore::tr("cannot connect to %1: %2")
                        .arg(shown, db.lastError().databaseText().trimmed()));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('cohortlens_registry') IS NOT NULL,"
                                   " to_regclass('patients') IS NOT NULL"))
        || !query.next())
        return fail(
            RegistryStore::tr("cannot read %1: %2").arg(shown, errorText(query.lastError())));
    const bool registry = query.value(0).toBool();
    const bool patients = query.value(1).toBool();
    query.finish();
    if (!registry && patients)
        return fail(RegistryStore::tr("%1 holds a patients table but is not a CohortLens registry")
                        .arg(shown));
    if (registry) {
        if (!query.exec(QStringLiteral("SELECT value FROM cohortlens_registry WHERE key = "
                                       "'application_id'"))
            || !query.next() || query.value(0).toLongLong() != ApplicationId)
            return fail(RegistryStore::tr("%1 is not a CohortLens registry").arg(shown));
        const int version = schemaVersion();
        if (version > SchemaVersion)
            return fail(
                RegistryStore::tr("%1 was written by a newer CohortLens (registry schema %2; this "
                                  "version reads up to %3); update CohortLens to open it")
                    .arg(shown)
                    .arg(version)
                    .arg(SchemaVersion));
    }
    if (access == Access::ReadOnly
        && !exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return false;
    return true;
}

// A file cut short (an interrupted copy, a full disk while copying) still opens, and reads
// the pages it lost as empty: its header says how long it should be. A registry about to be
// written gets SQLite's quick check too (linear in its size, a fraction of an import's
// time), so that an import never builds on damaged pages and makes the damage worse.
bool RegistryStore::checkIntact(const QString &path, Access access)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT page_count * page_size"
                                   " FROM pragma_page_count, pragma_page_size"))
        || !query.next())
        return fail(RegistryStore::tr("cannot read %1: %2").arg(path, errorText(query.lastError())));
    if (QFileInfo(path).size() < query.value(0).toLongLong())
        return fail(RegistryStore::tr("%1 is damaged: the file is shorter than the registry it "
                                      "holds (cut off, e.g. by an interrupted copy); restore it "
                                      "from a backup")
                        .arg(path));
    query.finish();
    if (access == Access::ReadOnly)
        return true;
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
        return fail(RegistryStore::tr("cannot read %1: %2").arg(path, errorText(query.lastError())));
    // The first problem found, without the name of the schema it was found in.
    const QString check = query.value(0)
                              .toString()
                              .remove(QStringLiteral("*** in database main ***"))
                              .trimmed()
                              .section(u'\n', 0, 0);
    if (check != u"ok")
        return fail(
            RegistryStore::tr("%1 is damaged (%2); restore it from a backup").arg(path, check));
    return true;
}

QString RegistryStore::errorText(const QSqlError &error)
{
    // PostgreSQL names its errors by a five-character SQLSTATE; SQLite by a number of at
    // most four digits (extended result codes included).
    if (error.nativeErrorCode().size() == 5) {
        if (error.nativeErrorCode() == u"53100")
            return RegistryStore::tr("the database server's disk is full; ask its administrator "
                                     "to free some space, then try again");
        return error.databaseText().trimmed();
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // the primary result code
    const QString text = error.databaseText();
    if (!ok)
        return text;
    switch (code) {
    case SQLITE_FULL:
        return RegistryStore::tr("the disk is full; free some space and try again");
    case SQLITE_IOERR:
        return RegistryStore::tr("the disk could not be read or written (%1)").arg(text);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return RegistryStore::tr("another program is changing the registry; try again when it "
                                 "has finished");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return RegistryStore::tr("the registry file is damaged (%1); restore it from a backup")
            .arg(text);
    default:
        return text;
    }
}

bool RegistryStore::isBusyError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

sqlite3 *RegistryStore::sqliteHandle() const
{
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool RegistryStore::dropFilterIndexes()
{
    if (isServer())
        return true; // kept up to date row by row: a shared registry stays indexed for others
    for (const auto &[name, columns] : filterIndexes()) {
        if (!exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(name))))
            return false;
    }
    return true;
}

bool RegistryStore::createFilterIndexes()
{
    for (const QString &statement : filterIndexStatements()) {
        if (!exec(statement))
            return false;
    }
    return true;
}

bool RegistryStore::registerFunctions()
{
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(RegistryStore::tr("the SQLite driver does not expose its connection"));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    const int rc = sqlite3_create_function_v2(connection,
                                              "cohortlens_number",
                                              1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                              nullptr,
                                              &sqlNumber,
                                              nullptr,
                                              nullptr,
                                              nullptr);
    if (rc != SQLITE_OK)
        return fail(RegistryStore::tr("cannot prepare the database connection: %1")
                        .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return true;
}

void RegistryStore::close()
{
    m_columnCache.reset();
    m_textOrder = nullptr;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool RegistryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase RegistryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool RegistryStore::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return fail(errorText(query.lastError()));
    return true;
}

int RegistryStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (isServer()) {
        // Nothing here may fail: in PostgreSQL an error ends the transaction of an import.
        if (!query.exec(QStringLiteral("SELECT to_regclass('cohortlens_registry') IS NOT NULL"))
            || !query.next() || !query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT value FROM cohortlens_registry"
                                       " WHERE key = 'schema_version'"))
            || !query.next())
            return 0;
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

RegistryStore::Layout RegistryStore::layout() const
{
    QSqlQuery query(database());
    if (query.exec(isServer() ? QStringLiteral("SELECT count(*) FROM information_schema.columns"
                                               " WHERE table_schema = current_schema()"
                                               " AND table_name = 'patients'"
                                               " AND column_name = 'patient_id'")
                              : QStringLiteral("SELECT count(*) FROM pragma_table_info('patients')"
                                               " WHERE name = 'patient_id'"))
        && query.next() && query.value(0).toInt() == 0 && hasRegistry())
        return Layout::Generic;
    return Layout::Native;
}

bool RegistryStore::createOrMigrateSchema(Layout layout)
{
    const auto &steps = migrations();
    static_assert(SchemaVersion >= 1);
    Q_ASSERT(steps.size() == SchemaVersion);
    const int current = schemaVersion();
    if (current > 0 && this->layout() != layout)
        return fail(layout == Layout::Native
                        ? RegistryStore::tr("the registry holds a CSV of another format, not "
                                            "native-schema patients")
                        : RegistryStore::tr("the registry holds native-schema patients"));
    if (isServer()) {
        if (layout == Layout::Generic)
            return fail(RegistryStore::tr("a shared registry holds native-schema patients only"));
        if (current > 0)
            return true; // version 1 is the only one so far
        for (const QString &statement : serverSchema()) {
            if (!exec(statement))
                return fail(RegistryStore::tr("cannot create the registry schema: %1").arg(m_error));
        }
        QSqlQuery query(database());
        query.prepare(QStringLiteral("INSERT INTO cohortlens_registry (key, value) VALUES"
                                     " ('application_id', ?), ('schema_version', ?)"));
        query.addBindValue(QString::number(ApplicationId));
        query.addBindValue(QString::number(SchemaVersion));
        if (!query.exec())
            return fail(errorText(query.lastError()));
        return true;
    }
    if (current == 0 && layout == Layout::Generic) {
        for (const QString &statement : genericSchema()) {
            if (!exec(statement))
                return false;
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
            return false;
    }
    for (int version = schemaVersion(); version < SchemaVersion; ++version) {
        for (const QString &statement : steps.at(version)) {
            if (!exec(statement))
                return fail(RegistryStore::tr("cannot update the registry schema to version %1: %2")
                                .arg(version + 1)
                                .arg(m_error));
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)))
            return false;
    }
    return exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
}

bool RegistryStore::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so a second writer waits (busy timeout) here
    // instead of failing half-way through an import. On PostgreSQL, an advisory lock held
    // to the end of the transaction does the same for the importers of a shared registry,
    // while readers go on reading the last committed state.
    if (isServer())
        return exec(QStringLiteral("BEGIN"))
               && exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ImportLockKey));
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool RegistryStore::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

bool RegistryStore::rollback()
{
    return exec(QStringLiteral("ROLLBACK"));
}

QStringList RegistryStore::extraColumns() const
{
    QStringList names;
    if (!hasRegistry())
        return names;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT name FROM extra_columns ORDER BY position"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

RegistryColumns RegistryStore::columns() const
{
    RegistryColumns result;
    const bool native = layout() == Layout::Native;
    for (const auto &c : NativeSchema::columns()) {
        if (!native)
            break;
        const QString name = QString::fromUtf16(c.name);
        result.append({name, name, kindOf(c.type), true});
    }
    QSqlQuery query(database());
    if (hasRegistry()) {
        query.exec(QStringLiteral("SELECT position, name FROM extra_columns ORDER BY position"));
        while (query.next()) {
            result.append({query.value(1).toString(),
                           QStringLiteral("extra_%1").arg(query.value(0).toLongLong()),
                           RegistryColumn::Kind::Text,
                           false});
        }
    }
    return result;
}

qint64 RegistryStore::patientCount() const
{
    if (!hasRegistry())
        return 0;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM patients")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<ProvenanceEntry> RegistryStore::provenance() const
{
    QList<ProvenanceEntry> entries;
    if (!hasRegistry())
        return entries;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT id, source_name, source_sha256, rows_read, rows_imported,"
                              " rows_rejected, mode, imported_at FROM imports ORDER BY id"));
    while (query.next()) {
        ProvenanceEntry e;
        e.id = query.value(0).toLongLong();
        e.sourceName = query.value(1).toString();
        e.sha256 = query.value(2).toString();
        e.rowsRead = query.value(3).toLongLong();
        e.rowsImported = query.value(4).toLongLong();
        e.rowsRejected = query.value(5).toLongLong();
        const QString mode = query.value(6).toString();
        e.mode = mode == u"append"    ? ProvenanceEntry::Mode::Append
                 : mode == u"replace" ? ProvenanceEntry::Mode::Replace
                                      : ProvenanceEntry::Mode::Create;
        e.importedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
        entries.append(e);
    }
    return entries;
}

namespace {

// The native columns that the window's filters in `filter` restrict, for the message that
// a generic registry has none of them.
QStringList nativeFilterColumns(const CohortFilter &filter)
{
    QStringList names;
    if (!filter.arms.isEmpty())
        names << NativeSchema::name(F::Arm);
    if (!filter.sexes.isEmpty())
        names << NativeSchema::name(F::Sex);
    if (filter.ageMin || filter.ageMax)
        names << NativeSchema::name(F::Age);
    if (!filter.primarySites.isEmpty())
        names << NativeSchema::name(F::PrimarySite);
    if (!filter.idSearch.isEmpty())
        names << NativeSchema::name(F::PatientId);
    if (filter.followUpMin || filter.followUpMax)
        names << NativeSchema::name(F::FollowupMonths);
    return names;
}

// "col IN (?, ...)" over the distinct values; a value no patient has selects no one.
void appendIn(F field, const QStringList &values, QStringList &terms, QVariantList &bound)
{
    if (values.isEmpty())
        return;
    QStringList distinct;
    for (const QString &value : values) {
        if (!distinct.contains(value)) {
            distinct << value;
            bound << value;
        }
    }
    const QStringList marks(distinct.size(), QStringLiteral("?"));
    terms << NativeSchema::name(field) + QStringLiteral(" IN (") + marks.join(u", ") + u')';
}

// Inclusive bounds. An empty cell (NULL) compares to nothing, so it never passes a bound.
void appendBounds(F field,
                  std::optional<double> minimum,
                  std::optional<double> maximum,
                  QStringList &terms,
                  QVariantList &bound)
{
    if (minimum) {
        terms << NativeSchema::name(field) + QStringLiteral(" >= ?");
        bound << *minimum;
    }
    if (maximum) {
        terms << NativeSchema::name(field) + QStringLiteral(" <= ?");
        bound << *maximum;
    }
}

// The window's filters as SQL on the native columns. Only the schema's fixed column names
// go into the text; every value the user chose or typed is bound.
void appendNativeFilterTerms(const CohortFilter &filter,
                             bool postgres,
                             QStringList &terms,
                             QVariantList &bound)
{
    QStringList arms;
    for (const QString &text : filter.arms) {
        const auto arm = Values::parseArm(text);
        arms << (arm ? Values::armText(*arm) : text);
    }
    appendIn(F::Arm, arms, terms, bound);

    QStringList sexes;
    for (const QString &text : filter.sexes) {
        const auto sex = Values::parseSex(text);
        sexes << (sex ? Values::sexText(*sex) : text);
    }
    appendIn(F::Sex, sexes, terms, bound);

    appendBounds(F::Age, filter.ageMin, filter.ageMax, terms, bound);
    appendIn(F::PrimarySite, filter.primarySites, terms, bound);
    if (!filter.idSearch.isEmpty()) {
        // instr() takes the search text literally (no LIKE wildcards to escape), by its
        // length (a NUL inside cannot cut it short, as it would a LIKE pattern) and at any
        // length (LIKE refuses patterns over 50,000 bytes). lower() folds ASCII letters
        // only, as LIKE's case-insensitivity does.
        terms << (postgres ? QStringLiteral("strpos(lower(patient_id), lower(?)) > 0")
                           : QStringLiteral("instr(lower(patient_id), lower(?)) > 0"));
        bound << filter.idSearch;
    }
    appendBounds(F::FollowupMonths, filter.followUpMin, filter.followUpMax, terms, bound);
}

} // namespace

// The WHERE clause of a filter. Column names are looked up among the registry's own and
// replaced by their SQL names; every value is a bound parameter.
std::optional<RegistryStore::SqlFilter> RegistryStore::sqlFilter(const CohortFilter &filter)
{
    SqlFilter result;
    QStringList terms;
    const bool generic = layout() == Layout::Generic;
    if (filter.presentation != Presentation::Any && generic) {
        m_error = RegistryStore::tr("--presentation needs the carcinoid_syndrome and obstruction "
                                    "columns of a native registry; this file is not one (use "
                                    "--where on its own columns)");
        return std::nullopt;
    }
    // The window's filters name native columns; a generic registry's columns of the same
    // name are its own text, reached through --where.
    if (const QStringList needed = nativeFilterColumns(filter); generic && !needed.isEmpty()) {
        m_error = RegistryStore::tr("filtering by %1 needs the columns of a native registry; "
                                    "this file is not one (use --where on its own columns)")
                      .arg(needed.join(u", "));
        return std::nullopt;
    }
    switch (filter.presentation) {
    case Presentation::Any:
        break;
    case Presentation::CarcinoidSyndrome:
        terms << QStringLiteral("carcinoid_syndrome = 1");
        break;
    case Presentation::Obstruction:
        terms << QStringLiteral("obstruction = 1");
        break;
    case Presentation::Both:
        terms << QStringLiteral("carcinoid_syndrome = 1 AND obstruction = 1");
        break;
    case Presentation::CarcinoidSyndromeOnly:
        terms << QStringLiteral("carcinoid_syndrome = 1 AND obstruction = 0");
        break;
    case Presentation::ObstructionOnly:
        terms << QStringLiteral("carcinoid_syndrome = 0 AND obstruction = 1");
        break;
    }

    appendNativeFilterTerms(filter, isServer(), terms, result.values);

    const RegistryColumns known = columns();
    for (const WhereCondition &condition : filter.conditions) {
        const auto column = findColumn(known, condition.column);
        if (!column) {
            m_error = RegistryStore::tr("--where %1: no column %2; the columns are %3")
                          .arg(condition.toString(), condition.column, columnList(known));
            return std::nullopt;
        }
        const QString col = column->sqlName;
        const QString op = sqlOperator(condition.op);
        const QString &value = condition.value;
        const auto number = Values::parseNumber(value);
        using Kind = RegistryColumn::Kind;
        switch (column->kind) {
        case Kind::Boolean:
            if (const auto b = Values::parseBoolean(value)) {
                terms << col + u' ' + op + QStringLiteral(" ?");
                result.values << int(*b);
            } else {
                terms << QStringLiteral("(CASE %1 WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END) %2 ?")
                             .arg(col, op);
                result.values << value;
            }
            break;
        case Kind::Number:
            if (number) {
                terms << col + u' ' + op + QStringLiteral(" ?");
                result.values << *number;
            } else {
                terms << QStringLiteral("CAST(%1 AS TEXT) %2 ?").arg(col, op);
                result.values << value;
            }
            break;
        case Kind::Sex:
            terms << col + u' ' + op + QStringLiteral(" ?");
            if (const auto sex = Values::parseSex(value))
                result.values << Values::sexText(*sex);
            else
                result.values << value;
            break;
        case Kind::Arm:
            terms << col + u' ' + op + QStringLiteral(" ?");
            if (const auto arm = Values::parseArm(value))
                result.values << Values::armText(*arm);
            else
                result.values << value;
            break;
        case Kind::Text:
            if (number) {
                terms << QStringLiteral("(CASE WHEN cohortlens_number(%1) IS NOT NULL"
                                        " THEN cohortlens_number(%1) %2 ? ELSE %1 %2 ? END)")
                             .arg(col, op);
                result.values << *number << value;
            } else {
                terms << col + u' ' + op + QStringLiteral(" ?");
                result.values << value;
            }
            break;
        }
    }
    if (!terms.isEmpty())
        result.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return result;
}

std::optional<RegistryColumn> RegistryStore::findColumn(const RegistryColumns &columns,
                                                        const QString &name)
{
    for (const RegistryColumn &c : columns) {
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString RegistryStore::columnList(const RegistryColumns &columns)
{
    QStringList names;
    for (const auto &c : columns)
        names << c.name;
    return names.join(u", ");
}

void RegistryStore::cacheColumns(const CohortFilter &filter, const CohortColumns &columns)
{
    m_columnCache = ColumnCache{filter, columns};
}

void RegistryStore::clearColumnCache()
{
    m_columnCache.reset();
}

// The cached columns named (as the registry spells them), when the cache holds them all
// for this filter. The lists are shared with the cache, not copied.
std::optional<CohortColumns> RegistryStore::cachedColumns(const QStringList &names,
                                                          const CohortFilter &filter) const
{
    if (!m_columnCache || !(m_columnCache->filter == filter))
        return std::nullopt;
    const CohortColumns &cache = m_columnCache->columns;
    CohortColumns result;
    result.rows = cache.rows;
    result.ids = cache.ids;
    for (const QString &name : names) {
        const qsizetype at = cache.names.indexOf(name);
        if (at < 0)
            return std::nullopt;
        result.names << cache.names.at(at);
        result.kinds << cache.kinds.at(at);
        result.values << cache.values.at(at);
    }
    return result;
}

namespace {

// Binds a filter's values (SqlFilter::values) to ?1, ?2, ...; `keep` holds the UTF-8 of
// bound text for as long as the statement runs.
using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

void bindValues(sqlite3_stmt *statement, const QVariantList &values, QList<QByteArray> &keep)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        } else if (v.typeId() == QMetaType::Double) {
            sqlite3_bind_double(statement, i + 1, v.toDouble());
        } else {
            keep << v.toString().toUtf8();
            sqlite3_bind_text(statement,
                              i + 1,
                              keep.last().constData(),
                              int(keep.last().size()),
                              SQLITE_STATIC);
        }
    }
}

// Appends cells read through the SQLite API to typed columns: Qt's per-value QVariant
// conversions would dominate a large cohort. Each column's texts are kept once (arms,
// sites, yes/no), up to MaxShared distinct ones (identifiers and dates are not repeated).
class CellReader
{
public:
    explicit CellReader(const QList<RegistryColumn::Kind> &kinds)
        : m_kinds(kinds)
        , m_texts(std::size_t(kinds.size()))
        , m_booleans(std::size_t(kinds.size()), {CohortColumn::Empty, CohortColumn::Empty})
    {}

    // Column c of the result is column c + 1 of the statement.
    void appendRow(sqlite3_stmt *statement, QList<CohortColumn> &columns)
    {
        for (qsizetype c = 0; c < m_kinds.size(); ++c) {
            const int at = int(c) + 1;
            CohortColumn &out = columns[c];
            if (sqlite3_column_type(statement, at) == SQLITE_NULL) {
                out.appendEmpty();
                continue;
            }
            switch (m_kinds.at(c)) {
            case RegistryColumn::Kind::Number:
                out.appendNumber(sqlite3_column_double(statement, at));
                break;
            case RegistryColumn::Kind::Boolean:
                appendBoolean(out, c, sqlite3_column_int(statement, at) != 0);
                break;
            case RegistryColumn::Kind::Sex:
            case RegistryColumn::Kind::Arm:
            case RegistryColumn::Kind::Text: {
                const auto *text = reinterpret_cast<const char *>(
                    sqlite3_column_text(statement, at));
                const int bytes = sqlite3_column_bytes(statement, at);
                auto &dictionary = m_texts[std::size_t(c)];
                const QByteArray key = QByteArray::fromRawData(text, bytes);
                if (const auto found = dictionary.constFind(key); found != dictionary.cend()) {
                    out.appendCode(found.value());
                } else {
                    const std::int32_t code = out.appendText(QString::fromUtf8(text, bytes));
                    if (dictionary.size() < MaxShared)
                        dictionary.insert(QByteArray(text, bytes), code);
                }
                break;
            }
            }
        }
    }

    // The same through Qt's driver (PostgreSQL): column c of the result is `first + c`.
    void appendRow(const QSqlQuery &query, int first, QList<CohortColumn> &columns)
    {
        for (qsizetype c = 0; c < m_kinds.size(); ++c) {
            const QVariant value = query.value(first + int(c));
            CohortColumn &out = columns[c];
            if (value.isNull()) {
                out.appendEmpty();
                continue;
            }
            switch (m_kinds.at(c)) {
            case RegistryColumn::Kind::Number:
                out.appendNumber(value.toDouble());
                break;
            case RegistryColumn::Kind::Boolean:
                appendBoolean(out, c, value.toInt() != 0);
                break;
            case RegistryColumn::Kind::Sex:
            case RegistryColumn::Kind::Arm:
            case RegistryColumn::Kind::Text: {
                const QString text = value.toString();
                auto &dictionary = m_serverTexts[std::size_t(c)];
                if (const auto found = dictionary.constFind(text); found != dictionary.cend()) {
                    out.appendCode(found.value());
                } else {
                    const std::int32_t code = out.appendText(text);
                    if (dictionary.size() < MaxShared)
                        dictionary.insert(text, code);
                }
                break;
            }
            }
        }
    }

private:
    // "yes"/"no", each text kept once in the column.
    void appendBoolean(CohortColumn &out, qsizetype column, bool yes)
    {
        std::int32_t &code = m_booleans[std::size_t(column)][yes ? 1 : 0];
        if (code == CohortColumn::Empty)
            code = out.appendText(Values::booleanText(yes));
        else
            out.appendCode(code);
    }

    static constexpr qsizetype MaxShared = 4096;
    QList<RegistryColumn::Kind> m_kinds;
    std::vector<QHash<QString, std::int32_t>> m_serverTexts{std::size_t(m_kinds.size())};
    std::vector<QHash<QByteArray, std::int32_t>> m_texts;
    std::vector<std::array<std::int32_t, 2>> m_booleans; // codes of "no" and "yes"
};

int compareText(void *order, int sizeA, const void *a, int sizeB, const void *b)
{
    return (*static_cast<RegistryStore::TextOrder *>(
        order))(std::string_view(static_cast<const char *>(a), std::size_t(sizeA)),
                std::string_view(static_cast<const char *>(b), std::size_t(sizeB)));
}

} // namespace

std::optional<QList<qint64>> RegistryStore::patientIds(const CohortFilter &filter,
                                                       const QString &sortColumn,
                                                       Qt::SortOrder order,
                                                       TextOrder textOrder)
{
    if (!hasRegistry())
        return QList<qint64>();
    QString orderBy = QStringLiteral(" ORDER BY id");
    if (!sortColumn.isEmpty()) {
        const RegistryColumns known = columns();
        const auto column = findColumn(known, sortColumn);
        if (!column) {
            fail(RegistryStore::tr("no column %1; the columns are %2")
                     .arg(sortColumn, columnList(known)));
            return std::nullopt;
        }
        using Kind = RegistryColumn::Kind;
        const bool text = column->kind == Kind::Text || column->kind == Kind::Sex
                          || column->kind == Kind::Arm;
        if (isServer()) {
            if (text && textOrder)
                return serverIdsInTextOrder(filter, column->sqlName, order, textOrder);
            // SQLite's order: empty cells first when ascending, text byte by byte.
            orderBy = QStringLiteral(" ORDER BY ") + column->sqlName
                      + (text ? QStringLiteral(" COLLATE \"C\"") : QString())
                      + (order == Qt::AscendingOrder ? QStringLiteral(" ASC NULLS FIRST")
                                                     : QStringLiteral(" DESC NULLS LAST"))
                      + QStringLiteral(", id");
            return selectIds(filter, orderBy);
        }
        QString collation;
        if (text && textOrder) {
            if (m_textOrder != textOrder) {
                m_textOrder = textOrder;
                if (sqlite3_create_collation_v2(sqliteHandle(),
                                                "cohortlens_order",
                                                SQLITE_UTF8,
                                                &m_textOrder,
                                                &compareText,
                                                nullptr)
                    != SQLITE_OK) {
                    m_textOrder = nullptr;
                    fail(QString::fromUtf8(sqlite3_errmsg(sqliteHandle())));
                    return std::nullopt;
                }
            }
            collation = QStringLiteral(" COLLATE cohortlens_order");
        }
        // The column's name comes from the schema (sqlName), the direction from the enum.
        orderBy = QStringLiteral(" ORDER BY ") + column->sqlName + collation
                  + (order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"))
                  + QStringLiteral(", id");
    }
    return selectIds(filter, orderBy);
}

// PostgreSQL has no collation of ours: the ids with the column's text, sorted here, ties
// (and empty cells, first when ascending) in id order.
std::optional<QList<qint64>> RegistryStore::serverIdsInTextOrder(const CohortFilter &filter,
                                                                 const QString &sqlName,
                                                                 Qt::SortOrder order,
                                                                 TextOrder textOrder)
{
    const auto sql = sqlFilter(filter);
    if (!sql)
        return std::nullopt;
    QSqlQuery query(database());
    // sqlName comes from the schema, never from a user.
    if (!execFiltered(query,
                      QStringLiteral("SELECT id, ") + sqlName + QStringLiteral(" FROM patients")
                          + sql->where + QStringLiteral(" ORDER BY id"),
                      sql->values))
        return std::nullopt;
    std::vector<std::pair<qint64, std::optional<QByteArray>>> rows;
    while (query.next()) {
        const QVariant v = query.value(1);
        rows.emplace_back(query.value(0).toLongLong(),
                          v.isNull() ? std::nullopt : std::optional(v.toString().toUtf8()));
    }
    const bool ascending = order == Qt::AscendingOrder;
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        if (!a.second || !b.second)
            return ascending ? (!a.second && b.second) : (a.second && !b.second);
        const int c = textOrder(std::string_view(a.second->constData(),
                                                 std::size_t(a.second->size())),
                                std::string_view(b.second->constData(),
                                                 std::size_t(b.second->size())));
        return ascending ? c < 0 : c > 0;
    });
    QList<qint64> ids;
    ids.reserve(qsizetype(rows.size()));
    for (const auto &row : rows)
        ids << row.first;
    return ids;
}

// A filter's values through Qt's driver. On PostgreSQL, which Qt's driver sends as quoted
// literals, a NaN bound is NULL, as SQLite makes it (it compares to nothing, where
// PostgreSQL would put NaN above every number), and a NUL, which no PostgreSQL text can
// hold, becomes U+FFFD, which the registry's values do not hold either.
void RegistryStore::bindFilter(QSqlQuery &query, const QVariantList &values) const
{
    for (const QVariant &value : values) {
        if (!isServer()) {
            query.addBindValue(value);
        } else if (value.typeId() == QMetaType::Double && std::isnan(value.toDouble())) {
            query.addBindValue(QVariant(QMetaType::fromType<double>()));
        } else if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(0))) {
            query.addBindValue(value.toString().replace(QChar(0), QChar::ReplacementCharacter));
        } else {
            query.addBindValue(value);
        }
    }
}

// Runs a filtered statement forward-only through Qt's driver, its values bound as
// bindFilter() binds them; false, with errorString(), if it fails.
bool RegistryStore::execFiltered(QSqlQuery &query, const QString &text, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(text))
        return fail(errorText(query.lastError()));
    bindFilter(query, values);
    if (!query.exec())
        return fail(errorText(query.lastError()));
    return true;
}

// The ids of the patients the filter selects, in the order `orderBy` gives (SQL from the
// schema, or empty for the order SQLite finds them in).
std::optional<QList<qint64>> RegistryStore::selectIds(const CohortFilter &filter,
                                                      const QString &orderBy)
{
    const auto sql = sqlFilter(filter);
    if (!sql)
        return std::nullopt;
    if (isServer()) {
        QSqlQuery query(database());
        if (!execFiltered(query,
                          QStringLiteral("SELECT id FROM patients") + sql->where + orderBy,
                          sql->values))
            return std::nullopt;
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }
    const QByteArray text = (QStringLiteral("SELECT id FROM patients") + sql->where + orderBy)
                                .toUtf8();
    sqlite3 *connection = sqliteHandle();
    sqlite3_stmt *statement = nullptr;
    if (!connection
        || sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr)
               != SQLITE_OK) {
        fail(connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QString());
        return std::nullopt;
    }
    const Statement guard(statement, &sqlite3_finalize);
    QList<QByteArray> keep;
    bindValues(statement, sql->values, keep);
    QList<qint64> ids;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        ids << sqlite3_column_int64(statement, 0);
    if (rc != SQLITE_DONE) {
        fail(QString::fromUtf8(sqlite3_errmsg(connection)));
        return std::nullopt;
    }
    return ids;
}

std::optional<CohortColumns> RegistryStore::loadPatients(const QStringList &names,
                                                         std::span<const qint64> ids)
{
    CohortColumns result;
    result.values.resize(names.size());
    const RegistryColumns known = columns();
    QStringList select;
    for (const QString &name : names) {
        const auto column = findColumn(known, name);
        if (!column) {
            fail(RegistryStore::tr("no column %1; the columns are %2").arg(name, columnList(known)));
            return std::nullopt;
        }
        result.names << column->name;
        result.kinds << column->kind;
        select << column->sqlName;
    }
    if (!hasRegistry() || ids.empty())
        return result;
    // Row numbers as loadColumns() gives them.
    const QString row = provenance().size() == 1 ? QStringLiteral("source_row")
                                                 : QStringLiteral("id");
    if (isServer()) {
        // One round trip for the lot, then in the order asked.
        QSqlQuery query(database());
        query.setForwardOnly(true);
        const QStringList marks(qsizetype(ids.size()), QStringLiteral("?"));
        if (!query.prepare(
                QStringLiteral("SELECT ") + row
                + (select.isEmpty() ? QString() : QStringLiteral(", ") + select.join(u", "))
                + QStringLiteral(", id FROM patients WHERE id IN (") + marks.join(u", ") + u')')) {
            fail(errorText(query.lastError()));
            return std::nullopt;
        }
        for (const qint64 id : ids)
            query.addBindValue(id);
        if (!query.exec()) {
            fail(errorText(query.lastError()));
            return std::nullopt;
        }
        CohortColumns found = result;
        QHash<qint64, qsizetype> at;
        CellReader reader(result.kinds);
        const int idColumn = int(select.size()) + 1;
        while (query.next()) {
            at.insert(query.value(idColumn).toLongLong(), found.rows.size());
            found.rows << query.value(0).toLongLong();
            reader.appendRow(query, 1, found.values);
        }
        std::vector<qsizetype> positions;
        for (const qint64 id : ids) {
            if (const auto p = at.constFind(id); p != at.cend()) {
                positions.push_back(p.value());
                result.rows << found.rows.at(p.value());
                result.ids << id;
            }
        }
        for (qsizetype c = 0; c < result.values.size(); ++c)
            result.values[c] = found.values.at(c).gathered(positions);
        return result;
    }
    const QByteArray text = (QStringLiteral("SELECT ") + row
                             + (select.isEmpty() ? QString()
                                                 : QStringLiteral(", ") + select.join(u", "))
                             + QStringLiteral(" FROM patients WHERE id = ?1"))
                                .toUtf8();
    sqlite3 *connection = sqliteHandle();
    sqlite3_stmt *statement = nullptr;
    if (!connection
        || sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr)
               != SQLITE_OK) {
        fail(connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QString());
        return std::nullopt;
    }
    const Statement guard(statement, &sqlite3_finalize);
    CellReader reader(result.kinds);
    for (const qint64 id : ids) {
        sqlite3_bind_int64(statement, 1, id);
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            result.rows << sqlite3_column_int64(statement, 0);
            result.ids << id;
            reader.appendRow(statement, result.values);
        } else if (rc != SQLITE_DONE) {
            fail(QString::fromUtf8(sqlite3_errmsg(connection)));
            return std::nullopt;
        }
        sqlite3_reset(statement);
    }
    return result;
}

std::optional<CohortColumns> RegistryStore::loadColumns(const QStringList &names,
                                                        const CohortFilter &filter)
{
    CohortColumns result;
    result.values.resize(names.size());
    const RegistryColumns known = columns();
    QStringList select;
    for (const QString &name : names) {
        const auto column = findColumn(known, name);
        if (!column) {
            fail(RegistryStore::tr("no column %1; the columns are %2").arg(name, columnList(known)));
            return std::nullopt;
        }
        result.names << column->name;
        result.kinds << column->kind;
        select << column->sqlName;
    }
    if (!hasRegistry())
        return result;
    if (auto cached = cachedColumns(result.names, filter))
        return cached;
    if (m_columnCache && m_columnCache->filter == filter) {
        // Read only the columns the cache lacks, and keep them there too.
        QStringList missing;
        for (const QString &name : std::as_const(result.names)) {
            if (!m_columnCache->columns.names.contains(name) && !missing.contains(name))
                missing << name;
        }
        std::optional<ColumnCache> cache = std::exchange(m_columnCache, std::nullopt);
        const auto more = loadColumns(missing, filter);
        m_columnCache = std::move(cache);
        if (!more)
            return std::nullopt;
        CohortColumns &columns = m_columnCache->columns;
        columns.names += more->names;
        columns.kinds += more->kinds;
        columns.values += more->values;
        return cachedColumns(result.names, filter);
    }
    if (m_resident && patientCount() <= ResidentColumns::MaxPatients)
        return fromResident(result, select, filter);
    if (!readColumns(result, select, filter))
        return std::nullopt;
    return result;
}

// Reads the columns of `into` (names and kinds set; their SQL names in `select`) for the
// patients the filter selects, in id order.
bool RegistryStore::readColumns(CohortColumns &into,
                                const QStringList &select,
                                const CohortFilter &filter)
{
    const auto sql = sqlFilter(filter);
    if (!sql)
        return false;

    // Rows are numbered as in the file when the registry holds one file; after an append
    // they are the registry's own order.
    const QString row = provenance().size() == 1 ? QStringLiteral("source_row")
                                                 : QStringLiteral("id");
    const QString selectText = QStringLiteral("SELECT ") + row
                               + (select.isEmpty() ? QString()
                                                   : QStringLiteral(", ") + select.join(u", "))
                               + QStringLiteral(", id FROM patients") + sql->where
                               + QStringLiteral(" ORDER BY id");
    const int idColumn = int(select.size()) + 1;
    into.rows.clear();
    into.ids.clear();
    into.values = QList<CohortColumn>(into.kinds.size());
    if (isServer()) {
        QSqlQuery query(database());
        if (!execFiltered(query, selectText, sql->values))
            return false;
        CellReader reader(into.kinds);
        while (query.next()) {
            into.rows << query.value(0).toLongLong();
            reader.appendRow(query, 1, into.values);
            into.ids << query.value(idColumn).toLongLong();
        }
        return true;
    }
    const QByteArray statementText = selectText.toUtf8();
    sqlite3 *connection = sqliteHandle();
    sqlite3_stmt *statement = nullptr;
    if (!connection
        || sqlite3_prepare_v2(connection,
                              statementText.constData(),
                              int(statementText.size()),
                              &statement,
                              nullptr)
               != SQLITE_OK) {
        return fail(connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QString());
    }
    const Statement guard(statement, &sqlite3_finalize);
    QList<QByteArray> keep; // bound text must outlive the statement's run
    bindValues(statement, sql->values, keep);

    CellReader reader(into.kinds);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        into.rows << sqlite3_column_int64(statement, 0);
        reader.appendRow(statement, into.values);
        into.ids << sqlite3_column_int64(statement, idColumn);
    }
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errmsg(connection)));
    return true;
}

void RegistryStore::setResidentColumns(std::shared_ptr<ResidentColumns> resident)
{
    m_resident = std::move(resident);
}

// The columns of `wanted` from the resident columns, read into them first if they lack
// some: every patient's once, then the filter's by their ids.
std::optional<CohortColumns> RegistryStore::fromResident(CohortColumns wanted,
                                                         const QStringList &select,
                                                         const CohortFilter &filter)
{
    QMutexLocker lock(&m_resident->mutex);
    ResidentColumns &resident = *m_resident;
    // Imports only ever add to the imports table, so its last id and size change with
    // every import, --replace included.
    QSqlQuery version(database());
    if (!version.exec(QStringLiteral("SELECT max(id), count(*) FROM imports")) || !version.next()) {
        fail(errorText(version.lastError()));
        return std::nullopt;
    }
    const QString key = m_path + u'\n' + version.value(0).toString() + u'\n'
                        + version.value(1).toString();
    if (resident.key != key) {
        resident.key = key;
        resident.columns = {};
    }

    CohortColumns missing;
    QStringList missingSelect;
    for (qsizetype c = 0; c < wanted.names.size(); ++c) {
        if (!resident.columns.names.contains(wanted.names.at(c))
            && !missing.names.contains(wanted.names.at(c))) {
            missing.names << wanted.names.at(c);
            missing.kinds << wanted.kinds.at(c);
            missingSelect << select.at(c);
        }
    }
    if (!missing.names.isEmpty() || resident.columns.names.isEmpty()) {
        if (!readColumns(missing, missingSelect, CohortFilter()))
            return std::nullopt;
        resident.columns.rows = missing.rows;
        resident.columns.ids = missing.ids;
        resident.columns.names += missing.names;
        resident.columns.kinds += missing.kinds;
        resident.columns.values += missing.values;
    }

    const CohortColumns &all = resident.columns;
    wanted.values.clear();
    if (filter.isEmpty()) {
        wanted.rows = all.rows;
        wanted.ids = all.ids;
        for (const QString &name : std::as_const(wanted.names))
            wanted.values << all.values.at(all.names.indexOf(name));
        return wanted;
    }
    // In whatever order SQLite finds them (an index gives them fastest, without a sort),
    // marked at their positions among the ids in ascending order, then taken in that order.
    const auto ids = selectIds(filter, QString());
    if (!ids)
        return std::nullopt;
    std::vector<char> selected(std::size_t(all.ids.size()), 0);
    for (const qint64 id : *ids) {
        const auto found = std::lower_bound(all.ids.cbegin(), all.ids.cend(), id);
        if (found != all.ids.cend() && *found == id)
            selected[std::size_t(found - all.ids.cbegin())] = 1;
    }
    std::vector<qsizetype> positions;
    positions.reserve(std::size_t(ids->size()));
    for (std::size_t p = 0; p < selected.size(); ++p) {
        if (selected[p])
            positions.push_back(qsizetype(p));
    }
    wanted.rows.clear();
    wanted.ids.clear();
    wanted.rows.reserve(qsizetype(positions.size()));
    wanted.ids.reserve(qsizetype(positions.size()));
    for (const qsizetype p : positions) {
        wanted.rows << all.rows.at(p);
        wanted.ids << all.ids.at(p);
    }
    for (const QString &name : std::as_const(wanted.names))
        wanted.values << all.values.at(all.names.indexOf(name)).gathered(positions);
    return wanted;
}

std::optional<qint64> RegistryStore::countCohort(const CohortFilter &filter)
{
    if (!hasRegistry())
        return 0;
    const auto sql = sqlFilter(filter);
    if (!sql)
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM patients") + sql->where);
    bindFilter(query, sql->values);
    if (!query.exec() || !query.next()) {
        fail(query.lastError().databaseText());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<QList<PatientRecord>> RegistryStore::loadCohort(const CohortFilter &filter)
{
    QList<PatientRecord> records;
    if (!hasRegistry())
        return records;
    if (layout() == Layout::Generic) {
        fail(RegistryStore::tr("the registry is not in the native format"));
        return std::nullopt;
    }
    const auto sql = sqlFilter(filter);
    if (!sql)
        return std::nullopt;

    const RegistryColumns all = columns();
    QStringList select;
    for (const RegistryColumn &c : all)
        select << c.sqlName;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + select.join(u", ") + QStringLiteral(" FROM patients")
                  + sql->where + QStringLiteral(" ORDER BY id"));
    bindFilter(query, sql->values);
    if (!query.exec()) {
        fail(query.lastError().databaseText());
        return std::nullopt;
    }

    auto optionalBool = [&](F f) -> std::optional<bool> {
        const QVariant v = query.value(NativeSchema::index(f));
        return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
    };
    auto optionalDate = [&](F f) -> std::optional<QDate> {
        const QVariant v = query.value(NativeSchema::index(f));
        return v.isNull() ? std::nullopt : Values::parseIsoDate(v.toString());
    };
    while (query.next()) {
        PatientRecord p;
        p.patientId = query.value(NativeSchema::index(F::PatientId)).toString();
        if (const QVariant v = query.value(NativeSchema::index(F::Age)); !v.isNull())
            p.age = v.toDouble();
        if (const QVariant v = query.value(NativeSchema::index(F::Sex)); !v.isNull())
            p.sex = Values::parseSex(v.toString());
        p.primarySite = query.value(NativeSchema::index(F::PrimarySite)).toString();
        p.carcinoidSyndrome = optionalBool(F::CarcinoidSyndrome).value_or(false);
        p.obstruction = optionalBool(F::Obstruction).value_or(false);
        p.arm = Values::parseArm(query.value(NativeSchema::index(F::Arm)).toString())
                    .value_or(Arm::Medical);
        p.regionalResection = optionalBool(F::RegionalResection);
        p.csImproved = optionalBool(F::CsImproved);
        p.obstructionRelieved = optionalBool(F::ObstructionRelieved);
        p.complication = optionalBool(F::Complication);
        if (const QVariant v = query.value(NativeSchema::index(F::ClavienDindo)); !v.isNull())
            p.clavienDindo = v.toInt();
        p.died30d = optionalBool(F::Died30d);
        p.followupMonths = query.value(NativeSchema::index(F::FollowupMonths)).toDouble();
        p.dead = query.value(NativeSchema::index(F::Status)).toInt() == 1;
        p.operationDate = optionalDate(F::OperationDate);
        p.lastFollowupDate = optionalDate(F::LastFollowupDate);
        for (qsizetype i = NativeSchema::FieldCount; i < all.size(); ++i)
            p.extra << query.value(int(i)).toString();
        records.append(std::move(p));
    }
    return records;
}

} // namespace CohortLens
