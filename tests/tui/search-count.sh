#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The / search tells where it is (issue 14, item 8): "match 1/2" in the
# prompt and after n/N, "wrapped to the top" (or bottom) when it goes
# round, the matching rows highlighted (:attrs prints the text drawn in
# the match style); Ctrl-U/Ctrl-W edit the line, Backspace on an empty
# line cancels; and / works in help and in the detail view, less-like.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
run() {
    cat > "$SCRATCH/keys"
    "$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/keys" --size 80x24 "$@" > "$SCRATCH/out" 2>&1
}
# block N: what the script printed after its ":echo == N" line
block() { awk -v n="== $1" '$0 == n {on = 1; next} /^== [0-9]+$/ {on = 0} on' "$SCRATCH/out"; }
# bottom N: the last screen line of block N
bottom() { block "$1" | sed -n 24p; }

# Two models match VAET in the Parameters pane.
run --lang en <<'KEYS'
/VAET
:echo == 1
:dump
:echo == 2
:attrs
<Enter>
:echo == 3
:dump
n
:echo == 4
:dump
n
:echo == 5
:dump
N
:echo == 6
:dump
KEYS
like "$(bottom 1)" '^/VAET  match 1/2$' "the prompt counts the matches: match 1/2"
like "$(block 2)" '^match [0-9]+: VAETKI-.*7B-A1B' "the other match is highlighted (its name cut in the middle)"
is "$(block 2 | wc -l | tr -d ' ')" 1 "... and nothing else"
like "$(bottom 3)" '^└ match 1/2 ─' "Enter: the status line keeps the count"
like "$(bottom 4)" '^└ match 2/2 ─' "n: match 2/2"
like "$(bottom 5)" '^└ match 1/2 · wrapped to the top ─' "n past the last: wrapped to the top"
like "$(bottom 6)" '^└ match 2/2 · wrapped to the bottom ─' "N before the first: wrapped to the bottom"

# In Korean.
run --lang ko <<'KEYS'
/VAET
:echo == 1
:dump
<Enter>
n
n
:echo == 2
:dump
KEYS
like "$(bottom 1)" '^/VAET  일치 1/2$' "ko: the count"
like "$(bottom 2)" '^└ 일치 1/2 · 끝까지 찾아 처음부터 다시 ─' "ko: the wrap notice"

# The line editor: Ctrl-W a word, Ctrl-U the line, Backspace on empty
# cancels and puts the cursor back where the search started.
run --lang en <<'KEYS'
j
j
/solar open<C-w>
:echo == 1
:dump
<C-u>
:echo == 2
:dump
VAET
:echo == 3
:status
<C-u>
<BS>
:echo == 4
:dump
:status
KEYS
like "$(bottom 1)" '^/solar +match 1/1$' "Ctrl-W takes back the last word"
like "$(bottom 2)" '^/$' "Ctrl-U empties the line"
like "$(block 3)" 'current=VAETKI ' "typing again searches again"
like "$(bottom 4)" '^└.*search.*┘$' "Backspace on the empty line closes the prompt"
like "$(block 4 | sed -n 25p)" 'row=3/10' "... and the cursor is back where the search started"

# / in help: the first line that matches, highlighted; n goes round.
run --lang en <<'KEYS'
?
/OSC 52
:echo == 1
:dump
:echo == 2
:attrs
<Enter>
n
:echo == 3
:dump
KEYS
like "$(bottom 1)" '^/OSC 52  match 1/1$' "help: / counts the matching lines"
like "$(block 1 | sed -n 2p)" 'OSC 52' "help: the matching line is brought into view"
like "$(block 2)" '^match 1: .*Markdown, or a URL \(OSC 52\)' "help: the matching line is highlighted"
like "$(bottom 3)" 'match 1/1 · wrapped to the top' "help: n goes round, and says so"

# / in the detail view of NAVER's model, n and N.
run --lang en <<'KEYS'
/HyperCLOVA X SEED 32B
<Enter>
<Enter>
/naver
:echo == 1
:dump
<Enter>
n
:echo == 2
:dump
N
:echo == 3
:dump
q
:echo == 4
:status
KEYS
like "$(bottom 1)" '^/naver  match 1/[0-9]+$' "detail: / counts the matching lines"
n=$(bottom 1 | sed 's#.*/##')
[ "$n" -ge 2 ]
ok $? "detail: more than one line mentions naver ($n)"
like "$(bottom 2)" "match 2/$n" "detail: n, the next"
like "$(bottom 3)" "match 1/$n" "detail: N, back"
like "$(block 4)" 'screen=main' "q closes the detail view"
done_testing
