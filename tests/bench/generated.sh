#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# generated.sh — bench/gen.py writes catalogues that validate, are the
# same bytes for the same seed, and list with unknown sizes last.
. "$top_srcdir/tests/lib.sh"
# Where list's TSV keeps the total parameter count, and how many columns.
PCOL=$("$DOKPAMO" --data "$DATA" list --format tsv | head -1 | tr '\t' '\n' | grep -nx params_total_b | cut -d: -f1)
NCOL=$("$DOKPAMO" --data "$DATA" list --format tsv | head -1 | awk -F'\t' '{ print NF }')
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-gen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
gen="$top_srcdir/bench/gen.py"

"$PY" "$gen" --models 3000 --flat "$tmp/flat.json" "$tmp/a.json"
ok $? "gen.py writes 3,000 models"
"$PY" "$gen" --models 3000 "$tmp/b.json"
cmp -s "$tmp/a.json" "$tmp/b.json"
ok $? "same seed, same bytes"
"$PY" "$gen" --models 3000 --seed 8 "$tmp/c.json"
! cmp -s "$tmp/a.json" "$tmp/c.json"
ok $? "another seed, another catalogue"

out=$("$DOKPAMO" validate "$tmp/a.json" 2>&1)
ok $? "the generated catalogue passes validate"
like "$out" "ok \(6 consortia, 3000 models, [0-9]+ partners" "validate counts every model"

# What makes it realistic: one line "STATUS NAME" per property.
"$PY" - "$tmp/a.json" > "$tmp/checks" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
ms = [m for c in d["consortia"] for m in c["models"]]
sizes = sorted((len(c["models"]) for c in d["consortia"]), reverse=True)
checks = [
    ("Hangul names", any(m["name"]["ko"] and any("\uac00" <= ch <= "\ud7a3" for ch in m["name"]["ko"]) for m in ms)),
    ("other non-ASCII names", any(any(ord(ch) > 0x7f and not "\uac00" <= ch <= "\ud7a3" for ch in m["name"]["en"]) for m in ms)),
    ("null sizes with a why", any(m["params_total_b"] is None and m["why"].get("params_total_b") for m in ms)),
    ("MoE with fewer active than total", any("moe" in m["architecture"] and m["params_active_b"] and m["params_active_b"] < m["params_total_b"] for m in ms)),
    ("dense with active = total", any("dense" in m["architecture"] and m["params_active_b"] == m["params_total_b"] for m in ms)),
    ("partners and scores", all(c["partners"] and c["scores"] for c in d["consortia"])),
    ("claims with baselines that are model ids", any(cl.get("baseline") in {x["id"] for x in ms} for m in ms for cl in m["claims"])),
    ("a few consortia hold most models", sizes[0] + sizes[1] > len(ms) / 2),
]
for name, good in checks:
    print("%d %s" % (0 if good else 1, name))
PYEOF
while read -r st name; do ok "$st" "generated: $name"; done < "$tmp/checks"

tsv=$("$DOKPAMO" --data "$tmp/a.json" list --sort -params_total_b --format tsv)
ok $? "list --sort -params_total_b on the generated catalogue"
is "$(printf '%s\n' "$tsv" | wc -l | tr -d ' ')" 3001 "one line per model plus the header"
printf '%s\n' "$tsv" | awk -F'\t' -v P="$PCOL" 'NR > 1 { if ($P == "") seen_null = 1; else if (seen_null || (prev != "" && $P + 0 > prev + 0)) bad = 1; if ($P != "") prev = $P } END { exit bad }'
ok $? "sizes descend and unknown sizes come last"
is "$(printf '%s\n' "$tsv" | awk -F'\t' -v P="$PCOL" '{ print NF }' | sort -u)" "$NCOL" "$NCOL cells on every line"
done_testing
