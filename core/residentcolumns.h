// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortcolumns.h"

#include <QMutex>
#include <QString>

namespace CohortLens {

// Every patient's columns of one registry, kept in memory between filter changes
// (RegistryStore::setResidentColumns): a filter then costs a query of the ids it selects
// and a gather of their cells, not a read of every column. Columns are read the first time
// one is asked for. The registry's last import is part of the key, so an import in between
// is never answered from old columns. Shared by the connections of successive analysis
// runs, each on its own thread, hence the mutex.
struct ResidentColumns
{
    // Registries with more patients are read per filter instead: the memory would be
    // several hundred megabytes.
    static constexpr qint64 MaxPatients = 2'000'000;

    QMutex mutex;
    QString key;           // the registry, and its last import
    CohortColumns columns; // every patient, by ascending database id
};

} // namespace CohortLens
