// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace CohortLens::Stats {

// One patient's right-censored survival time: follow-up and whether it ended in the event.
struct SurvivalObservation
{
    double time = 0;
    bool event = false;
};

// The same, with the patient's group as an index 0 .. groups - 1.
struct GroupedObservation
{
    double time = 0;
    bool event = false;
    std::size_t group = 0;
};

// Pointwise confidence intervals of S(t), named as R survfit's conf.type.
enum class ConfidenceType {
    LogLog, // log(-log S); R "log-log"
    Log,    // log S; R "log"
    Plain,  // S itself, clipped to [0, 1]; R "plain"
};

// R's aeqSurv (the timefix of survfit, survdiff and coxph): times that differ by no more
// than sqrt(machine epsilon), absolutely or relative to the mean magnitude of the
// distinct times, become one time, the smallest of their run; otherwise floating-point
// noise in computed times (months from dates) would split ties. Returns the times in the
// given order; non-finite times are left as they are.
[[nodiscard]] std::vector<double> mergeNearTies(std::vector<double> times);

} // namespace CohortLens::Stats
