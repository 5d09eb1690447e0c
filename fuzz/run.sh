#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# run.sh — runs each fuzz harness for a bounded time on a seed corpus.
#   fuzz/run.sh SRCDIR BUILDDIR SECONDS [HARNESS...]
# The corpus is assembled in BUILDDIR/fuzz/corpus/HARNESS from the seeds
# (data/, tests/data/bad/, tests/data/hostile/, fuzz/seeds/, fuzz/regressions/);
# new crashes land in BUILDDIR/fuzz/crashes/. Prints one TAP line per harness.
set -u
srcdir=$1 builddir=$2 secs=$3
shift 3
[ $# -gt 0 ] || set -- load text render
fz=$builddir/fuzz
n=0 failed=0
for h in "$@"; do
    n=$((n + 1))
    corpus=$fz/corpus/$h crashes=$fz/crashes/$h
    mkdir -p "$corpus" "$crashes"
    case $h in
    text) seeds="$srcdir/fuzz/seeds/text $srcdir/fuzz/regressions/text" ;;
    *) seeds="$srcdir/data $srcdir/tests/data/bad $srcdir/tests/data/hostile $srcdir/fuzz/regressions/$h" ;;
    esac
    for d in $seeds; do
        [ -d "$d" ] && find "$d" -maxdepth 1 -type f ! -name '.*' ! -name '*.expected' -size -2M \
            -exec cp {} "$corpus/" \;
    done
    log=$fz/fuzz_$h.log
    dict=""
    [ "$h" != text ] && dict="-dict=$srcdir/fuzz/json.dict"
    # -rss_limit_mb: the loader reads at most LOAD_MAX_* per string/file.
    # -seed: a fixed seed (FUZZ_SEED) makes a CI run repeatable here.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        timeout $((secs + 120)) "$fz/fuzz_$h" -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 \
        -max_len=65536 -seed="${FUZZ_SEED:-1}" $dict -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    if [ $rc -eq 0 ]; then
        echo "ok $n - fuzz_$h ran ${secs}s without a crash (${execs:-?} inputs)"
    else
        failed=$((failed + 1))
        echo "not ok $n - fuzz_$h (exit $rc)"
        grep -E 'ERROR|SUMMARY|Test unit written|runtime error|#[0-9]+ 0x' "$log" | head -30 | sed 's/^/# /'
    fi
done
echo "1..$n"
[ $failed -eq 0 ]
