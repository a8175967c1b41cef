// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contingency.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/hypergeometric.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <utility>
#include <vector>

namespace CohortLens::Stats {

namespace {

// R fisher.test's "as or less likely" rule: a table counts towards the two-sided p when its
// probability is at most the observed one times (1 + 1e-7), so that tables equally likely in
// exact arithmetic are not lost to rounding.
constexpr double kRelErr = 1 + 1e-7;

double upperChisqP(double statistic, double df)
{
    namespace bm = boost::math;
    return bm::cdf(bm::complement(bm::chi_squared_distribution<double>(df), statistic));
}

/*
 * R's uniroot() (src/library/stats/src/zeroin.c, R_zeroin2): Brent's zero finder as
 * published by Forsythe, Malcolm and Moler (1977), with R's defaults tol =
 * .Machine$double.eps^0.25 and maxiter = 1000.  fisher.test finds its conditional MLE and
 * exact confidence limits with this root finder at this coarse tolerance, so its answers
 * are accurate to about 1e-4 only; to agree with R to 1e-6 we must take the very same
 * steps, hence a faithful transcription rather than a tighter solver.
 *   Input:  f, the bracket [ax, bx] and the end point values fa = f(ax), fb = f(bx).
 *   Output: the last iterate b (R's $root), also when the iteration limit is hit (R warns).
 */
double rZeroin2(const std::function<double(double)> &f, double ax, double bx, double fa, double fb)
{
    constexpr double tol = 0.0001220703125; // .Machine$double.eps^0.25 = 2^-13
    int maxit = 1000 + 1;
    double a = ax;
    double b = bx;
    double c = a;
    double fc = fa;
    if (fa == 0.0)
        return a;
    if (fb == 0.0)
        return b;
    while (maxit--) {
        const double prevStep = b - a;
        if (std::fabs(fc) < std::fabs(fb)) {
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        const double tolAct = 2 * DBL_EPSILON * std::fabs(b) + tol / 2;
        double newStep = (c - b) / 2;
        if (std::fabs(newStep) <= tolAct || fb == 0.0)
            return b;
        if (std::fabs(prevStep) >= tolAct && std::fabs(fa) > std::fabs(fb)) {
            double p;
            double q;
            const double cb = c - b;
            if (a == c) { // only two distinct points: linear interpolation
                const double t1 = fb / fa;
                p = cb * t1;
                q = 1.0 - t1;
            } else { // inverse quadratic interpolation
                q = fa / fc;
                const double t1 = fb / fc;
                const double t2 = fb / fa;
                p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
            }
            if (p > 0)
                q = -q;
            else
                p = -p;
            if (p < (0.75 * cb * q - std::fabs(tolAct * q) / 2) && p < std::fabs(prevStep * q / 2))
                newStep = p / q;
        }
        if (std::fabs(newStep) < tolAct)
            newStep = newStep > 0 ? tolAct : -tolAct;
        a = b;
        fa = fb;
        b += newStep;
        fb = f(b);
        if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
            c = a;
            fc = fa;
        }
    }
    return b;
}

// uniroot(f, c(lower, upper))$root; empty where R stops because the end points do not
// bracket a root.
std::optional<double> rUniroot(const std::function<double(double)> &f, double lower, double upper)
{
    const double fLower = f(lower);
    const double fUpper = f(upper);
    if (std::isnan(fLower) || std::isnan(fUpper) || (fLower > 0 && fUpper > 0)
        || (fLower < 0 && fUpper < 0))
        return std::nullopt;
    return rZeroin2(f, lower, upper, fLower, fUpper);
}

/*
 * The conditional distribution of the top-left cell x of a 2×2 table given its margins:
 * Fisher's noncentral hypergeometric distribution with odds ratio ncp, as the local
 * functions dnhyper, mnhyper and pnhyper of R's fisher.test.
 *   m, n: first and second column totals; k: first row total; x: the observed cell.
 *   Precondition: all margins positive, so that the support lo..hi has at least 2 points.
 * The central log densities are kept on the log scale (up to a constant, which the
 * normalisation removes) because at the extreme ncp values uniroot tries, the mass
 * sits where the plain hypergeometric probability underflows.
 */
class NoncentralHypergeometric
{
public:
    NoncentralHypergeometric(long m, long n, long k, long x)
        : m_m(m)
        , m_n(n)
        , m_k(k)
        , m_x(x)
        , m_lo(std::max(0L, k - n))
        , m_hi(std::min(k, m))
    {
        namespace bm = boost::math;
        for (long s = m_lo; s <= m_hi; ++s) {
            m_support.push_back(double(s));
            m_logdc.push_back(-(bm::lgamma(double(s) + 1) + bm::lgamma(double(m - s) + 1)
                                + bm::lgamma(double(k - s) + 1)
                                + bm::lgamma(double(n - k + s) + 1)));
        }
    }

