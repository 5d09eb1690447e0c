#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# 30-valgrind.sh — the browser's headless screen tests and CLI tests once
# more with every dokpamo run under valgrind (memcheck: no invalid access,
# no uninitialised use, no leak definitely lost). Uses the checkout's
# in-tree build (.ci/run built it). Prints TAP: per test script, its own
# verdict and whether valgrind found nothing.
set -u
cd "$(dirname "$0")/../.."
top=$(pwd)
if ! command -v valgrind > /dev/null 2>&1; then
    echo "1..0 # SKIP valgrind not installed"
    exit 0
fi
[ -x ./dokpamo ] || make -j"$(nproc)" dokpamo > /dev/null 2>&1
work=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-vg.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat > "$work/dokpamo" << WRAP
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \\
    --show-leak-kinds=definite --log-file="$work/vg.%p.log" "$top/dokpamo" "\$@"
WRAP
chmod +x "$work/dokpamo"

tests="tests/tui/first-screen.sh tests/tui/sort.sh tests/tui/find.sh tests/tui/views.sh tests/tui/resize.sh
tests/load/bad-data.sh tests/compare/cli.sh"
n=0
failed=0
for t in $tests; do
    [ -e "$t" ] || continue
    rm -f "$work"/vg.*.log
    out=$(env top_srcdir="$top" top_builddir="$top" DOKPAMO="$work/dokpamo" DOKPAMO_DATA= LC_ALL=C.UTF-8 \
        timeout 900 sh "$t" 2>&1)
    rc=$?
    runs=$(ls "$work"/vg.*.log 2> /dev/null | wc -l)
    n=$((n + 1))
    if [ $rc -eq 0 ]; then
        echo "ok $n - $t passes under valgrind ($runs runs)"
    else
        failed=$((failed + 1))
        echo "not ok $n - $t passes under valgrind (exit $rc)"
        printf '%s\n' "$out" | grep -E '^not ok' | head -10 | sed 's/^/#   /'
    fi
    n=$((n + 1))
    bad=$(find "$work" -name 'vg.*.log' -size +0 | head -5)
    if [ -z "$bad" ]; then
        echo "ok $n - $t: valgrind clean ($runs runs, no errors, nothing definitely lost)"
    else
        failed=$((failed + 1))
        echo "not ok $n - $t: valgrind found errors"
        for f in $bad; do head -30 "$f" | sed 's/^/#   /'; done
    fi
done

# The CLI on the bundled data and on hostile data, each command once.
rm -f "$work"/vg.*.log
H=tests/data/hostile
for cmd in "list" "list --format json" "list --format csv" "list --format md --lang en" \
    "show k-exaone" "show ㅇㅅㅌ" "compare k-exaone a.x-k1 solar-open-100b" "validate" \
    "--data $H/csi-clear.json list" "--data $H/osc52-clipboard.json show alpha-500b" \
    "--data $H/invalid-utf8-ff.json list --format json" "validate $H/truncated-in-string.json" \
    "validate $H/duplicate-key-model.json" "validate $H/number-1e999.json" "validate tests/data/bad/many-problems.json"; do
    # shellcheck disable=SC2086
    "$work/dokpamo" $cmd > /dev/null 2>&1
    rc=$?
    n=$((n + 1))
    bad=$(find "$work" -name 'vg.*.log' -size +0 | head -1)
    if [ "$rc" -ne 99 ] && [ -z "$bad" ]; then
        echo "ok $n - valgrind clean: dokpamo $cmd"
    else
        failed=$((failed + 1))
        echo "not ok $n - valgrind: dokpamo $cmd (exit $rc)"
        [ -n "$bad" ] && head -30 "$bad" | sed 's/^/#   /'
    fi
    rm -f "$work"/vg.*.log
done
echo "1..$n"
[ $failed -eq 0 ]
