// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

/*
** Cox proportional hazards regression: Newton-Raphson on the partial likelihood,
**   reproducing R survival's coxph() (coxph.fit, coxfit6.c, cholesky2.c, chsolve2.c,
**   chinv2.c, coxph.wtest, summary.coxph; survival 3.5) for right-censored data without
**   strata, weights or offsets.
**
**  input
**       outcomes(n)  : follow-up time and event flag per observation, in any order
**       x(n, p)      : covariates, one column per term (indicators or continuous), no
**                       intercept; p may be 0 (the null model)
**       options      : ties (Efron | Breslow), confLevel of the Wald intervals, and R's
**                       coxph.control: maxIterations (iter.max), epsilon (eps),
**                       tolerInf (toler.inf)
**
**  preconditions
**       x.rows() == outcomes.size() (else std::invalid_argument); times and covariates
**       finite (missing values already dropped by the caller); 0 < confLevel < 1.
**       No sorting or tie handling is needed from the caller: times closer than R's
**       aeqSurv tolerance are merged first, as coxph(timefix = TRUE) does.
**
**  output (CoxFit)
**       per term   : coef; se = sqrt(diag(I^-1)); hr = exp(coef); Wald interval
**                     exp(coef -/+ z se) and Wald p = 2(1 - Phi(|coef / se|))
**       loglik     : logLikNull at beta = 0, logLik at the estimate
**       tests      : likelihood ratio 2(logLik - logLikNull), Wald b' V^-1 b, score
**                     u0' I0^-1 u0 (at beta = 0), all on df = number of estimated terms
**       converged  : |1 - loglik_old / loglik_new| <= eps within maxIterations
**       monotone   : coxph.fit's check |u V| > eps and > toler.inf |coef| flagged a term
**       n, events  : rows and events used
**
**  method
**       The covariates are centred and scaled (not those whose values all lie in
**       {-1, 0, 1}: coxph's nocenter) because exp(x beta) then stays in range; that
**       changes neither the estimates nor the path of Newton-Raphson, which is affine
**       invariant. From beta = 0 each step solves I d = u by an FDF' Cholesky whose
**       near-zero pivots (< toler.chol times the largest diagonal) are set to zero, so
**       a constant or collinear column keeps beta = 0 and ends with a zero variance,
**       which is how R reports it as NA (here: aliased, coef NaN). A step that lowers
**       the likelihood is retried closer to the last good beta, at 1/2, then 1/3 of that,
**       1/4 ... of the distance, as coxfit6 does.
**
**  deviations from R, all where R has no meaningful answer
**       - df = 0 (no terms, no events, every term aliased): no tests, where R prints
**         "0 on 0 df, p = 1".
**       - No events: every term aliased, logLik = logLikNull = 0 (as R), converged.
**       - Out of iterations: R (coxfit6) returns 1 / diag(I) as the variance, since it
**         inverts the information at the last good beta without factoring it; here the
**         variance is the true inverse at that beta (R's vcov of a refit with
**         init = coef, iter.max = 0). As in R, no term is then flagged infinite.
**       - A column whose values are all equal is set to exactly 0 rather than centred,
**         so it is aliased without relying on how the rounding residue of its mean
**         cancels (R gives NA for every such column tried, e.g. 0.1, 0.7, 1/3).
**
**  references
**       Cox DR (1972) Regression models and life-tables. JRSS B 34:187-220.
**       Breslow NE (1974) Covariance analysis of censored survival data. Biometrics
**         30:89-99. Efron B (1977) The efficiency of Cox's likelihood function for
**         censored data. JASA 72:557-565.
**       Therneau TM, Grambsch PM (2000) Modeling Survival Data: Extending the Cox Model,
**         ch. 3. Springer.
**       Heinze G, Schemper M (2001) A solution to the problem of monotone likelihood in
**         Cox regression. Biometrics 57:114-119.
*/

#include "coxmodel.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace CohortLens::Stats {

namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