    [[nodiscard]] long lo() const { return m_lo; }
    [[nodiscard]] long hi() const { return m_hi; }

    [[nodiscard]] std::vector<double> density(double ncp) const
    {
        const double logNcp = std::log(ncp);
        std::vector<double> d(m_logdc.size());
        for (std::size_t i = 0; i < d.size(); ++i)
            d[i] = m_logdc[i] + logNcp * m_support[i];
        const double top = *std::max_element(d.begin(), d.end());
        double sum = 0;
        for (double &value : d) {
            value = std::exp(value - top);
            sum += value;
        }
        for (double &value : d)
            value /= sum;
        return d;
    }

    [[nodiscard]] double mean(double ncp) const
    {
        if (ncp == 0)
            return double(m_lo);
        if (std::isinf(ncp))
            return double(m_hi);
        const std::vector<double> d = density(ncp);
        double sum = 0;
        for (std::size_t i = 0; i < d.size(); ++i)
            sum += m_support[i] * d[i];
        return sum;
    }

    // P(X <= x) or, with upperTail, P(X >= x), under odds ratio ncp.
    [[nodiscard]] double cdf(double ncp, bool upperTail) const
    {
        namespace bm = boost::math;
        if (ncp == 1) { // the central case, as R: phyper
            const bm::hypergeometric_distribution<double> central(unsigned(m_m),
                                                                  unsigned(m_k),
                                                                  unsigned(m_m + m_n));
            if (!upperTail)
                return bm::cdf(central, unsigned(m_x));
            if (m_x - 1 < m_lo)
                return 1.0;
            return bm::cdf(bm::complement(central, unsigned(m_x - 1)));
        }
        if (ncp == 0)
            return upperTail ? double(m_x <= m_lo) : double(m_x >= m_lo);
        if (std::isinf(ncp))
            return upperTail ? double(m_x <= m_hi) : double(m_x >= m_hi);
        const std::vector<double> d = density(ncp);
        double sum = 0;
        for (std::size_t i = 0; i < d.size(); ++i) {
            const long s = m_lo + long(i);
            if (upperTail ? s >= m_x : s <= m_x)
                sum += d[i];
        }
        return sum;
    }

private:
    long m_m;
    long m_n;
    long m_k;
    long m_x;
    long m_lo;
    long m_hi;
    std::vector<double> m_support;
    std::vector<double> m_logdc;
};

/*
 * R fisher.test's odds ratio for a 2×2 table (R's local functions mle, ncp.U and ncp.L):
 * the conditional maximum likelihood estimate, the value of ncp whose noncentral
 * hypergeometric mean equals the observed cell, and the exact two-sided interval, the
 * values of ncp at which each tail probability of the observed cell equals (1 - level) / 2
 * (Cornfield 1956).  Each root is found by uniroot on (0, 1] for ncp or for 1 / ncp, as R
 * does.  Infinite values (x at the top of its support) are returned as empty.
 */
OddsRatio fisherOddsRatio(const NoncentralHypergeometric &h, long x, double confLevel)
{
    constexpr double eps = std::numeric_limits<double>::epsilon();
    const double dx = double(x);
    OddsRatio result;

    if (x == h.lo()) {
        result.estimate = 0.0;
    } else if (x < h.hi()) {
        const double mu = h.mean(1);
        if (mu > dx) {
            result.estimate = rUniroot([&](double t) { return h.mean(t) - dx; }, 0, 1);
        } else if (mu < dx) {
            const auto root = rUniroot([&](double t) { return h.mean(1 / t) - dx; }, eps, 1);
            if (root)
                result.estimate = 1 / *root;
        } else {
            result.estimate = 1.0;
        }
    }

    if (!(confLevel > 0 && confLevel < 1))
        return result;
    const double alpha = (1 - confLevel) / 2;

    // The tail probabilities of the observed cell as functions of ncp, and of 1 / ncp for
    // R's search on (0, 1] when the limit lies above 1.
    const auto below = [&](double t) { return h.cdf(t, false) - alpha; };
    const auto belowInverse = [&](double t) { return h.cdf(1 / t, false) - alpha; };
    const auto above = [&](double t) { return h.cdf(t, true) - alpha; };
    const auto aboveInverse = [&](double t) { return h.cdf(1 / t, true) - alpha; };

    // ncp.U: the upper limit, where P(X <= x) falls to alpha.
    if (x < h.hi()) {
        const double p = h.cdf(1, false);
        if (p < alpha) {
            result.upper = rUniroot(below, 0, 1);
        } else if (p > alpha) {
            if (const auto root = rUniroot(belowInverse, eps, 1))
                result.upper = 1 / *root;
        } else {
            result.upper = 1.0;
        }
    }

    // ncp.L: the lower limit, where P(X >= x) rises to alpha.
    if (x == h.lo()) {
        result.lower = 0.0;
    } else {
        const double p = h.cdf(1, true);
        if (p > alpha) {
            result.lower = rUniroot(above, 0, 1);
        } else if (p < alpha) {
            if (const auto root = rUniroot(aboveInverse, eps, 1))
                result.lower = 1 / *root;
        } else {
            result.lower = 1.0;
        }
    }
    return result;
}

/*
 * Fisher-Freeman-Halton exact test of an r×c table (Freeman & Halton 1951): the total
 * probability, under independence with all margins fixed, of the tables no more likely
 * than the observed one, with R's (1 + 1e-7) tolerance.
 *
 * Method: the network algorithm of Mehta & Patel (1983, JASA 78:427-434), simplified.
 * The table is filled one column at a time; a node is the multiset of row totals still to
 * be filled after the first s columns (rows are interchangeable for what remains, so the
 * totals are kept sorted and equal nodes merge).  A path to a node carries its "past" log
 * weight sum_j [log C_j! - sum_i log n_ij!], and the probability of a table is
 * exp(past + future + log prod R_i! - log N!).  At each node the futures are bounded:
 *   - the sum of all future weights is known in closed form, (sum r)! / prod r_i!;
 *   - the largest and the smallest future weight are bounded by relaxations (each column
 *     alone with its caps, each row alone with its caps), both exact optimisation
 *     problems of a separable convex function: spread as evenly as the caps allow for
 *     the largest weight, pile into the largest caps for the smallest (majorisation);
 * so that a past whose every completion is as or less likely than the observed table is
 * counted whole, one whose every completion is more likely is dropped, and only the rest
 * is expanded.  With two columns left, the completions of a node are listed once, sorted,
 * and every past arriving there is settled by a binary search.
 *
 * Columns with the smallest totals are filled first and the largest one is forced last;
 * the shorter side of the table plays the rows, which keeps the number of nodes small.
 * Zero rows and columns are dropped first: they do not change any probability (R's
 * FEXACT gives the same p as for the reduced table).
 *
 * The work, counted in column allocations and completions visited, is capped at
 * kFisherWorkBudget, and the pasts or completions held at once at kFisherStorageBudget
 * (32 MB); beyond either the function gives up (empty) rather than hang: in about a second
 * at most.  The real tables of the test suite (up to 3×4 with n = 929) need a tenth of the
 * work budget; FEXACT in R, with its default workspace, already stops on tables this
 * budget rejects (e.g. 6×6 with n = 725, or 3×3 with n = 2652).
 * Precondition: no negative count and a positive grand total.
 */
constexpr std::uint64_t kFisherWorkBudget = 20'000'000;
constexpr std::uint64_t kFisherStorageBudget = 2'000'000; // pasts or completions held at once

class FisherFreemanHalton
{
public:
    explicit FisherFreemanHalton(const ContingencyTable &table)
    {
        std::vector<long> rowTotals(table.rows, 0);
        std::vector<long> colTotals(table.cols, 0);
        for (std::size_t r = 0; r < table.rows; ++r) {
            for (std::size_t c = 0; c < table.cols; ++c) {
                rowTotals[r] += table.at(r, c);
                colTotals[c] += table.at(r, c);
            }
        }
        std::vector<std::size_t> keptRows;
        std::vector<std::size_t> keptCols;
        for (std::size_t r = 0; r < table.rows; ++r) {
            if (rowTotals[r] > 0)
                keptRows.push_back(r);
        }
        for (std::size_t c = 0; c < table.cols; ++c) {
            if (colTotals[c] > 0)
                keptCols.push_back(c);
        }
        const bool transpose = keptRows.size() > keptCols.size();
        const std::vector<std::size_t> &outer = transpose ? keptRows : keptCols;
        const std::vector<std::size_t> &inner = transpose ? keptCols : keptRows;
        // m_columns[j][i]: count in network row i of network column j.
        for (const std::size_t o : outer) {
            std::vector<long> column;
            for (const std::size_t i : inner)
                column.push_back(transpose ? table.at(o, i) : table.at(i, o));
            m_columns.push_back(std::move(column));
        }
        std::stable_sort(m_columns.begin(), m_columns.end(), [](const auto &x, const auto &y) {
            return std::accumulate(x.begin(), x.end(), 0L)
                   < std::accumulate(y.begin(), y.end(), 0L);
        });
        m_rows = inner.size();
        for (const auto &column : m_columns)
            m_colTotals.push_back(std::accumulate(column.begin(), column.end(), 0L));
        m_rowTotals.assign(m_rows, 0);
        for (const auto &column : m_columns) {
            for (std::size_t i = 0; i < m_rows; ++i)
                m_rowTotals[i] += column[i];
        }
        m_total = std::accumulate(m_colTotals.begin(), m_colTotals.end(), 0L);
        // Tabulated up to a million, which covers any registry; beyond, computed when asked.
        m_logFactorial.resize(std::size_t(std::clamp(m_total, 0L, 1L << 20)) + 1);
        for (std::size_t v = 0; v < m_logFactorial.size(); ++v)
            m_logFactorial[v] = boost::math::lgamma(double(v) + 1);
    }

