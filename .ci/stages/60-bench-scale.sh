#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# 60-bench-scale.sh — a generated 1,000,000-model catalogue validates, lists
# sorted (unknowns last) and opens in the browser (headless: first screen,
# jump to the end, re-sort). Too slow for `make check`. Prints TAP; peak
# RSS and times as comments (they are not pass/fail: bench/ measures).
set -u
cd "$(dirname "$0")/../.."
top=$(pwd)
bin=${DOKPAMO:-$top/dokpamo}
n=${SCALE_MODELS:-1000000}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-scale.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
t=0
tap() { t=$((t + 1)); if [ "$1" -eq 0 ]; then echo "ok $t - $2"; else echo "not ok $t - $2"; fi; }
if [ ! -x "$bin" ]; then
    echo "1..0 # SKIP no dokpamo binary at $bin"
    exit 0
fi
/usr/bin/python3 bench/gen.py --models "$n" "$tmp/big.json"
tap $? "generate $n models ($(du -m "$tmp/big.json" | cut -f1) MB)"

/usr/bin/time -f '%e s, %M KB peak' -o "$tmp/time" "$bin" validate "$tmp/big.json" > "$tmp/out" 2>&1
st=$?
tap $st "validate accepts the $n-model catalogue"
grep -q "ok (6 consortia, $n models" "$tmp/out"
tap $? "validate counts $n models"
echo "# validate: $(cat "$tmp/time")"

/usr/bin/time -f '%e s, %M KB peak' -o "$tmp/time" "$bin" --data "$tmp/big.json" list --sort -params_total_b --format tsv > "$tmp/list.tsv" 2>"$tmp/err"
tap $? "list --sort -params_total_b --format tsv"
echo "# list: $(cat "$tmp/time")"
lines=$(wc -l < "$tmp/list.tsv")
[ "$lines" -eq $((n + 1)) ]
tap $? "one line per model ($lines)"
awk -F'\t' 'NR > 1 { if ($4 == "") seen = 1; else if (seen || (p != "" && $4 + 0 > p + 0)) bad = 1; if ($4 != "") p = $4 } END { exit bad }' "$tmp/list.tsv"
tap $? "sizes descend, unknowns last"

printf ':dump\n:key End\n:dump\ns\n:dump\n' > "$tmp/keys"
/usr/bin/time -f '%e s, %M KB peak' -o "$tmp/time" "$bin" --data "$tmp/big.json" --headless-script "$tmp/keys" --size 80x24 > "$tmp/screen" 2>"$tmp/err"
tap $? "the browser opens it (first screen, End, re-sort)"
echo "# browser: $(cat "$tmp/time")"
[ "$(grep -c '┘' "$tmp/screen")" -ge 3 ]
tap $? "three full screens dumped"
grep -q "$n" "$tmp/screen"
tap $? "the title counts $n models"
echo "1..$t"
