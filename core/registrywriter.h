// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "patientrecord.h"
#include "provenanceentry.h"
#include "registrystore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

struct sqlite3_stmt;

namespace CohortLens {

// Writes one import into a registry as a single transaction: begin() opens it (and
// creates or migrates the schema inside it), insert() adds patients through one prepared
// statement, commit() records the provenance and makes it all visible at once. Anything
// short of commit() is rolled back, including by the destructor.
class RegistryWriter
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::RegistryWriter)

public:
    enum class Insert { Inserted, DuplicateId, Failed };

    explicit RegistryWriter(RegistryStore &store);
    ~RegistryWriter();
    RegistryWriter(const RegistryWriter &) = delete;
    RegistryWriter &operator=(const RegistryWriter &) = delete;

    // extraColumns: the file's columns outside the native schema (for a generic registry:
    // all of them), in file order; an append adds the ones the registry does not have yet.
    bool begin(ProvenanceEntry::Mode mode,
               const QStringList &extraColumns,
               RegistryStore::Layout layout = RegistryStore::Layout::Native);
    // sourceRow: the data row in the file, kept with the patient.
    [[nodiscard]] Insert insert(qint64 sourceRow, const PatientRecord &record);
    // A row of a generic registry: one value per extra column, empty for an empty cell.
    [[nodiscard]] Insert insertValues(qint64 sourceRow, const QStringList &values);
    // Rows in a batch (the importer's): the outcome of each, in order; rows after a Failed
    // one are Failed too. On PostgreSQL they go in multi-row statements.
    struct Row
    {
        qint64 sourceRow = 0;
        const PatientRecord *record = nullptr; // a native row, or
        const QStringList *values = nullptr;   // a generic row
    };
    [[nodiscard]] std::vector<Insert> insertRows(std::span<const Row> rows);
    // For a DuplicateId: the row of this file that holds the identifier, or 0 when it
    // came with an earlier import.
    [[nodiscard]] qint64 earlierRowOf(const QString &patientId) const;
    bool commit(const ProvenanceEntry &entry);
    void rollback();

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qint64 importId() const { return m_importId; }

private:
    bool fail(const QString &message);
    Insert step();
    bool insertOnServer(std::span<const Row> rows, std::span<Insert> outcomes);
    // Rows a statement on PostgreSQL (one array parameter a column).
    static constexpr std::size_t ServerBatchRows = 2000;
    void finalize();

    RegistryStore &m_store;
    sqlite3_stmt *m_insert = nullptr;
    QList<int> m_extraPosition; // registry position of each of the file's extra columns
    QStringList m_insertColumns;
    RegistryStore::Layout m_layout = RegistryStore::Layout::Native;
    qint64 m_importId = 0;
    bool m_active = false;
    bool m_indexesDropped = false;
    QString m_error;
};

} // namespace CohortLens
