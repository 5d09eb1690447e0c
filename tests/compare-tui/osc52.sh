#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# y copies the comparison as Markdown through OSC 52 (ESC ] 52 ; c ;
# base64 BEL). Headless, the sequence goes to $DOKPAMO_OSC52_LOG (never to
# stdout, where the screen dumps go); the test decodes it and compares it
# with `dokpamo compare --format md`.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
EXPECTED="$top_srcdir/tests/compare-tui/expected"
LOG="$SCRATCH/osc52.log"

# decode LOG N OUT: the Nth sequence of LOG, checked and decoded into OUT.
decode() {
    awk -v n="$2" 'BEGIN { RS = "\007" } NR == n { printf "%s", $0 }' "$1" > "$SCRATCH/seq"
    head -c 7 "$SCRATCH/seq" | od -An -c | tr -s ' ' > "$SCRATCH/head"
    tail -c +8 "$SCRATCH/seq" | base64 -d > "$3" 2> /dev/null
}

DOKPAMO_OSC52_LOG="$LOG"
export DOKPAMO_OSC52_LOG
screen copy 80x24 --lang en <<'KEYS'
/A.X K1
<Enter>
<Space>
/K-EXA
<Enter>
<Space>
c
y
:dump
d
y
KEYS
is "$(tr -cd '\007' < "$LOG" | wc -c | tr -d ' ')" 2 "two OSC 52 sequences, each ended by BEL"
is "$(grep -c "$(printf '\033')" "$SCRATCH/copy.out")" 0 "no escape sequence on stdout"

decode "$LOG" 1 "$SCRATCH/copy1.md"
is "$(cat "$SCRATCH/head")" " 033 ] 5 2 ; c ;" "the sequence starts with ESC ] 52 ; c ;"
"$DOKPAMO" --data "$DATA" --lang en compare k-exaone a-x-k1 --format md > "$SCRATCH/cli.md"
cmp -s "$SCRATCH/cli.md" "$SCRATCH/copy1.md"
ok $? "y: the base64 payload decodes to dokpamo compare --format md"
like "$(head -1 "$SCRATCH/copy1.md")" '^\| Attribute +\| K-EXAONE +\| A\.X K1 +\|$' "the copied Markdown is the comparison table"

decode "$LOG" 2 "$SCRATCH/copy2.md"
"$DOKPAMO" --data "$DATA" --lang en compare k-exaone a-x-k1 --format md --diff > "$SCRATCH/cli-diff.md"
cmp -s "$SCRATCH/cli-diff.md" "$SCRATCH/copy2.md"
ok $? "y after d: differences only, as dokpamo compare --diff"

# Headless without the log: nothing is sent anywhere, the screen says so.
unset DOKPAMO_OSC52_LOG
rm -f "$LOG"
screen copy-nowhere 80x24 --lang en <<'KEYS'
c
y
:dump
KEYS
is "$(grep -c "$(printf '\033')" "$SCRATCH/copy-nowhere.out")" 0 "without a terminal: no escape sequence on stdout"
ok "$([ ! -e "$LOG" ]; echo $?)" "without DOKPAMO_OSC52_LOG no log is written"
done_testing