    [[nodiscard]] std::optional<double> pValue()
    {
        if (m_total <= 0)
            return std::nullopt; // R: FEXACT error 3, all elements are zero
        if (m_rows < 2 || m_columns.size() < 2)
            return 1.0; // a single table has these margins

        double observed = 0;
        for (std::size_t j = 0; j < m_columns.size(); ++j) {
            observed += lf(m_colTotals[j]);
            for (const long count : m_columns[j])
                observed -= lf(count);
        }
        m_threshold = observed + std::log1p(kRelErr - 1);
        m_logNorm = -lf(m_total);
        for (const long total : m_rowTotals)
            m_logNorm += lf(total);

        std::vector<long> root = m_rowTotals;
        std::sort(root.begin(), root.end());
        Stage stage;
        stage[root].push_back({0.0, 1.0});
        const std::size_t cols = m_columns.size();
        for (std::size_t s = 0; s + 2 <= cols && !stage.empty(); ++s) {
            Stage next;
            for (auto &[rows, pasts] : stage) {
                mergePasts(pasts);
                const bool done = s + 2 == cols ? settleLastTwoColumns(rows, pasts, s)
                                                : expand(rows, pasts, s, next);
                if (!done)
                    return std::nullopt;
            }
            stage = std::move(next);
            m_stored = 0;
        }
        return std::clamp(m_p, 0.0, 1.0);
    }

private:
    struct Past
    {
        double logWeight;
        double multiplicity; // how many paths share this past weight
    };
    struct NodeHash
    {
        std::size_t operator()(const std::vector<long> &rows) const
        {
            std::size_t h = rows.size();
            for (const long r : rows)
                h = h * 1000003u ^ std::hash<long>()(r);
            return h;
        }
    };
    using Stage = std::unordered_map<std::vector<long>, std::vector<Past>, NodeHash>;

