// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace CohortLens {

// cohortlens compare --input PATH [...]: the per-arm comparison table (SPEC §4, §5).
class CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::CompareCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace CohortLens
