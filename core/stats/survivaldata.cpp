// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "survivaldata.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace CohortLens::Stats {

std::vector<double> mergeNearTies(std::vector<double> times)
{
    std::vector<double> distinct;
    for (const double t : times) {
        if (std::isfinite(t))
            distinct.push_back(t);
    }
    if (!std::is_sorted(distinct.begin(), distinct.end()))
        std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() < 2)
        return times;

    double meanMagnitude = 0;
    for (const double t : distinct)
        meanMagnitude += std::abs(t);
    meanMagnitude /= double(distinct.size());

    const double tolerance = std::sqrt(std::numeric_limits<double>::epsilon());
    std::vector<double> cuts{distinct.front()};
    for (std::size_t i = 1; i < distinct.size(); ++i) {
        const double gap = distinct[i] - distinct[i - 1];
        if (!(gap <= tolerance || gap / meanMagnitude <= tolerance))
            cuts.push_back(distinct[i]);
    }
    if (cuts.size() == distinct.size())
        return times;
    for (double &t : times) {
        if (!std::isfinite(t))
            continue;
        const auto above = std::upper_bound(cuts.begin(), cuts.end(), t);
        t = *(above - 1);
    }
    return times;
}

} // namespace CohortLens::Stats
