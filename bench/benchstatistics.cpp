// SPDX-FileCopyrightText: 2026 CohortLens contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The statistics core at registry scale: Kaplan-Meier and the log-rank test, the Cox
// model, and everything the window recomputes when a filter changes. Run by
// bench/run-benchmarks.sh; the registry benchmarks read the database named by
// COHORTLENS_BENCH_DB (made by cohortlens import from cohortlens-generate's CSV).

#include "analysiscontroller.h"
#include "coxmodel.h"
#include "kaplanmeier.h"
#include "registrystore.h"
#include "survivaltests.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

using namespace CohortLens;

namespace {

// Two arms, exponential survival, censoring uniform over 1–156 whole months: the
// distributions of cohortlens-generate.
std::vector<Stats::GroupedObservation> cohort(std::size_t n)
{
    std::mt19937_64 random(20261129);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<Stats::GroupedObservation> data;
    data.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const bool cytoreduction = unit(random) < 0.45;
        const double rate = std::log(2) / (cytoreduction ? 120.0 : 84.0);
        const double death = -std::log(1 - unit(random)) / rate;
        const double censor = 1 + 155 * unit(random);
        const bool dead = death <= censor;
        data.push_back(
            {std::max(1.0, std::ceil(dead ? death : censor)), dead, cytoreduction ? 0u : 1u});
    }
    return data;
}

void KaplanMeierAndLogRank(benchmark::State &state)
{
    const auto data = cohort(std::size_t(state.range(0)));
    for (auto _ : state) {
        std::vector<Stats::SurvivalObservation> groups[2];
        for (const auto &o : data)
            groups[o.group].push_back({o.time, o.event});
        for (const auto &g : groups)
            benchmark::DoNotOptimize(Stats::kaplanMeier(g));
        benchmark::DoNotOptimize(Stats::survivalTest(data, 2));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(KaplanMeierAndLogRank)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void CoxModel(benchmark::State &state)
{
    const auto data = cohort(std::size_t(state.range(0)));
    std::vector<Stats::SurvivalObservation> outcomes;
    Eigen::MatrixXd x(Eigen::Index(data.size()), 1);
    for (std::size_t i = 0; i < data.size(); ++i) {
        outcomes.push_back({data[i].time, data[i].event});
        x(Eigen::Index(i), 0) = data[i].group == 0 ? 1 : 0;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(Stats::coxFit(outcomes, x));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(CoxModel)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

// A filter change in the window: the query, the patient rows, Kaplan-Meier by arm and
// overall, the tests, Cox, and the comparison table, as AnalysisController computes them.
void FilterChange(benchmark::State &state)
{
    const QString path = qEnvironmentVariable("COHORTLENS_BENCH_DB");
    if (path.isEmpty()) {
        state.SkipWithError("set COHORTLENS_BENCH_DB to a registry database");
        return;
    }
    CohortFilter filter;
    filter.presentation = Presentation::CarcinoidSyndrome;
    for (auto _ : state) {
        const CohortSnapshot s = AnalysisController::compute(path, filter, {}, {}, 1);
        if (!s.error.isEmpty()) {
            state.SkipWithError(qPrintable(s.error));
            return;
        }
        benchmark::DoNotOptimize(s.survival);
        state.counters["patients"] = double(s.patients.rows.size());
    }
}
BENCHMARK(FilterChange)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
