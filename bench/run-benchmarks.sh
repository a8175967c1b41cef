#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every benchmark of docs/performance.md side by side with its anchor, on the same
# files, and prints the figures and the ratios (SPEC §7). Not a test: ctest and
# scripts/test.sh never run it. A full run takes about 5 to 10 minutes on 2 cores.
#
# Usage: bench/run-benchmarks.sh
#   BUILD_DIR=DIR   use an existing build (Release) instead of scripts/build.sh's build/
#   PATIENTS=N      the large registry (default 1000000); the small one is 100000
#
# Needs sqlite3 (the shell), GNU time (/usr/bin/time) and, for the R anchors, Rscript with
# the survival package (r-base-core, r-cran-survival); without R those lines say so.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${BUILD_DIR:-}" ]]; then
    scripts/build.sh >/dev/null
    BUILD_DIR=build
fi
bin=$BUILD_DIR/bin
large=${PATIENTS:-1000000}
small=100000
for tool in "$bin/cohortlens" "$bin/cohortlens-generate" "$bin/cohortlens-bench-window"; do
    [[ -x $tool ]] || { echo "missing $tool: build the project first" >&2; exit 1; }
done
have_gbench=0
[[ -x $bin/cohortlens-bench-statistics ]] && have_gbench=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export LC_ALL=C

# "seconds peak-RSS-KiB" of a command, its output discarded.
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" \
        || { echo "failed: $*" >&2; cat "$work/err" >&2; exit 1; }
    cat "$work/time"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b ? a : b) }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
# Real time in ms of a Google Benchmark from its CSV output (name, iterations, real_time,
# cpu_time, time_unit, ...).
gbench_ms() {
    awk -F, -v name="$2" '$1 ~ name {
        t = $3; u = $5; gsub(/"/, "", u);
        if (u == "ns") t /= 1e6; else if (u == "us") t /= 1e3; else if (u == "s") t *= 1e3;
        printf "%.1f", t; exit }' "$1"
}

echo "CohortLens benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), Linux $(uname -r)"
echo "CPU: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) (a shared machine makes every figure noisy)"
echo "Tools: $(sqlite3 --version | cut -d' ' -f1) sqlite3 shell; $(Rscript --version 2>&1 | head -1 || echo 'no R')"
echo

echo "== Data (cohortlens-generate, seed 20261129)"
"$bin/cohortlens-generate" --patients "$small" --out "$work/small.csv"
"$bin/cohortlens-generate" --patients "$large" --out "$work/large.csv"
echo "   $small patients: $(du -h "$work/small.csv" | cut -f1) CSV;" \
    "$large patients: $(du -h "$work/large.csv" | cut -f1) CSV"
echo

echo "== Import of $large rows: cohortlens import vs the sqlite3 shell's .import (best of 2)"
best=999999; best_shell=999999; rss=0; shell_rss=0
for _ in 1 2; do
    rm -f "$work/large.sqlite" "$work/shell.sqlite"
    read -r t m < <(measure "$bin/cohortlens" import --input "$work/large.csv" --db "$work/large.sqlite")
    best=$(min "$t" "$best"); rss=$m
    read -r t m < <(measure sqlite3 "$work/shell.sqlite" -cmd ".mode csv" ".import $work/large.csv patients")
    best_shell=$(min "$t" "$best_shell"); shell_rss=$m
done
read -r small_time small_rss < <(measure "$bin/cohortlens" import --input "$work/small.csv" --db "$work/small.sqlite")
printf "   %-34s %7.2f s   peak RSS %5s MiB\n" "cohortlens import" "$best" "$(mib "$rss")"
printf "   %-34s %7.2f s   peak RSS %5s MiB\n" "sqlite3 .import" "$best_shell" "$(mib "$shell_rss")"
printf "   %-34s %7s     (target <= 2)\n" "ratio cohortlens / sqlite3" "$(ratio "$best" "$best_shell")"
printf "   %-34s %7.2f s   peak RSS %5s MiB (bounded: compare with %s rows)\n" \
    "cohortlens import of $small rows" "$small_time" "$(mib "$small_rss")" "$large"
echo

echo "== Import into a shared registry: PostgreSQL (a throwaway local cluster) next to SQLite"
pgdir=$(mktemp -d) # its own: the server's user must reach it
if pgenv=$(scripts/pgcluster.sh start "$pgdir" 2>/dev/null); then
    trap 'scripts/pgcluster.sh stop "$pgdir"; rm -rf "$work"' EXIT
    while IFS= read -r line; do export "${line?}"; done <<<"$pgenv"
    for n in small large; do
        rows=$([[ $n == small ]] && echo "$small" || echo "$large")
        psql "$COHORTLENS_TEST_PG" -q -c "CREATE DATABASE bench_$n" >/dev/null
        read -r t m < <(measure "$bin/cohortlens" import --input "$work/$n.csv" \
            --db "${COHORTLENS_TEST_PG%/*}/bench_$n")
        sqlite_time=$([[ $n == small ]] && echo "$small_time" || echo "$best")
        printf "   %-34s %7.2f s   peak RSS %5s MiB   PostgreSQL / SQLite %s\n" \
            "cohortlens import of $rows rows" "$t" "$(mib "$m")" "$(ratio "$t" "$sqlite_time")"
    done
