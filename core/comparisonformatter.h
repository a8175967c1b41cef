// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonanalysis.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

namespace CohortLens {

// The comparison table as `cohortlens compare` prints it: the JSON of SPEC §4, a long CSV
// (one line per row, level and group), or a readable table.
class ComparisonFormatter
{
    Q_DECLARE_TR_FUNCTIONS(CohortLens::ComparisonFormatter)

public:
    [[nodiscard]] static QByteArray json(const ComparisonResult &result);
    [[nodiscard]] static QByteArray csv(const ComparisonResult &result);
    [[nodiscard]] static QString text(const ComparisonResult &result,
                                      const QLocale &locale = QLocale());

    // The test's name for people: "Pearson χ²", "Fisher's exact test".
    [[nodiscard]] static QString testName(ComparisonTest test);
};

} // namespace CohortLens
