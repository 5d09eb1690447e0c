#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The Sources view on the real terminal: o lists the selected model's
# sources, Enter shows one with its URL, Esc comes back one step at a time
# (source -> list -> main screen), and the same from a detail view.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"

tm_start 100 30 "sh -c '$DP --lang en; echo EXIT=\$?; sleep 30'"
tm_wait "Parameters 1/10"
ok $? "the browser is up"
tm_keys o
tm_wait "Sources · K-EXAONE 2.0 · 5"
ok $? "o: the selected model's sources"
like "$(tm_capture)" "P64 +LG AI Research .* K-EXAONE 2\.0 README news list" "... each with publisher and title"
tm_keys j Enter
tm_wait "Source · P64"
ok $? "Enter: the source's detail"
like "$(tm_capture)" "URL +https://github\.com/LG-AI-EXAONE/K-EXAONE-2\.0 " "... with its URL"
like "$(tm_capture)" "Cited by +k-exaone, k-exaone-2-0," "... and what cites it"
tm_keys Escape
tm_wait "2/5  Enter detail  y copy URL  / search  s sort  q back  Q quit"
ok $? "Esc: back in the list, on the same source"
tm_keys Escape
tm_wait "Parameters 1/10"
ok $? "Esc: back on the main screen"
# From a detail view and back to it.
tm_keys Enter
tm_wait "Model · K-EXAONE 2.0"
tm_keys o
tm_wait "Sources · K-EXAONE 2.0 · 5"
ok $? "o in the detail view: the record's sources"
tm_keys q
tm_wait "Model · K-EXAONE 2.0"
ok $? "q: back in the detail view (q closes the innermost view)"
tm_keys Escape q
tm_wait "EXIT=0"
ok $? "q quits with status 0"
done_testing
