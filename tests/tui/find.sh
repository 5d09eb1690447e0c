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
done_testing
