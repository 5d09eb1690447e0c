#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# 50-storm.sh — the key and resize storm (tests/hardening/storm.sh) at full
# size: 10 seeds x 10,000 random keys and 50 resizes (1x1 .. 300x100) on the
# in-tree build, two storms side by side. One TAP line per seed; a failure
# prints the seed and how to reproduce it.
set -u
cd "$(dirname "$0")/../.."
top=$(pwd)
[ -x ./dokpamo ] || make -j"$(nproc)" dokpamo > /dev/null 2>&1
seeds=${STORM_SEEDS:-"1 2 3 4 5 6 7 8 9 10"}
half1="" half2=""
i=0
for s in $seeds; do
    if [ $((i % 2)) -eq 0 ]; then half1="$half1 $s"; else half2="$half2 $s"; fi
    i=$((i + 1))
done
run() {
    env top_srcdir="$top" top_builddir="$top" DOKPAMO="$top/dokpamo" DOKPAMO_DATA= LC_ALL=C.UTF-8 \
        STORM_SEEDS="$1" STORM_KEYS="${STORM_KEYS:-10000}" STORM_RESIZES="${STORM_RESIZES:-50}" \
        timeout 1200 sh tests/hardening/storm.sh
}
out=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-storm.XXXXXX")
trap 'rm -rf "$out"' EXIT
run "$half1" > "$out/1" 2>&1 &
p1=$!
[ -n "$half2" ] && { run "$half2" > "$out/2" 2>&1 & }
p2=$!
wait $p1
s1=$?
st=$s1
if [ -n "$half2" ]; then wait $p2 || st=1; fi
n=0
for f in "$out/1" "$out/2"; do
    [ -e "$f" ] || continue
    while IFS= read -r line; do
        case $line in
        "ok "* | "not ok "*)
            n=$((n + 1))
            printf '%s\n' "$line" | sed -E "s/^(not )?ok [0-9]+/\\1ok $n/"
            ;;
        "#"*) printf '%s\n' "$line" ;;
        esac
    done < "$f"
done
[ "$n" -gt 0 ] || { n=1; echo "not ok 1 - the storm ran no seed"; st=1; }
echo "1..$n"
exit $st
