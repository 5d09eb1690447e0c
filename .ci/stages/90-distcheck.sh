#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# 90-distcheck.sh — "make distcheck" (build and test from the tarball in a
# read-only source tree, install, uninstall) in a copy of the tree, so
# the checkout's own build is left alone. Prints TAP.
set -u
cd "$(dirname "$0")/../.."
jobs=$(nproc 2>/dev/null || echo 2)
work=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-distcheck.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
git ls-files -co --exclude-standard | grep -v -E '^(Makefile\.in|configure|aclocal\.m4|config\.h\.in)$' |
    tar -cf - -T - 2>/dev/null | tar -xf - -C "$work"
(cd "$work" && autoreconf -fi && ./configure -q && make -j"$jobs" distcheck) >"$work.log" 2>&1
st=$?
if [ $st -eq 0 ]; then
    echo "ok 1 - make distcheck ($(grep -o 'dokpamo-[0-9.]*\.tar\.gz' "$work.log" | tail -1) ready)"
else
    echo "not ok 1 - make distcheck"
    # The failing tests' logs first, then the end of the output.
    grep -E '^(FAIL|ERROR|XPASS):' "$work.log" | head -20 | sed 's/^/#   /'
    tail -30 "$work.log" | sed 's/^/#   /'
fi
rm -f "$work.log"
echo "1..1"
exit $st
