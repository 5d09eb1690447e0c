#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# real.sh — the two real public catalogues (../shared/data), converted at
# test time by bench/convert.py (nothing from them is committed: the
# leaderboard has no licence), load in the CLI and the browser, and their
# mess shows safely and sorts sensibly: multi-organisation cells, names
# with newlines and TABs, non-ASCII names, parameters from 10 to 1e14,
# placeholder sizes 0 and -1. Skipped when the data is not there.
. "$top_srcdir/tests/lib.sh"
# Where list's TSV keeps the total parameter count, and how many columns.
PCOL=$("$DOKPAMO" --data "$DATA" list --format tsv | head -1 | tr '\t' '\n' | grep -nx params_total_b | cut -d: -f1)
NCOL=$("$DOKPAMO" --data "$DATA" list --format tsv | head -1 | awk -F'\t' '{ print NF }')
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
shared=${DOKPAMO_SHARED_DATA:-$top_srcdir/../shared/data}
epoch_csv=$shared/epoch_all_ml_systems_2025-06-20.csv
lb_csv=$shared/open_llm_leaderboard_v2_2025-02.csv
if [ ! -r "$epoch_csv" ] || [ ! -r "$lb_csv" ]; then
    echo "1..0 # SKIP no real catalogues in $shared"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-real.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
conv="$top_srcdir/bench/convert.py"
epoch=$tmp/epoch.json
lb=$tmp/leaderboard.json

"$PY" "$conv" epoch "$epoch_csv" "$epoch"
ok $? "convert Epoch AI (1,892 systems)"
"$PY" "$conv" leaderboard "$lb_csv" "$lb"
ok $? "convert the Open LLM Leaderboard (3,827 rows)"

# --- Epoch: loads with one warning, names sanitised ----------------------
"$DOKPAMO" --data "$epoch" list --sort -params_total_b --format tsv > "$tmp/e.tsv" 2> "$tmp/e.err"
ok $? "list loads the Epoch catalogue"
like "$(cat "$tmp/e.err")" "warning: .*4 strings with control characters.*shown sanitised" \
    "one warning for the 4 names with newlines or TABs"
is "$(wc -l < "$tmp/e.tsv" | tr -d ' ')" 1893 "no raw newline inside a cell: one line per system"
is "$(awk -F'\t' -v P="$PCOL" '{ print NF }' "$tmp/e.tsv" | sort -u)" "$NCOL" "no raw TAB inside a cell: $NCOL cells per line"
LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$tmp/e.tsv"
ok $((! $?)) "no control characters in the TSV"
is "$(sed -n 2p "$tmp/e.tsv" | cut -f3,$PCOL)" "$(printf 'Persia\t100000')" \
    "the largest (1e14 parameters = 100000 B) sorts first"
is "$(awk -F'\t' -v P="$PCOL" 'NR > 1 && $P != "" { last = $3 "\t" $P } END { print last }' "$tmp/e.tsv")" \
    "$(printf 'Innervator\t1e-08')" "the smallest (10 parameters) is the last known size"
awk -F'\t' -v P="$PCOL" 'NR > 1 { if ($P == "") seen = 1; else if (seen || (NR > 2 && p != "" && $P + 0 > p + 0)) bad = 1; if ($P != "") p = $P } END { exit bad }' "$tmp/e.tsv"
ok $? "sizes descend, unknown sizes (617 systems) come last"
is "$(awk -F'\t' -v P="$PCOL" 'NR > 1 && $P == ""' "$tmp/e.tsv" | wc -l | tr -d ' ')" 617 "every system without a size is there"
line=$(grep -F "Zephyr 141B-A39B" "$tmp/e.tsv" | cut -f3)
is "$(printf '%s' "$line" | sed 's/ *$//')" "Zephyr 141B-A39B" "the name with 38 trailing TABs shows as text plus spaces"
for n in 'PanGu-Σ' 'π0 (pi-zero)' 'ERNIE 4.5 (文心大模型4.5)' ' Tulu 3 (Tülu 3) 70B' "$(printf 'ALLaM\302\240adapted 70B')"; do
    grep -qF "	$n	" "$tmp/e.tsv"
    ok $? "non-ASCII name kept: $n"
