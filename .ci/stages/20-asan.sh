#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# 20-asan.sh — the whole `make check` once more under AddressSanitizer,
# LeakSanitizer and UndefinedBehaviorSanitizer (clang), in a copy of the
# tree configured out of tree under /tmp (the checkout is configured in
# tree, which refuses VPATH builds). Prints one TAP line per test result.
set -u
cd "$(dirname "$0")/../.."
jobs=$(nproc 2>/dev/null || echo 2)
work=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-asan.XXXXXX")
trap 'rm -rf "$work"' EXIT
git ls-files -co --exclude-standard | grep -v -E '^(Makefile\.in|configure|aclocal\.m4|config\.h\.in)$' |
    tar -cf - -T - 2>/dev/null | tar -xf - -C "$work" && mkdir "$work/src-tree" "$work/build"
# The sources in src-tree/, the build in build/, both outside the checkout.
(cd "$work" && find . -mindepth 1 -maxdepth 1 ! -name src-tree ! -name build -exec mv {} src-tree/ \;)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=print_suppressions=0
sanflags='-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1'
log=$work/build.log
if ! (cd "$work/src-tree" && autoreconf -fi && cd ../build &&
    ../src-tree/configure -q CC=clang CFLAGS="$sanflags" LDFLAGS="-fsanitize=address,undefined" &&
    make -j"$jobs") > "$log" 2>&1; then
    echo "not ok 1 - ASan+UBSan build (clang)"
    tail -30 "$log" | sed 's/^/#   /'
    echo "1..1"
    exit 1
fi
(cd "$work/build" && make -j"$jobs" check) > "$work/check.log" 2>&1
st=$?

# One TAP line per :test-result of every .trs, with the test's own
# description from its .log where it printed TAP.
n=0
cd "$work/build" || exit 1
for trs in $(find . -name '*.trs' | sort); do
    t=${trs#./}
    t=${t%.trs}
    mapfile -t descs < <(grep -E '^(not )?ok ' "$t.log" 2> /dev/null | sed -E 's/^(not )?ok [0-9]+ ?-? ?//')
    k=0
    while read -r res; do
        n=$((n + 1))
        d=${descs[$k]:-}
        k=$((k + 1))
        case $res in
        PASS | XFAIL) echo "ok $n - $t: $d" ;;
        SKIP) echo "ok $n - $t: # SKIP $d" ;;
        *) echo "not ok $n - $t: $d ($res)" ;;
        esac
    done < <(sed -n 's/^:test-result: \([A-Z]*\).*/\1/p' "$trs")
    if grep -q -E '^:test-result: (FAIL|ERROR|XPASS)' "$trs"; then
        grep -E 'ERROR: (Address|Leak|Undefined)Sanitizer|runtime error|SUMMARY|^    #[0-9] ' "$t.log" | head -25 | sed 's/^/#   /'
    fi
done
if [ "$n" -eq 0 ]; then
    n=1
    echo "not ok 1 - make check under ASan+UBSan ran no test (exit $st)"
    tail -30 "$work/check.log" | sed 's/^/#   /'
fi
echo "1..$n"
exit $st
