// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>

namespace CohortLens::Stats {

struct WelchTest
{
    double t = 0;
    double df = 0;
    double p = 1;
};

// Welch's unequal-variances t-test, two-sided, as R t.test(x, y). Empty where either
// sample has fewer than 2 values or both variances are 0 (R: "data are essentially
// constant", judged as R does: standard error < 10 eps max(|mean x|, |mean y|), or NaN).
// Values must not be NaN (drop missing values first).
[[nodiscard]] std::optional<WelchTest> welchTest(std::span<const double> x,
                                                 std::span<const double> y);

struct WilcoxonTest
{
    double w = 0; // R's statistic W: the rank sum of x minus nx (nx + 1) / 2
    double p = 1;
    bool exact = false;
};

// Wilcoxon rank-sum (Mann-Whitney) test, two-sided, as R wilcox.test(x, y) with its
// defaults: the exact distribution when both samples have fewer than 50 values and there
// are no ties; otherwise the normal approximation with continuity correction and the tie
// correction of the variance. Empty where either sample is empty or all values are equal
// (R: p-value NA).
[[nodiscard]] std::optional<WilcoxonTest> wilcoxonRankSum(std::span<const double> x,
                                                          std::span<const double> y);

} // namespace CohortLens::Stats
