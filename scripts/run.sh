#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and opens the viewer on the bundled demo registry.
# Without a display the program says so and prints the demo's figures instead.
# Extra arguments go to cohortlens (e.g. a registry to open instead of the demo).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh
if (($# == 0)); then
    set -- --demo
fi
exec build/bin/cohortlens "$@"
