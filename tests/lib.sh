# SPDX-License-Identifier: GPL-2.0-or-later
# lib.sh — TAP helpers for shell tests. Source it; use ok/is/done_testing.
# Expects $DOKPAMO (the binary) and $top_srcdir from the test environment.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${DOKPAMO:=$top_srcdir/dokpamo}"
DATA="$top_srcdir/data/consortia.json"
# The browser's saved view (--state): off, so that no run sees the view
# an earlier one left (tests/tui/state.sh turns it on with --state=always,
# in a temporary $XDG_STATE_HOME); and never in the real home.
DOKPAMO_STATE=never
XDG_STATE_HOME="${TMPDIR:-/tmp}/dokpamo-test-state-unused"
export DOKPAMO_STATE XDG_STATE_HOME
# Not inside the developer's tmux: the copy message adds a tmux hint there
# (the tmux tests' panes get their own $TMUX from their server).
unset TMUX
tap_n=0
tap_failed=0

# ok CONDITION-EXIT-STATUS NAME
ok() {
    tap_n=$((tap_n + 1))
    if [ "$1" -eq 0 ]; then echo "ok $tap_n - $2"; else echo "not ok $tap_n - $2"; tap_failed=$((tap_failed + 1)); fi
}

# is GOT WANT NAME
is() {
    tap_n=$((tap_n + 1))
    if [ "$1" = "$2" ]; then echo "ok $tap_n - $3"; else
        echo "not ok $tap_n - $3"; tap_failed=$((tap_failed + 1))
        printf '%s\n' "#   got:" "$1" | sed 's/^/#   /'; printf '%s\n' "#   want:" "$2" | sed 's/^/#   /'
    fi
}

# like GOT REGEX NAME
like() {
    tap_n=$((tap_n + 1))
    if printf '%s' "$1" | grep -Eq -- "$2"; then echo "ok $tap_n - $3"; else
        echo "not ok $tap_n - $3"; tap_failed=$((tap_failed + 1)); printf '%s\n' "$1" | head -20 | sed 's/^/#   /'; fi
}

# poll SECONDS COMMAND...: runs COMMAND every 50 ms until it succeeds;
# 0 when it did within SECONDS, 1 when it never did.
poll() {
    n=$(($1 * 20))
    shift
    while [ "$n" -gt 0 ]; do
        "$@" && return 0
        n=$((n - 1))
        sleep 0.05
    done
    return 1
}

# proc_gone PID: the process has ended. An ended process whose parent died
# first stays a zombie until PID 1 reaps it, and some containers' PID 1
# never does: kill -0 still succeeds on it, so a zombie counts as gone.
proc_gone() {
    kill -0 "$1" 2> /dev/null || return 0
    case $(ps -o stat= -p "$1" 2> /dev/null) in Z*) return 0 ;; esac
    return 1
}

done_testing() {
    echo "1..$tap_n"
    [ "$tap_failed" -eq 0 ]
}

# comma_locale: sets COMMA_LC to a locale whose decimal separator is ','
# (de_DE.UTF-8), generating it with localedef into a private LOCPATH when
# the system lacks it. Returns 1 when no such locale can be had.
comma_locale() {
    for l in de_DE.UTF-8 de_DE.utf8; do
        if [ "$(LC_ALL=$l locale decimal_point 2>/dev/null)" = "," ]; then COMMA_LC=$l; return 0; fi
    done
    command -v localedef >/dev/null 2>&1 || return 1
    [ -e /usr/share/i18n/locales/de_DE ] || return 1
    comma_dir=${TMPDIR:-/tmp}/dokpamo-locale.$(id -u)
    if [ ! -d "$comma_dir/de_DE.UTF-8" ]; then
        mkdir -p "$comma_dir" && localedef -i de_DE -f UTF-8 "$comma_dir/de_DE.UTF-8" >/dev/null 2>&1 || return 1
    fi
    LOCPATH=$comma_dir
    export LOCPATH
    COMMA_LC=de_DE.UTF-8
    [ "$(LC_ALL=$COMMA_LC locale decimal_point 2>/dev/null)" = "," ]
}

# The suite may run under a comma-decimal locale (DP_TEST_LOCALE, CI stage
# 25-locale): awk (mawk) then reads "102.5" as 102, so the tests' own
# arithmetic runs in C.UTF-8.
awk() { LC_ALL=C.UTF-8 command awk "$@"; }