    [[nodiscard]] double lf(long v) const
    {
        return std::size_t(v) < m_logFactorial.size() ? m_logFactorial[std::size_t(v)]
                                                      : boost::math::lgamma(double(v) + 1);
    }

    // Paths whose past weights agree to 1e-10 behave alike for the rest of the table.
    static void mergePasts(std::vector<Past> &pasts)
    {
        std::sort(pasts.begin(), pasts.end(), [](const Past &x, const Past &y) {
            return x.logWeight < y.logWeight;
        });
        std::vector<Past> merged;
        for (const Past &past : pasts) {
            if (!merged.empty() && past.logWeight - merged.back().logWeight <= 1e-10)
                merged.back().multiplicity += past.multiplicity;
            else
                merged.push_back(past);
        }
        pasts = std::move(merged);
    }

    // Calls visit(n, sum_i log n_i!) for each way n of spreading total over the rows with
    // n_i <= caps[i], the last row taking what is left.  False when the work budget ran out.
    template<typename Visit>
    bool allocations(const std::vector<long> &caps, long total, Visit &&visit)
    {
        const std::size_t k = caps.size();
        std::vector<long> capAfter(k + 1, 0); // capacity of rows i..k-1
        for (std::size_t i = k; i-- > 0;)
            capAfter[i] = capAfter[i + 1] + caps[i];
        if (k == 0 || total > capAfter[0])
            return true;
        std::vector<long> n(k, 0);
        std::vector<long> highest(k, 0);
        std::vector<long> left(k, 0);           // still to spread over rows i..k-1
        std::vector<double> partial(k, 0.0);    // sum of log n_r! over rows before i
        const auto start = [&](std::size_t i) { // row i at its smallest feasible value
            n[i] = std::max(0L, left[i] - capAfter[i + 1]);
            highest[i] = std::min(caps[i], left[i]);
        };
        left[0] = total;
        for (std::size_t i = 0; i + 1 < k; ++i) {
            start(i);
            left[i + 1] = left[i] - n[i];
            partial[i + 1] = partial[i] + lf(n[i]);
        }
        for (;;) {
            n[k - 1] = left[k - 1];
            if (!spend(1))
                return false;
            visit(n, partial[k - 1] + lf(n[k - 1]));
            std::size_t j = k - 1; // the last row before it that can still grow
            while (j > 0 && n[j - 1] >= highest[j - 1])
                --j;
            if (j == 0)
                return true;
            --j;
            ++n[j];
            left[j + 1] = left[j] - n[j];
            partial[j + 1] = partial[j] + lf(n[j]);
            for (std::size_t r = j + 1; r + 1 < k; ++r) {
                start(r);
                left[r + 1] = left[r] - n[r];
                partial[r + 1] = partial[r] + lf(n[r]);
            }
        }
    }