// The data in ascending time, ties in input order (R's order() is stable).
struct SortedData
{
    std::vector<double> time;
    std::vector<char> event;
    MatrixXd x; // centred and scaled
    VectorXd scale;
};

struct Derivatives
{
    double logLik = 0;
    VectorXd score;
    MatrixXd information;
};

SortedData sortAndScale(std::span<const SurvivalObservation> outcomes, const MatrixXd &x)
{
    std::vector<double> times;
    times.reserve(outcomes.size());
    for (const SurvivalObservation &o : outcomes)
        times.push_back(o.time);
    times = mergeNearTies(std::move(times));
    const std::size_t n = outcomes.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Outcomes already in time order (SurvivalAnalysis sorts once for every estimator) keep
    // it, as the stable sort would.
    if (!std::is_sorted(times.begin(), times.end()))
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return times[a] < times[b];
        });

    SortedData data;
    data.time.resize(n);
    data.event.resize(n);
    data.x.resize(Index(n), x.cols());
    for (std::size_t i = 0; i < n; ++i) {
        data.time[i] = times[order[i]];
        data.event[i] = outcomes[order[i]].event ? 1 : 0;
        data.x.row(Index(i)) = x.row(Index(order[i]));
    }

    data.scale = VectorXd::Ones(x.cols());
    for (Index j = 0; j < x.cols(); ++j) {
        auto column = data.x.col(j);
        const bool zeroOne = std::all_of(column.begin(), column.end(), [](double v) {
            return v == -1 || v == 0 || v == 1;
        });
        if (zeroOne) // coxph's nocenter = c(-1, 0, 1): indicators stay as they are
            continue;
        // Exactly zero, not the residue that rounding in the mean can leave, so that the
        // column is found redundant whatever its value.
        const bool constant = std::all_of(column.begin(), column.end(), [&](double v) {
            return v == column(0);
        });
        if (constant) {
            column.setZero();
            continue;
        }
        // Sums in row order, as coxfit6, so that the scaled data are R's to the last bit.
        double mean = 0;
        for (double v : column)
            mean += v;
        mean /= double(n);
        double spread = 0;
        for (double &v : column) {
            v -= mean;
            spread += std::abs(v);
        }
        const double factor = spread > 0 ? double(n) / spread : 1.0;
        for (double &v : column)
            v *= factor;
        data.scale(j) = factor;
    }
    return data;
}

// Log partial likelihood, score and information at beta, walking from the last time
// backwards so that each risk set is the running sum of the ones after it. Efron's
// approximation has d terms for d tied deaths, in which they count 1/d, 2/d, ..., 1 (his
// 1, ..., 1/d in the order that leaves them all in for the earlier times); Breslow has
// one term with all of them. Only the lower triangle is accumulated and then mirrored,
// so that the information is exactly symmetric, as in coxfit6.
Derivatives partialLikelihood(const SortedData &data, const VectorXd &beta, CoxTies ties)
{
    const Index p = beta.size();
    Derivatives d;
    d.score = VectorXd::Zero(p);
    d.information = MatrixXd::Zero(p, p);

    double denom = 0;
    VectorXd a = VectorXd::Zero(p);
    MatrixXd c = MatrixXd::Zero(p, p);
    VectorXd a2(p);
    MatrixXd c2(p, p);

    std::size_t person = data.time.size();
    while (person > 0) {
        const double now = data.time[person - 1];
        int deaths = 0;
        double deathRisk = 0;
        a2.setZero();
        c2.setZero();
        while (person > 0 && data.time[person - 1] == now) {
            --person;
            const Index r = Index(person);
            double eta = 0;
            for (Index i = 0; i < p; ++i)
                eta += beta(i) * data.x(r, i);
            const double risk = std::exp(eta);
            // Deaths are kept apart (a2, c2) until the time is complete, for Efron.
            const bool died = data.event[person] != 0;
            if (died) {
                ++deaths;
                deathRisk += risk;
                d.logLik += eta;
            } else {
                denom += risk;
            }
            VectorXd &sum = died ? a2 : a;
            MatrixXd &squares = died ? c2 : c;
            for (Index i = 0; i < p; ++i) {
                const double xi = data.x(r, i);
                if (died)
                    d.score(i) += xi;
                sum(i) += risk * xi;
                for (Index j = 0; j <= i; ++j)
                    squares(i, j) += risk * xi * data.x(r, j);
            }
        }
        if (deaths == 0)
            continue;

        const bool efron = ties == CoxTies::Efron && deaths > 1;
        const int terms = efron ? deaths : 1;
        const double share = efron ? 1.0 : double(deaths); // deaths per log term
        for (int k = 0; k < terms; ++k) {
            if (efron) {
                denom += deathRisk / deaths;
                a += a2 / double(deaths);
                c += c2 / double(deaths);
            } else {
                denom += deathRisk;
                a += a2;
                c += c2;
            }
            d.logLik -= share * std::log(denom);
            for (Index i = 0; i < p; ++i) {
                const double mean = a(i) / denom;
                d.score(i) -= share * mean;
                for (Index j = 0; j <= i; ++j)
                    d.information(i, j) += share * (c(i, j) - mean * a(j)) / denom;
            }
        }
    }
    for (Index i = 0; i < p; ++i) {
        for (Index j = 0; j < i; ++j)
            d.information(j, i) = d.information(i, j);
    }
    return d;
}

