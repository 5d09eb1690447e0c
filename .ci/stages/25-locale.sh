#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# 25-locale.sh — the whole `make check` suite a second time under a
# comma-decimal locale (LC_ALL=de_DE.UTF-8, generated with localedef), so
# that no number is read or written with the user's decimal separator.
# One TAP line per test script; a failing script's log is printed.
set -u
cd "$(dirname "$0")/../.."
loc=de_DE.UTF-8
if [ "$(LC_ALL=$loc locale decimal_point 2>/dev/null)" != "," ]; then
    if [ "$(id -u)" -eq 0 ]; then
        localedef -i de_DE -f UTF-8 "$loc" > /dev/null 2>&1
    fi
    if [ "$(LC_ALL=$loc locale decimal_point 2>/dev/null)" != "," ]; then
        LOCPATH=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-locale.XXXXXX")
        export LOCPATH
        localedef -i de_DE -f UTF-8 "$LOCPATH/$loc" > /dev/null 2>&1
    fi
fi
if [ "$(LC_ALL=$loc locale decimal_point 2>/dev/null)" != "," ]; then
    echo "not ok 1 - cannot generate $loc with localedef (package: locales)"
    echo "1..1"
    exit 1
fi
echo "# LC_ALL=$loc, decimal point '$(LC_ALL=$loc locale decimal_point)'"
[ -x ./dokpamo ] || make -j"$(nproc)" > /dev/null 2>&1
find . -name '*.trs' -delete
timeout 1200 make -j"$(nproc)" check DP_TEST_LOCALE="$loc" > /dev/null 2>&1
rc=$?
n=0 st=0
for trs in $(find . -name '*.trs' | sort); do
    n=$((n + 1))
    t=${trs#./}
    t=${t%.trs}
    res=$(awk '/^:global-test-result:/{print $2}' "$trs")
    case $res in
    PASS | SKIP | XFAIL) echo "ok $n - $t under $loc${res:+ ($res)}" ;;
    *)
        echo "not ok $n - $t under $loc ($res)"
        st=1
        grep -E '^(not ok|#)' "${trs%.trs}.log" | head -20 | sed 's/^/# /'
        ;;
    esac
done
if [ "$n" -eq 0 ]; then
    n=1 st=1
    echo "not ok 1 - make check ran no test under $loc (exit $rc)"
fi
echo "1..$n"
exit $st
