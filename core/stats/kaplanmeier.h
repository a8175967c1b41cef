// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survivaldata.h"

#include <optional>
#include <span>
#include <vector>

namespace CohortLens::Stats {

// One distinct time of a Kaplan-Meier curve (an event or a censoring time).
struct KaplanMeierRow
{
    double time = 0;
    std::size_t nRisk = 0;
    std::size_t nEvent = 0;
    std::size_t nCensor = 0;
    double surv = 1;
    // Greenwood standard error of S(t) (surv × R's std.err); empty where S = 0.
    std::optional<double> se;
    std::optional<double> lower;
    std::optional<double> upper;
    // Greenwood's sum of d / (n (n - d)) up to this time: R's std.err squared. Kept so
    // that intervals at other levels and at chosen times need no refit.
    double varianceSum = 0;
};

struct KaplanMeierCurve
{
    std::size_t n = 0;
    std::size_t events = 0;
    ConfidenceType confType = ConfidenceType::LogLog;
    double confLevel = 0.95;
    std::vector<KaplanMeierRow> rows; // ascending time
};

// Kaplan-Meier product-limit estimate, as R survfit(Surv(time, event) ~ 1,
// conf.type = confType, conf.int = confLevel).
// Input: any order; times finite and >= 0. At tied times events precede censorings.
// Standard error by Greenwood's formula; intervals:
//   log-log: S^exp(±z se_log / log S), null both where S = 1;
//   log:     S exp(±z se_log), upper clipped at 1;
//   plain:   S ± z se, clipped to [0, 1];
// with se_log = sqrt(Greenwood sum); se, lower and upper are null where S = 0.
[[nodiscard]] KaplanMeierCurve kaplanMeier(std::span<const SurvivalObservation> observations,
                                           ConfidenceType confType = ConfidenceType::LogLog,
                                           double confLevel = 0.95);

// A quantile of the survival time with its confidence interval.
struct QuantileEstimate
{
    double p = 0.5;
    std::optional<double> time; // empty: not reached
    std::optional<double> lower;
    std::optional<double> upper;
};

// The p-th quantile, as R quantile.survfit: the first time S(t) <= 1 - p (within
// sqrt(machine epsilon)), or the midpoint of the interval where the curve equals 1 - p
// exactly; the bounds by the same rule on the lower and upper confidence curves.
[[nodiscard]] QuantileEstimate survivalQuantile(const KaplanMeierCurve &curve, double p);

// S(t), its interval and the number at risk at a chosen time, as R summary(fit, times =):
// before the first observed time S = 1 with the interval [1, 1] (R's starting values,
// also under log-log).
struct SurvivalAtTime
{
    double time = 0;
    std::size_t nRisk = 0; // patients with time >= t
    // Empty beyond the last observed time ("not estimable"; R drops such times).
    std::optional<double> surv;
    std::optional<double> se;
    std::optional<double> lower;
    std::optional<double> upper;
};

[[nodiscard]] SurvivalAtTime survivalAt(const KaplanMeierCurve &curve, double time);

// Restricted mean survival time up to tau: the area under S(t) on [0, tau], with the
// standard error of R print(fit, rmean = tau) (survival:::survmean). Past the last
// observed time S is carried forward, as R does.
struct RestrictedMean
{
    double tau = 0;
    double estimate = 0;
    std::optional<double> se;
};

[[nodiscard]] RestrictedMean restrictedMean(const KaplanMeierCurve &curve, double tau);

// Median follow-up by the reverse Kaplan-Meier method (Schemper & Smith 1996): the
// Kaplan-Meier median of the censoring distribution, i.e. with censored patients as the
// events, and its interval by the same rule.
[[nodiscard]] QuantileEstimate medianFollowUp(std::span<const SurvivalObservation> observations,
                                              ConfidenceType confType = ConfidenceType::LogLog,
                                              double confLevel = 0.95);

} // namespace CohortLens::Stats
