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
    void finalize();

    RegistryStore &m_store;
    sqlite3_stmt *m_insert = nullptr;
    QList<int> m_extraPosition; // registry position of each of the file's extra columns
    qint64 m_importId = 0;
    bool m_active = false;
    bool m_indexesDropped = false;
    QString m_error;
};

} // namespace CohortLens