// The FDF' Cholesky factor of a symmetric non-negative definite matrix (cholesky2.c):
// F unit lower triangular below the diagonal, D on it. A pivot under toler times the
// largest diagonal marks its column redundant (D = 0); solve() and inverse() then give
// that coordinate 0 (chsolve2.c, chinv2.c), which keeps an aliased coefficient at 0.
class FdfFactor
{
public:
    FdfFactor(const MatrixXd &matrix, double toler)
        : m_f(matrix)
    {
        const Index n = m_f.rows();
        double largest = 0;
        for (Index i = 0; i < n; ++i) {
            largest = std::max(largest, m_f(i, i));
            for (Index j = i + 1; j < n; ++j)
                m_f(j, i) = m_f(i, j);
        }
        if (!(largest > 0)) { // every column constant
            m_f.diagonal().setZero();
            return;
        }
        const double threshold = largest * toler;
        for (Index i = 0; i < n; ++i) {
            const double pivot = m_f(i, i);
            if (!std::isfinite(pivot) || pivot < threshold) {
                m_f(i, i) = 0;
                continue;
            }
            for (Index j = i + 1; j < n; ++j) {
                const double multiplier = m_f(j, i) / pivot;
                m_f(j, i) = multiplier;
                m_f(j, j) -= multiplier * multiplier * pivot;
                for (Index k = j + 1; k < n; ++k)
                    m_f(k, j) -= multiplier * m_f(k, i);
            }
        }
    }

    [[nodiscard]] VectorXd solve(VectorXd y) const
    {
        const Index n = m_f.rows();
        for (Index i = 0; i < n; ++i) {
            double value = y(i);
            for (Index j = 0; j < i; ++j)
                value -= y(j) * m_f(i, j);
            y(i) = value;
        }
        for (Index i = n - 1; i >= 0; --i) {
            if (m_f(i, i) == 0) {
                y(i) = 0;
                continue;
            }
            double value = y(i) / m_f(i, i);
            for (Index j = i + 1; j < n; ++j)
                value -= y(j) * m_f(j, i);
            y(i) = value;
        }
        return y;
    }

