# SPDX-License-Identifier: GPL-2.0-or-later
# tmux-lib.sh — drive the real binary in a private tmux server. Source
# after lib.sh. Waits poll the screen until the text appears (or a timeout),
# never sleep for a fixed time.
if ! command -v tmux > /dev/null 2>&1; then
    echo "1..0 # SKIP tmux not installed"
    exit 0
fi
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
TM_SOCK="dp-tui-$$"
TM_DIR=$(mktemp -d "${TMPDIR:-/tmp}/dp-tmux.XXXXXX")
tm() { tmux -L "$TM_SOCK" -f /dev/null "$@"; }
tm_cleanup() { tm kill-server > /dev/null 2>&1; rm -rf "$TM_DIR"; }
trap tm_cleanup EXIT

# tm_start COLS ROWS COMMAND...: a detached session "t" running COMMAND
# (with a fresh $XDG_STATE_HOME, so no run sees the view another saved).
tm_n=0
tm_start() {
    cols=$1 rows=$2
    shift 2
    # A session of its own keeps the server up while "t" is replaced: a
    # server that exits with its last session can swallow the next
    # new-session (an empty screen, a test timed out).
    tm has-session -t keep > /dev/null 2>&1 || tm new-session -d -s keep "sleep 3600"
    tm kill-session -t t > /dev/null 2>&1
    # Each start its own saved view (--state): none from an earlier run.
    tm_n=$((tm_n + 1))
    tm new-session -d -s t -x "$cols" -y "$rows" \
        "env TERM=xterm-256color LC_ALL=C.UTF-8 XDG_STATE_HOME=$TM_DIR/state.$tm_n $*"
    tm set-option -t t status off > /dev/null
    tm set-window-option -t t remain-on-exit on > /dev/null 2>&1
}

# tm_start_piped NAME COLS ROWS COMMAND...: like tm_start, with the pane's
# raw output stream in $TM_DIR/NAME.raw from its first byte (the command
# waits until pipe-pane is on).
tm_start_piped() {
    name=$1
    shift
    rm -f "$TM_DIR/go"
    tm_start "$1" "$2" "sh -c 'while [ ! -e $TM_DIR/go ]; do sleep 0.05; done; $3; echo EXIT=\$?; sleep 60'"
    tm pipe-pane -t t -o "cat >> $TM_DIR/$name.raw"
    : > "$TM_DIR/go"
}

# tm_raw_has NAME PRINTF-FORMAT: the raw stream holds those bytes.
tm_raw_has() { LC_ALL=C grep -q -F -- "$(printf "$2")" "$TM_DIR/$1.raw" 2> /dev/null; }

# tm_capture [-e]: the pane as text.
tm_capture() { tm capture-pane -p -t t "$@"; }

# tm_wait TEXT [SECONDS]: poll until TEXT is on the screen. 0 when seen.
tm_wait() {
    limit=$((${2:-10} * 20))
    i=0
    while [ "$i" -lt "$limit" ]; do
        if tm_capture | grep -F -q -- "$1"; then
            return 0
        fi
        i=$((i + 1))
        sleep 0.05
    done
    echo "# timed out waiting for: $1"
    tm_capture | sed 's/^/#   /'
    return 1
}

# tm_wait_file FILE [SECONDS]: poll until the screen equals FILE.
tm_wait_same() {
    limit=$((${2:-10} * 20))
    i=0
    while [ "$i" -lt "$limit" ]; do
        tm_capture | sed 's/ *$//' > "$TM_DIR/cap"
        if cmp -s "$TM_DIR/cap" "$1"; then
            return 0
        fi
        i=$((i + 1))
        sleep 0.05
    done
    diff -u "$1" "$TM_DIR/cap" | head -40 | sed 's/^/#   /'
    return 1
}

tm_keys() { tm send-keys -t t "$@"; }

DP="$DOKPAMO --data $DATA"
