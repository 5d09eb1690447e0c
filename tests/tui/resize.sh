#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Resize from 160x48 to 80x24 to 60x15 (below the minimum: a centred
# message with the size needed) and back; the selection survives.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

screen resize 160x48 --lang en <<'KEYS'
j
j
j
:dump
:resize 80 24
:dump
:resize 60 15
:dump
j
:resize 160 48
:dump
:status
KEYS

# The too-small message is centred by display width, in Korean too (it was
# centred by bytes: a Hangul syllable is 3 bytes and 2 columns).
printf ':dump\n' > "$SCRATCH/small.keys"
"$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/small.keys" --size 40x10 --lang ko > "$SCRATCH/small.out" 2>&1
"$PY" - "$SCRATCH/small.out" > "$SCRATCH/small.why" 2>&1 <<'PY'
import sys, unicodedata
def w(s): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
bad = 0
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    t = line.strip()
    if not t or t.startswith("==") or set(t) <= set("-+|"):
        continue
    left = len(line) - len(line.lstrip(" "))
    right = 40 - w(line.rstrip(" ")) if len(line) < 40 else len(line) - len(line.rstrip(" "))
    if abs(left - right) > 1:
        print("not centred (%d left, %d right): %s" % (left, right, t)); bad = 1
sys.exit(bad)
PY
ok $? "the too-small message is centred in Korean"
sed 's/^/# /' "$SCRATCH/small.why"
grep -q "dokpamo 화면은 최소" "$SCRATCH/small.out"
ok $? "the too-small message is in Korean in Korean mode"
done_testing
