#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The reference models (issue 14, item 3), headless: hidden at first (the
# title counts both groups, the panes the programme's models); r shows
# them after the programme's models, each with its text mark (참고 / ref:
# the team cell in Parameters, the end of the name in Architecture); r
# again hides them; --references starts with them shown; a filter on the
# reference field decides by itself.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

screen refs-80x24-ko 80x24 --lang ko <<'KEYS'
:dump
r
:status
z
G
:dump
2
G
:dump
r
:dump
:status
KEYS
screen refs-80x24-en 80x24 --lang en <<'KEYS'
r
z
G
:dump
KEYS
screen refs-option-64x18 64x18 --lang en --references <<'KEYS'
:dump
2
z
G
:dump
KEYS
done_testing