done
out=$("$DOKPAMO" --data "$epoch" show 'PanGu-Σ' 2>/dev/null)
like "$out" "전체 파라미터 +E +1.085T" "show finds a Greek name and formats 1.085e12 parameters"
"$DOKPAMO" --data "$epoch" list --sort -params_total_b > "$tmp/e.table" 2>/dev/null
ok $? "the aligned table renders"
"$PY" - "$tmp/e.table" "$tmp/e.tsv" <<'PYEOF'
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
table = open(sys.argv[1], encoding="utf-8").read().splitlines()
tsv = [l.split("\t") for l in open(sys.argv[2], encoding="utf-8").read().splitlines()]
# Same rows in the same order: the consortium column must start at the
# same display column on every row, whatever script the name is in.
starts = set()
for line, cells in zip(table[1:], tsv[1:]):
    name, cons = cells[1], cells[2]
    at = line.index(cons, len(name)) if cons else None
    if at is not None:
        starts.add(width(line[:at]))
sys.exit(0 if len(starts) == 1 and len(table) == len(tsv) else 1)
PYEOF
ok $? "Hangul, CJK and Greek rows line up by display width"
# Multi-organisation cells became partners, one organisation each.
"$PY" - "$epoch" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
names = [p["name"]["en"] for c in d["consortia"] for p in c["partners"]]
sys.exit(0 if len(names) > 1000 and not any("," in n for n in names) else 1)
PYEOF
ok $? "multi-organisation cells split into partners"
printf ':dump\n' > "$tmp/keys"
"$DOKPAMO" --data "$epoch" --headless-script "$tmp/keys" --size 80x24 > "$tmp/e.screen" 2>/dev/null
ok $? "the browser opens the Epoch catalogue"
LC_ALL=C grep -q "$(printf '[\001-\037\177]')" "$tmp/e.screen"
ok $((! $?)) "its first screen holds no control characters"
"$PY" - "$tmp/e.screen" <<'PYEOF'
import sys, unicodedata
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
sys.exit(0 if lines and all(w(l) <= 80 for l in lines) else 1)
PYEOF
ok $? "no line of the first screen is wider than 80 columns"

# --- Leaderboard: placeholders 0 / -1 are unknown ------------------------
out=$("$DOKPAMO" validate "$lb" 2>&1)
ok $? "the converted leaderboard passes validate"
like "$out" "3827 models" "every row is a model"
"$DOKPAMO" --data "$lb" list --sort -params_total_b --format tsv > "$tmp/l.tsv" 2>/dev/null
ok $? "list sorts the leaderboard"
is "$(awk -F'\t' -v P="$PCOL" 'NR > 1 && $P == ""' "$tmp/l.tsv" | wc -l | tr -d ' ')" 5 "the 5 placeholder sizes (0, -1) are unknown"
is "$(awk -F'\t' -v P="$PCOL" 'NR > 1 && $P != "" && $P + 0 <= 0' "$tmp/l.tsv" | wc -l | tr -d ' ')" 0 "no zero or negative size is shown"
awk -F'\t' -v P="$PCOL" 'NR > 1 { if ($P == "") seen = 1; else if (seen) bad = 1 } END { exit bad }' "$tmp/l.tsv"
ok $? "unknown sizes sort last"
awk -F'\t' -v P="$PCOL" 'NR > 1 { if ($P == "") seen = 1; else if (!seen) bad = 1 } END { exit bad }' "$tmp/l.tsv"
ok $((! $?)) "... and known ones never after them"
"$DOKPAMO" --data "$lb" list --sort params_total_b --format tsv > "$tmp/l2.tsv" 2>/dev/null
is "$(tail -5 "$tmp/l2.tsv" | cut -f$PCOL | tr -d '\n')" "" "ascending too, unknowns last"
is "$(sed -n 2p "$tmp/l.tsv" | cut -f$PCOL)" "140.63" "the largest leaderboard model (140.63 B) first"
done_testing
