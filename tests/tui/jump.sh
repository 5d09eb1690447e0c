#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# o goes from where the user is to the sources behind it, and Esc comes
# back to exactly there: from a detail view (the cursor on the first source
# of the line at the top of the page, or of the search's match; back on the
# page scrolled as it was), at 80x24 and 160x48 in both languages; from
# Compare's value (its i panel still open on return), the Timeline's row
# and an event's detail.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

for lang in en ko; do
    for size in 80x24 160x48; do
        # LG's detail, a page down: o, Enter on the source, Esc, Esc; then
        # the search's match (EXAONE ATOM, [S2]) and o again.
        screen "jump-detail-$size-$lang" "$size" --lang "$lang" <<'KEYS'
4
<Enter>
<PgDn>
:dump
o
:dump
<Enter>
:dump
<Esc>
:dump
<Esc>
:dump
/
A
T
O
M
<Enter>
o
:dump
<Esc>
:dump
:status
KEYS
    done
    screen "jump-views-$lang" 80x24 --lang "$lang" <<'KEYS'
c
j
j
j
i
o
:dump
<Esc>
:dump
q
t
j
o
:dump
<Esc>
:dump
<Enter>
o
:dump
<Esc>
:dump
<Esc>
:dump
:status
KEYS
done

done_testing
