#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Signals and terminal restore, on the real browser in tmux: SIGHUP (an
# SSH drop), SIGINT, SIGTERM end it with 128+N and the terminal restored;
# closing the terminal ends it without spinning; Ctrl-Z suspends (the shell's
# screen is back) and SIGCONT redraws; invalid UTF-8 typed does not end it.
# And SIGPIPE: `dokpamo ... | head -1` ends quietly.
. "$top_srcdir/tests/lib.sh"
if ! command -v tmux > /dev/null 2>&1; then
    echo "1..0 # SKIP tmux not installed"
    exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/dp-sig.XXXXXX")
SOCK="dp-sig-$$"
n_server=0
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server > /dev/null 2>&1; rm -rf "$T"' EXIT

cat > "$T/wrap.sh" << WRAP
cd "$T" || exit 1
trap : INT
printf 'SHELL-BEFORE\n'
"$DOKPAMO" --data "$DATA" --lang en "\$@"
echo "EXIT=\$?"
stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ' '
echo
exec sleep 3600
WRAP

alt() { [ "$(tm display-message -p -t t '#{alternate_on}' 2> /dev/null)" = "$1" ]; }
seen() { tm capture-pane -p -t t 2> /dev/null | grep -q -- "$1"; }
stopped() { case $(ps -o stat= -p "$1" 2> /dev/null) in T*) return 0 ;; esac; return 1; }

# start: a fresh server and browser; sets $pid.
start() {
    tm kill-server > /dev/null 2>&1
    n_server=$((n_server + 1))
    SOCK="dp-sig-$$-$n_server"
    tm new-session -d -s t -x 80 -y 24 "env TERM=xterm-256color LC_ALL=C.UTF-8 sh $T/wrap.sh"
    tm set-option -g status off > /dev/null
    poll 20 seen "Parameters"
    shpid=$(tm display-message -p -t t '#{pane_pid}')
    pid=$(pgrep -P "$shpid" | head -1)
}

# ended NAME STATUS: the browser exited with STATUS and left the terminal as it was.
ended() {
    poll 10 seen "^EXIT="
    is "$(tm capture-pane -p -t t | sed -n 's/^EXIT=//p')" "$2" "$1: exit status $2"
    alt 0
    ok $? "$1: the alternate screen is off"
    poll 5 seen "icanon"
    like "$(tm capture-pane -p -t t)" "^SHELL-BEFORE" "$1: the shell's screen is back"
    like "$(tm capture-pane -p -t t)" "^icanon echo" "$1: canonical mode and echo restored"
}

start
kill -HUP "$pid"
ended "SIGHUP" 129
start
tm send-keys -t t C-c
ended "SIGINT (Ctrl-C)" 130
start
kill -TERM "$pid"
ended "SIGTERM" 143

# Closing the terminal (the pty goes away): the browser ends, quickly,
# rather than spinning on a dead input.
start
tm kill-server
poll 10 proc_gone "$pid"
ok $? "terminal closed: the browser ends"

