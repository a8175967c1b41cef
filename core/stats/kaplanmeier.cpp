// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaplanmeier.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>
#include <utility>

namespace CohortLens::Stats {

namespace {

double zValue(double confLevel)
{
    const boost::math::normal_distribution<double> normal;
    return boost::math::quantile(normal, 1 - (1 - confLevel) / 2);
}

struct Bounds
{
    std::optional<double> se, lower, upper;
};

// Pointwise interval of S from S and Greenwood's sum (the variance of log S), as R's
// survfit_confint with logse = TRUE and ulimit = TRUE.
Bounds confidenceBounds(double surv, double varianceSum, ConfidenceType type, double z)
{
    Bounds b;
    if (surv <= 0 || !std::isfinite(varianceSum))
        return b; // S = 0: nothing is defined
    const double seLog = std::sqrt(varianceSum);
    b.se = surv * seLog;
    switch (type) {
    case ConfidenceType::Plain:
        b.lower = std::max(surv - z * *b.se, 0.0);
        b.upper = std::min(surv + z * *b.se, 1.0);
        break;
    case ConfidenceType::Log:
        b.lower = std::exp(std::log(surv) - z * seLog);
        b.upper = std::min(std::exp(std::log(surv) + z * seLog), 1.0);
        break;
    case ConfidenceType::LogLog:
        if (surv < 1) {
            const double logSurv = std::log(surv);
            const double shift = z * seLog / logSurv;
            b.lower = std::exp(-std::exp(std::log(-logSurv) - shift));
            b.upper = std::exp(-std::exp(std::log(-logSurv) + shift));
        }
        break;
    }
    return b;
}

// R's findq (survival:::findq, used by quantile.survfit): x are the curve's times with
// 0 in front, y the matching 1 - S (or 1 - bound) with 0 in front; empty y is R's NA.
std::optional<double> findQuantile(std::vector<double> x,
                                   std::vector<std::optional<double>> y,
                                   double p)
{
    const double tolerance = std::sqrt(std::numeric_limits<double>::epsilon());
    double maxY = -std::numeric_limits<double>::infinity();
    for (const auto &v : y) {
        if (v)
            maxY = std::max(maxY, *v);
    }
    if (maxY < p)
        return std::nullopt;
    const double xmax = x.back();

    // duplicated(y): keep the first of equal values (NA equal to NA).
    std::vector<double> xs;
    std::vector<std::optional<double>> ys;
    std::unordered_set<double> seen;
    bool seenMissing = false;
    for (std::size_t i = 0; i < y.size(); ++i) {
        if (!y[i]) {
            if (std::exchange(seenMissing, true))
                continue;
        } else if (!seen.insert(*y[i]).second) {
            continue;
        }
        xs.push_back(x[i]);
        ys.push_back(y[i]);
    }

    // approx(y ± tol, 1:n, p, method = "constant", f = 1): the index of the smallest
    // shifted y at or above p, none when p lies outside their range.
    auto index = [&](double shift) -> std::optional<std::size_t> {
        std::optional<std::size_t> best;
        double low = std::numeric_limits<double>::infinity();
        double high = -std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < ys.size(); ++i) {
            if (!ys[i])
                continue;
            const double v = *ys[i] + shift;
            low = std::min(low, v);
            high = std::max(high, v);
            if (v >= p && (!best || *ys[i] < *ys[*best]))
                best = i;
        }
        if (p < low || p > high)
            return std::nullopt;
        return best;
    };
    const auto index1 = index(tolerance);
    const auto index2 = index(-tolerance);

    std::optional<double> quantile;
    if (index1 && index2)
        quantile = (xs[*index1] + xs[*index2]) / 2;
    if (p == 0)
        quantile = xs.front();
    // A curve that ends exactly at 1 - p: the midpoint of where it got there and the end.
    if (ys.back() && std::abs(p - *ys.back()) < tolerance)
        quantile = index1 ? std::optional<double>((xs[*index1] + xmax) / 2) : std::nullopt;
    return quantile;
}

} // namespace

KaplanMeierCurve kaplanMeier(std::span<const SurvivalObservation> observations,
                             ConfidenceType confType,
                             double confLevel)
{
    KaplanMeierCurve curve;
    curve.n = observations.size();
    curve.confType = confType;
    curve.confLevel = confLevel;

    // Callers that analyse several groups sort the times once (SurvivalAnalysis); ties may
    // come in any order, each time's counts are summed.
    std::vector<SurvivalObservation> sorted(observations.begin(), observations.end());
    const auto byTime = [](const auto &a, const auto &b) { return a.time < b.time; };
    if (!std::is_sorted(sorted.begin(), sorted.end(), byTime))
        std::sort(sorted.begin(), sorted.end(), byTime);

    const double z = zValue(confLevel);
    double surv = 1;
    double varianceSum = 0;
    std::size_t atRisk = sorted.size();
    for (std::size_t i = 0; i < sorted.size();) {
        KaplanMeierRow row;
        row.time = sorted[i].time;
        row.nRisk = atRisk;
        std::size_t j = i;
        for (; j < sorted.size() && sorted[j].time == row.time; ++j) {
            if (sorted[j].event)
                ++row.nEvent;
            else
                ++row.nCensor;
        }
        if (row.nEvent > 0) {
            const auto n = static_cast<double>(row.nRisk);
            const auto d = static_cast<double>(row.nEvent);
            surv *= (n - d) / n;
            // Greenwood; infinite once everyone at risk has had the event (S = 0).
            varianceSum += n > d ? d / (n * (n - d)) : std::numeric_limits<double>::infinity();
        }
        row.surv = surv;
        row.varianceSum = varianceSum;
        const Bounds b = confidenceBounds(surv, varianceSum, confType, z);
        row.se = b.se;
        row.lower = b.lower;
        row.upper = b.upper;
        curve.events += row.nEvent;
        atRisk -= row.nEvent + row.nCensor;
        curve.rows.push_back(row);
        i = j;
    }
    return curve;
}

