#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tmux-newcomer.sh — issue 14 on a real terminal at 80x24: the footer
# holds `? help` and `q`, G in the detail view shows its last line, q
# closes Compare (marks and diff mode intact) and help, Q quits.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"

tm_start 80 24 "$DP --lang en"
tm_wait "? help  q quit"
ok $? "80x24: the footer shows ? help and q quit"
tm resize-window -t t -x 64 -y 24
tm_wait "c compare  ? help  q quit"
ok $? "64x24: still ? help and q quit"
tm resize-window -t t -x 80 -y 24
tm_wait "L lang  ? help  q quit"
# NAVER's consortium in Evaluation: G shows the note's last line.
tm_keys 4 j j j Enter
tm_wait "Consortium · NAVER"
tm_keys G
tm_wait "its team-specific benchmarks (P10)."
ok $? "detail, G: the last line of the note"
tm_capture | grep -q "└─ \([0-9]*\)/\1  "
ok $? "detail, G: the counter reads N/N"
tm_keys q
tm_wait "? help  q quit"
ok $? "q in the detail view: back to the main screen"
# Compare: i then Esc keeps Compare; q returns with marks and diff mode.
tm_keys 1 Space j Space c
tm_wait "q close"
tm_keys d
tm_wait "differences only"
tm_keys i
tm_wait "source"
tm_keys Escape
tm_wait "q close"
ok $? "Compare, i then Esc: still in Compare"
tm_keys q
tm_wait "· 2 marked"
ok $? "q in Compare: the main screen, both marks kept"
tm_keys c
tm_wait "q close"
tm_capture > "$TM_DIR/again"
grep -q "differences only" "$TM_DIR/again"
ok $? "c again: diff mode still on (identical rows hidden)"
tm_keys '?'
tm_wait "Help · dokpamo keys"
tm_keys Q
pane_dead() { tm list-panes -t t -F '#{pane_dead}' | grep -q 1; }
poll 5 pane_dead
ok $? "Q in help quits the program"

# ---- a terminal without cursor addressing is refused ----
tm_start 80 24 "TERM=dumb sh -c '$DP --lang en; echo exit=\$?; read x'"
tm_wait "exit=2"
ok $? "TERM=dumb: exit status 2"
like "$(tm_capture)" "dokpamo: the terminal \(TERM=dumb\) cannot move the cursor" "TERM=dumb: says why"
tm_start 80 24 "TERM=dumb sh -c '$DP --lang ko; echo exit=\$?; read x'"
tm_wait "exit=2"
like "$(tm_capture)" "dokpamo: 이 터미널\(TERM=dumb\)은 커서를 옮길 수 없어" "TERM=dumb in Korean mode: said in Korean"
done_testing
