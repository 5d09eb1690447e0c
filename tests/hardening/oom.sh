#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Out of memory is out of memory (issue 17 item 8). The test hook
# failalloc.so (LD_PRELOAD; built by `make check` only, never installed)
# fails the Nth allocation (malloc, calloc, realloc, strdup). For every N
# tried, each command on the bundled data either succeeds with the very
# output it gives without the hook, or exits 71 with one "out of memory"
# line on stderr and nothing on stdout; the browser's export either writes
# the whole file and says so, or writes none and says why.
#
# N walks the first allocations one by one, the load and the output at a
# stride and the last few one by one: about 40 runs a command, a few
# seconds in all. DP_OOM_ALL=1 walks every N (minutes).
. "$top_srcdir/tests/lib.sh"
shim=${top_builddir:-$top_srcdir}/tests/hardening/failalloc.so
skip_all() {
    echo "1..0 # SKIP $1"
    exit 0
}
[ -f "$shim" ] || skip_all "no $shim (make check builds it)"
# ASan replaces malloc itself (and valgrind does too): a preloaded malloc
# cannot stand in front of it. A wrapper script would hide the binary.
LC_ALL=C grep -q '__asan_init' "$DOKPAMO" 2> /dev/null &&
    skip_all "an ASan build: its allocator replaces malloc, so an LD_PRELOAD shim cannot fail one"
[ "$(head -c 4 "$DOKPAMO" | od -An -c | tr -d ' ')" = '177ELF' ] ||
    skip_all "$DOKPAMO is not an ELF binary (a wrapper such as valgrind's)"
T=$(mktemp -d "${TMPDIR:-/tmp}/dp-oom.XXXXXX")
trap 'rm -rf "$T"' EXIT
# allocs ARGS...: how many allocations `dokpamo ARGS` makes.
allocs() {
    rm -f "$T/count"
    DP_FAILALLOC_COUNT=$T/count LD_PRELOAD=$shim "$@" > /dev/null 2>&1
    cat "$T/count" 2> /dev/null || echo 0
}
[ "$(allocs "$DOKPAMO" --version)" -gt 0 ] || skip_all "the shim does not take effect here (a static libc?)"

# pick TOTAL SPLIT: the N to try, the first six one by one, 10 before SPLIT
# (the load), 20 after it (the output), the last four one by one.
pick() {
    awk -v t="$1" -v l="$2" -v all="${DP_OOM_ALL:-0}" 'BEGIN {
        if (all) { for (n = 1; n <= t; n++) print n; exit }
        for (n = 1; n <= 6 && n <= t; n++) s[n] = 1
        st = int((l - 6) / 10); if (st < 1) st = 1
        for (n = 6 + int(st / 2); n < l; n += st) s[n] = 1
        st = int((t - l) / 20); if (st < 1) st = 1
        for (n = l + int(st / 2); n <= t; n += st) s[n] = 1
        for (n = t - 3; n <= t; n++) if (n > 0) s[n] = 1
        for (n in s) print n }' | sort -n
}

base="--data $DATA --lang en --threads 1 --no-config"
# shellcheck disable=SC2086 # $base is a list of options
load=$(allocs "$DOKPAMO" $base --version)
# walk NAME ARGS...: N over the allocations of `dokpamo ARGS`.
walk() {
    name=$1
    shift
    "$DOKPAMO" "$@" > "$T/want.out" 2> "$T/want.err"
    want_rc=$?
    total=$(allocs "$DOKPAMO" "$@")
    bad=0 runs=0 oom=0 first=
    for n in $(pick "$total" "$load"); do
        runs=$((runs + 1))
        DP_FAILALLOC=$n LD_PRELOAD=$shim "$DOKPAMO" "$@" > "$T/out" 2> "$T/err"
        rc=$?
        if [ "$rc" -eq 71 ]; then
            oom=$((oom + 1))
            [ ! -s "$T/out" ] && [ "$(wc -l < "$T/err")" -eq 1 ] && grep -q 'out of memory' "$T/err" && continue
        elif [ "$rc" -eq "$want_rc" ] && cmp -s "$T/out" "$T/want.out" && cmp -s "$T/err" "$T/want.err"; then
            continue
        fi
        bad=$((bad + 1))
        [ -n "$first" ] ||
            first="N=$n: exit $rc, stdout '$(head -c 60 "$T/out" | tr '\n' ' ')', stderr '$(head -2 "$T/err" | tr '\n' ' ' | head -c 160)'"
    done
    is "$bad" 0 "$name: $runs of its $total allocations failed in turn: each exit 71 and one 'out of memory' ($oom), or the same output${first:+; first bad: $first}"
    ok "$([ "$oom" -gt 0 ]; echo $?)" "$name: some of those runs did run out of memory"
}

# shellcheck disable=SC2086
{
    walk "show" $base show k-exaone
    walk "list --format json" $base list --format json
    walk "list --format csv" $base list --format csv
    walk "list --format tsv" $base list --format tsv
    walk "compare" $base compare k-exaone a-x-k1 solar-open-100b
    walk "validate" --no-config --threads 1 validate "$DATA"
}

