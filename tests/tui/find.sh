#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# `/` incremental search (초성 ㅇㅅㅌ lands on Upstage), n/N, Esc; `f`
# filters shown in the title line, `F` clears them.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

screen search-choseong 80x24 --lang ko <<'KEYS'
/
ㅇㅅㅌ
:dump
:status
<Enter>
:status
3
:status
4
:status
KEYS
screen search-next 80x24 --lang en <<'KEYS'
/
exa
<Enter>
:status
n
:status
n
:status
N
:status
/
zzzz
:dump
<Esc>
:status
KEYS
screen filter-tag 80x24 --lang en <<'KEYS'
f
moe
:dump
<Enter>
:dump
:status
f
image
<Enter>
:dump
F
:dump
KEYS
screen filter-result 100x30 --lang en <<'KEYS'
f
elim
<Enter>
4
z
:dump
KEYS

# A partner's aliases are names too (issue 14 item 8): 카이스트 finds KAIST,
# 포스텍 POSTECH, in either language.
printf '3\n/\n카이스트\n<Enter>\n:status\n/\n포스텍\n<Enter>\n:status\n' > "$SCRATCH/alias.keys"
for l in en ko; do
    out=$("$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/alias.keys" --size 100x30 --lang $l)
    like "$(printf '%s\n' "$out" | sed -n 1p)" "pane=partners row=[0-9]+/74 current=KAIST " "/카이스트 in the Partners pane finds KAIST ($l)"
    like "$(printf '%s\n' "$out" | sed -n 2p)" "pane=partners row=[0-9]+/74 current=(POSTECH|포항공대) " "/포스텍 finds POSTECH ($l)"
done
done_testing
