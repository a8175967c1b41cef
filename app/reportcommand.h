// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortfilter.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QStringList>

namespace CohortLens {

class RegistryStore;

// cohortlens report --input PATH --out FILE.pdf [--paper a4|letter] [...]: the window's
// one-file PDF report without a display (SPEC §4, §6). Needs a QApplication (the charts are
// widgets), on the offscreen platform.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ReportCommand)

public:
    static int run(const QStringList &arguments);

    // Writes the report of an open registry to `path` and prints one line saying so; on
    // failure prints why. Returns the exit code. `command` prefixes the messages.
    static int write(RegistryStore &store,
                     const QString &sourceName,
                     const CohortFilter &filter,
                     const QString &path,
                     ReportWriter::Paper paper,
                     const QString &command);

    // Whether the registry was made from the bundled synthetic demo file (by its SHA-256).
    [[nodiscard]] static bool isDemo(const RegistryStore &store);
};

} // namespace CohortLens