# The browser's export (e, a file name, Enter), N over the allocations
# from the keys on. ncurses's own allocations are spared: it dereferences
# its failed ones (newterm, tparm, doupdate), which no caller can mend.
mkdir "$T/x"
export_run() { # KEYS: runs the browser in $T/x on KEYS; the screen in $T/screen
    rm -f "$T/x/exp.md"
    printf '%s\n' "$@" > "$T/keys"
    # shellcheck disable=SC2086
    (cd "$T/x" && DP_FAILALLOC_SPARE=libncurses,libtinfo "$DOKPAMO" $base --headless-script "$T/keys" --size 80x24 \
        > "$T/screen" 2> "$T/err")
}
export_run 'e' 'exp.md<Enter>' ':dump'
cp "$T/x/exp.md" "$T/want.md"
like "$(tail -1 "$T/screen")" 'wrote exp.md' "the export without the hook says what it wrote"
before=$(DP_FAILALLOC_SPARE=libncurses,libtinfo allocs sh -c "cd '$T/x' && printf ':dump\n' > '$T/keys0' && exec \"\$@\" --headless-script '$T/keys0' --size 80x24" sh "$DOKPAMO" $base)
total=$(DP_FAILALLOC_SPARE=libncurses,libtinfo allocs sh -c "cd '$T/x' && exec \"\$@\" --headless-script '$T/keys' --size 80x24" sh "$DOKPAMO" $base)
bad=0 runs=0 refused=0 first=
st=$(((total - before) / 25))
[ "$st" -ge 1 ] || st=1
n=$((before - 4))
while [ "$n" -le "$total" ]; do
    runs=$((runs + 1))
    DP_FAILALLOC=$n LD_PRELOAD=$shim export_run 'e' 'exp.md<Enter>' ':dump'
    rc=$?
    stray=$(ls -A "$T/x" | grep -v -x exp.md)
    if [ -z "$stray" ] && [ "$rc" -eq 71 ] && [ "$(wc -l < "$T/err")" -eq 1 ] && grep -q 'out of memory' "$T/err" &&
        { [ ! -e "$T/x/exp.md" ] || cmp -s "$T/x/exp.md" "$T/want.md"; }; then
        :
    elif [ -z "$stray" ] && [ "$rc" -eq 0 ] && cmp -s "$T/x/exp.md" "$T/want.md" && tail -1 "$T/screen" | grep -q 'wrote exp.md'; then
        :
    elif [ -z "$stray" ] && [ "$rc" -eq 0 ] && [ ! -e "$T/x/exp.md" ] && tail -1 "$T/screen" | grep -q 'not exported.*memory'; then
        refused=$((refused + 1))
    else
        bad=$((bad + 1))
        [ -n "$first" ] || first="N=$n: exit $rc, $(ls -A "$T/x" | tr '\n' ' '), $(tail -1 "$T/screen" | head -c 100) $(head -c 100 "$T/err")"
    fi
    if [ "$n" -lt $((before + 6)) ] || [ "$n" -ge $((total - 4)) ]; then n=$((n + 1)); else n=$((n + st)); fi
done
is "$bad" 0 "export: $runs of its $((total - before)) allocations failed in turn: the whole file and 'wrote', or no file and 'not exported' ($refused), or exit 71${first:+; first bad: $first}"
ok "$([ "$refused" -gt 0 ]; echo $?)" "export: some of those runs were refused for want of memory"
# A file too large for the address space (ulimit -v): out of memory, exit
# 71, one line, never a syntax error (exit 65) or a message per record.
/usr/bin/python3 "$top_srcdir/bench/gen.py" --models 20000 "$T/big.json"
"$DOKPAMO" --data "$T/big.json" --threads 1 --no-config list --format tsv > "$T/want.out" 2> /dev/null
bad=0 oom=0 first=
for kb in 16384 24576 32768 40960 49152 65536 98304 131072; do
    (ulimit -v $kb && exec "$DOKPAMO" --data "$T/big.json" --threads 1 --no-config list --format tsv) \
        > "$T/out" 2> "$T/err"
    rc=$?
    if [ "$rc" -eq 71 ] && [ ! -s "$T/out" ] && [ "$(wc -l < "$T/err")" -eq 1 ] && grep -q 'out of memory' "$T/err"; then
        oom=$((oom + 1))
    elif [ "$rc" -ne 0 ] || ! cmp -s "$T/out" "$T/want.out"; then
        bad=$((bad + 1))
        [ -n "$first" ] || first="ulimit -v $kb: exit $rc, $(wc -l < "$T/err") lines: $(head -2 "$T/err" | tr '\n' ' ' | head -c 160)"
    fi
done
is "$bad" 0 "ulimit -v from 16 to 128 MiB on a 20,000-model file: the whole list, or exit 71 and one 'out of memory'${first:+; first bad: $first}"
ok "$([ "$oom" -gt 0 ]; echo $?)" "ulimit -v: the smaller limits ran out of memory ($oom of 8)"
done_testing
