#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a translation catalogue is not complete: an unfinished or empty translation,
# a vanished or obsolete entry, or a source string of the program that a catalogue lacks.
# lupdate runs on a copy of the catalogues, so the repository is never changed.
# Usage: check-translations.sh SOURCE_DIR
set -euo pipefail
source=$(cd "${1:?source dir}" && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

mapfile -t sources < <(cd "$source" && find app core ui -path core/stats -prune -o \
    \( -name '*.cpp' -o -name '*.h' \) -print | sort)
for ts in "$source"/translations/cohortlens_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    (cd "$source" && "$lupdate" -silent -locations none "${sources[@]}" -ts "$work/$name") \
        >/dev/null
    # lupdate on the sources: a string missing from the catalogue comes back unfinished,
    # one the sources no longer have is marked vanished or obsolete.
    unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
    vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$work/$name" || true)
    empty=$(grep -c '<translation></translation>\|<numerusform></numerusform>' "$work/$name" || true)
    if ((unfinished + vanished + empty > 0)); then
        echo "FAIL: $name has $unfinished unfinished (or new), $vanished vanished/obsolete," \
             "$empty empty translations"
        grep -B3 'type="unfinished"' "$work/$name" | grep '<source>' | head -10 | sed 's/^/  /'
        status=1
    else
        echo "ok: $name ($(grep -c '<message' "$ts") messages)"
    fi
done
exit $status
