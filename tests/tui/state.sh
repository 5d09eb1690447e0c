#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The saved view (issue 14 item 10, issue 17): the language, units, each
# pane's sort and the focused pane are written to
# $XDG_STATE_HOME/dokpamo/view on quit (temporary file + rename) and come
# back on the next start; --lang/--units on the command line win; a broken
# file is ignored with a message (both languages); a view that cannot be
# written is reported ("dokpamo: write error: ..."), exit 74, the old file
# intact; --state=never neither reads nor writes. Headless runs use the
# view only with --state=always; $XDG_STATE_HOME is always a temporary
# directory here, never the real home.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
ST="$SCRATCH/state"
VIEW="$ST/dokpamo/view"
XDG_STATE_HOME=$ST
export XDG_STATE_HOME
unset DOKPAMO_STATE # lib.sh turns the saved view off for every other test
run() { # KEYS-FILE ARGS...: the browser headless, stdout+stderr in $SCRATCH/out, exit in $rc
    k=$1
    shift
    "$DOKPAMO" --data "$DATA" --headless-script "$k" --size "${SIZE:-80x24}" "$@" > "$SCRATCH/out" 2> "$SCRATCH/err"
    rc=$?
}
printf ':status\n:dump\n' > "$SCRATCH/look" # line 1 the status, 2-25 the screen
printf 'q\n' > "$SCRATCH/quit"

# Round trip: L (English), u (억/조), r (the reference models shown),
# 2 (Architecture), s (its next sort).
printf 'L\nu\nr\n2\ns\nq\n' > "$SCRATCH/change"
run "$SCRATCH/change" --state=always
is "$rc/$(cat "$SCRATCH/err")" "0/" "a session that changes the view quits with 0"
test -f "$VIEW"
ok $? "the view is saved in \$XDG_STATE_HOME/dokpamo/view"
is "$(grep -v '^#' "$VIEW" | sed -n 1,4p | tr '\n' ' ')" "lang = en units = kr focus = arch references = yes " \
    "... language, units, focused pane and the reference models shown"
like "$(grep '^sort.arch = ' "$VIEW")" '^sort\.arch = -dense,-moe$' "... and the Architecture pane's sort (s: the next column)"
is "$(stat -c %a "$ST/dokpamo")" 700 "the directory is private (0700)"
is "$(ls -A "$ST/dokpamo" | tr '\n' ' ')" "view " "no temporary file left"
run "$SCRATCH/look" --state=always
like "$(cat "$SCRATCH/out")" 'status: screen=main pane=arch ' "the next start: the Architecture pane focused"
like "$(sed -n 3p "$SCRATCH/out")" 'Parameters .*Architecture .*▼Dns' "... sorted as it was left"
like "$(cat "$SCRATCH/out")" '[0-9]억' "... parameters in 억/조"
like "$(sed -n 2p "$SCRATCH/out")" '6 consortia · 10 models' "... in English"
like "$(sed -n 3p "$SCRATCH/out")" 'Parameters [0-9]+/19 ' "... with the reference models shown (19 rows, not 10)"
# The command line wins for that run.
run "$SCRATCH/look" --state=always --lang ko --units b
like "$(sed -n 2p "$SCRATCH/out")" '컨소시엄 6' "--lang ko on the command line wins over the saved English"
ok "$(grep -q '[0-9]억' "$SCRATCH/out"; [ $? -ne 0 ]; echo $?)" "--units b wins over the saved 억/조"
like "$(cat "$SCRATCH/out")" 'pane=arch' "... the rest of the view still comes back"

# --state=never: not read (the defaults), not written (the file as it was).
cp "$VIEW" "$SCRATCH/view.before"
run "$SCRATCH/change" --state=never
run "$SCRATCH/look" --state=never
like "$(cat "$SCRATCH/out")" 'pane=params ' "--state=never: the saved view is not read"
cmp -s "$SCRATCH/view.before" "$VIEW"
ok $? "--state=never: nothing is written"
# The config file says the same: state = never.
printf 'state = never\n' > "$SCRATCH/config"
run "$SCRATCH/change" --config "$SCRATCH/config"
cmp -s "$SCRATCH/view.before" "$VIEW"
ok $? "state = never in the config file: nothing is written"
# A headless run (a test) leaves the view alone unless --state=always.
run "$SCRATCH/change"
cmp -s "$SCRATCH/view.before" "$VIEW"
ok $? "--headless-script without --state=always: nothing is written"
# $DOKPAMO_STATE gives the default; the command line wins over it.
DOKPAMO_STATE=always run "$SCRATCH/change" --state=never
cmp -s "$SCRATCH/view.before" "$VIEW"
ok $? "DOKPAMO_STATE=always, --state=never: the command line wins"
DOKPAMO_STATE=always run "$SCRATCH/look"
like "$(cat "$SCRATCH/out")" 'pane=arch ' "DOKPAMO_STATE=always: the saved view is read"

