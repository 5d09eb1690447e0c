#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# progressive.sh — the first screen drawn from the file's head while the
# whole file loads (--preview): the preview's screen (held until the
# script's :load), the keys that wait for the whole data, the swap (each
# pane re-sorted, the selected model kept), q during a large load, and a
# load that fails after the preview (what and how it exits, as without it).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3)

# The preview: the first consortium's first two models; `t` (a screen)
# waits for the whole data; :load swaps it in, K-EXAONE still selected.
screen progressive-preview 80x24 --lang en --preview=2 <<'KEYS'
:dump
j
t
:dump
:status
:load
:dump
:status
KEYS
# The same keys in Korean, sorted on the preview: the sort is kept.
screen progressive-sort 80x24 --lang ko --preview=3 <<'KEYS'
s
:dump
:load
:dump
KEYS

if [ -z "$PY" ]; then
    tap_n=$((tap_n + 1))
    echo "ok $tap_n - failing loads, unsafe strings and q during a large load # SKIP no python"
    done_testing
    exit
fi

# A load that fails after the preview is drawn: the browser ends and says
# what the load says without a preview, with its exit status.
bad="$SCRATCH/bad.json"
"$PY" - "$DATA" "$bad" <<'PY'
import sys
t = open(sys.argv[1], encoding="utf-8").read()
i = t.rindex("}")
open(sys.argv[2], "w", encoding="utf-8").write(t[:i] + ", \"consortia\": 1}" + t[i + 1:])
PY
printf ':dump\n:load\n:dump\n' > "$SCRATCH/fail.keys"
"$DOKPAMO" --data "$bad" --lang en --preview=2 --headless-script "$SCRATCH/fail.keys" > "$SCRATCH/fail.out" 2> "$SCRATCH/fail.err"
st=$?
"$DOKPAMO" --data "$bad" list > /dev/null 2> "$SCRATCH/list.err"
lst=$?
is "$st" "$lst" "a load that fails after the preview: the exit status without it ($lst)"
is "$(cat "$SCRATCH/fail.err")" "$(cat "$SCRATCH/list.err")" "... and the same messages"
is "$(grep -c 'loading 0%' "$SCRATCH/fail.out")" 1 "... after one screen, the preview's"

# Sanitised strings beyond the preview: the warning once the browser ends.
unsafe="$SCRATCH/unsafe.json"
"$PY" - "$DATA" "$unsafe" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["consortia"][-1]["models"][0]["name"]["en"] += "\u001b[2J"
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
printf ':load\nq\n' > "$SCRATCH/unsafe.keys"
"$DOKPAMO" --data "$unsafe" --preview=2 --headless-script "$SCRATCH/unsafe.keys" > /dev/null 2> "$SCRATCH/unsafe.err"
ok $? "strings shown sanitised beyond the preview: exit 0"
"$DOKPAMO" --data "$unsafe" list > /dev/null 2> "$SCRATCH/unsafe-list.err"
is "$(cat "$SCRATCH/unsafe.err")" "$(cat "$SCRATCH/unsafe-list.err")" "... and the warning list gives"

# q during a large load (100,000 models, seconds to load): the browser
# ends at once with status 0, the load stopped (not waited for).
"$PY" "$top_srcdir/bench/gen.py" --models 100000 "$SCRATCH/100k.json" > /dev/null
printf ':dump\nq\n' > "$SCRATCH/q.keys"
out=$("$DOKPAMO" --data "$SCRATCH/100k.json" --lang en --preview=50 --headless-script "$SCRATCH/q.keys" 2>&1)
is "$?" 0 "q during a 100k load: exit 0"
like "$out" "1 consortia · 50 models · 0 ref .*loading 0%" "... the preview's screen first (50 models)"
printf 'q\n' > "$SCRATCH/q2.keys"
out=$("$DOKPAMO" --data "$SCRATCH/100k.json" --preview=50 --headless-script "$SCRATCH/q2.keys" 2>&1)
is "$?:$out" "0:" "... and before any screen is dumped, nothing said"
printf ':load\n:dump\nq\n' > "$SCRATCH/l.keys"
out=$("$DOKPAMO" --data "$SCRATCH/100k.json" --lang en --preview=50 --headless-script "$SCRATCH/l.keys" 2>&1)
like "$out" "6 consortia · 100000 models" "... and :load shows all of it"

got=$("$DOKPAMO" --preview=x list 2>&1; echo "exit $?")
is "$got" "dokpamo: preview takes a number of models from 0 (never) to 1000000, not 'x'
Try 'dokpamo --help' for more information.
exit 2" "--preview x is a usage error"
done_testing
