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
#include <QString>
#include <QVariantList>

#include <optional>

struct sqlite3;

namespace CohortLens {

// A registry in an SQLite database (Qt's QSQLITE driver): the schema and its version,
// the patients, the extra columns and the provenance of every import. One store is one
// connection and belongs to the thread that opened it.
class RegistryStore
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::RegistryStore)

public:
    enum class Access { ReadOnly, ReadWrite };
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
    bool open(const QString &path, Access access);
    [[nodiscard]] bool isMemory() const;
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] bool isReadOnly() const { return m_access == Access::ReadOnly; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString errorString() const { return m_error; }

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
    bool exec(const QString &sql);
    bool registerFunctions();
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Access m_access = Access::ReadOnly;
};

} // namespace CohortLens
