// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "survivaltests.h"

#include <Eigen/Dense>
#include <boost/math/distributions/chi_squared.hpp>

#include <algorithm>
#include <numeric>

namespace CohortLens::Stats {

namespace {

struct Accumulated
{
    Eigen::VectorXd observed;
    Eigen::VectorXd expected;
    Eigen::MatrixXd variance;
};

// survdiff2.c: walk the distinct times in ascending order; at each time with events,
// weighted observed and expected events per group and the hypergeometric covariance
//   V_jk += w^2 d (n - d) / (n (n - 1)) n_j (delta_jk - n_k / n),
// with w = 1 (log-rank), the pooled Kaplan-Meier just before t (Peto-Peto: left-
// continuous, as the test needs), or n (Gehan-Breslow-Wilcoxon).
Accumulated accumulate(std::span<const GroupedObservation> observations,
                       std::size_t groups,
                       SurvivalTestWeights weights)
{
    Accumulated a{Eigen::VectorXd::Zero(Eigen::Index(groups)),
                  Eigen::VectorXd::Zero(Eigen::Index(groups)),
                  Eigen::MatrixXd::Zero(Eigen::Index(groups), Eigen::Index(groups))};

    std::vector<GroupedObservation> sorted(observations.begin(), observations.end());
    const auto byTime = [](const auto &x, const auto &y) { return x.time < y.time; };
    if (!std::is_sorted(sorted.begin(), sorted.end(), byTime))
        std::sort(sorted.begin(), sorted.end(), byTime);

    const auto k = Eigen::Index(groups);
    Eigen::VectorXd atRisk = Eigen::VectorXd::Zero(k);
    for (const GroupedObservation &o : sorted)
        atRisk[Eigen::Index(o.group)] += 1;
    Eigen::VectorXd deaths(k);
    Eigen::VectorXd leaving(k);
    double kaplanMeier = 1; // pooled, left-continuous

    for (std::size_t i = 0; i < sorted.size();) {
        deaths.setZero();
        leaving.setZero();
        std::size_t j = i;
        for (; j < sorted.size() && sorted[j].time == sorted[i].time; ++j) {
            const auto g = Eigen::Index(sorted[j].group);
            leaving[g] += 1;
            if (sorted[j].event)
                deaths[g] += 1;
        }
        const double n = atRisk.sum();
        const double d = deaths.sum();
        if (d > 0) {
            double w = 1;
            if (weights == SurvivalTestWeights::PetoPeto)
                w = kaplanMeier;
            else if (weights == SurvivalTestWeights::GehanBreslowWilcoxon)
                w = n;
            a.observed += w * deaths;
            a.expected += (w * d / n) * atRisk;
            if (n > 1) {
                const double scale = w * w * d * (n - d) / (n * (n - 1));
                a.variance.noalias() -= (scale / n) * atRisk * atRisk.transpose();
                a.variance.diagonal() += scale * atRisk;
            }
            kaplanMeier *= (n - d) / n;
        }
        atRisk -= leaving;
        i = j;
    }
    return a;
}

std::optional<double> upperTail(double chisq, int df)
{
    if (df <= 0)
        return std::nullopt;
    return boost::math::cdf(
        boost::math::complement(boost::math::chi_squared_distribution<double>(df),
                                std::max(chisq, 0.0)));
}

std::vector<double> toVector(const Eigen::VectorXd &v)
{
    return {v.data(), v.data() + v.size()};
}

} // namespace

SurvivalTestResult survivalTest(std::span<const GroupedObservation> observations,
                                std::size_t groups,
                                SurvivalTestWeights weights)
{
    const Accumulated a = accumulate(observations, groups, weights);
    SurvivalTestResult result;
    result.observed = toVector(a.observed);
    result.expected = toVector(a.expected);

    // As R survdiff: keep the groups with expected > 0, drop the first of them (the
    // variance matrix has rank k - 1) and solve; df = kept groups - 1.
    std::vector<Eigen::Index> kept;
    for (Eigen::Index g = 0; g < a.expected.size(); ++g) {
        if (a.expected[g] > 0)
            kept.push_back(g);
    }
    result.df = std::max(int(kept.size()) - 1, 0);
    if (kept.size() < 2)
        return result;
    const auto k = Eigen::Index(kept.size() - 1);
    Eigen::VectorXd difference(k);
    Eigen::MatrixXd variance(k, k);
    for (Eigen::Index r = 0; r < k; ++r) {
        const Eigen::Index gr = kept[std::size_t(r + 1)];
        difference[r] = a.observed[gr] - a.expected[gr];
        for (Eigen::Index c = 0; c < k; ++c)
            variance(r, c) = a.variance(gr, kept[std::size_t(c + 1)]);
    }
    // The generalised inverse: the same as R's solve() where the matrix is regular, and
    // still defined where a group's variance vanishes.
    const Eigen::VectorXd solved = variance.completeOrthogonalDecomposition().solve(difference);
    result.chisq = difference.dot(solved);
    result.p = upperTail(result.chisq, result.df);
    return result;
}

SurvivalTestResult logRankTrend(std::span<const GroupedObservation> observations,
                                std::span<const double> scores)
{
    const Accumulated a = accumulate(observations, scores.size(), SurvivalTestWeights::LogRank);
    SurvivalTestResult result;
    result.observed = toVector(a.observed);
    result.expected = toVector(a.expected);
    const Eigen::Map<const Eigen::VectorXd> s(scores.data(), Eigen::Index(scores.size()));
    const double numerator = s.dot(a.observed - a.expected);
    const double denominator = s.dot(a.variance * s);
    if (denominator <= 0)
        return result;
    result.df = 1;
    result.chisq = numerator * numerator / denominator;
    result.p = upperTail(result.chisq, 1);
    return result;
}

} // namespace CohortLens::Stats
