#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The first screen at 80x24 and 160x48, in Korean and English.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

screen first-80x24 80x24 --lang ko <<'KEYS'
:dump
:status
KEYS
screen first-160x48 160x48 --lang ko <<'KEYS'
:dump
KEYS
screen first-80x24-en 80x24 --lang en <<'KEYS'
:dump
KEYS
screen first-160x48-en 160x48 --lang en <<'KEYS'
:dump
KEYS
done_testing
