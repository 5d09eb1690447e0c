#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# A paste is text, never keys or answers: the browser turns on bracketed
# paste (mode 2004) and turns it off again; a bracketed paste goes into the
# open prompt as text (newlines and ESC shown as \n and \e), and is ignored
# outside one; a plain (unbracketed) paste or type-ahead never answers the
# overwrite question, which drops pending input before it asks.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"
W=$TM_DIR/work
mkdir -p "$W"

start() {
    tm_start_piped "$1" 100 30 "cd $W && $DP --lang en"
    tm_wait "L lang" > /dev/null
}
raw_has() { tm_raw_has "$@"; }
bottom_is_search() { tm_capture | sed '/^ *$/d' | tail -n 1 | grep -q '^/'; }

# ---- a bracketed paste into the / prompt ----
printf 'KEEP\n' > "$W/notes.md"
start bracketed
poll 5 raw_has bracketed '\033[?2004h'
ok $? "bracketed paste turned on (ESC [?2004h on the pty)"
tm_keys /
poll 5 bottom_is_search
ok $? "/ opens the search prompt"
tm set-buffer -b dp "$(printf 'K-EXAONE\ncenotes.md\ny')"
tm paste-buffer -p -d -b dp -t t
tm_wait '/K-EXAONE\ncenotes.md\ny' 5 > /dev/null
ok $? "the paste is in the prompt as text, its newlines shown as backslash-n"
is "$(cat "$W/notes.md")" KEEP "notes.md untouched: no key of the paste was a command"
is "$(ls "$W" | wc -l | tr -d ' ')" 1 "and nothing else written"
tm_keys BSpace BSpace BSpace
tm set-buffer -b dp "$(printf 'A\033[31mB\tC')"
tm paste-buffer -p -d -b dp -t t
tm_wait '/K-EXAONE\ncenotes.mdA\e[31mB\tC' 5 > /dev/null
ok $? "ESC and TAB in a paste are shown as backslash-e and backslash-t"
tm_keys Escape
tm set-buffer -b dp q
tm paste-buffer -p -d -b dp -t t
tm_wait "paste ignored" 5 > /dev/null
ok $? "a paste outside a prompt is ignored, and says so"
tm_keys q
tm_wait "EXIT=0" 5 > /dev/null
ok $? "the pasted q did not quit; the typed one did (exit 0)"
poll 5 raw_has bracketed '\033[?2004l'
ok $? "bracketed paste turned off on the way out (ESC [?2004l)"

# ---- a plain paste (no brackets): K-EXAONE⏎cenotes.md⏎y in one write ----
start plain
tm_keys /
poll 5 bottom_is_search
tm send-keys -t t -l "$(printf 'K-EXAONE\rcenotes.md\ry')"
tm_wait "notes.md exists; overwrite? (y/N)" 10 > /dev/null
ok $? "the overwrite question is asked"
is "$(cat "$W/notes.md")" KEEP "the pasted y did not answer it: notes.md kept"
tm_keys n
tm_wait "kept notes.md: not overwritten" 5 > /dev/null
ok $? "n keeps the file"
# A y typed after the question still answers it.
tm_keys e
tm send-keys -t t -l notes.md
tm_keys Enter
tm_wait "notes.md exists; overwrite? (y/N)" 5 > /dev/null
tm_keys y
tm_wait "wrote notes.md" 5 > /dev/null
ok $? "a y typed after the question overwrites"
like "$(head -1 "$W/notes.md")" "K-EXAONE|A.X|\\|" "notes.md now holds the comparison"
tm_keys Escape q
tm_wait "EXIT=0" 5 > /dev/null
ok $? "exit 0"
done_testing
