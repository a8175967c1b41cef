// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survivaldata.h"

#include <Eigen/Dense>

#include <optional>
#include <span>
#include <vector>

namespace CohortLens::Stats {

enum class CoxTies { Efron, Breslow };

struct CoxOptions
{
    CoxTies ties = CoxTies::Efron;
    double confLevel = 0.95;
    // As R coxph.control: iter.max, eps (relative change of the log likelihood) and
    // toler.inf (the threshold of the infinite-coefficient check).
    int maxIterations = 20;
    double epsilon = 1e-9;
    double tolerInf = 3.162278e-5; // sqrt(eps) as in coxph.control
};

struct CoxTerm
{
    double coef = 0;
    std::optional<double> se;
    std::optional<double> hr;    // exp(coef)
    std::optional<double> lower; // Wald interval of the hazard ratio
    std::optional<double> upper;
    std::optional<double> p; // Wald p of the term
    // The likelihood is monotone in this coefficient: its estimate tends to ±infinity
    // (R: "Loglik converged before variable ...; coefficient may be infinite").
    bool infinite = false;
    // The column is constant or a linear combination of the columns before it, so it has
    // no estimate (R: NA coefficient): coef is NaN and every other value empty.
    bool aliased = false;
};

struct CoxFit
{
    bool converged = false;
    bool monotone = false; // any term infinite
    int iterations = 0;
    int stepHalvings = 0; // Newton steps that lowered the likelihood and were shortened
    std::size_t n = 0;
    std::size_t events = 0;
    std::vector<CoxTerm> terms; // one per column of the covariate matrix
    double logLikNull = 0;
    double logLik = 0;
    int df = 0; // of the model tests: the terms with an estimate (not aliased)
    // Tests of the whole model, as R summary.coxph: likelihood ratio, Wald, score.
    std::optional<double> lrChisq, lrP;
    std::optional<double> waldChisq, waldP;
    std::optional<double> scoreChisq, scoreP;
};

// Cox proportional hazards by Newton-Raphson on the partial likelihood, Efron or Breslow
// handling of ties, as R coxph(Surv(time, event) ~ x, ties = ...) with its defaults
// (start at 0, step halving, convergence on the relative change of the log likelihood).
// Input: any order; x has one row per observation and one column per term (indicators
// or continuous covariates, no intercept). Rows with a missing value are the caller's to
// drop. A fit that does not converge or whose likelihood is monotone says so; its
// infinite terms have no interval and no p. Throws std::invalid_argument if x does not
// have one row per outcome.
[[nodiscard]] CoxFit coxFit(std::span<const SurvivalObservation> outcomes,
                            const Eigen::MatrixXd &x,
                            const CoxOptions &options = {});

} // namespace CohortLens::Stats
