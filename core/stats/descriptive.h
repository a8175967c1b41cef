// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>

namespace CohortLens::Stats {

// Summary of a continuous variable, as R's mean(), sd(), quantile(type = 7), range().
struct Descriptive
{
    std::size_t n = 0;
    std::optional<double> mean;
    std::optional<double> sd; // sample SD (n - 1); empty for n < 2
    std::optional<double> median;
    std::optional<double> q1; // 25th percentile, type 7
    std::optional<double> q3; // 75th percentile, type 7
    std::optional<double> min;
    std::optional<double> max;
};

// Inputs: any order; NaN is not allowed. Mean and variance by Welford's algorithm.
[[nodiscard]] Descriptive describe(std::span<const double> values);

// R quantile(x, p, type = 7): Hyndman & Fan (1996) definition 7, linear interpolation
// between order statistics at h = (n - 1) p. `sorted` must be ascending and non-empty.
[[nodiscard]] double quantileType7(std::span<const double> sorted, double p);

} // namespace CohortLens::Stats
