#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# One fact, one text (issue 11): list, show, the pane cell, the detail view
# and the Compare cell agree for every record and field in both languages,
# on the bundled data and on a wider generated dataset (7 stages, 3
# schemes of 6 parts, 12 benchmarks), which validate accepts and whose
# every stage and part the Evaluation pane and Compare show.
. "$top_srcdir/tests/lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || { echo "1..0 # SKIP $PY not installed"; exit 0; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$PY" "$top_srcdir/tests/catalog/consistency.py" "$DOKPAMO" "$DATA" | sed '/^1\.\./d' > "$tmp/a"
"$PY" "$top_srcdir/tests/catalog/gen-wide.py" "$DATA" "$tmp/wide.json"
"$DOKPAMO" --no-config validate "$tmp/wide.json" > "$tmp/v" 2>&1
rc=$?
"$PY" "$top_srcdir/tests/catalog/consistency.py" "$DOKPAMO" "$tmp/wide.json" wide | sed '/^1\.\./d' > "$tmp/b"
# Renumber the two runs into one plan.
i=0
cat "$tmp/a" "$tmp/b" | while IFS= read -r line; do
    case $line in
    "ok "*|"not ok "*) i=$((i + 1)); printf '%s\n' "$line" | sed "s/^\(not \)\{0,1\}ok [0-9]*/\1ok $i/" ;;
    *) printf '%s\n' "$line" ;;
    esac
done
n=$(cat "$tmp/a" "$tmp/b" | grep -c '^\(not \)\{0,1\}ok ')
if [ "$rc" -eq 0 ]; then echo "ok $((n + 1)) - validate accepts the 7-stage, 3-scheme dataset"; else
    echo "not ok $((n + 1)) - validate accepts the 7-stage, 3-scheme dataset"; sed 's/^/#   /' "$tmp/v" | head -5; fi
echo "1..$((n + 1))"