    // min and max of sum_i log n_i! over sum_i n_i = total, 0 <= n_i <= caps[i] (log n! is
    // convex: the most even spread is majorised by every other, the greedy pile into the
    // largest caps majorises every other).
    [[nodiscard]] std::pair<double, double> logFactorialRange(std::vector<long> caps,
                                                              long total) const
    {
        std::sort(caps.begin(), caps.end());
        const double smallest = evenSpread(caps, total);
        double largest = 0;
        long left = total;
        for (std::size_t i = caps.size(); i-- > 0;) {
            const long v = std::min(caps[i], left);
            largest += lf(v);
            left -= v;
        }
        return {smallest, largest};
    }

    // sum of log n_i! for the most even integer spread of total under the caps.
    [[nodiscard]] double evenSpread(const std::vector<long> &sortedCaps, long total) const
    {
        // Find the level L: rows with cap <= L are full; the others get L or L + 1.
        const std::size_t k = sortedCaps.size();
        long left = total;
        std::size_t i = 0;
        while (i < k) {
            const long rest = long(k - i);
            if (sortedCaps[i] * rest <= left) {
                left -= sortedCaps[i];
                ++i;
            } else {
                break;
            }
        }
        double sum = 0;
        for (std::size_t j = 0; j < i; ++j)
            sum += lf(sortedCaps[j]);
        if (i < k) {
            const long rest = long(k - i);
            const long level = left / rest;
            const long over = left % rest;
            sum += double(over) * lf(level + 1) + double(rest - over) * lf(level);
        }
        return sum;
    }

    // Bounds on the log future weight of a node: [lower bound of the min, upper bound of the
    // max], and the log of the sum of all future weights.
    struct FutureBounds
    {
        double low;
        double high;
        double logTotal;
    };

