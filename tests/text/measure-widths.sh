#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# measure-widths.sh — measures in a real terminal (tmux, C.UTF-8) how many
# columns each corpus string takes once made display-safe.
#
#   measure-widths.sh           TAP test: measure and compare with
#                               corpus-widths.txt (skipped without tmux)
#   measure-widths.sh --write   regenerate corpus-widths.txt
#
# Each string is printed, followed by a marker, in a detached tmux on a
# private socket; once the marker is on screen the cursor column minus the
# marker's length is the string's width. We poll for the marker, never sleep
# a fixed time.
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
. "$top_srcdir/tests/lib.sh"
LC_ALL=C.UTF-8
export LC_ALL

corpus="$top_srcdir/tests/text/corpus.txt"
widths="$top_srcdir/tests/text/corpus-widths.txt"
tool="$top_builddir/tests/text/corpus_display"
write=no
[ "${1:-}" = --write ] && write=yes

if ! command -v tmux >/dev/null 2>&1; then
    echo "1..0 # SKIP tmux not installed"
    exit 0
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/dp-measure.XXXXXX") || exit 1
sock="dp-measure-$$"
tm() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT INT TERM

n=$("$tool" "$corpus" "$dir") || { echo "1..0 # SKIP corpus_display failed"; exit 0; }
tm new-session -d -s m -x 400 -y 10 "exec sleep 86400" || { echo "1..0 # SKIP tmux failed"; exit 0; }

# measure I: prints the width tmux gives string I
measure() {
    marker="@@$1@@"
    tm respawn-pane -k -t m "printf '\\033[H\\033[2J'; cat '$dir/$1'; printf '%s' '$marker'; exec sleep 86400"
    tries=0
    while :; do
        line=$(tm capture-pane -p -t m -S 0 -E 0)
        case "$line" in *"$marker"*) break ;; esac
        tries=$((tries + 1))
        if [ "$tries" -gt 2000 ]; then echo -1; return; fi
        tm list-sessions >/dev/null 2>&1 # a round trip to the server: a short wait
    done
    set -- $(tm display-message -p -t m '#{cursor_x} #{cursor_y}')
    if [ "$2" != 0 ]; then echo -1; return; fi
    echo $(($1 - ${#marker}))
}

i=0
out="$dir/widths"
: >"$out"
grep -v '^#' "$corpus" | grep -v '^$' | while IFS= read -r line; do
    i=$((i + 1))
    printf '%s\t%s\n' "$(measure "$i")" "$line" >>"$out"
done

if [ "$write" = yes ]; then
    {
        echo "# corpus-widths.txt — written by measure-widths.sh --write: the columns"
        echo "# tmux $(tmux -V | cut -d' ' -f2) draws for each corpus string made display-safe (C.UTF-8)."
        echo "# width<TAB>the corpus line"
        cat "$out"
    } >"$widths"
    echo "wrote $(wc -l <"$out") widths to $widths" >&2
    exit 0
fi

expected="$dir/expected"
grep -v '^#' "$widths" >"$expected"
is "$(wc -l <"$out" | tr -d ' ')" "$n" "measured every corpus string"
i=0
while IFS= read -r got <&3 && IFS= read -r want <&4; do
    i=$((i + 1))
    is "$got" "$want" "string $i: tmux draws the recorded width"
done 3<"$out" 4<"$expected"
done_testing
