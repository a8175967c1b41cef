// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace CohortLens {

// cohortlens export --input PATH --chart km|relief --out FILE.png|.pdf|.svg [...]: a chart
// of the window, drawn the same way without a display (SPEC §4, §6). Needs a QApplication
// (Qt Charts are widgets), on the offscreen platform.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ExportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace CohortLens