    // (FDF')^-1 with the rows and columns of redundant pivots zero.
    [[nodiscard]] MatrixXd inverse() const
    {
        MatrixXd m = m_f;
        const Index n = m.rows();
        // F^-1 in the lower triangle, D^-1 on the diagonal.
        for (Index i = 0; i < n; ++i) {
            if (!(m(i, i) > 0))
                continue;
            m(i, i) = 1 / m(i, i);
            for (Index j = i + 1; j < n; ++j) {
                m(j, i) = -m(j, i);
                for (Index k = 0; k < i; ++k)
                    m(j, k) += m(j, i) * m(i, k);
            }
        }
        // F'^-1 D^-1 F^-1 into the upper triangle.
        for (Index i = 0; i < n; ++i) {
            if (m(i, i) == 0) {
                for (Index j = 0; j < i; ++j)
                    m(j, i) = 0;
                for (Index j = i; j < n; ++j)
                    m(i, j) = 0;
                continue;
            }
            for (Index j = i + 1; j < n; ++j) {
                const double t = m(j, i) * m(j, j);
                m(i, j) = t;
                for (Index k = i; k < j; ++k)
                    m(i, k) += t * m(j, k);
            }
        }
        for (Index i = 0; i < n; ++i) {
            for (Index j = 0; j < i; ++j)
                m(i, j) = m(j, i);
        }
        return m;
    }

private:
    MatrixXd m_f;
};

// R's .Machine$double.eps^0.75, coxph.control's toler.chol.
double cholTolerance()
{
    return std::pow(std::numeric_limits<double>::epsilon(), 0.75);
}

std::optional<double> chiSquareP(double statistic, int df)
{
    if (!std::isfinite(statistic))
        return std::nullopt;
    if (statistic <= 0)
        return 1.0; // R's pchisq(<= 0, df, lower.tail = FALSE)
    const boost::math::chi_squared distribution(df);
    return boost::math::cdf(boost::math::complement(distribution, statistic));
}

// coxph.wtest: b' V^-1 b through the same pivoting Cholesky, for the estimated terms.
std::optional<double> waldStatistic(const VectorXd &b, const MatrixXd &v)
{
    if (!b.allFinite() || !v.allFinite())
        return std::nullopt; // R stops with "infinite argument in coxph.wtest"
    if (b.size() == 1)
        return b(0) * b(0) / v(0, 0);
    const VectorXd solved = FdfFactor(v, cholTolerance()).solve(b);
    double sum = 0;
    for (Index i = 0; i < b.size(); ++i)
        sum += b(i) * solved(i);
    return sum;
}

} // namespace