else
    echo "   (PostgreSQL is not installed: scripts/setup.sh installs it)"
fi
echo

echo "== Statistics on $large patients, the same registry as R reads (data in memory; CohortLens median of 3 runs, R best of 3)"
if [[ $have_gbench == 1 ]]; then
    COHORTLENS_BENCH_DB="$work/large.sqlite" "$bin/cohortlens-bench-statistics" \
        --benchmark_filter='^(KaplanMeierAndLogRankRegistry|CoxModelRegistry)' \
        --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
        --benchmark_format=csv 2>/dev/null >"$work/stats.csv"
    km=$(gbench_ms "$work/stats.csv" 'KaplanMeierAndLogRankRegistry.*_median')
    cox=$(gbench_ms "$work/stats.csv" 'CoxModelRegistry.*_median')
    printf "   %-34s %9s ms\n" "CohortLens Kaplan-Meier + log-rank" "$km"
    printf "   %-34s %9s ms\n" "CohortLens Cox (Efron), arm" "$cox"
else
    km=0; cox=0
    echo "   (Google Benchmark is not installed: libbenchmark-dev; no CohortLens figures)"
fi
if command -v Rscript >/dev/null && Rscript -e 'library(survival)' >/dev/null 2>&1; then
    Rscript bench/rtimings.R "$work/large.csv" 3 >"$work/r.txt"
    rkm=$(awk '/R_survfit_survdiff/ {printf "%.1f", $2 * 1000}' "$work/r.txt")
    rcox=$(awk '/R_coxph/ {printf "%.1f", $2 * 1000}' "$work/r.txt")
    printf "   %-34s %9s ms   R / CohortLens %s (target > 1)\n" \
        "R survfit + survdiff" "$rkm" "$(ratio "$rkm" "$km")"
    printf "   %-34s %9s ms   R / CohortLens %s (target > 1)\n" \
        "R coxph (efron)" "$rcox" "$(ratio "$rcox" "$cox")"
else
    echo "   (R with the survival package is not installed: no R anchors)"
fi
echo

echo "== Filter change: the query and every statistic, the charts' curves included (AnalysisController::compute)"
echo "   with the registry's columns resident (read by the window's first run, kept after);"
echo "   table in memory: the patient table's every column too;"
echo "   windowed table:  its row numbers only (PatientTableModel::setRegistry, the window)"
if [[ $have_gbench == 1 ]]; then
    # 10^5: the median of 5 runs; 10^6: one run (each takes seconds).
    COHORTLENS_BENCH_DB="$work/small.sqlite" "$bin/cohortlens-bench-statistics" \
        --benchmark_filter='^FilterChange' --benchmark_repetitions=5 \
        --benchmark_report_aggregates_only=true \
        --benchmark_format=csv 2>/dev/null >"$work/filter-small.csv"
    COHORTLENS_BENCH_DB="$work/large.sqlite" "$bin/cohortlens-bench-statistics" \
        --benchmark_filter='^FilterChange/' --benchmark_min_time=0.2 \
        --benchmark_format=csv 2>/dev/null >"$work/filter-large.csv"
    for db in small large; do
        n=$([[ $db == small ]] && echo "$small (median of 5)" || echo "$large (one run)")
        median=$([[ $db == small ]] && echo '.*_median' || echo '')
        for case in "0/0 all, table in memory" "0/1 all, windowed table" \
            "1/0 CS only, table in memory" "1/1 CS only, windowed table"; do
            printf "   %-46s %9s ms\n" "$n: ${case#* }" \
                "$(gbench_ms "$work/filter-$db.csv" "FilterChange/${case%% *}/$median")"
        done
    done
    echo "   (target: < 100 ms at $small patients)"
    echo "   stages, $small patients, all (FilterChangeStage, median of 5):"
    for stage in "0 read every column (first run only)" "4 select CS from resident columns" \
        "1 survival by arm" "2 survival overall" "3 comparison table"; do
        printf "     %-44s %9s ms\n" "${stage#* }" \
            "$(gbench_ms "$work/filter-small.csv" "FilterChangeStage/${stage%% *}/.*_median")"
    done
else
    echo "   (needs Google Benchmark)"
fi
echo

echo "== Window (offscreen): first paint, filter changes, and the GUI thread's longest block"
echo "   (latency probe: a 5 ms timer; its worst lateness is the longest block; target <= 50 ms)"
"$bin/cohortlens-bench-window" --demo
"$bin/cohortlens-bench-window" --registry "$work/small.sqlite" --filters 3
"$bin/cohortlens-bench-window" --registry "$work/large.sqlite" --filters 2 --import "$work/large.csv"
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
