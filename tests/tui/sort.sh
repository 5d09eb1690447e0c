#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Every pane sorted by each of its columns in both directions: `s` moves to
# the next column, `S` reverses. Unknown values (— and ?) stay last in both
# directions. Each pane is zoomed so every row is on the screen.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"

# sort_keys PANE NCOLS: focus the pane, zoom, then for each column s and S.
sort_keys() {
    echo "$1"
    echo z
    echo ":dump"
    i=0
    while [ "$i" -lt "$2" ]; do
        printf 's\n:dump\nS\n:dump\n'
        i=$((i + 1))
    done
}

# (keys go through a file: a pipe would run `screen` in a subshell)
sort_keys 1 6 > "$SCRATCH/keys"; screen sort-params 120x18 --lang en < "$SCRATCH/keys"
sort_keys 2 17 > "$SCRATCH/keys"; screen sort-arch 120x18 --lang en < "$SCRATCH/keys"
sort_keys 3 4 > "$SCRATCH/keys"; screen sort-partners 100x62 --lang en < "$SCRATCH/keys"
sort_keys 4 13 > "$SCRATCH/keys"; screen sort-eval 150x18 --lang en < "$SCRATCH/keys"
# Korean collation (가나다, Hangul before Latin) on the partner names.
printf '3\nz\n<lt>\n<lt>\n<lt>\n:dump\nS\n:dump\n' > "$SCRATCH/keys"
screen sort-partners-ko 100x62 --lang ko < "$SCRATCH/keys"
done_testing
