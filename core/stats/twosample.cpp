// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "twosample.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/binomial.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace CohortLens::Stats {

namespace {

// R's mean(): a long double sum, refined by the mean of the residuals.
long double rMean(std::span<const double> values)
{
    long double sum = 0;
    for (const double v : values)
        sum += v;
    const long double n = values.size();
    long double mean = sum / n;
    long double residual = 0;
    for (const double v : values)
        residual += v - mean;
    return mean + residual / n;
}

// R's var(): squared deviations from the mean, accumulated in long double.
long double rVariance(std::span<const double> values, long double mean)
{
    long double sum = 0;
    for (const double v : values)
        sum += (v - mean) * (v - mean);
    return sum / static_cast<long double>(values.size() - 1);
}

/*
 * Frequencies of the Mann-Whitney statistic: cwilcox(k, m, n) is the number of ways of
 * choosing which m of m + n ranked values belong to the first sample so that the
 * statistic is k.  The recursion and its shortcuts are those of R's cwilcox
 * (src/nmath/wilcox.c): c(k; m, n) = c(k - n; m - 1, n) + c(k; m, n - 1), symmetric in m
 * and n and in k <-> mn - k, and, for k < n, equal to c(k; m, k).  The memo lives in the
 * object, not in static storage as in R.
 */
class WilcoxonCounts
{
public:
    WilcoxonCounts(int m, int n)
        : m_memo(std::size_t(std::min(m, n)) + 1,
                 std::vector<std::vector<double>>(std::size_t(std::max(m, n)) + 1))
    {}

    double operator()(int k, int m, int n)
    {
        const int u = m * n;
        if (k < 0 || k > u)
            return 0;
        const int c = u / 2;
        if (k > c)
            k = u - k;
        const int i = std::min(m, n);
        const int j = std::max(m, n);
        if (j == 0)
            return k == 0 ? 1 : 0;
        if (j > 0 && k < j)
            return (*this)(k, i, k);
        std::vector<double> &w = m_memo[std::size_t(i)][std::size_t(j)];
        if (w.empty())
            w.assign(std::size_t(c) + 1, -1.0);
        if (w[std::size_t(k)] < 0)
            w[std::size_t(k)] = (*this)(k - j, i - 1, j) + (*this)(k, i, j - 1);
        return w[std::size_t(k)];
    }

private:
    std::vector<std::vector<std::vector<double>>> m_memo;
};

// R's pwilcox(q, m, n, lower.tail): summed over the shorter tail.
double pwilcox(double q, int m, int n, bool lowerTail)
{
    q = std::floor(q + 1e-7);
    const double mn = double(m) * double(n);
    if (q < 0)
        return lowerTail ? 0 : 1;
    if (q >= mn)
        return lowerTail ? 1 : 0;
    WilcoxonCounts counts(m, n);
    const double c = boost::math::binomial_coefficient<double>(unsigned(m + n), unsigned(n));
    double p = 0;
    if (q <= mn / 2) {
        for (int i = 0; i <= int(q); ++i)
            p += counts(i, m, n) / c;
    } else {
        q = mn - q;
        for (int i = 0; i < int(q); ++i)
            p += counts(i, m, n) / c;
        lowerTail = !lowerTail;
    }
    return lowerTail ? p : (0.5 - p + 0.5);
}

} // namespace

/*
 * Welch's two-sample t-test (Welch 1947), two-sided, as R t.test(x, y):
 *   se = sqrt(var(x)/nx + var(y)/ny), t = (mean(x) - mean(y)) / se, Welch-Satterthwaite
 *   df = se^4 / ((var(x)/nx)^2/(nx - 1) + (var(y)/ny)^2/(ny - 1)), p = 2 pt(-|t|, df).
 * Empty where R stops (fewer than 2 values in a sample; "data are essentially constant":
 * se < 10 eps max(|mean(x)|, |mean(y)|)) or would give NaN (se = 0 with both means 0).
 */
std::optional<WelchTest> welchTest(std::span<const double> x, std::span<const double> y)
{
    if (x.size() < 2 || y.size() < 2)
        return std::nullopt;
    const long double mx = rMean(x);
    const long double my = rMean(y);
    const double nx = double(x.size());
    const double ny = double(y.size());
    const double vx = double(rVariance(x, mx));
    const double vy = double(rVariance(y, my));
    const double sx = std::sqrt(vx / nx);
    const double sy = std::sqrt(vy / ny);
    const double se = std::sqrt(sx * sx + sy * sy);
    constexpr double eps = std::numeric_limits<double>::epsilon();
    if (se == 0 || se < 10 * eps * std::max(std::fabs(double(mx)), std::fabs(double(my))))
        return std::nullopt;
    WelchTest result;
    result.df = std::pow(se, 4) / (std::pow(sx, 4) / (nx - 1) + std::pow(sy, 4) / (ny - 1));
    result.t = (double(mx) - double(my)) / se;
    result.p = 2
               * boost::math::cdf(boost::math::students_t_distribution<double>(result.df),
                                  -std::fabs(result.t));
    return result;
}

