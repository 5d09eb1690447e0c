#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tmux-locale.sh — issue 14 item 6 on a real terminal at 80x24: a locale
# that cannot show Hangul (LC_ALL=C) starts the browser in English, with
# no '?' for a Hangul letter, and says once on the status line how to get
# Korean; L does not switch to '?'s; --ascii in a UTF-8 locale keeps
# Hangul; a command says it on a terminal's stderr, never into a pipe.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"

tm_start 80 24 "LC_ALL=C $DP"
tm_wait "|Parameters 1/10"
ok $? "LC_ALL=C: the browser starts in English"
tm_capture > "$TM_DIR/c"
! grep -q '??' "$TM_DIR/c"
ok $? "LC_ALL=C: no ?? on the screen"
like "$(cat "$TM_DIR/c")" "Korea's sovereign AI" "LC_ALL=C: the title in English"
like "$(sed -n 24p "$TM_DIR/c")" "no Hangul in locale C: English \\(for Korean: LANG=C\\.UTF-8\\)" \
    "LC_ALL=C: the status line says how to get Korean"
tm_keys j
tm_wait "Parameters 2/10"
! tm_capture | grep -q "no Hangul in locale"
ok $? "said once: gone after a key"
tm_keys L
tm_wait "no Hangul in locale C"
! tm_capture | grep -q '??'
ok $? "L under LC_ALL=C: the hint again, no ?? (still English)"
tm_keys q

tm_start 80 24 "LANG=C LC_ALL= $DP"
tm_wait "no Hangul in locale C"
ok $? "LANG=C: the same"
tm_keys q

# --ascii is for borders: in a UTF-8 locale the Hangul stays.
tm_start 80 24 "$DP --ascii"
tm_wait "|파라미터 1/10"
ok $? "--ascii in a UTF-8 locale: ASCII frame, Hangul kept"
! tm_capture | grep -q '??'
ok $? "--ascii: no ?? on the screen"
tm_keys q

# A command: English; the hint on a terminal's stderr, not into a pipe.
tm_start 80 24 "sh -c 'LC_ALL=C $DP list > /dev/null; echo exit=\$?; read x'"
tm_wait "exit=0"
like "$(tm_capture)" "dokpamo: no Hangul in locale C: English \\(for Korean: LANG=C\\.UTF-8\\)" \
    "list under LC_ALL=C on a terminal: the hint on stderr"
tm_start 80 24 "sh -c 'LC_ALL=C $DP list 2>&1 | head -1; echo exit=\$?; read x'"
tm_wait "exit=0"
tm_capture > "$TM_DIR/pipe"
like "$(cat "$TM_DIR/pipe")" "^Model +Team" "list under LC_ALL=C into a pipe: English heads"
! grep -q "no Hangul" "$TM_DIR/pipe"
ok $? "... and no hint (stderr was a pipe)"
done_testing
