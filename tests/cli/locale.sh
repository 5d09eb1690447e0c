#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Numbers never follow the locale: under a comma-decimal locale (de_DE)
# every machine format is byte for byte what it is under C.UTF-8, JSON
# parses, CSV rows keep the header's field count, and filters and the
# dataset read "102.5" as a number (the config holds no numbers).
. "$top_srcdir/tests/lib.sh"
if ! comma_locale; then echo "1..0 # SKIP no comma-decimal locale (de_DE) and no localedef"; exit 0; fi
dp() { "$DOKPAMO" --data "$DATA" "$@"; }
de() { LC_ALL=$COMMA_LC "$DOKPAMO" --data "$DATA" "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in table tsv csv json md; do
    LC_ALL=C.UTF-8 dp list --format $f > "$tmp/c.$f" 2>&1
    de list --format $f > "$tmp/de.$f" 2>&1
    cmp -s "$tmp/c.$f" "$tmp/de.$f"; ok $? "list --format $f: the same bytes under $COMMA_LC"
done
/usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/de.json" 2>/dev/null
ok $? "list --format json under $COMMA_LC is valid JSON"
like "$(cat "$tmp/de.json")" '"active_share": [0-9]+\.[0-9]+' "a fraction is written with '.'"
/usr/bin/python3 - "$tmp/de.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
sys.exit(0 if rows and all(len(r) == len(rows[0]) for r in rows) else 1)
PY
ok $? "every CSV row has the header's field count under $COMMA_LC"

for f in json csv md table; do
    LC_ALL=C.UTF-8 dp compare k-exaone a-x-k1 --format $f > "$tmp/c.cmp.$f" 2>&1
    de compare k-exaone a-x-k1 --format $f > "$tmp/de.cmp.$f" 2>&1
    cmp -s "$tmp/c.cmp.$f" "$tmp/de.cmp.$f"; ok $? "compare --format $f: the same bytes under $COMMA_LC"
done
/usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/de.cmp.json" 2>/dev/null
ok $? "compare --format json under $COMMA_LC is valid JSON"

out=$(de list --filter 'params_total_b>=102.5' --format tsv 2>&1); rc=$?
is "$rc" 0 "--filter 'params_total_b>=102.5' under $COMMA_LC: exit 0"
is "$out" "$(LC_ALL=C.UTF-8 dp list --filter 'params_total_b>=102.5' --format tsv 2>&1)" "and the same rows as under C.UTF-8"
de list --filter 'params_total_b>=102,5' >/dev/null 2>&1
is $? 2 "'102,5' is not a number under $COMMA_LC either (exit 2)"

# A fractional size in the data is read as such.
/usr/bin/python3 - "$DATA" "$tmp/frac.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
m = d["consortia"][0]["models"][0]
m["params_total_b"] = 102.75
m["params_active_b"] = 10.5
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
id=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["consortia"][0]["models"][0]["id"])' "$tmp/frac.json")
got=$(LC_ALL=$COMMA_LC "$DOKPAMO" --data "$tmp/frac.json" list --filter "id=$id" --format tsv |
    awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
                 { print $col["params_total_b"] "\t" $col["params_active_b"] }')
is "$got" "102.75	10.5" "the dataset's 102.75 and 10.5 are read and written with '.'"

done_testing
