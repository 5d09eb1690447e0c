#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tmux-progressive.sh — a large file on a real terminal: the first rows
# (the first consortium's first models) are on the screen while the rest
# loads, the title says so with the load's percentage; keys work meanwhile;
# when the load ends the whole dataset replaces them (re-sorted, the
# selected model kept); q during the load quits with status 0.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"
if ! [ -x "$PY" ] && ! command -v "$PY" > /dev/null 2>&1; then
    echo "1..0 # SKIP no python to generate the file"
    exit 0
fi
big="$TM_DIR/100k.json"
"$PY" "$top_srcdir/bench/gen.py" --models 100000 "$big" > /dev/null

run="sh -c '$DOKPAMO --data $big --lang en; echo EXIT=\$?; sleep 60'"
tm_start 80 24 "$run"
tm_wait "1 consortia · 200 models · 0 ref · loading" 30
ok $? "the first rows while the file loads: 200 models, the title says loading"
is "$(tm_capture | sed -n '4p' | cut -c1-50 | grep -c ' Naver ')" 1 "... the first consortium's models (Naver)"
tm_keys j
tm_wait "Parameters 2/200" 30
ok $? "... keys work meanwhile (j)"
tm_wait "6 consortia · 100000 models" 120
ok $? "the whole dataset once loaded"
! tm_capture | grep -q "loading"
ok $? "... and the title no longer says loading"
tm_capture | grep -q "^│Parameters [0-9]*/100000"
ok $? "... the pane holds every model"
tm_keys q
tm_wait "EXIT=0" 30
ok $? "q: status 0"

tm_start 80 24 "$run"
tm_wait "loading" 30
ok $? "again: the preview"
tm_keys q
tm_wait "EXIT=0" 30
ok $? "q during the load quits, status 0"
done_testing