# A broken file is ignored with a message, in the language, and replaced
# on quit; exit 0.
printf 'lang = en\nfocus = eval\ncolour = pink\n' > "$VIEW"
SIZE=160x24 run "$SCRATCH/look" --state=always --lang en
like "$(sed -n 25p "$SCRATCH/out")" "saved view ignored: .*/dokpamo/view: line 3: unknown setting 'colour'" \
    "an unknown setting: the file is ignored, and the status line says why"
like "$(cat "$SCRATCH/out")" 'pane=params ' "... nothing of it applied (its focus = eval neither)"
is "$rc/$(cat "$SCRATCH/err")" "0/" "... exit 0, nothing on stderr"
like "$(grep '^focus' "$VIEW")" '^focus = params$' "... and on quit a good view replaces it"
printf 'lang = en\nunits = metric\n' > "$VIEW"
SIZE=160x24 run "$SCRATCH/look" --state=always --lang ko
like "$(sed -n 25p "$SCRATCH/out")" "저장된 보기를 무시함: .*/dokpamo/view: 2행: units 값이 잘못됨" "a bad value, in Korean"
head -c 300 /dev/urandom > "$VIEW"
printf '\000' >> "$VIEW"
SIZE=160x24 run "$SCRATCH/look" --state=always --lang en
like "$(sed -n 25p "$SCRATCH/out")" "saved view ignored: .*: not a text file" "binary bytes: not a text file"
printf 'sort.params = -nosuchkey\nfocus = eval\n' > "$VIEW"
SIZE=160x24 run "$SCRATCH/look" --state=always --lang en
like "$(sed -n 25p "$SCRATCH/out")" "saved view ignored: .*nosuchkey" "a sort key the panes do not have: said"
like "$(cat "$SCRATCH/out")" 'pane=eval ' "... and only that sort is ignored"

# The default place: $HOME/.local/state/dokpamo/view (a temporary $HOME).
mkdir -p "$SCRATCH/home"
(unset XDG_STATE_HOME; HOME="$SCRATCH/home" run "$SCRATCH/change" --state=always)
test -f "$SCRATCH/home/.local/state/dokpamo/view"
ok $? "without \$XDG_STATE_HOME: \$HOME/.local/state/dokpamo/view"

# Nowhere to write: a path under a regular file (works as root too).
printf 'x\n' > "$SCRATCH/plain"
XDG_STATE_HOME="$SCRATCH/plain/state" run "$SCRATCH/quit" --state=always --lang en
is "$rc" 74 "a state directory that cannot be made: exit 74"
like "$(cat "$SCRATCH/err")" '^dokpamo: write error: the view was not saved: cannot create .*/plain/state/dokpamo: Not a directory$' \
    "... and stderr says what failed"
XDG_STATE_HOME="$SCRATCH/plain/state" run "$SCRATCH/quit" --state=always --lang ko
like "$(cat "$SCRATCH/err")" '^dokpamo: 쓰기 오류: 보기를 저장하지 못함: 만들 수 없음: ' "... in Korean with --lang ko"
# A read-only directory (not for root, who may write anyway).
if [ "$(id -u)" != 0 ]; then
    mkdir -p "$SCRATCH/ro/dokpamo"
    printf 'lang = en\n' > "$SCRATCH/ro/dokpamo/view"
    chmod 555 "$SCRATCH/ro/dokpamo"
    XDG_STATE_HOME="$SCRATCH/ro" run "$SCRATCH/quit" --state=always --lang en
    is "$rc" 74 "a read-only state directory: exit 74"
    like "$(cat "$SCRATCH/err")" 'write error: the view was not saved: .*Permission denied' "... Permission denied"
    chmod 755 "$SCRATCH/ro/dokpamo"
else
    for i in 1 2; do echo "ok $((tap_n += 1)) # SKIP root writes into a read-only directory"; done
fi
# A full disk (a 12 KiB tmpfs, when this test may mount one): the old
# view intact, no temporary file left.
mkdir "$SCRATCH/full"
if mount -t tmpfs -o size=12k tmpfs "$SCRATCH/full" 2> /dev/null; then
    trap 'umount "$SCRATCH/full"; rm -rf "$SCRATCH"' EXIT
    mkdir -p "$SCRATCH/full/dokpamo"
    printf 'lang = en\n' > "$SCRATCH/full/dokpamo/view"
    head -c 65536 /dev/zero > "$SCRATCH/full/fill" 2> /dev/null
    XDG_STATE_HOME="$SCRATCH/full" run "$SCRATCH/quit" --state=always --lang en
    is "$rc" 74 "a full disk: exit 74"
    like "$(cat "$SCRATCH/err")" '^dokpamo: write error: the view was not saved: cannot write .*: No space left on device$' \
        "... dokpamo: write error: ... No space left on device"
    is "$(cat "$SCRATCH/full/dokpamo/view")" "lang = en" "... the old view intact"
    is "$(ls -A "$SCRATCH/full/dokpamo")" "view" "... no temporary file left"
else
    for i in 1 2 3 4; do echo "ok $((tap_n += 1)) # SKIP cannot mount a tiny tmpfs here (not root?)"; done
fi
done_testing
