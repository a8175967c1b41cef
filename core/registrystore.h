// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "cohortcolumns.h"
#include "cohortfilter.h"
#include "patientrecord.h"
#include "provenanceentry.h"
#include "registrycolumn.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>
#include <span>
#include <string_view>

struct sqlite3;

namespace CohortLens {

struct ResidentColumns;

// A registry in an SQLite database (Qt's QSQLITE driver): the schema and its version,
// the patients, the extra columns and the provenance of every import. One store is one
// connection and belongs to the thread that opened it.
class RegistryStore
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::RegistryStore)

public:
    enum class Access { ReadOnly, ReadWrite };
    // Where the registry lives: an SQLite file (or memory), or a PostgreSQL database that
    // several sites share, named by a URL postgresql://user@host:port/database.
    enum class Engine { SQLite, PostgreSQL };
    // Native: the patients of SPEC §2, validated and typed. Generic: any other CSV, every
    // column kept as text (for analysis with --time/--event/--group).
    enum class Layout { Native, Generic };

    // PRAGMA user_version of the schema this build writes; application_id marks the file
    // as a CohortLens registry ("CLEN").
    static constexpr int SchemaVersion = 1;
    static constexpr int ApplicationId = 0x434c454e;

    RegistryStore();
    ~RegistryStore();
    RegistryStore(const RegistryStore &) = delete;
    RegistryStore &operator=(const RegistryStore &) = delete;

    // Opens a database file, or a new in-memory one for ":memory:" (then path() is a URI
    // under which other connections, in other threads, open the same registry). A file
    // that exists must be an SQLite database; its schema must not be newer than ours.
    // A postgresql:// URL connects to that database instead (path() is then the URL
    // without a password); the password comes from the URL, rememberPassword(), or, as
    // libpq reads them, PGPASSWORD and ~/.pgpass.
    bool open(const QString &path, Access access);
    [[nodiscard]] Engine engine() const { return m_engine; }
    // Whether a location names a PostgreSQL database (postgresql:// or postgres://).
    [[nodiscard]] static bool isServerLocation(const QString &location);
    // A location as it may be shown or logged: never with its password.
    [[nodiscard]] static QString displayLocation(const QString &location);
    // A password for a server location, kept in this process's memory (never in settings
    // or files) so that the analysis threads' connections can use it too.
    static void rememberPassword(const QString &location, const QString &password);
    [[nodiscard]] bool isMemory() const;
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] bool isReadOnly() const { return m_access == Access::ReadOnly; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Whether open() failed because another connection held the database locked past the
    // busy timeout: the file is fine, only busy.
    [[nodiscard]] bool wasBusy() const { return m_busy; }
    // An SQLite failure in words a user can act on (disk full, locked, damaged), else
    // SQLite's own text.
    [[nodiscard]] static QString errorText(const QSqlError &error);

    // 0 for an empty database, else the PRAGMA user_version of the registry.
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] bool hasRegistry() const { return schemaVersion() > 0; }
    [[nodiscard]] Layout layout() const;
    // Creates the schema or migrates an older one to SchemaVersion. Runs inside the
    // caller's transaction, so that a failed import leaves no trace of it either.
    bool createOrMigrateSchema(Layout layout = Layout::Native);

    bool beginTransaction();
    bool commit();
    bool rollback();

    // The columns filters can name: the native ones, then the extra ones.
    [[nodiscard]] RegistryColumns columns() const;
    [[nodiscard]] QStringList extraColumns() const;
    [[nodiscard]] qint64 patientCount() const;
    [[nodiscard]] QList<ProvenanceEntry> provenance() const;

    // The patients the filter selects, in import order; nothing, with errorString(),
    // for a filter naming an unknown column.
    [[nodiscard]] std::optional<QList<PatientRecord>> loadCohort(const CohortFilter &filter);
    [[nodiscard]] std::optional<qint64> countCohort(const CohortFilter &filter);
    // The named columns (any case) of the patients the filter selects, typed as
    // CohortColumns describes; nothing, with errorString(), for an unknown column.
    [[nodiscard]] std::optional<CohortColumns> loadColumns(const QStringList &names,
                                                           const CohortFilter &filter);
    // Keeps columns loaded for `filter` (from loadColumns) in memory: loadColumns() for the
    // same filter then answers from them, sharing the values instead of reading and
    // converting them again, and reads only the columns they lack (which it keeps too). A
    // window's filter change reads each column once for its table and all its statistics.
    // Until clearColumnCache() or close().
    void cacheColumns(const CohortFilter &filter, const CohortColumns &columns);
    void clearColumnCache();
    // Columns kept in memory across connections (a window's successive filter changes):
    // loadColumns() then reads each column of every patient once and answers a filter from
    // them by the ids it selects. Not for registries above ResidentColumns::MaxPatients.
    void setResidentColumns(std::shared_ptr<ResidentColumns> resident);
    [[nodiscard]] std::shared_ptr<ResidentColumns> residentColumns() const { return m_resident; }

    // For a table that reads its rows on demand. An order of text cells (UTF-8), as
    // strcmp: negative, 0 or positive; registered on this connection as an SQLite collation.
    using TextOrder = int (*)(std::string_view, std::string_view);
    // The database ids of the patients the filter selects, in import order, or sorted by
    // the column `sortColumn` (any case) when given: numbers and yes/no by value, text by
    // `textOrder` (byte order without one), empty cells first when ascending, ties in
    // import order. Only bound values and known column names reach the SQL.
    [[nodiscard]] std::optional<QList<qint64>> patientIds(const CohortFilter &filter,
                                                          const QString &sortColumn = {},
                                                          Qt::SortOrder order = Qt::AscendingOrder,
                                                          TextOrder textOrder = nullptr);
    // The named columns of the patients with these database ids, in the order given (an
    // unknown id is left out), typed as loadColumns() types them.
    [[nodiscard]] std::optional<CohortColumns> loadPatients(const QStringList &names,
                                                            std::span<const qint64> ids);

    [[nodiscard]] static std::optional<RegistryColumn> findColumn(const RegistryColumns &columns,
                                                                  const QString &name);
    // "a, b, c": for messages that list what there is.
    [[nodiscard]] static QString columnList(const RegistryColumns &columns);

    // The connection, for RegistryWriter; and the SQLite connection under it, for bulk
    // inserts without Qt's per-value overhead.
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] sqlite3 *sqliteHandle() const;
    // The indexes of the filter columns: a bulk load drops them and builds them once at
    // the end, which is much faster than updating them row by row.
    bool dropFilterIndexes();
    bool createFilterIndexes();

    // Whether a file starts like an SQLite database ("recognised by content").
    [[nodiscard]] static bool isSqliteFile(const QString &path);

