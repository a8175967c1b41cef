// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace CohortLens::Stats {

enum class ProportionInterval {
    Wilson,         // score interval without continuity correction: R prop.test(correct = FALSE)
    ClopperPearson, // exact: R binom.test
};

// count of n, with percent and interval on the 0–100 scale; all empty when n = 0.
struct Proportion
{
    long count = 0;
    long n = 0;
    std::optional<double> percent;
    std::optional<double> lower;
    std::optional<double> upper;
};

[[nodiscard]] Proportion proportion(long count,
                                    long n,
                                    ProportionInterval interval = ProportionInterval::Wilson,
                                    double confLevel = 0.95);

// A 2×2 table: rows are the two groups, columns "yes" and "no".
//            yes   no
//   group 1   a    b
//   group 2   c    d
struct TwoByTwo
{
    long a = 0, b = 0, c = 0, d = 0;
};

struct OddsRatio
{
    std::optional<double> estimate; // conditional maximum likelihood estimate
    std::optional<double> lower;    // exact interval
    std::optional<double> upper;
};

struct TwoByTwoTests
{
    // All empty where a margin of the table is empty.
    std::optional<double> pearsonChisq; // without continuity correction
    std::optional<double> pearsonP;
    std::optional<double> yatesChisq; // correction min(0.5, |O - E|), as R chisq.test
    std::optional<double> yatesP;
    std::optional<double> fisherP; // two-sided, R's "as or less likely" rule (1 + 1e-7)
    // Odds of "yes" in group 2 against group 1, as R fisher.test on the table with group
    // 1 as its first row (conditional MLE, exact interval at confLevel).
    OddsRatio oddsRatio;
    bool expectedAtLeast5 = false; // every expected count >= 5 (the gtsummary rule)
};

// Exact tests cost time with large counts, where the chi-square tests serve; the caller
// may skip them (Fisher p and the odds ratio are then empty).
enum class ExactTests { Yes, No };

[[nodiscard]] TwoByTwoTests twoByTwoTests(const TwoByTwo &table,
                                          double confLevel = 0.95,
                                          ExactTests exact = ExactTests::Yes);

// An r×c table of counts, row-major.
struct ContingencyTable
{
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<long> counts;

    [[nodiscard]] long at(std::size_t r, std::size_t c) const { return counts[r * cols + c]; }
};

struct ContingencyTests
{
    // Always given; where a row or column total is 0 (R: NaN), the statistic of the table
    // without its empty rows and columns.
    double pearsonChisq = 0;
    int df = 0;                     // always (r - 1)(c - 1)
    std::optional<double> pearsonP; // empty where a row or column total is 0
    // Fisher-Freeman-Halton exact p, as R fisher.test on the r×c table (empty rows and
    // columns change nothing); empty where the table is all zero or too large to enumerate
    // within a fixed work budget (2·10^7 steps: about a second at most).
    std::optional<double> fisherP;
    bool expectedAtLeast5 = false;
};

[[nodiscard]] ContingencyTests contingencyTests(const ContingencyTable &table,
                                                ExactTests exact = ExactTests::Yes);

} // namespace CohortLens::Stats
