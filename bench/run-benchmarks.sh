#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every benchmark of docs/performance.md side by side with its anchor, on the same
# files, and prints the figures and the ratios. Builds first; needs R (r-base-core,
# r-cran-survival) for the R anchors, which it skips with a note when R is missing.
# Usage: bench/run-benchmarks.sh [PATIENTS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
patients=${1:-1000000}
scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=build/bin
export QT_QPA_PLATFORM=offscreen

seconds() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }; cat "$work/time"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo "CohortLens benchmarks — $(date -u +%Y-%m-%dT%H:%MZ)"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
echo "CPU: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "== Data: $patients patients (cohortlens-generate, seed 20261129)"
"$bin/cohortlens-generate" --patients "$patients" --out "$work/registry.csv"
"$bin/cohortlens-generate" --patients 100000 --out "$work/registry-100k.csv"
echo "   $(du -h "$work/registry.csv" | cut -f1) CSV"
echo

echo "== Import of $patients rows (best of 3)"
best_import=999999; best_shell=999999; rss=0; shell_rss=0
for i in 1 2 3; do
    rm -f "$work/registry.sqlite" "$work/shell.sqlite"
    read -r t m < <(seconds "$bin/cohortlens" import --input "$work/registry.csv" --db "$work/registry.sqlite")
    best_import=$(awk -v a="$t" -v b="$best_import" 'BEGIN {print (a < b ? a : b)}'); rss=$m
    read -r t m < <(seconds sqlite3 "$work/shell.sqlite" -cmd ".mode csv" ".import $work/registry.csv patients")
    best_shell=$(awk -v a="$t" -v b="$best_shell" 'BEGIN {print (a < b ? a : b)}'); shell_rss=$m
done
rm -f "$work/small.sqlite"
read -r t small_rss < <(seconds "$bin/cohortlens" import --input "$work/registry-100k.csv" --db "$work/small.sqlite")
echo "   cohortlens import   ${best_import} s   peak RSS $((rss / 1024)) MiB (100k rows: $((small_rss / 1024)) MiB)"
echo "   sqlite3 .import     ${best_shell} s   peak RSS $((shell_rss / 1024)) MiB"
echo "   ratio               $(ratio "$best_import" "$best_shell") (target <= 2)"
echo

echo "== Statistics (Google Benchmark; real time per run)"
COHORTLENS_BENCH_DB="$work/small.sqlite" "$bin/cohortlens-bench-statistics" \
    --benchmark_filter='KaplanMeierAndLogRank/1000000|CoxModel/1000000|FilterChange' \
    --benchmark_format=csv 2>/dev/null | tail -n +2 >"$work/stats.csv"
km=$(awk -F, '/KaplanMeierAndLogRank\/1000000/ {printf "%.4f", $3 / 1000}' "$work/stats.csv")
cox=$(awk -F, '/CoxModel\/1000000/ {printf "%.4f", $3 / 1000}' "$work/stats.csv")
filter100k=$(awk -F, '/FilterChange/ {printf "%.1f", $3}' "$work/stats.csv")
COHORTLENS_BENCH_DB="$work/registry.sqlite" "$bin/cohortlens-bench-statistics" \
    --benchmark_filter='FilterChange' --benchmark_format=csv 2>/dev/null | tail -n +2 >"$work/stats1m.csv"
filter1m=$(awk -F, '/FilterChange/ {printf "%.1f", $3}' "$work/stats1m.csv")
echo "   Kaplan-Meier + log-rank, 1M   ${km} s"
echo "   Cox, 1M                       ${cox} s"
if command -v Rscript >/dev/null && Rscript -e 'library(survival)' >/dev/null 2>&1; then
    Rscript bench/rtimings.R "$work/registry.csv" 3 >"$work/r.txt"
    rkm=$(awk '/R_survfit_survdiff/ {print $2}' "$work/r.txt")
    rcox=$(awk '/R_coxph/ {print $2}' "$work/r.txt")
    echo "   R survfit + survdiff, 1M      ${rkm} s   ratio R/CohortLens $(ratio "$rkm" "$km") (target > 1)"
    echo "   R coxph, 1M                   ${rcox} s   ratio R/CohortLens $(ratio "$rcox" "$cox") (target > 1)"
else
    echo "   (R with survival is not installed: no R anchors)"
fi
echo "   filter change, 100k patients  ${filter100k} ms (target < 100)"
echo "   filter change, 1M patients    ${filter1m} ms"
echo

echo "== Window (offscreen): first paint and the GUI thread's longest block"
"$bin/cohortlens-bench-window" --demo
"$bin/cohortlens-bench-window" --registry "$work/registry.sqlite" --import "$work/registry.csv"
