// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "columnmapping.h"
#include "provenanceentry.h"
#include "registrystore.h"
#include "validationproblem.h"

#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace CohortLens {

struct ImportRequest
{
    QString csvPath;
    QString databasePath;
    // Create refuses a database that already holds patients.
    ProvenanceEntry::Mode mode = ProvenanceEntry::Mode::Create;
    ColumnMapping mapping;
};

struct ImportReport
{
    enum class Outcome {
        Imported,
        InvalidData, // the file has problems: nothing was written
        Refused,     // a path or an option does not fit: nothing was written
        Cancelled,   // nothing was written
        Failed,      // reading or writing failed: nothing was written
    };

    Outcome outcome = Outcome::Failed;
    // What went wrong, for every outcome but Imported and InvalidData.
    QString message;
    // The file's problems, at most RegistryImporter::MaxListedProblems of them.
    ValidationProblems problems;
    qint64 problemCount = 0;
    QString sourceName;
    QString sha256;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 patientsAfter = 0; // patients in the registry after the import
};

// Reads a native-schema CSV (SPEC §2), validates every row and writes the patients into a
// registry in one transaction: either every row goes in, or nothing changes. A database
// file the import created is removed again when the import does not succeed.
class RegistryImporter
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::RegistryImporter)

public:
    using Progress = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;

    static constexpr int MaxListedProblems = 10000;

    // Called about every 64 KiB read, from the importing thread.
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked between rows; when it becomes true the import rolls back and reports
    // Cancelled.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    [[nodiscard]] ImportReport importFile(const ImportRequest &request) const;
    // Opens PATH as SPEC §4 reads it: an SQLite registry made by import (recognised by
    // content) opens read-only; any other file is read as a CSV into an in-memory
    // registry in `store` — a native one when the header has the native schema's required
    // columns (then every row must be valid), else a generic one keeping every column.
    // NativeOnly reads every CSV as a native registry, reporting what a foreign one lacks.
    enum class Accept { AnyCsv, NativeOnly };
    [[nodiscard]] ImportReport load(const QString &path,
                                    RegistryStore &store,
                                    Accept accept = Accept::AnyCsv) const;
    // How load() will read a CSV: Native when its header has the native schema's required
    // columns, Generic otherwise (also for a file that cannot be read: load() says why).
    [[nodiscard]] static RegistryStore::Layout csvLayout(const QString &path);
    // Into a store the caller opened for writing, e.g. an in-memory one.
    [[nodiscard]] ImportReport importInto(
        RegistryStore &store,
        QIODevice &csv,
        const QString &sourceName,
        ProvenanceEntry::Mode mode,
        const ColumnMapping &mapping,
        RegistryStore::Layout layout = RegistryStore::Layout::Native) const;

private:
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace CohortLens

Q_DECLARE_METATYPE(CohortLens::ImportReport)
