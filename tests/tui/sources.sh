#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The Sources view (o): the sources the selected record cites, at 80x24
# and 160x48 (the URL column), in Korean and English; Enter shows a
# source's detail (URL, what cites it), Esc comes back one step; from a
# detail view, o jumps to the record's sources and Esc returns to it; L
# switches the view's language.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

for lang in en ko; do
    for size in 80x24 160x48; do
        screen "sources-$size-$lang" "$size" --lang "$lang" <<'KEYS'
o
:dump
j
<Enter>
:dump
<Esc>
:dump
:status
<Esc>
:status
KEYS
    done
    # / finds a source by its words, s sorts by the next column on screen,
    # Esc clears the search first and goes back only then.
    screen "sources-search-sort-$lang" 80x24 --lang "$lang" <<'KEYS'
o
/
Hugging
<Enter>
:dump
s
:dump
<Esc>
:dump
<Esc>
:status
KEYS
    screen "sources-from-detail-$lang" 80x24 --lang "$lang" <<'KEYS'
j
<Enter>
o
:dump
G
<Enter>
:dump
<Esc>
<Esc>
:dump
:status
<Esc>
:status
KEYS
done
# A partner's sources, the language switched inside the view, and o twice.
screen sources-partner-lang 100x30 --lang en <<'KEYS'
3
o
:dump
L
:dump
o
:status
KEYS

done_testing
