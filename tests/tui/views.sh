#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Zoom and back, the detail view, help, language and units toggles, marks,
# headless mouse, and q.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

screen zoom 80x24 --lang en <<'KEYS'
2
z
:dump
<Esc>
:dump
4
z
z
:status
KEYS
screen detail 100x40 --lang en <<'KEYS'
j
j
<Enter>
:dump
<Esc>
4
<Enter>
:dump
<PgDn>
:dump
<Esc>
3
<Enter>
:dump
<Esc>
:status
KEYS
screen help 80x24 --lang en <<'KEYS'
?
:dump
<PgDn>
:dump
?
:status
KEYS
screen lang 80x24 --lang ko <<'KEYS'
L
:dump
L
:dump
KEYS
screen units 80x24 --lang en <<'KEYS'
u
:dump
u
:status
KEYS
screen marks 80x24 --lang en <<'KEYS'
<Space>
<Space>
:dump
c
:dump
<Esc>
k
<Space>
:status
KEYS
screen mouse 80x24 --lang en <<'KEYS'
:click 10 15
:status
:click 55 13
:dump
:click 55 13
:wheel down 10 5
:status
:click 30 2
:dump
KEYS
screen quit 80x24 <<'KEYS'
j
q
:dump
KEYS
screen ascii 80x24 --lang en --ascii <<'KEYS'
:dump
KEYS
# Not a terminal: no escape sequences into a pipe, exit 2 with a hint.
"$DOKPAMO" --data "$DATA" < /dev/null > "$SCRATCH/pipe.out" 2> "$SCRATCH/pipe.err"
is "$?" 2 "no terminal: exit 2"
is "$(cat "$SCRATCH/pipe.out")" "" "no terminal: nothing written to stdout"
like "$(cat "$SCRATCH/pipe.err")" "needs a terminal" "no terminal: says why"
done_testing
