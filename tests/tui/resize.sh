#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Resize from 160x48 to 80x24 to 60x15 (below the minimum: a centred
# message with the size needed) and back; the selection survives.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

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
done_testing