# Ctrl-Z suspends with the terminal restored; fg (SIGCONT) redraws. This
# needs a job-control shell: in an orphaned process group the kernel drops
# terminal stop signals.
SH=$(command -v bash || command -v sh)
tm kill-server > /dev/null 2>&1
n_server=$((n_server + 1))
SOCK="dp-sig-$$-$n_server"
tm new-session -d -s t -x 80 -y 24 "env TERM=xterm-256color LC_ALL=C.UTF-8 PS1='$ ' ENV=/dev/null $SH -i"
tm set-option -g status off > /dev/null
poll 10 seen '^\$'
tm send-keys -t t -l "printf 'SHELL-BEFORE\\n'; '$DOKPAMO' --data '$DATA' --lang en"
tm send-keys -t t Enter
poll 20 seen "Parameters"
pid=$(pgrep -P "$(tm display-message -p -t t '#{pane_pid}')" | head -1)
tm send-keys -t t j j
poll 10 seen "Parameters 3/"
tm send-keys -t t C-z
poll 10 stopped "$pid"
ok $? "Ctrl-Z: the browser is stopped"
poll 10 alt 0
ok $? "Ctrl-Z: the alternate screen is off while stopped"
like "$(tm capture-pane -p -t t)" "SHELL-BEFORE" "Ctrl-Z: the shell's screen is shown"
tm send-keys -t t -l "fg"
tm send-keys -t t Enter
poll 10 alt 1
ok $? "fg: back on the alternate screen"
poll 10 seen "Parameters 3/"
ok $? "fg: the browser is redrawn, selection kept"
tm send-keys -t t j
poll 10 seen "Parameters 4/"
ok $? "fg: keys work again"
tm send-keys -t t q
poll 5 alt 0
tm send-keys -t t -l 'echo EXIT=$?'
tm send-keys -t t Enter
poll 10 seen "^EXIT="
is "$(tm capture-pane -p -t t | sed -n 's/^EXIT=//p')" 0 "q after Ctrl-Z and fg: exit status 0"
poll 5 alt 0
ok $? "q after Ctrl-Z and fg: the alternate screen is off"

# Invalid UTF-8 typed (more than MB_LEN_MAX bytes of it) does not end it.
start
tm send-keys -t t -H ed a0 80 ff fe c0 af e0 80 af f4 90 80 80 80 bf e3 85 c3 28 c3
sleep 0.5
kill -0 "$pid"
ok $? "invalid UTF-8 input: the browser is still running"
tm send-keys -t t j j
poll 5 seen "Parameters 3/"
ok $? "invalid UTF-8 input: the keys after it still work"
tm send-keys -t t Escape
sleep 0.2
tm send-keys -t t q
ended "q after invalid UTF-8" 0

# SIGPIPE: a reader that stops early. Output bigger than a pipe buffer.
out=$( { "$DOKPAMO" --data "$DATA" list --format json; "$DOKPAMO" --data "$DATA" --lang en show alpha-500b 2>&1; } | head -1)
like "$out" "^\[" "list | head -1 prints the first line"
for cmd in "list --format json" "list --format tsv" "show k-exaone" "compare k-exaone a.x-k1"; do
    # Repeat the command into one pipe until it breaks: the one that meets the
    # closed pipe must die of SIGPIPE (141) or exit 74, and say nothing.
    # shellcheck disable=SC2086
    res=$( { i=0; while [ $i -lt 200 ]; do "$DOKPAMO" --data "$DATA" $cmd 2>> "$T/pipe-err" || { echo "$?" > "$T/pipe-rc"; break; }; i=$((i + 1)); done; } | head -1 > /dev/null; cat "$T/pipe-rc" 2> /dev/null)
    case $res in 141 | 74) rcok=0 ;; *) rcok=1 ;; esac
    ok $rcok "$cmd | head -1: ends by SIGPIPE or EPIPE (status ${res:-none})"
    is "$(cat "$T/pipe-err" 2> /dev/null)" "" "$cmd | head -1: nothing on stderr"
    rm -f "$T/pipe-rc" "$T/pipe-err"
done
# Signals whose default is to end the program: the terminal is restored
# first (no -echo -icanon left on the alternate screen), then the signal's
# own status.
for spec in QUIT:131 USR1:138 ALRM:142 PIPE:141 XCPU:152; do
    start
    kill -"${spec%%:*}" "$pid"
    ended "SIG${spec%%:*}" "${spec#*:}"
done

# The headless mode handles signals too: a long script (20,000 L keys)
# ends at once on SIGTERM, with 143.
seq 1 20000 | sed 's/.*/L/' > "$T/long"
"$DOKPAMO" --data "$DATA" --headless-script "$T/long" --size 80x24 > /dev/null 2>&1 &
hp=$!
script_open() { ls -l "/proc/$hp/fd" 2> /dev/null | grep -q "$T/long"; }
poll 20 script_open
kill -TERM "$hp"
poll 10 proc_gone "$hp"
ok $? "headless: SIGTERM ends a long script at once"
wait "$hp"
is $? 143 "headless: exit status 143"

done_testing
