#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tmux.sh — the browser of `dokpamo --ssh` on a real terminal (a private
# tmux), as sshd starts it without a command: Hangul draws under a locale
# the system lacks; in Compare `e` writes no file but prints the Markdown
# on the terminal or copies it (OSC 52); --idle-exit and a hangup end the
# session. The real sshd is .ci/stages/55-ssh.sh.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"
W=$(mktemp -d "${TMPDIR:-/tmp}/dp-ssh-tmux.XXXXXX")
trap 'tm_cleanup; rm -rf "$W"' EXIT
mkdir -p "$W/home" "$W/bin/data"
# --ssh ignores $DOKPAMO_DATA: a copy of the binary with the dataset next
# to it, as in the build tree (a VPATH build has none there).
cp "$DOKPAMO" "$W/bin/dokpamo" && cp "$DATA" "$W/bin/data/consortia.json" || exit 1
SSHBIN=$W/bin/dokpamo

# ssh_start COLS ROWS LANG [DOKPAMO OPTION...]: the session "t" running
# dokpamo --ssh in $W/home with HOME there, as sshd would, then "EXIT=N".
ssh_start() {
    cols=$1 rows=$2 lang=$3
    shift 3
    # The spare session keeps the server up while "t" is replaced (see
    # tm_start): a server that exits with its last session can swallow the
    # next new-session, and the test times out on an empty screen.
    tm has-session -t keep > /dev/null 2>&1 || tm new-session -d -s keep "sleep 3600"
    tm kill-session -t t > /dev/null 2>&1
    tm new-session -d -s t -x "$cols" -y "$rows" -c "$W/home" \
        "env -i TERM=xterm-256color HOME=$W/home PATH=/usr/bin:/bin LANG=$lang SSH_ORIGINAL_COMMAND= \
         $SSHBIN --ssh $*; echo EXIT=\$?; sleep 60"
    tm set-option -t t status off > /dev/null
}

# ---- a locale the system lacks still draws Hangul (and picks Korean) ----
ssh_start 100 30 ko_XX.UTF-8
tm_wait "독자 AI 파운데이션 모델"
ok $? "LANG=ko_XX.UTF-8 (missing): the Korean title in Hangul"
like "$(tm_capture)" "매개변수|파라미터" "... and the Korean pane titles"
ssh_start 100 30 C
tm_wait "독자 AI 파운데이션 모델"
ok $? "LANG=C: C.UTF-8 all the same, Hangul draws"
ssh_start 100 30 en_XX.UTF-8
tm_wait "Korea's sovereign AI"
ok $? "LANG=en_XX.UTF-8 (missing): English"

# ---- Compare: e writes no file; p prints, y copies ----
touch "$W/marker"
tm_keys / K-EXA Enter Space / 'A.X K1' Enter Space c
tm_wait "row 1/"
ok $? "Compare opens on two marked models"
tm_keys e
tm_wait "over SSH no file is written: p print to the terminal  y copy (OSC 52)  Esc cancel"
ok $? "e: no file name prompt, the choices instead"
tm_keys x
tm_wait "e export  y copy  q close"
ok $? "any other key closes the choice"
tm_keys e
tm_wait "over SSH no file is written" > /dev/null
tm set-buffer -b dp p
tm paste-buffer -p -d -b dp -t t
tm_wait "paste ignored"
ok $? "a pasted p does not answer the choice: it closes it and says the paste was ignored"
screen=$(tm_capture)
case $screen in *"printed above"*) false ;; *"Compare · 2 models"*) true ;; *) false ;; esac
ok $? "... back in Compare, nothing printed"
tm_keys e p
tm_wait "(Markdown: printed above; no file was written. Press Enter to return)"
ok $? "p: the Markdown on the terminal"
# The printed Markdown ends with the cited sources: the table is in the scrollback.
like "$(tm_capture -J -S -)" "\\| Attribute +\\| K-EXAONE 2\\.0 +\\| A.X K1" "... the comparison's table"
tm_keys Enter
tm_wait "Markdown: printed to the terminal (no file)"
ok $? "Enter: back in Compare"
tm_keys e y
tm_wait "(OSC 52"
ok $? "y: copied through OSC 52"
new=$(find "$W" -newer "$W/marker" -type f | sort)
is "$new" "" "no file was written (home, working directory)"
tm_keys q q
tm_wait "EXIT=0"
ok $? "q q: exit 0"

# ---- --idle-exit ----
ssh_start 100 30 C.UTF-8 --idle-exit 0.03
tm_wait "독자 AI"
tm_wait "EXIT=0" 15
ok $? "--idle-exit 0.03: the browser quits by itself"
like "$(tm_capture)" "dokpamo: no key for 1 s \\(--idle-exit\\): quitting" "... and says why"

# ---- the client goes away: the pane closes, dokpamo ends ----
tm has-session -t keep > /dev/null 2>&1 || tm new-session -d -s keep "sleep 3600"
tm kill-session -t t > /dev/null 2>&1
tm new-session -d -s t -x 100 -y 30 -c "$W/home" \
    "exec env -i TERM=xterm-256color HOME=$W/home LANG=C.UTF-8 SSH_ORIGINAL_COMMAND= $SSHBIN --ssh"
tm_wait "독자 AI"
pid=$(tm display-message -p -t t '#{pane_pid}')
tm kill-session -t t
poll 2 proc_gone "$pid"
ok $? "the terminal hung up: dokpamo (pid $pid) ended within 2 s"
done_testing
