#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# 40-fuzz.sh — builds the libFuzzer harnesses (make fuzz: clang,
# -fsanitize=fuzzer,address,undefined) and runs each for a bounded time
# (FUZZ_SECONDS, default 60), the three side by side. One TAP line per
# harness; a crash prints its stack and leaves the input in fuzz/crashes/.
set -u
cd "$(dirname "$0")/../.."
secs=${FUZZ_SECONDS:-60}
if ! command -v clang > /dev/null 2>&1; then
    echo "1..0 # SKIP clang not installed"
    exit 0
fi
if ! make fuzz > fuzz-build.log 2>&1; then
    echo "not ok 1 - make fuzz (clang -fsanitize=fuzzer,address,undefined)"
    tail -30 fuzz-build.log | sed 's/^/#   /'
    echo "1..1"
    exit 1
fi
rm -f fuzz-build.log
pids=""
for h in load text render; do
    sh fuzz/run.sh . . "$secs" "$h" > "fuzz/run-$h.tap" 2>&1 &
    pids="$pids $!"
done
st=0
for p in $pids; do wait "$p" || st=1; done
n=0
for h in load text render; do
    n=$((n + 1))
    # run.sh numbers each harness 1; renumber.
    sed -n -E "s/^(not )?ok 1 /\\1ok $n /p; /^#/p" "fuzz/run-$h.tap"
    rm -f "fuzz/run-$h.tap"
done
echo "1..$n"
exit $st
