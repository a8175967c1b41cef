// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortcolumn.h"
#include "registrycolumn.h"

#include <QList>
#include <QStringList>

namespace CohortLens {

// Chosen columns of a cohort, one value per patient and column: a number for a stored
// number, the canonical text for everything else ("yes"/"no" for native booleans, "M"/"F",
// the arm, a cell of another CSV as written), or empty.
struct CohortColumns
{
    QStringList names; // as the registry spells them
    QList<RegistryColumn::Kind> kinds;
    QList<qint64> rows;         // data row of each patient (1 = the first row after the header)
    QList<qint64> ids;          // database id of each patient, when read from a registry
    QList<CohortColumn> values; // values[column][patient]
};

} // namespace CohortLens
