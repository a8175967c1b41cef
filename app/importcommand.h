// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace CohortLens {

// cohortlens import --input FILE.csv --db FILE.sqlite [--replace|--append] [--map F=C]...
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ImportCommand)

public:
    // arguments: the program name, "import", then the options. Returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace CohortLens
