#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# locale.sh — headless (issue 14 items 6 and 9): the browser in a locale
# that cannot show Hangul (C, a missing ko_KR.EUC-KR) starts in English
# with the hint on its status line, over a saved Korean view (which it
# keeps); --ascii keeps Hangul; a config file's problem is on the status
# line of the first screen.
. "$top_srcdir/tests/lib.sh"
W=$(mktemp -d "${TMPDIR:-/tmp}/dp-locale.XXXXXX")
trap 'rm -rf "$W"' EXIT
printf ':dump\nL\n:dump\nq\n' > "$W/keys"
run() { "$DOKPAMO" --no-config --data "$DATA" --headless-script "$W/keys" --size 80x24 "$@"; }

out=$(LC_ALL=C run --state=never)
first=$(printf '%s\n' "$out" | sed -n 1,24p)
like "$first" "Korea's sovereign AI" "LC_ALL=C: English"
like "$(printf '%s\n' "$first" | sed -n 24p)" "^\+ no Hangul in locale C: English \(for Korean: LANG=C\.UTF-8\) -" \
    "LC_ALL=C: the hint on the status line"
case $out in *'??'*) r=1 ;; *) r=0 ;; esac
is "$r" 0 "LC_ALL=C: no ?? in either screen"
like "$(printf '%s\n' "$out" | sed -n 48p)" "no Hangul in locale C" "L: the hint again, still English"

out=$(LC_ALL=ko_KR.EUC-KR run --state=never)
like "$(printf '%s\n' "$out" | sed -n 24p)" "no Hangul in locale ko_KR\.EUC-KR: English" \
    "ko_KR.EUC-KR (not installed): English, not C.UTF-8 into an EUC-KR terminal"
! printf '%s\n' "$out" | sed -n 1,24p | LC_ALL=C grep -q '[^ -~]'
ok $? "ko_KR.EUC-KR: nothing but ASCII"
out=$(LC_ALL=ko_KR.UTF-8 run --state=never)
like "$(printf '%s\n' "$out" | sed -n 1p)" "독자 AI 파운데이션 모델" "ko_KR.UTF-8 (not installed): C.UTF-8, Korean"

out=$(run --state=never --ascii)
like "$(printf '%s\n' "$out" | sed -n 2p)" "^\|파라미터 1/10" "--ascii in a UTF-8 locale: ASCII frame, Hangul kept"

# A saved Korean view: English under C, and the file keeps lang = ko.
mkdir -p "$W/state/dokpamo"
printf 'lang = ko\n' > "$W/state/dokpamo/view"
out=$(LC_ALL=C XDG_STATE_HOME="$W/state" run --state=always)
like "$(printf '%s\n' "$out" | sed -n 1p)" "Korea's sovereign AI" "saved lang = ko under C: English all the same"
like "$(cat "$W/state/dokpamo/view")" "lang = ko" "the saved view keeps its Korean"

# A config file's problem: on the first screen's status line, in time.
printf 'lang = en\ncolour = never\n' > "$W/config"
"$DOKPAMO" --config "$W/config" --data "$DATA" --headless-script "$W/keys" --size 80x24 --state=never \
    > "$W/out" 2> "$W/err"
like "$(sed -n 24p "$W/out")" "config:2: unknown key 'colour'" "a config file's problem: on the status line"
like "$(sed -n 1p "$W/out")" "Korea's sovereign AI" "... and the rest of the config applies (lang = en)"
is "$(cat "$W/err")" "" "... and not on stderr, where the screen would erase it"
"$DOKPAMO" --config "$W/config" --data "$DATA" list > /dev/null 2> "$W/err"
like "$(cat "$W/err")" "config:2: unknown key 'colour'" "a command still says it on stderr"
done_testing
