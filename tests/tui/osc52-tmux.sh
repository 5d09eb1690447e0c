#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# y on the main screen of the real terminal: the OSC 52 sequence the
# browser writes to the pty (tmux pipe-pane, the raw bytes), decoded,
# is the selected row as `dokpamo list --format md` prints it; after j,
# the next row; and the status line says so.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"
PARAMS="name,consortium,params_total_b,params_active_b,active_share"

tm_start_piped copy 100 30 "$DP --lang en 2> /dev/null"
tm_wait "Parameters 1/10" > /dev/null
ok $? "the browser is up"
tm_keys y
tm_wait "sent the row of K-EXAONE 2.0 to the terminal as Markdown" > /dev/null
ok $? "y: the status line says the row was copied"
tm_keys j y
tm_wait "sent the row of A.X K2 to the terminal as Markdown" > /dev/null
ok $? "j y: the next row"
tm_keys Q
tm_wait "EXIT=0" > /dev/null
ok $? "Q quits with status 0"

# The sequences in the raw stream: ESC ] 52 ; c ; base64 BEL.
"$PY" - "$TM_DIR/copy.raw" "$TM_DIR" <<'PY'
import base64, re, sys
raw = open(sys.argv[1], "rb").read()
seqs = re.findall(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)\x07", raw)
for i, s in enumerate(seqs, 1):
    open("%s/seq%d.md" % (sys.argv[2], i), "wb").write(base64.b64decode(s))
PY
is "$("$PY" - "$TM_DIR/copy.raw" <<'PY'
import re, sys
print(len(re.findall(rb"\x1b\]52;c;[A-Za-z0-9+/=]*\x07", open(sys.argv[1], "rb").read())))
PY
)" 2 "two OSC 52 sequences on the pty, each ended by BEL"
$DP --lang en list --columns "$PARAMS" --filter id=k-exaone-2-0 --format md | head -3 > "$TM_DIR/want1.md"
$DP --lang en list --columns "$PARAMS" --filter id=a-x-k2 --format md | head -3 > "$TM_DIR/want2.md"
cmp -s "$TM_DIR/want1.md" "$TM_DIR/seq1.md"
ok $? "the first decodes to the K-EXAONE 2.0 row with the heads"
cmp -s "$TM_DIR/want2.md" "$TM_DIR/seq2.md"
ok $? "the second to the A.X K2 row"
done_testing