    [[nodiscard]] FutureBounds futureBounds(const std::vector<long> &rows, std::size_t s) const
    {
        std::vector<long> cols(m_colTotals.begin() + long(s), m_colTotals.end());
        double columnFactorials = 0;
        for (const long c : cols)
            columnFactorials += lf(c);
        // Each column alone with the row totals as caps, and each row alone with the column
        // totals as caps: both relax the table, so both bound sum log n_ij!.
        double byColumnMin = 0;
        double byColumnMax = 0;
        for (const long c : cols) {
            const auto [lo, hi] = logFactorialRange(rows, c);
            byColumnMin += lo;
            byColumnMax += hi;
        }
        double byRowMin = 0;
        double byRowMax = 0;
        for (const long r : rows) {
            const auto [lo, hi] = logFactorialRange(cols, r);
            byRowMin += lo;
            byRowMax += hi;
        }
        long sum = 0;
        double logTotal = 0;
        for (const long r : rows) {
            sum += r;
            logTotal -= lf(r);
        }
        logTotal += lf(sum);
        return {columnFactorials - std::min(byColumnMax, byRowMax),
                columnFactorials - std::max(byColumnMin, byRowMin),
                logTotal};
    }

    // Counts the pasts whose every completion is as or less likely than the observed table,
    // drops those whose every completion is more likely, and returns the others.
    std::vector<Past> settleByBounds(const std::vector<long> &rows,
                                     const std::vector<Past> &pasts,
                                     std::size_t s)
    {
        const FutureBounds bounds = futureBounds(rows, s);
        std::vector<Past> open;
        for (const Past &past : pasts) {
            if (past.logWeight + bounds.high <= m_threshold)
                m_p += past.multiplicity * std::exp(past.logWeight + bounds.logTotal + m_logNorm);
            else if (past.logWeight + bounds.low <= m_threshold)
                open.push_back(past);
        }
        return open;
    }

    // Carries the open pasts of a node one column further.  False when out of budget.
    bool expand(const std::vector<long> &rows,
                const std::vector<Past> &pasts,
                std::size_t s,
                Stage &next)
    {
        const std::vector<Past> open = settleByBounds(rows, pasts, s);
        if (open.empty())
            return true;
        const long column = m_colTotals[s];
        const double columnFactorial = lf(column);
        std::vector<long> child(rows.size());
        return allocations(rows, column, [&](const std::vector<long> &n, double logFactorials) {
            m_stored += open.size();
            if (!spend(open.size()) || m_stored > kFisherStorageBudget) {
                m_work = kFisherWorkBudget + 1;
                return;
            }
            for (std::size_t i = 0; i < rows.size(); ++i)
                child[i] = rows[i] - n[i];
            std::sort(child.begin(), child.end());
            std::vector<Past> &target = next[child];
            const double edge = columnFactorial - logFactorials;
            for (const Past &past : open)
                target.push_back({past.logWeight + edge, past.multiplicity});
        });
    }

    // Settles every past of a node with two columns left.  False when out of budget.
    bool settleLastTwoColumns(const std::vector<long> &rows,
                              const std::vector<Past> &pasts,
                              std::size_t s)
    {
        const std::vector<Past> open = settleByBounds(rows, pasts, s);
        if (open.empty())
            return true;
        const long first = m_colTotals[s];
        const double columnFactorials = lf(first) + lf(m_colTotals[s + 1]);
        std::vector<double> futures;
        const bool complete = allocations(rows,
                                          first,
                                          [&](const std::vector<long> &n, double logFactorials) {
                                              if (futures.size() >= kFisherStorageBudget) {
                                                  m_work = kFisherWorkBudget + 1;
                                                  return;
                                              }
                                              double future = columnFactorials - logFactorials;
                                              for (std::size_t i = 0; i < rows.size(); ++i)
                                                  future -= lf(rows[i] - n[i]);
                                              futures.push_back(future);
                                          });
        if (!complete || !spend(futures.size()))
            return false;
        if (futures.empty())
            return true;
        // Sorted completions with cumulative (scaled) weights: each past is then one
        // binary search.
        std::sort(futures.begin(), futures.end());
        const double top = futures.back();
        std::vector<double> cumulative(futures.size() + 1, 0.0);
        for (std::size_t i = 0; i < futures.size(); ++i)
            cumulative[i + 1] = cumulative[i] + std::exp(futures[i] - top);
        for (const Past &past : open) {
            const auto end = std::upper_bound(futures.begin(),
                                              futures.end(),
                                              m_threshold - past.logWeight);
            const auto count = std::size_t(end - futures.begin());
            if (count > 0)
                m_p += past.multiplicity * cumulative[count]
                       * std::exp(past.logWeight + top + m_logNorm);
        }
        return true;
    }

