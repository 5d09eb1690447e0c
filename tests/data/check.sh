#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The independent checker (tests/data/check_dataset.py, standard library
# only) agrees that the bundled dataset keeps the format and its facts.
. "$top_srcdir/tests/lib.sh"
out=$(/usr/bin/python3 "$top_srcdir/tests/data/check_dataset.py" 2>&1); rc=$?
is "$rc" 0 "check_dataset.py passes on the bundled dataset"
like "$out" "^ok: [0-9]+ consortia" "and prints its summary"
if [ "$rc" != 0 ]; then printf '%s\n' "$out" | sed 's/^/# /'; fi
is "$(printf '%s\n' "$out" | grep -c '^warning:')" 0 "no core field rests on uncertain sources only"
done_testing
