// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registrycolumn.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace CohortLens {

// Chosen columns of a cohort, one value per patient and column: a double for a stored
// number, the canonical text for everything else ("yes"/"no" for native booleans, "M"/"F",
// the arm, a cell of another CSV as written), and an invalid QVariant for an empty cell.
struct CohortColumns
{
    QStringList names; // as the registry spells them
    QList<RegistryColumn::Kind> kinds;
    QList<qint64> rows;         // data row of each patient (1 = the first row after the header)
    QList<QVariantList> values; // values[column][patient]
};

} // namespace CohortLens
