#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# In a real terminal (tmux), every row of every pane lines up — Hangul,
# Latin and numbers, including truncated cells — and the real screen is the
# same as the headless one. For each state the headless mode gives the
# layout (:layout) and the screen (:dump); tmux runs the binary with the
# same keys; check-align.py checks the capture by display width.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"

# state NAME COLS ROWS LANG [TMUX-KEY...]
state() {
    name=$1 cols=$2 rows=$3 lang=$4
    shift 4
    : > "$TM_DIR/keys"
    for k in "$@"; do
        case $k in
        Enter) echo "<Enter>" ;;
        Tab) echo "<Tab>" ;;
        *) echo "$k" ;;
        esac >> "$TM_DIR/keys"
    done
    printf ':layout\n:dump\n' >> "$TM_DIR/keys"
    $DP --lang "$lang" --headless-script "$TM_DIR/keys" --size "${cols}x$rows" > "$TM_DIR/headless"
    grep '^layout ' "$TM_DIR/headless" > "$TM_DIR/layout"
    grep -v '^layout ' "$TM_DIR/headless" | sed 's/ *$//' > "$TM_DIR/want"

    tm_start "$cols" "$rows" "$DP --lang $lang"
    tm_wait "$(head -1 "$TM_DIR/want" | cut -c1-12)" > /dev/null
    for k in "$@"; do
        tm_keys "$k"
    done
    tm_wait_same "$TM_DIR/want"
    ok $? "$name: tmux shows the headless screen"
    tm_capture > "$TM_DIR/cap"
    "$PY" "$top_srcdir/tests/tui/check-align.py" "$TM_DIR/cap" "$TM_DIR/layout" "$cols" "$rows" > "$TM_DIR/problems"
    st=$?
    sed 's/^/#   /' "$TM_DIR/problems" | head -20
    ok $st "$name: every pane row lines up at ${cols}x$rows"
    tm_keys q
}

state first-ko 80 24 ko
state first-en 80 24 en
state wide-ko 160 48 ko
state wide-en 160 48 en
state odd-ko 97 31 ko
state min-ko 64 18 ko
state params-zoom 100 30 ko 1 z
state arch-zoom 100 30 ko 2 z
state partners-zoom 100 30 ko 3 z
state eval-zoom 150 30 ko 4 z
state eval-zoom-en 150 30 en 4 z
state filtered 80 24 ko f m o e Enter
state sorted-by-name 80 24 ko 3 s s 2 s
done_testing
