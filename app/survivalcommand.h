// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace CohortLens {

// cohortlens survival --input PATH [...]: Kaplan-Meier, group tests and Cox (SPEC §3, §4).
class SurvivalCommand
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::SurvivalCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace CohortLens
