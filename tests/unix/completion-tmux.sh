#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# completion-tmux.sh — the bash completion in a real interactive bash in
# tmux (readline does the quoting): names with spaces and Korean names
# complete to one shell word, and the completed command line runs.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"
if ! command -v bash > /dev/null 2>&1; then
    echo "1..0 # SKIP bash not installed"
    exit 0
fi
mkdir -p "$TM_DIR/bin" && ln -s "$DOKPAMO" "$TM_DIR/bin/dokpamo"
cat > "$TM_DIR/rc" <<EOT
PS1='$ '
PATH='$TM_DIR/bin':\$PATH
DOKPAMO_DATA='$DATA'
XDG_CONFIG_HOME='$TM_DIR/none'
export DOKPAMO_DATA XDG_CONFIG_HOME
bind 'set bell-style none'
. '$top_srcdir/completions/dokpamo.bash'
EOT
tm_start 100 30 bash --rcfile "$TM_DIR/rc" --noprofile -i
tm_wait '$ ' > /dev/null

# complete TYPED WANT: types TYPED, presses Tab, then " --no-config" (so
# that the space after a unique completion shows), waits for the line to
# read WANT; then runs it and checks that it exits 0.
complete_and_run() {
    tm send-keys -t t C-c   # also ends a quote left open by a failed case
    tm send-keys -t t -l clear
    tm send-keys -t t Enter
    tm send-keys -t t -l "$1"
    tm send-keys -t t Tab
    tm send-keys -t t -l -- "--no-config"
    tm_wait "\$ $2--no-config" 5 > "$TM_DIR/wait"
    st=$?
    is "$st" 0 "bash completes '$1' to '$2'"
    [ "$st" -eq 0 ] || sed 's/^/#   /' "$TM_DIR/wait"
    tm send-keys -t t -l "> /dev/null; echo \"rc=\$?\""
    tm send-keys -t t Enter
    tm_wait "rc=0" 10 > /dev/null
    ok $? "... and '$2' runs: one word, found"
}
complete_and_run 'dokpamo show Motif\ T' 'dokpamo show Motif\ Technologies\ consortium '
complete_and_run "dokpamo compare K-EXAONE 'A.X K1" "dokpamo compare K-EXAONE 'A.X K1' "
complete_and_run 'dokpamo show 에이닷엑스\ 케' 'dokpamo show 에이닷엑스\ 케이원 '
complete_and_run "dokpamo show 업스" 'dokpamo show 업스테이지\ 컨소시엄 '
complete_and_run "dokpamo show 배" 'dokpamo show 배키 '
complete_and_run 'dokpamo --lang en show NC\ AI\ c' 'dokpamo --lang en show NC\ AI\ consortium '
done_testing
