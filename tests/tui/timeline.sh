#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The Timeline view (t) and the Contradictions view (x), at 80x24 and
# 160x48 in Korean and English: every dated event in date order with the
# selected team's events marked (>), f keeps one team, Enter an event's
# detail, Esc back; x starts at the selected record's contradiction, Enter
# shows both sides with their sources. A contested value (A.X K1's 519B,
# the seeds say 500B) carries its mark in the Parameters pane, the detail
# view and Compare, and x from there leads to that contradiction.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

for lang in en ko; do
    for size in 80x24 160x48; do
        # The first model (K-EXAONE 2.0, LG) selected: LG's events marked.
        screen "timeline-$size-$lang" "$size" --lang "$lang" <<'KEYS'
t
:dump
f
:dump
<Enter>
:dump
<Esc>
:status
<Esc>
:status
KEYS
        screen "contradictions-$size-$lang" "$size" --lang "$lang" <<'KEYS'
/A.X K1
<Enter>
x
:dump
<Enter>
:dump
<Esc>
:status
q
:status
KEYS
    done
done
# From A.X K1's detail view: its values marked, x leads to the size
# contradiction, Esc back to the detail.
screen contradictions-from-detail 100x40 --lang en <<'KEYS'
/A.X K1
<Enter>
<Enter>
:dump
x
:dump
<Esc>
:status
KEYS
# Compare of A.X K1 and K-EXAONE: both totals contested.
screen contested-compare 100x30 --lang en <<'KEYS'
/A.X K1
<Enter>
<Space>
/K-EXAONE
<Enter>
<Space>
c
:dump
KEYS

out="$SCRATCH/timeline-80x24-en.out"
like "$(sed -n 1p "$out")" "Timeline · every team · [0-9]+ events" "timeline: the title says every team and how many"
dates=$(sed -n '3,23p' "$out" | grep -oE '^│ [ >] [0-9]{4}-[0-9]{2}-[0-9]{2}' | cut -c7-)
is "$(printf '%s\n' "$dates" | LC_ALL=C sort -c && echo sorted)" "sorted" "timeline: rows in date order"
like "$(grep -c '^│ > ' "$out")" "^[1-9]" "timeline: the selected team's (LG's) events carry the > mark"
like "$(sed -n '25p' "$out")" "Timeline · LG · " "timeline, f: one team (LG), named in the title"
is "$(sed -n '27,47p' "$out" | grep -c '^│ [ >] [0-9]' )" "$(sed -n '27,47p' "$out" | grep -c ' LG ')" \
    "timeline, f: every row is LG's"
like "$(cat "$out")" "status: screen=timeline" "timeline, Esc from an event's detail: back in the timeline"
like "$(tail -3 "$out")" "status: screen=main" "timeline, Esc: back on the main screen"

like "$(grep -m1 '2026-02-20' "$SCRATCH/timeline-160x48-en.out")" "2026-02-20 selection +Motif Technologies selected" \
    "timeline: Motif's selection on 2026-02-20"

out="$SCRATCH/contradictions-80x24-en.out"
like "$(sed -n 1p "$out")" "Contradictions · A.X K1 · [0-9]+" "contradictions: opened for the selected model"
like "$(grep '^│ > ' "$out" | head -1)" "A.X K1 size +A.X K1 +500B" "x: the cursor's row is A.X K1's size, marked"
like "$(cat "$out")" "Side 1 +500B \(5,000억\) +\[S1, S2, S3\]" "contradiction: one side with its sources"
like "$(cat "$out")" "Side 2 +총 519B / 활성 33B +\[P24, P25\]" "contradiction: the other side with its sources"
like "$(cat "$out")" "status: screen=contradictions" "Esc from a contradiction: back in the list"
like "$(tail -2 "$out")" "status: screen=main" "q: back on the main screen"

out="$SCRATCH/contradictions-from-detail.out"
like "$(grep 'Total parameters' "$out" | head -1)" "⇆519B \(sources disagree: contradiction" \
    "detail: A.X K1's total carries the mark and says the sources disagree"
like "$(grep -A1 'Total parameters' "$out" | sed -n 2p)" "^│ +a-x-k1-size\)" "detail: ... naming the contradiction"
like "$(grep -m1 'Contradictions ·' "$out")" "Contradictions · A.X K1" "x in the detail: A.X K1's contradictions"
like "$(cat "$out")" "status: screen=page" "Esc: back in the detail view"

out="$SCRATCH/contested-compare.out"
like "$(grep 'Total parameters' "$out")" "⇆236B.*⇆519B" "Compare: both contested totals carry the mark (K-EXAONE 236B, A.X K1 519B)"

# The Parameters pane: A.X K1's 519B and 33B marked, an uncontested value not.
out="$SCRATCH/timeline-160x48-en.out"
printf '1\nz\n:dump\n' > "$SCRATCH/pane.keys"
pane=$("$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/pane.keys" --size 120x30 --lang en)
like "$(printf '%s\n' "$pane" | grep 'A.X K1 ')" "⇆519B +⇆33B" "Parameters pane: A.X K1's contested 519B and 33B marked"
like "$(printf '%s\n' "$pane" | grep 'A.X K2 ')" " 692B " "Parameters pane: an uncontested value has no mark"
ascii=$("$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/pane.keys" --size 120x30 --lang en --ascii)
like "$(printf '%s\n' "$ascii" | grep 'A.X K1 ')" "!519B +!33B" "--ascii: the mark is !"

done_testing
