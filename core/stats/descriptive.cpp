// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "descriptive.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace CohortLens::Stats {

double quantileType7(std::span<const double> sorted, double p)
{
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

Descriptive describe(std::span<const double> values)
{
    Descriptive d;
    d.n = values.size();
    if (values.empty())
        return d;
    double mean = 0;
    double m2 = 0;
    std::size_t k = 0;
    for (const double x : values) {
        ++k;
        const double delta = x - mean;
        mean += delta / static_cast<double>(k);
        m2 += delta * (x - mean);
    }
    d.mean = mean;
    if (d.n > 1)
        d.sd = std::sqrt(m2 / static_cast<double>(d.n - 1));
    std::vector<double> sorted(values.begin(), values.end());
    if (!std::is_sorted(sorted.begin(), sorted.end()))
        std::sort(sorted.begin(), sorted.end());
    d.min = sorted.front();
    d.max = sorted.back();
    d.median = quantileType7(sorted, 0.5);
    d.q1 = quantileType7(sorted, 0.25);
    d.q3 = quantileType7(sorted, 0.75);
    return d;
}

} // namespace CohortLens::Stats
