#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# storm.sh — the real browser in tmux under a seeded storm of random keys
# (bound keys, any byte but the ones that quit, escape and CSI sequences,
# SGR and X10 mouse reports anywhere, invalid UTF-8, pasted Hangul, typed
# OSC 52) interleaved with resizes from 1x1 to 300x100; then Esc and q.
# The browser must be alive until q, exit 0, and leave the terminal as it
# found it (alternate screen off, the shell's text back, icanon and echo).
#
#   STORM_SEEDS="1 2 3"  STORM_KEYS=10000  STORM_RESIZES=50  storm.sh
# make check runs one bounded storm; .ci/stages/50-storm.sh runs ten.
# On failure the seed is printed: STORM_SEEDS=<seed> reproduces it.
. "$top_srcdir/tests/lib.sh"
if ! command -v tmux > /dev/null 2>&1; then
    echo "1..0 # SKIP tmux not installed"
    exit 0
fi
KEYS=${STORM_KEYS:-2000}
RESIZES=${STORM_RESIZES:-10}
SEEDS=${STORM_SEEDS:-20260115}
T=$(mktemp -d "${TMPDIR:-/tmp}/dp-storm.XXXXXX")
SOCK="dp-storm-$$"
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server > /dev/null 2>&1; rm -rf "$T"' EXIT
trap 'exit 130' INT TERM

# The shell around the browser reports its exit status and the tty modes.
cat > "$T/wrap.sh" << WRAP
cd "$T" || exit 1
printf 'SHELL-BEFORE\n'
"$DOKPAMO" --data "$DATA" "\$@"
echo "EXIT=\$?"
stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ' '
echo
exec sleep 3600
WRAP

alt_on() { [ "$(tm display-message -p -t t '#{alternate_on}')" = 1 ]; }
alt_off() { [ "$(tm display-message -p -t t '#{alternate_on}')" = 0 ]; }
exited() { tm capture-pane -p -t t | grep -q '^EXIT='; }
modes_shown() { tm capture-pane -p -t t | grep -q 'icanon'; }
# The screen did not change for 0.3 s: the browser has read everything.
settled() {
    tm capture-pane -p -t t > "$T/a"
    sleep 0.3
    tm capture-pane -p -t t > "$T/b"
    cmp -s "$T/a" "$T/b"
}

# storm SEED: one run; prints a TAP line.
storm() {
    seed=$1
    why=""
    tm kill-server > /dev/null 2>&1
    SOCK="dp-storm-$$-$seed" # a fresh server: kill-server is asynchronous
    tm new-session -d -s t -x 80 -y 24 "env TERM=xterm-256color LC_ALL=C.UTF-8 sh $T/wrap.sh"
    tm set-option -g status off > /dev/null
    if ! poll 20 alt_on; then
        why="the browser did not start"
    fi
    shpid=$(tm display-message -p -t t '#{pane_pid}' 2> /dev/null)
    pid=$(pgrep -P "${shpid:-1}" 2> /dev/null | head -1)
    [ -n "$pid" ] || why="${why:-no browser process}"
    awk -v seed="$seed" -v keys="$KEYS" -v resizes="$RESIZES" \
        -f "$top_srcdir/tests/hardening/storm-keys.awk" > "$T/storm"
    step=0
    if [ -z "$why" ]; then
        while read -r op a b; do
            step=$((step + 1))
            case $op in
            H) # shellcheck disable=SC2086
                tm send-keys -t t -H $a $b 2> /dev/null ;;
            R) tm resize-window -t t -x "$a" -y "$b" 2> /dev/null ;;
            esac
            if ! kill -0 "$pid" 2> /dev/null; then
                why="died at step $step ($op $a $(printf '%s' "$b" | cut -c1-60))"
                break
            fi
        done < "$T/storm"
    fi
    if [ -z "$why" ]; then
        tm resize-window -t t -x 80 -y 24
        poll 30 settled
        # Leave any prompt, view or zoom, then quit.
        for i in 1 2 3 4; do
            tm send-keys -t t Escape
            sleep 0.15
        done
        kill -0 "$pid" 2> /dev/null || why="died before q"
    fi
    if [ -z "$why" ]; then
        tm send-keys -t t q
        # q closes a view and quits only from the main screen; a view that
        # Esc does not leave (Sources' source detail, nested) needs Q.
        poll 5 exited || tm send-keys -t t Q
        if ! poll 20 exited; then
            why="still running 20 s after q and Q"
        elif ! tm capture-pane -p -t t | grep -q '^EXIT=0$'; then
            why="exit status $(tm capture-pane -p -t t | sed -n 's/^EXIT=//p')"
        elif ! alt_off; then
            why="the alternate screen is still on"
        elif ! tm capture-pane -p -t t | grep -q '^SHELL-BEFORE'; then
            why="the shell's screen was not restored"
        elif ! poll 5 modes_shown || ! tm capture-pane -p -t t | grep -q '^icanon echo'; then
            why="tty modes not restored: $(tm capture-pane -p -t t | grep icanon)"
        fi
    fi
    if [ -n "$why" ]; then
        echo "not ok $((tap_n += 1)) - storm seed=$seed ($KEYS keys, $RESIZES resizes): $why"
        tap_failed=$((tap_failed + 1))
        echo "# reproduce: STORM_SEEDS=$seed STORM_KEYS=$KEYS STORM_RESIZES=$RESIZES $0"
        tm capture-pane -p -t t | tail -20 | sed 's/^/#   /'
    else
        echo "ok $((tap_n += 1)) - storm seed=$seed: $KEYS keys, $RESIZES resizes, alive until q, exit 0, terminal restored"
    fi
}

for s in $SEEDS; do
    storm "$s"
done
done_testing
