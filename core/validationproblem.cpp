// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationproblem.h"

namespace CohortLens {

namespace {
// Long or multi-line values are shortened so that one problem stays on one line.
QString shown(const QString &value)
{
    constexpr int maxShown = 60;
    QString text = value;
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    if (text.size() > maxShown)
        text = text.left(maxShown) + QStringLiteral("…");
    return text;
}
} // namespace

QString ValidationProblem::toString() const
{
    QString where;
    if (row > 0 && !column.isEmpty())
        where = ValidationProblem::tr("row %1, column %2").arg(row).arg(column);
    else if (row > 0)
        where = ValidationProblem::tr("row %1").arg(row);
    else if (!column.isEmpty())
        where = ValidationProblem::tr("header, column %1").arg(column);
    else
        where = ValidationProblem::tr("file");
    if (row > 0 && !column.isEmpty() && valueKnown)
        where = ValidationProblem::tr("%1, value \"%2\"").arg(where, shown(value));
    return ValidationProblem::tr("%1: %2").arg(where, message);
}

} // namespace CohortLens
