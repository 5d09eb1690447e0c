#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Replays every input the fuzzers once crashed on (fuzz/regressions/HARNESS/)
# and the seed corpus through the harnesses, built with the normal compiler
# (and under ASan in CI). One TAP line per harness and input directory.
. "$top_srcdir/tests/lib.sh"
fz=$top_builddir/fuzz
replay() { # HARNESS DIR...
    h=$1; shift
    for d in "$@"; do
        [ -e "$d" ] || continue
        out=$(timeout 300 "$fz/replay_$h" "$d" 2>&1); rc=$?
        n=$(printf '%s\n' "$out" | grep -c '^ok ')
        if [ $rc -ne 0 ]; then
            printf '%s\n' "$out" | tail -15 | sed 's/^/# /'
        fi
        ok $rc "replay_$h survives ${d#"$top_srcdir"/} ($n inputs)"
    done
}
R=$top_srcdir/fuzz/regressions
replay load "$R/load" "$top_srcdir/data" "$top_srcdir/tests/data/bad" "$top_srcdir/tests/data/hostile"
replay text "$R/text" "$top_srcdir/fuzz/seeds/text" "$top_srcdir/tests/text/corpus.txt"
replay render "$R/render" "$top_srcdir/data/consortia.json" "$top_srcdir/tests/data/hostile"
done_testing
