#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Issue 14, item 5, headless: F6 opens a menu of the focused pane's columns
# on the screen (htop's sort menu) and sorts by the one chosen; `s` cycles
# through the columns on the screen only (today's `s` went on to columns
# out of sight: ▲역할, ▲1차 발표회); rows out of view are counted in the
# pane's title (↑ 2개 더 / ↓ 7 more), after a sort too; selecting a model
# brings its team's rows into view in the other panes from the first one
# (배키: NC AI's partners, not eight LG partners and one of NC AI's).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

# The menu in Partners at 80x24: Partner, Kind, Team (Role has no room).
screen sort-menu-ko 80x24 --lang ko <<'KEYS'
3
<F6>
:dump
k
<Enter>
:dump
<F6>
<Enter>
:dump
<F6>
<Esc>
:dump
KEYS
out="$SCRATCH/sort-menu-ko.out"
menu=$(sed -n '1,24p' "$out" | grep -o '│ │ [ ▲▼] [^ │]*' | sed 's/│ │ [ ▲▼] //' | tr '\n' ' ')
is "$menu" "참여기관 유형 팀 " "F6 in Partners: the three columns on the screen, in their order"
like "$(sed -n '25,48p' "$out" | grep '│참여기관')" "▲유형│" "Enter on 유형: sorted by it, ascending"
like "$(sed -n '49,72p' "$out" | grep '│참여기관')" "▼유형│" "F6 Enter again on the sort key: reversed"
like "$(sed -n '73,96p' "$out" | grep '│참여기관')" "▼유형│" "F6 Esc: the menu closes, the sort unchanged"

screen sort-menu-en 80x24 --lang en <<'KEYS'
1
<F6>
:dump
j
<Space>
:dump
KEYS
like "$(sed -n '1,24p' "$SCRATCH/sort-menu-en.out" | grep -c '│ │ [ ▲▼] ')" "^[3-6]$" \
    "F6 in Parameters (English): one line per column on the screen (the bar, a drawing of Total, not twice)"
like "$(sed -n '25,48p' "$SCRATCH/sort-menu-en.out" | grep '│Parameters')" "Active│" \
    "Space on the line under the sort key (Total): sorted by Active"

# s and < cycle through the columns on the screen only, both ways.
printf '3\n' > "$SCRATCH/keys"
for i in 1 2 3 4 5 6; do printf 's\n:dump\n' >> "$SCRATCH/keys"; done
for i in 1 2 3 4; do printf '<lt>\n:dump\n' >> "$SCRATCH/keys"; done
screen sort-cycle-ko 80x24 --lang ko < "$SCRATCH/keys"
keys=$(grep '^│참여기관 ' "$SCRATCH/sort-cycle-ko.out" | sed 's/^│참여기관[^│]*\([▲▼][^│]*\)│.*/\1/' | tr '\n' ' ')
is "$keys" "▲참여기관 ▲유형 ▲팀 ▲참여기관 ▲유형 ▲팀 ▲유형 ▲참여기관 ▲팀 ▲유형 " \
    "s, then <: Partners sorts by 참여기관, 유형, 팀 only (never 역할, out of sight)"
# Evaluation, zoomed: its header is the third line.
printf '4\nz\n' > "$SCRATCH/keys"
for i in 1 2 3 4 5 6 7 8; do printf 's\n:dump\n' >> "$SCRATCH/keys"; done
screen sort-cycle-eval 80x24 --lang ko < "$SCRATCH/keys"
bad=0
for k in $(grep '│평가 ' "$SCRATCH/sort-cycle-eval.out" | sed 's/.*[▲▼]\([^│]*\)│.*/\1/' | tr ' ' '_'); do
    k=$(printf '%s' "$k" | tr '_' ' ')
    sed -n 3p "$SCRATCH/sort-cycle-eval.out" | grep -qF "${k%%/*}" || bad=$((bad + 1)) # a head may be cut: 벤치마크…
done
is "$bad" 0 "s in Evaluation: every sort key is a column head on the screen (no ▲1차 발표회)"

# Rows out of view: counted in the title, after a sort that keeps the
# selection far down.
screen scroll-marks 80x24 --lang ko <<'KEYS'
:dump
G
:dump
s
:dump
KEYS
out="$SCRATCH/scroll-marks.out"
like "$(sed -n 2p "$out")" "^│파라미터 1/10  ↓ 2개 더 " "the first screen: ↓ 2개 더 under Parameters"
like "$(sed -n 26p "$out")" "^│파라미터 10/10  ↑ 2개 더 " "G: ↑ 2개 더, nothing below"
like "$(sed -n 50p "$out")" "^│파라미터 [0-9]+/10  ↑[ 0-9]" "after s (a sort that keeps the row far down): the rows above are marked"

# The linked group in view: 배키 selected, Partners shows NC AI's partners
# from the first one down; Evaluation shows NC AI.
screen linked-vaetki 80x24 --lang ko <<'KEYS'
/배키
<Enter>
:dump
KEYS
out="$SCRATCH/linked-vaetki.out"
like "$(sed -n 15p "$out")" "^│ [^ ].* NC AI +│" "배키: the first partner row on the screen is NC AI's"
lg_rows=$(sed -n '15,23p' "$out" | grep -c '  LG  ')
is "$lg_rows" 0 "배키: no LG partner row above NC AI's"
done_testing
