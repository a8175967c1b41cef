#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds CohortLens in build-asan/ (Debug, gcc) with AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer, and runs the whole test suite under them, headless. The
# first report aborts the test that triggered it, so any finding fails this script.
# Leaks outside our code are suppressed in tests/sanitizers/lsan.supp, with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-asan
sanitizers="-fsanitize=address,undefined"
# Configuring again is cheap and keeps the cache in step with this script.
mkdir -p "$build"
cmake -S . -B "$build" -Wno-dev -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="$sanitizers -fno-omit-frame-pointer -fno-sanitize-recover=all" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" -DCMAKE_SHARED_LINKER_FLAGS="$sanitizers" \
    -DCMAKE_MODULE_LINKER_FLAGS="$sanitizers" >"$build/configure.log" 2>&1 \
    || { cat "$build/configure.log" >&2; exit 1; }
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
for symbolizer in llvm-symbolizer-14 llvm-symbolizer; do
    if command -v "$symbolizer" >/dev/null; then
        ASAN_SYMBOLIZER_PATH=$(command -v "$symbolizer")
        export ASAN_SYMBOLIZER_PATH
        break
    fi
done

# Left out: `package` builds a .deb of the build tree with CPack and inspects it; it tests
# the packaging, not our code, and a Debug build with sanitizers is not what ships.
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 1200 \
    --exclude-regex '^package$'