/*
 * Wilcoxon rank-sum test (Mann-Whitney U), two-sided, as R wilcox.test(x, y) with its
 * defaults.  W = sum of the mid-ranks of x in the pooled sample - nx (nx + 1) / 2.
 *   Exact, when nx < 50 and ny < 50 and no two values tie: the null distribution of W is
 *     counted (WilcoxonCounts) and p = min(1, 2 P(W <= w)), or 2 P(W >= w) when w lies above
 *     nx ny / 2, as R;
 *   otherwise the normal approximation: z = (W - nx ny/2 - 0.5 sign(W - nx ny/2)) / sigma,
 *     sigma^2 = nx ny / 12 [(N + 1) - sum(t^3 - t) / (N (N - 1))] over tie groups of size t,
 *     p = 2 min(Phi(z), 1 - Phi(z)).
 * Empty where a sample is empty (R stops) or every value is the same (sigma = 0: R's p is
 * NA).
 */
std::optional<WilcoxonTest> wilcoxonRankSum(std::span<const double> x, std::span<const double> y)
{
    if (x.empty() || y.empty())
        return std::nullopt;
    const std::size_t nx = x.size();
    const std::size_t total = nx + y.size();
    std::vector<double> pooled(x.begin(), x.end());
    pooled.insert(pooled.end(), y.begin(), y.end());
    std::vector<std::size_t> order(total);
    std::iota(order.begin(), order.end(), std::size_t(0));
    const auto byValue = [&](std::size_t i, std::size_t j) { return pooled[i] < pooled[j]; };
    if (std::is_sorted(x.begin(), x.end()) && std::is_sorted(y.begin(), y.end())) {
        // Sorted samples (ComparisonAnalysis sorts them for the quartiles): merging them is
        // the stable sort of the pooled values, in linear time.
        std::vector<std::size_t> merged(total);
        std::merge(order.begin(),
                   order.begin() + std::ptrdiff_t(nx),
                   order.begin() + std::ptrdiff_t(nx),
                   order.end(),
                   merged.begin(),
                   byValue);
        order = std::move(merged);
    } else {
        std::stable_sort(order.begin(), order.end(), byValue);
    }

    std::vector<double> rank(total);
    bool ties = false;
    double tieSum = 0; // sum of t^3 - t over groups of tied values
    for (std::size_t start = 0; start < total;) {
        std::size_t end = start + 1;
        while (end < total && pooled[order[end]] == pooled[order[start]])
            ++end;
        const double midRank = (double(start + 1) + double(end)) / 2;
        for (std::size_t i = start; i < end; ++i)
            rank[order[i]] = midRank;
        const double t = double(end - start);
        if (end - start > 1) {
            ties = true;
            tieSum += t * t * t - t;
        }
        start = end;
    }

    const double dnx = double(nx);
    const double dny = double(y.size());
    double rankSum = 0;
    for (std::size_t i = 0; i < nx; ++i)
        rankSum += rank[i];
    WilcoxonTest result;
    result.w = rankSum - dnx * (dnx + 1) / 2;

    if (nx < 50 && y.size() < 50 && !ties) {
        const int m = int(nx);
        const int n = int(y.size());
        const double p = result.w > dnx * dny / 2 ? pwilcox(result.w - 1, m, n, false)
                                                  : pwilcox(result.w, m, n, true);
        result.p = std::min(2 * p, 1.0);
        result.exact = true;
        return result;
    }

    const double dn = double(total);
    const double sigma = std::sqrt((dnx * dny / 12) * ((dn + 1) - tieSum / (dn * (dn - 1))));
    if (!(sigma > 0))
        return std::nullopt;
    double z = result.w - dnx * dny / 2;
    const double correction = z > 0 ? 0.5 : (z < 0 ? -0.5 : 0.0);
    z = (z - correction) / sigma;
    const boost::math::normal_distribution<double> normal;
    result.p = 2
               * std::min(boost::math::cdf(normal, z),
                          boost::math::cdf(boost::math::complement(normal, z)));
    result.exact = false;
    return result;
}

} // namespace CohortLens::Stats