CoxFit coxFit(std::span<const SurvivalObservation> outcomes,
              const Eigen::MatrixXd &x,
              const CoxOptions &options)
{
    if (std::size_t(x.rows()) != outcomes.size())
        throw std::invalid_argument("coxFit: x needs one row per outcome");

    const Index p = x.cols();
    const SortedData data = sortAndScale(outcomes, x);

    CoxFit fit;
    fit.n = outcomes.size();
    fit.events = std::size_t(std::count(data.event.begin(), data.event.end(), char(1)));
    fit.terms.resize(std::size_t(p));

    if (p == 0) {
        fit.converged = true;
        fit.logLikNull = fit.logLik = partialLikelihood(data, VectorXd(), options.ties).logLik;
        return fit;
    }
    if (fit.events == 0) {
        // Nothing to estimate; coxph returns NA coefficients and loglik 0 without iterating.
        fit.converged = true;
        for (CoxTerm &term : fit.terms) {
            term.coef = std::numeric_limits<double>::quiet_NaN();
            term.aliased = true;
        }
        return fit;
    }

    const double tolerChol = cholTolerance();
    const int maxIterations = std::max(options.maxIterations, 0);

    // Everything below is on the scaled covariates until the end.
    VectorXd beta = VectorXd::Zero(p);
    Derivatives current = partialLikelihood(data, beta, options.ties);
    fit.logLikNull = current.logLik;
    double best = current.logLik;

    std::optional<FdfFactor> factor(std::in_place, current.information, tolerChol);
    VectorXd step = factor->solve(current.score);
    double scoreStatistic = 0;
    for (Index i = 0; i < p; ++i)
        scoreStatistic += current.score(i) * step(i);

    MatrixXd variance;
    VectorXd score;
    if (maxIterations == 0 || !std::isfinite(best)) {
        variance = factor->inverse();
        score = current.score;
    } else {
        VectorXd candidate = beta + step;
        int halving = 0; // how many times in a row the step has been pulled back
        for (int iteration = 1; iteration <= maxIterations; ++iteration) {
            current = partialLikelihood(data, candidate, options.ties);
            factor.emplace(current.information, tolerChol);
            const bool finite = std::isfinite(current.logLik) && current.score.allFinite()
                                && current.information.allFinite();
            // The test comes before the comparison with the best so far, as in coxfit6: a
            // slightly lower likelihood within eps still counts as converged.
            if (finite && std::abs(1 - best / current.logLik) <= options.epsilon) {
                best = current.logLik;
                beta = candidate;
                variance = factor->inverse();
                score = current.score;
                fit.converged = true;
                fit.iterations = iteration;
                break;
            }
            if (!finite || current.logLik < best) {
                // Overshot: retreat towards the last good beta, further each time.
                ++halving;
                ++fit.stepHalvings;
                candidate = (candidate + double(halving) * beta) / (double(halving) + 1);
            } else {
                halving = 0;
                best = current.logLik;
                beta = candidate;
                candidate = beta + factor->solve(current.score);
            }
        }
        if (!fit.converged) {
            fit.iterations = maxIterations;
            current = partialLikelihood(data, beta, options.ties);
            best = current.logLik;
            score = current.score;
            variance = FdfFactor(current.information, tolerChol).inverse();
        }
    }
    fit.logLik = best;

    // Back to the covariates' own scale.
    for (Index i = 0; i < p; ++i) {
        beta(i) *= data.scale(i);
        score(i) /= data.scale(i);
        for (Index j = 0; j < p; ++j)
            variance(i, j) *= data.scale(i) * data.scale(j);
    }

    // coxph.fit's check for a coefficient that keeps growing: once the likelihood has
    // flattened out, the Newton step u V that remains is still large against coef.
    if (fit.converged && maxIterations > 1) {
        const VectorXd remaining = (score.transpose() * variance).transpose().cwiseAbs();
        for (Index i = 0; i < p; ++i) {
            const bool infinite = !std::isfinite(score(i))
                                  || (remaining(i) > options.epsilon
                                      && remaining(i) > options.tolerInf * std::abs(beta(i)));
            fit.terms[std::size_t(i)].infinite = infinite;
            fit.monotone = fit.monotone || infinite;
        }
    }

    const boost::math::normal standardNormal;
    const double z = boost::math::quantile(standardNormal, (1 + options.confLevel) / 2);
    std::vector<Index> estimated;
    for (Index i = 0; i < p; ++i) {
        CoxTerm &term = fit.terms[std::size_t(i)];
        if (variance(i, i) == 0) {
            term.aliased = true;
            term.coef = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        estimated.push_back(i);
        term.coef = beta(i);
        if (term.infinite)
            continue;
        const double se = std::sqrt(variance(i, i));
        const double wald = beta(i) / se;
        if (!std::isfinite(wald)) // only from input outside the contract (NaN, infinity)
            continue;
        term.se = se;
        term.hr = std::exp(beta(i));
        term.lower = std::exp(beta(i) - z * se);
        term.upper = std::exp(beta(i) + z * se);
        term.p = 2 * boost::math::cdf(boost::math::complement(standardNormal, std::abs(wald)));
    }

    fit.df = int(estimated.size());
    if (fit.df == 0)
        return fit;
    fit.lrChisq = 2 * (fit.logLik - fit.logLikNull);
    fit.lrP = chiSquareP(*fit.lrChisq, fit.df);
    fit.scoreChisq = scoreStatistic;
    fit.scoreP = chiSquareP(scoreStatistic, fit.df);
    VectorXd b(fit.df);
    MatrixXd v(fit.df, fit.df);
    for (Index i = 0; i < fit.df; ++i) {
        b(i) = beta(estimated[std::size_t(i)]);
        for (Index j = 0; j < fit.df; ++j)
            v(i, j) = variance(estimated[std::size_t(i)], estimated[std::size_t(j)]);
    }
    fit.waldChisq = waldStatistic(b, v);
    if (fit.waldChisq)
        fit.waldP = chiSquareP(*fit.waldChisq, fit.df);
    return fit;
}

} // namespace CohortLens::Stats
