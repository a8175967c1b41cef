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

// The registry of COHORTLENS_BENCH_DB as R reads it from the same CSV: follow-up, status
// and arm (cytoreduction = group 0), read once.
const std::vector<Stats::GroupedObservation> &registryCohort()
{
    static const std::vector<Stats::GroupedObservation> data = [] {
        std::vector<Stats::GroupedObservation> d;
        RegistryStore store;
        if (!store.open(qEnvironmentVariable("COHORTLENS_BENCH_DB"),
                        RegistryStore::Access::ReadOnly))
            return d;
        const auto c = store.loadColumns({QStringLiteral("followup_months"),
                                          QStringLiteral("status"),
                                          QStringLiteral("arm")},
                                         CohortFilter());
        if (!c)
            return d;
        d.reserve(std::size_t(c->rows.size()));
        for (qsizetype i = 0; i < c->rows.size(); ++i) {
            d.push_back({c->values.at(0).at(i).toDouble(),
                         c->values.at(1).at(i).toDouble() == 1,
                         c->values.at(2).at(i).toString() == u"cytoreduction" ? 0u : 1u});
        }
        return d;
    }();
    return data;
}

// Kaplan-Meier by arm and the log-rank test on the registry's patients, as R's survfit +
// survdiff in bench/rtimings.R (log-log intervals; the data in memory).
void KaplanMeierAndLogRankRegistry(benchmark::State &state)
{
    const auto &data = registryCohort();
    if (data.empty()) {
        state.SkipWithError("set COHORTLENS_BENCH_DB to a registry database");
        return;
    }
    for (auto _ : state) {
        std::vector<Stats::SurvivalObservation> groups[2];
        for (const auto &o : data)
            groups[o.group].push_back({o.time, o.event});
        for (const auto &g : groups)
            benchmark::DoNotOptimize(Stats::kaplanMeier(g));
        benchmark::DoNotOptimize(Stats::survivalTest(data, 2));
    }
    state.counters["patients"] = double(data.size());
}
BENCHMARK(KaplanMeierAndLogRankRegistry)->Unit(benchmark::kMillisecond)->UseRealTime();

// The Cox model of arm on the registry's patients, as R's coxph (Efron ties).
void CoxModelRegistry(benchmark::State &state)
{
    const auto &data = registryCohort();
    if (data.empty()) {
        state.SkipWithError("set COHORTLENS_BENCH_DB to a registry database");
        return;
    }
    std::vector<Stats::SurvivalObservation> outcomes;
    Eigen::MatrixXd x(Eigen::Index(data.size()), 1);
    for (std::size_t i = 0; i < data.size(); ++i) {
        outcomes.push_back({data[i].time, data[i].event});
        x(Eigen::Index(i), 0) = data[i].group == 0 ? 1 : 0;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(Stats::coxFit(outcomes, x));
    state.counters["patients"] = double(data.size());
}
BENCHMARK(CoxModelRegistry)->Unit(benchmark::kMillisecond)->UseRealTime();

// A filter change in the window: the query, the patient rows, Kaplan-Meier by arm and
// overall, the tests, Cox, and the comparison table, as AnalysisController computes them.
// First argument 0: every patient of the registry; 1: those with carcinoid syndrome.
// Second argument 0: the table's every column too (PatientTableModel in memory, as the
// window has it now); 1: the table's row numbers only (a windowed PatientTableModel).
void FilterChange(benchmark::State &state)
{
    const QString path = qEnvironmentVariable("COHORTLENS_BENCH_DB");
    if (path.isEmpty()) {
        state.SkipWithError("set COHORTLENS_BENCH_DB to a registry database");
        return;
    }
    // As the window asks (AnalysisController::setRegistry): exact tests bounded.
    ComparisonRequest comparison;
    comparison.exactTestLimit = AnalysisController::ExactTestLimit;
    CohortFilter filter;
    if (state.range(0) == 1)
        filter.presentation = Presentation::CarcinoidSyndrome;
    // The window keeps the registry's columns between filter changes; the first run reads
    // them (the window's first snapshot), the timed ones do not.
    const auto resident = std::make_shared<ResidentColumns>();
    (void) AnalysisController::compute(path,
                                       filter,
                                       {},
                                       comparison,
                                       1,
                                       AnalysisController::Table::AllColumns,
                                       resident);
    for (auto _ : state) {
        const CohortSnapshot s
            = AnalysisController::compute(path,
                                          filter,
                                          {},
                                          comparison,
                                          1,
                                          state.range(1) == 1
                                              ? AnalysisController::Table::RowNumbers
                                              : AnalysisController::Table::AllColumns,
                                          resident);
        if (!s.error.isEmpty()) {
            state.SkipWithError(qPrintable(s.error));
            return;
        }
        benchmark::DoNotOptimize(s.survival);
        state.counters["patients"] = double(s.patients.rows.size());
    }
}
BENCHMARK(FilterChange)->ArgsProduct({{0, 1}, {0, 1}})->Unit(benchmark::kMillisecond)->UseRealTime();

// The stages of a filter change, each alone, all patients: 0 reads every column (the
// table's) from the registry, as the window's first run does; 1 the survival analysis by
// arm, 2 overall, 3 the comparison table, taking their columns from the store's cache, as
// AnalysisController::compute does; 4 selects the patients with carcinoid syndrome from
// resident columns (their ids from SQL, then a gather), as every later run does.
void FilterChangeStage(benchmark::State &state)
{
    const QString path = qEnvironmentVariable("COHORTLENS_BENCH_DB");
    if (path.isEmpty()) {
        state.SkipWithError("set COHORTLENS_BENCH_DB to a registry database");
        return;
    }
    RegistryStore store;
    if (!store.open(path, RegistryStore::Access::ReadOnly)) {
        state.SkipWithError(qPrintable(store.errorString()));
        return;
    }
    const CohortFilter filter;
    QStringList names;
    for (const RegistryColumn &c : store.columns())
        names << c.name;
    const auto all = store.loadColumns(names, filter);
    if (!all) {
        state.SkipWithError(qPrintable(store.errorString()));
        return;
    }
    if (state.range(0) > 0)
        store.cacheColumns(filter, *all);
    SurvivalRequest everyone;
    everyone.group = QLatin1String(SurvivalAnalysis::NoGroup);
    ComparisonRequest comparison;
    comparison.exactTestLimit = AnalysisController::ExactTestLimit;
    CohortFilter cs;
    cs.presentation = Presentation::CarcinoidSyndrome;
    if (state.range(0) == 4) {
        store.setResidentColumns(std::make_shared<ResidentColumns>());
        benchmark::DoNotOptimize(store.loadColumns(names, filter));
    }
    for (auto _ : state) {
        switch (state.range(0)) {
        case 0:
            benchmark::DoNotOptimize(store.loadColumns(names, filter));
            break;
        case 4:
            benchmark::DoNotOptimize(store.loadColumns(names, cs));
            break;
        case 1:
            benchmark::DoNotOptimize(SurvivalAnalysis::run(store, filter, {}));
            break;
        case 2:
            benchmark::DoNotOptimize(SurvivalAnalysis::run(store, filter, everyone));
            break;
        default:
            benchmark::DoNotOptimize(ComparisonAnalysis::run(store, filter, comparison));
            break;
        }
    }
}
BENCHMARK(FilterChangeStage)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
