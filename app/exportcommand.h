// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace CohortLens {

class CohortOptions;
class OutputOptions;

// cohortlens export --input PATH --chart km|relief --out FILE.png|.pdf|.svg [...]: a chart
// of the window, drawn the same way without a display (SPEC §4, §6). Needs a QApplication
// (Qt Charts are widgets), on the offscreen platform.
// cohortlens export --input PATH --table patients --out FILE.csv [--deidentify] [...]: the
// patients the filter keeps, as the window's File ▸ Export writes them; de-identified for
// sharing (issue 8: IDs replaced by sequence numbers, dates removed, ages over 89 as 90+).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ExportCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int exportTable(const QString &table,
                           bool deidentify,
                           CohortOptions &cohort,
                           const OutputOptions &output);
};

} // namespace CohortLens
