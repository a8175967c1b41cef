#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets of tests/fuzz with clang-14 in build-fuzz/ (the whole build
# instrumented: -fsanitize=fuzzer-no-link,address,undefined) and runs each for FUZZ_SECONDS
# seconds (default 60) on a working copy of its seed corpus in build-fuzz/corpus/, which
# keeps what earlier runs found. Nothing is written into the repository.
# Exits non-zero on any crash, leak, timeout or sanitizer report, naming the file that
# holds the input; reproduce with build-fuzz/bin/TARGET FILE.
# Usage: scripts/fuzz.sh [TARGET...]   (default: every target)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
build=build-fuzz
targets=("$@")
((${#targets[@]} > 0)) || targets=(fuzz_csvreader fuzz_validator fuzz_where)

# Configuring again is cheap and keeps the cache in step with this script; the compiler is
# only chosen when the build directory is new.
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
flags+=" -fno-omit-frame-pointer -gline-tables-only"
mkdir -p "$build"
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -Wno-dev \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOHORTLENS_FUZZ=ON -DBUILD_TESTING=OFF \
    -DCMAKE_CXX_FLAGS="$flags" >"$build/configure.log" 2>&1 \
    || { cat "$build/configure.log" >&2; exit 1; }
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

supp=$PWD/tests/sanitizers/lsan.supp
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$supp:print_suppressions=0
export QT_QPA_PLATFORM=offscreen
if command -v llvm-symbolizer-14 >/dev/null; then
    ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer-14)
    export ASAN_SYMBOLIZER_PATH
fi

failed=()
for target in "${targets[@]}"; do
    corpus=$build/corpus/$target
    artifacts=$build/artifacts/$target
    log=$build/logs/$target.log
    rm -rf "$artifacts"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    cp -a "tests/fuzz/corpus/$target/." "$corpus/"
    dict=()
    case $target in
    fuzz_where) dict=(-dict=tests/fuzz/where.dict) ;;
    *) dict=(-dict=tests/fuzz/csv.dict) ;;
    esac

    echo "== $target: ${seconds} s on $(find "$corpus" -type f | wc -l) inputs (log: $log)"
    status=0
    "$build/bin/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len=8192 -print_final_stats=1 "${dict[@]}" -artifact_prefix="$artifacts/" \
        "$corpus" >"$log" 2>&1 || status=$?
    grep -E '^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' \
        "$log" | sed 's/^/   /' || true
    if ((status != 0)) || grep -qE 'ERROR: [A-Za-z]+Sanitizer|runtime error:' "$log"; then
        tail -n 60 "$log" >&2
        for input in "$artifacts"/*; do
            [[ -e $input ]] && echo "FAIL: $target: input saved as $input" >&2
        done
        failed+=("$target")
    fi
done

if ((${#failed[@]} > 0)); then
    echo "fuzzing failed: ${failed[*]} (reproduce: $build/bin/TARGET INPUT)" >&2
    exit 1
fi
echo "fuzzing: no crash, leak or sanitizer report in ${targets[*]}"
