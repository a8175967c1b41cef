#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package from the build tree with CPack and inspects it: its declared
# dependencies, and that it installs the program, its menu entry and its icon.
# Usage: check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?build dir}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/cohortlens_*.deb 2>/dev/null | head -1)
[[ -n $deb ]] || fail "no .deb in $work"

info=$(dpkg-deb -I "$deb")
for field in "Package: cohortlens" "Version: " "Section: science" "Depends: "; do
    grep -q "$field" <<<"$info" || fail "control has no '$field'"
done
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6-sqlite libqt6svg6 \
               libqt6printsupport6 libsqlite3-0 qt6-qpa-plugins; do
    grep -q "$package" <<<"$depends" || fail "Depends lacks $package: $depends"
done

contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/cohortlens ./usr/share/applications/cohortlens.desktop \
            ./usr/share/icons/hicolor/scalable/apps/cohortlens.svg \
            ./usr/share/doc/cohortlens/methods.md; do
    grep -q " $file\$" <<<"$contents" || fail "the package does not install $file"
done

# Unpacked, the program runs and names its version.
dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/cohortlens" --version 2>/dev/null) || fail "cohortlens --version failed"
grep -q "CohortLens" <<<"$version" || fail "cohortlens --version printed: $version"
grep -q "^Exec=cohortlens" "$work/root/usr/share/applications/cohortlens.desktop" \
    || fail "the menu entry does not start cohortlens"
echo "package ok: $(basename "$deb")"
