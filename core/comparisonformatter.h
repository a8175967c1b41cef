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

    // The cells of the readable table, shared by text() and the window's comparison panel.
    // A count: "24/28 (85.7%)"; "0/0" without patients.
    [[nodiscard]] static QString countText(const Stats::Proportion &proportion,
                                           const QLocale &locale = QLocale());
    // The three lines of a continuous row: "47.2 (30.1)", "40.5 (21.0–66.3)", "6–156".
    enum class SummaryLine { MeanSd, MedianIqr, Range };
    [[nodiscard]] static QString summaryText(const Stats::Descriptive &summary,
                                             SummaryLine line,
                                             const QLocale &locale = QLocale());
    // "mean (SD)", "median (IQR)", "range".
    [[nodiscard]] static QString summaryLabel(SummaryLine line);
};

} // namespace CohortLens