private:
    struct SqlFilter
    {
        QString where; // "" or " WHERE ..."
        QVariantList values;
    };
    std::optional<SqlFilter> sqlFilter(const CohortFilter &filter);
    bool connect(const QString &path, Access access);
    bool connectServer(const QString &location, Access access);
    [[nodiscard]] bool isServer() const { return m_engine == Engine::PostgreSQL; }
    bool checkIntact(const QString &path, Access access);
    static bool isBusyError(const QSqlError &error);
    bool exec(const QString &sql);
    bool registerFunctions();
    bool fail(const QString &message);

    void bindFilter(QSqlQuery &query, const QVariantList &values) const;
    bool execFiltered(QSqlQuery &query, const QString &text, const QVariantList &values);
    std::optional<QList<qint64>> selectIds(const CohortFilter &filter, const QString &orderBy);
    std::optional<QList<qint64>> serverIdsInTextOrder(const CohortFilter &filter,
                                                      const QString &sqlName,
                                                      Qt::SortOrder order,
                                                      TextOrder textOrder);
    bool readColumns(CohortColumns &into, const QStringList &select, const CohortFilter &filter);
    std::optional<CohortColumns> fromResident(CohortColumns wanted,
                                              const QStringList &select,
                                              const CohortFilter &filter);
    std::optional<CohortColumns> cachedColumns(const QStringList &names,
                                               const CohortFilter &filter) const;

    struct ColumnCache
    {
        CohortFilter filter;
        CohortColumns columns;
    };
    std::optional<ColumnCache> m_columnCache;
    std::shared_ptr<ResidentColumns> m_resident;
    TextOrder m_textOrder = nullptr; // the collation cohortlens_order, once registered
    QString m_connectionName;
    QString m_path;
    QString m_error;
    Access m_access = Access::ReadOnly;
    Engine m_engine = Engine::SQLite;
    bool m_busy = false;
    bool m_needsRollback = false; // a read-only open met the journal of a stopped import
};

} // namespace CohortLens
