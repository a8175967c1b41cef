// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survivaldata.h"

#include <optional>
#include <span>
#include <vector>

namespace CohortLens::Stats {

// Weights of the k-sample test for equality of survival curves.
enum class SurvivalTestWeights {
    LogRank,              // 1: R survdiff(rho = 0)
    PetoPeto,             // pooled left-continuous Kaplan-Meier S(t-): R survdiff(rho = 1)
    GehanBreslowWilcoxon, // number at risk (Gehan 1965, Breslow 1970)
};

struct SurvivalTestResult
{
    double chisq = 0;
    int df = 0; // groups with expected > 0, minus 1, as R
    std::optional<double> p;
    std::vector<double> observed; // per group (weighted for Peto-Peto and Gehan-Breslow)
    std::vector<double> expected;
};

// The k-sample test of R survdiff: weighted observed minus expected events per group and
// their hypergeometric variance matrix, chi-square on its generalised inverse.
// Input: any order; `groups` is the number of groups (indices 0 .. groups - 1).
// A test with fewer than two groups with expected > 0 has df 0 and no p.
[[nodiscard]] SurvivalTestResult survivalTest(
    std::span<const GroupedObservation> observations,
    std::size_t groups,
    SurvivalTestWeights weights = SurvivalTestWeights::LogRank);

// Log-rank test for trend across ordered groups with the given scores (1 df):
// (sum_g s_g (O_g - E_g))^2 / s' V s, with V the log-rank variance matrix.
[[nodiscard]] SurvivalTestResult logRankTrend(std::span<const GroupedObservation> observations,
                                              std::span<const double> scores);

} // namespace CohortLens::Stats