QuantileEstimate survivalQuantile(const KaplanMeierCurve &curve, double p)
{
    QuantileEstimate q;
    q.p = p;
    if (curve.rows.empty())
        return q;
    std::vector<double> x{0};
    std::vector<std::optional<double>> fromSurv{0.0}, fromLower{0.0}, fromUpper{0.0};
    for (const KaplanMeierRow &row : curve.rows) {
        x.push_back(row.time);
        fromSurv.emplace_back(1 - row.surv);
        fromLower.push_back(row.lower ? std::optional<double>(1 - *row.lower) : std::nullopt);
        fromUpper.push_back(row.upper ? std::optional<double>(1 - *row.upper) : std::nullopt);
    }
    q.time = findQuantile(x, fromSurv, p);
    q.lower = findQuantile(x, fromLower, p);
    q.upper = findQuantile(x, fromUpper, p);
    return q;
}

SurvivalAtTime survivalAt(const KaplanMeierCurve &curve, double time)
{
    SurvivalAtTime at;
    at.time = time;
    if (curve.rows.empty() || time > curve.rows.back().time)
        return at; // beyond the last observation: not estimable

    // n at risk: patients with time >= t, i.e. the risk set of the first row at or after t.
    const auto next = std::lower_bound(curve.rows.cbegin(),
                                       curve.rows.cend(),
                                       time,
                                       [](const KaplanMeierRow &row, double t) {
                                           return row.time < t;
                                       });
    at.nRisk = next == curve.rows.cend() ? 0 : next->nRisk;

    // S is right-continuous: the last row at or before t.
    const auto after = std::upper_bound(curve.rows.cbegin(),
                                        curve.rows.cend(),
                                        time,
                                        [](double t, const KaplanMeierRow &row) {
                                            return t < row.time;
                                        });
    if (after == curve.rows.cbegin()) {
        // Before the first observed time R's summary gives the curve's starting values,
        // whatever the interval type: S = 1 with a degenerate interval.
        at.surv = at.lower = at.upper = 1.0;
        at.se = 0.0;
        return at;
    }
    const double surv = std::prev(after)->surv;
    const double varianceSum = std::prev(after)->varianceSum;
    at.surv = surv;
    const Bounds b = confidenceBounds(surv, varianceSum, curve.confType, zValue(curve.confLevel));
    at.se = b.se;
    at.lower = b.lower;
    at.upper = b.upper;
    return at;
}

RestrictedMean restrictedMean(const KaplanMeierCurve &curve, double tau)
{
    // survival:::survmean: rectangles under the step function up to tau, S carried
    // forward past the last time; variance sum over event times of
    // d / (n (n - d)) × (area from that time to tau)^2.
    RestrictedMean result;
    result.tau = tau;
    std::vector<double> times;
    std::vector<double> hazardTerms;
    std::vector<double> survs;
    for (const KaplanMeierRow &row : curve.rows) {
        if (row.time > tau)
            break;
        times.push_back(row.time);
        survs.push_back(row.surv);
        const auto n = static_cast<double>(row.nRisk);
        const auto d = static_cast<double>(row.nEvent);
        hazardTerms.push_back(n - d == 0 ? 0 : d / (n * (n - d)));
    }
    // Rectangle i spans [t_{i-1}, t_i] at S(t_{i-1}), with t_0 = 0 and S = 1 before it;
    // the last one ends at tau.
    std::vector<double> rectangles;
    double previousTime = 0;
    double previousSurv = 1;
    for (std::size_t i = 0; i < times.size(); ++i) {
        rectangles.push_back((times[i] - previousTime) * previousSurv);
        previousTime = times[i];
        previousSurv = survs[i];
    }
    rectangles.push_back((tau - previousTime) * previousSurv);

    double estimate = 0;
    for (const double r : rectangles)
        estimate += r;
    result.estimate = estimate;

    // Area after time i is the sum of rectangles i + 1 ..; walk back from tau.
    double variance = 0;
    double areaAfter = 0;
    for (std::size_t i = times.size(); i-- > 0;) {
        areaAfter += rectangles[i + 1];
        variance += areaAfter * areaAfter * hazardTerms[i];
    }
    result.se = std::sqrt(variance);
    return result;
}

QuantileEstimate medianFollowUp(std::span<const SurvivalObservation> observations,
                                ConfidenceType confType,
                                double confLevel)
{
    std::vector<SurvivalObservation> reversed;
    reversed.reserve(observations.size());
    for (const SurvivalObservation &o : observations)
        reversed.push_back({o.time, !o.event});
    return survivalQuantile(kaplanMeier(reversed, confType, confLevel), 0.5);
}

} // namespace CohortLens::Stats
