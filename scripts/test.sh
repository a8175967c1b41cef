#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and runs the whole test suite headless; then the suite
# again under the sanitizers, and the fuzzers. Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# The registry suite runs on SQLite and on PostgreSQL: a cluster of its own for this run,
# on a loopback port in a temporary folder, stopped and deleted however the run ends.
pgdir=$(mktemp -d)
trap 'scripts/pgcluster.sh stop "$pgdir"' EXIT
pgenv=$(scripts/pgcluster.sh start "$pgdir")
while IFS= read -r line; do export "${line?}"; done <<<"$pgenv"
export COHORTLENS_REQUIRE_PG=1
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
# The same suite under AddressSanitizer and UndefinedBehaviorSanitizer, then the fuzzers
# (FUZZ_SECONDS each, default 60).
scripts/sanitize.sh
scripts/fuzz.sh
