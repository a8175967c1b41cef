#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages CohortLens needs to build, run and test, when any is
# missing (as root, or through sudo). Quick when everything is there already.
set -euo pipefail

packages=(
    # build
    g++ make cmake pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libboost-dev libeigen3-dev libbenchmark-dev
    # run: fonts for charts and exports, Qt's own translations
    fonts-dejavu-core qt6-translations-l10n
    # tests: a virtual display and screenshots, PDF text, the sqlite3 shell, a throwaway
    # PostgreSQL cluster (scripts/pgcluster.sh) for the registry suite on PostgreSQL
    xvfb xauth imagemagick poppler-utils sqlite3 postgresql
    # scripts/fuzz.sh and scripts/sanitize.sh: libFuzzer and the sanitizer runtimes of
    # clang, llvm-symbolizer for readable stack traces
    clang-14 libclang-rt-14-dev llvm-14
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
((${#missing[@]} == 0)) && exit 0

echo "Installing: ${missing[*]}"
sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "Run as root, or install sudo, to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