    bool spend(std::uint64_t units)
    {
        m_work += units;
        return m_work <= kFisherWorkBudget;
    }

    std::vector<std::vector<long>> m_columns; // sorted by total, ascending
    std::vector<long> m_colTotals;
    std::vector<long> m_rowTotals;
    std::size_t m_rows = 0;
    long m_total = 0;
    std::vector<double> m_logFactorial;
    double m_threshold = 0;
    double m_logNorm = 0;
    double m_p = 0;
    std::uint64_t m_work = 0;   // candidate cells and completions visited
    std::uint64_t m_stored = 0; // pasts held for the next column
};

} // namespace

/*
 * A binomial proportion with its two-sided interval at confLevel, on the 0-100 scale.
 *   Wilson: the score interval of R prop.test(count, n, correct = FALSE), written as R
 *     writes it, with the bounds fixed at 0 for count = 0 and 1 for count = n;
 *   Clopper-Pearson: R binom.test, beta quantiles (Clopper & Pearson 1934).
 * Empty percent and bounds where n = 0; empty bounds for a count outside 0..n or a level
 * outside (0, 1).
 */
Proportion proportion(long count, long n, ProportionInterval interval, double confLevel)
{
    namespace bm = boost::math;
    Proportion result;
    result.count = count;
    result.n = n;
    if (n <= 0 || count < 0 || count > n)
        return result;
    const double p = double(count) / double(n);
    result.percent = 100 * p;
    if (!(confLevel > 0 && confLevel < 1))
        return result;
    const double dn = double(n);
    if (interval == ProportionInterval::Wilson) {
        const double z = bm::quantile(bm::normal_distribution<double>(), (1 + confLevel) / 2);
        const double z22n = z * z / (2 * dn);
        const double spread = z * std::sqrt(p * (1 - p) / dn + z22n / (2 * dn));
        const double upper = p >= 1 ? 1.0 : (p + z22n + spread) / (1 + 2 * z22n);
        const double lower = p <= 0 ? 0.0 : (p + z22n - spread) / (1 + 2 * z22n);
        result.lower = 100 * std::max(lower, 0.0);
        result.upper = 100 * std::min(upper, 1.0);
    } else {
        const double alpha = (1 - confLevel) / 2;
        const double k = double(count);
        const double rest = double(n - count);
        using Beta = bm::beta_distribution<double>;
        const double lower = count == 0 ? 0.0 : bm::quantile(Beta(k, rest + 1), alpha);
        const double upper = count == n ? 1.0 : bm::quantile(Beta(k + 1, rest), 1 - alpha);
        result.lower = 100 * lower;
        result.upper = 100 * upper;
    }
    return result;
}

/*
 * Tests of a 2×2 table of group by yes/no, each as R:
 *   Pearson: chisq.test(t, correct = FALSE); Yates: chisq.test(t), whose correction is
 *     min(0.5, |O - E|) so that it never overshoots a table that already fits;
 *   Fisher: fisher.test(t)$p.value, the two-sided sum of the conditional probabilities of
 *     the tables as or less likely than the observed one;
 *   odds ratio: fisher.test on the table with group 1 as its first row and "no" as its
 *     first column, R fisher.test(matrix(c(b, d, a, c), 2)): R estimates the odds ratio
 *     x11 x22 / (x12 x21) = (b c) / (a d) = odds(yes | group 2) / odds(yes | group 1).
 * Everything is empty where a row or column of the table is empty (R gives NaN
 * statistics and an uninformative Fisher test there).
 */
TwoByTwoTests twoByTwoTests(const TwoByTwo &table, double confLevel, ExactTests exact)
{
    TwoByTwoTests result;
    const long a = table.a, b = table.b, c = table.c, d = table.d;
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return result;
    const long row1 = a + b, row2 = c + d, yes = a + c, no = b + d;
    if (row1 == 0 || row2 == 0 || yes == 0 || no == 0)
        return result;

    const double n = double(row1 + row2);
    const double observed[4] = {double(a), double(b), double(c), double(d)};
    const double expected[4] = {double(row1) * double(yes) / n,
                                double(row1) * double(no) / n,
                                double(row2) * double(yes) / n,
                                double(row2) * double(no) / n};
    double yates = 0.5;
    for (int i = 0; i < 4; ++i)
        yates = std::min(yates, std::fabs(observed[i] - expected[i]));
    double pearson = 0;
    double corrected = 0;
    result.expectedAtLeast5 = true;
    for (int i = 0; i < 4; ++i) {
        const double deviation = std::fabs(observed[i] - expected[i]);
        pearson += deviation * deviation / expected[i];
        corrected += (deviation - yates) * (deviation - yates) / expected[i];
        if (expected[i] < 5)
            result.expectedAtLeast5 = false;
    }
    result.pearsonChisq = pearson;
    result.pearsonP = upperChisqP(pearson, 1);
    result.yatesChisq = corrected;
    result.yatesP = upperChisqP(corrected, 1);
    if (exact == ExactTests::No)
        return result;

    // R's table x = matrix(c(b, d, a, c), 2): m, n column totals, k first row total.
    const NoncentralHypergeometric h(no, yes, row1, b);
    const std::vector<double> density = h.density(1);
    const double cutoff = density[std::size_t(b - h.lo())] * kRelErr;
    double fisher = 0;
    for (const double value : density) {
        if (value <= cutoff)
            fisher += value;
    }
    result.fisherP = fisher;
    result.oddsRatio = fisherOddsRatio(h, b, confLevel);
    return result;
}

/*
 * Tests of independence in an r×c table, each as R:
 *   Pearson: chisq.test(t, correct = FALSE) for the statistic, df = (r - 1)(c - 1) and
 *     p.  Where a row or column total is 0, R's statistic is NaN (0 / 0 in an empty
 *     row); we sum over the cells with a positive expected count, which is the statistic
 *     of the table without its empty rows and columns, keep df from the full table, and
 *     leave p empty;
 *   Fisher-Freeman-Halton: fisher.test(t)$p.value (see FisherFreemanHalton); empty where
 *     the table is all zero (R stops) or too large to enumerate within the work budget.
 * expectedAtLeast5: every expected count is at least 5 (false where a margin is empty).
 */
ContingencyTests contingencyTests(const ContingencyTable &table, ExactTests exact)
{
    ContingencyTests result;
    if (table.rows == 0 || table.cols == 0 || table.counts.size() != table.rows * table.cols)
        return result;
    result.df = int((table.rows - 1) * (table.cols - 1));
    if (std::any_of(table.counts.begin(), table.counts.end(), [](long v) { return v < 0; }))
        return result;

    std::vector<double> rowTotals(table.rows, 0.0);
    std::vector<double> colTotals(table.cols, 0.0);
    double n = 0;
    for (std::size_t r = 0; r < table.rows; ++r) {
        for (std::size_t c = 0; c < table.cols; ++c) {
            rowTotals[r] += double(table.at(r, c));
            colTotals[c] += double(table.at(r, c));
            n += double(table.at(r, c));
        }
    }
    if (n <= 0)
        return result;

    bool emptyMargin = false;
    result.expectedAtLeast5 = true;
    double statistic = 0;
    for (std::size_t r = 0; r < table.rows; ++r) {
        for (std::size_t c = 0; c < table.cols; ++c) {
            const double expected = rowTotals[r] * colTotals[c] / n;
            if (expected < 5)
                result.expectedAtLeast5 = false;
            if (expected <= 0) {
                emptyMargin = true;
                continue;
            }
            const double deviation = double(table.at(r, c)) - expected;
            statistic += deviation * deviation / expected;
        }
    }
    result.pearsonChisq = statistic;
    if (!emptyMargin && result.df > 0)
        result.pearsonP = upperChisqP(statistic, result.df);

    if (exact == ExactTests::No)
        return result;
    FisherFreemanHalton fisher(table);
    result.fisherP = fisher.pValue();
    return result;
}

} // namespace CohortLens::Stats
