#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The real terminal: resize (SIGWINCH) without leftovers, colours and
# NO_COLOR, mouse clicks and wheel, and the terminal restored after q,
# SIGINT and SIGTERM.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"

# The frame's right edge on every row, i.e. nothing left over from a
# wider screen.
frame_ok() {
    tm_capture | "$PY" -c '
import sys, unicodedata
cols = int(sys.argv[1])
rows = sys.stdin.read().split("\n")[:int(sys.argv[2])]
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
bad = [i for i, r in enumerate(rows) if w(r.rstrip()) != cols]
sys.exit(1 if bad else 0)' "$1" "$2"
}

# ---- resize ----
tm_start 160 48 "$DP --lang en"
tm_wait "L lang  ? help  q quit"
ok $? "160x48: the whole hint line"
tm_keys j j j
tm_wait "Parameters 4/10"
tm resize-window -t t -x 80 -y 24
tm_wait "L lang  ? help  q quit ───┘"
ok $? "160x48 -> 80x24 redraws for the new size"
frame_ok 80 24
ok $? "80x24: every row ends at the frame, no leftovers"
tm resize-window -t t -x 60 -y 15
tm_wait "needs at least 64x18"
ok $? "60x15: says the size it needs"
like "$(tm_capture)" "this terminal is 60x15" "60x15: says the current size"
tm resize-window -t t -x 160 -y 48
tm_wait "L lang  ? help  q quit"
ok $? "back to 160x48"
like "$(tm_capture)" "Parameters 4/10" "the selection survived the resizes"
frame_ok 160 48
ok $? "160x48 again: every row ends at the frame"

# ---- colours ----
tm_keys q
tm_start 80 24 "$DP --lang en --color=always"
tm_wait "Parameters"
esc=$(printf '\033')
tm capture-pane -e -p -t t > "$TM_DIR/color"
grep -q "${esc}\[[0-9;]*3[0-7]m\|${esc}\[[0-9;]*38;5" "$TM_DIR/color"
ok $? "colours are used by default"
# Linked selection: K-EXAONE selected in Parameters highlights LG's rows
# (bold) in Partners and Evaluation.
tm_keys j j j
tm_wait "Parameters 4/10"
tm capture-pane -e -p -t t > "$TM_DIR/linked"
grep "LG CNS" "$TM_DIR/linked" | grep -q "${esc}\[[0-9;]*1[;m]\|${esc}\[1m"
ok $? "linked: LG's partners are highlighted when K-EXAONE is selected"
grep "Hancom" "$TM_DIR/linked" | grep -q "${esc}\[[0-9;]*1[;m]\|${esc}\[1m"
ok $? "linked: every LG partner row"
tm_keys q
tm_start 80 24 "NO_COLOR=1 $DP --lang en"
tm_wait "Parameters"
# The whole first frame, not its first rows (a loaded machine draws
# slowly): poll until the cursor row, in reverse video, is there.
rev_row() { tm capture-pane -e -p -t t > "$TM_DIR/mono" && grep -q "${esc}\[[0-9;]*7m K-EXAONE 2.0" "$TM_DIR/mono"; }
poll 10 rev_row
st=$?
! grep -q "${esc}\[[0-9;]*3[0-7]m\|${esc}\[[0-9;]*38;5\|${esc}\[[0-9;]*4[0-7]m" "$TM_DIR/mono"
ok $? "NO_COLOR: no colour escapes"
ok $st "NO_COLOR: the cursor row is still shown (reverse video)"
tm_keys q
tm_start 80 24 "$DP --lang en --color=never"
tm_wait "Parameters"
! tm capture-pane -e -p -t t | grep -q "${esc}\[[0-9;]*3[0-7]m"
ok $? "--color=never: no colour escapes"
tm_keys q

# ---- a locale that is not UTF-8: ASCII borders, bars and text ----
tm_start 80 24 "LC_ALL=C $DP --lang en"
tm_wait "|Parameters 1/10"
ok $? "C locale: ASCII frame"
! tm_capture | LC_ALL=C grep -q '[^ -~]'
ok $? "C locale: nothing but ASCII on the screen"
like "$(tm_capture)" "###" "C locale: bars drawn with #"
tm_keys q

# ---- mouse (SGR 1006 reports, as xterm sends them) ----
tm_start 80 24 "$DP --lang en"
tm_wait "▼Total"
# Click the Active header of Parameters (column 33, row 2; 1-based 34;3).
tm_keys -l "${esc}[<0;34;3M${esc}[<0;34;3m"
tm_wait "▼Active"
ok $? "a click on a header sorts by that column"
tm_keys -l "${esc}[<0;34;3M${esc}[<0;34;3m"
tm_wait "▲Active"
ok $? "a second click reverses"
# Click the third row of Partners: focus moves there.
tm_keys -l "${esc}[<0;10;17M${esc}[<0;10;17m"
tm_wait "Partners 3/74"
ok $? "a click on a row focuses the pane and selects the row"
# Wheel down over Parameters, in a fresh browser.
tm_keys q
tm_start 80 24 "$DP --lang en"
tm_wait "Parameters 1/10"
tm_keys -l "${esc}[<65;10;6M"
tm_wait "Parameters 4/10"
ok $? "the wheel scrolls the pane under the pointer"
tm_keys q

# ---- the terminal is restored ----
run_and_report() {
    # The shell prints the exit status and the tty mode after dokpamo.
    tm_start 80 24 "sh -c 'trap : INT; printf BEFORE\\\\n; $DP --lang en; echo EXIT=\$?; stty -a | tr \" \" \"\\\\n\" | grep -x -e echo -e -echo -e icanon -e -icanon | tr \"\\\\n\" \" \"; echo; sleep 30'"
    tm_wait "Parameters"
}
run_and_report
tm_keys q
tm_wait "EXIT=0"
ok $? "q exits 0"
cap=$(tm_capture)
like "$cap" "^BEFORE" "q: the screen before the browser is back"
tm_wait "icanon echo" > /dev/null
cap=$(tm_capture)
like "$cap" "icanon echo" "q: canonical mode and echo restored"
! printf '%s' "$cap" | grep -q "Parameters"
ok $? "q: nothing of the browser is left on the screen"

run_and_report
tm_keys C-c
tm_wait "EXIT=130"
ok $? "SIGINT (Ctrl-C) exits 130"
tm_wait "icanon echo" > /dev/null
like "$(tm_capture)" "icanon echo" "SIGINT: terminal restored"

run_and_report
shpid=$(tm display-message -p -t t '#{pane_pid}')
dppid=$(pgrep -P "$shpid" -x dokpamo | head -1)
[ -n "$dppid" ] && kill -TERM "$dppid"
tm_wait "EXIT=143"
ok $? "SIGTERM exits 143"
tm_wait "icanon echo" > /dev/null
like "$(tm_capture)" "icanon echo" "SIGTERM: terminal restored"
done_testing
