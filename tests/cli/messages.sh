#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Messages that help (issue 14 item 9): did you mean for a command, a
# model's or consortium's name (Latin or Hangul) and a sort or filter key,
# in both languages; `dokpamo help [COMMAND]` and `dokpamo COMMAND --help`.
. "$top_srcdir/tests/lib.sh"
dp() { "$DOKPAMO" --no-config --data "$DATA" "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- a mistyped command ----
dp --lang en shwo > "$tmp/out" 2> "$tmp/err"
is "$?:$(cat "$tmp/out")" "2:" "shwo: a usage error, nothing on stdout"
is "$(head -1 "$tmp/err")" "dokpamo: unknown command 'shwo' (list, show, compare, sources, timeline, benchmarks, contradictions, validate, help) (did you mean \"show\"?)" \
    "shwo: did you mean \"show\"? (English)"
is "$(dp --lang ko lsit 2>&1 | head -1)" "dokpamo: 알 수 없는 명령 'lsit' (list, show, compare, sources, timeline, benchmarks, contradictions, validate, help) (혹시 \"list\"?)" \
    "lsit: 혹시 \"list\"? (Korean)"
is "$(LC_ALL=C dp lsit 2>&1 | head -1)" "dokpamo: unknown command 'lsit' (list, show, compare, sources, timeline, benchmarks, contradictions, validate, help) (did you mean \"list\"?)" \
    "lsit under LC_ALL=C (no Hangul): in English"
is "$(dp --lang ko help a b 2>&1 | head -1)" "dokpamo: help에는 명령을 하나까지만 줄 수 있음" "help a b: a usage error (Korean)"
is "$(dp --lang en help a b 2>&1 | head -1)" "dokpamo: help takes at most one COMMAND" "help a b: a usage error (English)"
is "$(dp --lang en frobnicate 2>&1 | head -1)" "dokpamo: unknown command 'frobnicate' (list, show, compare, sources, timeline, benchmarks, contradictions, validate, help)" \
    "a word near no command: no guess"

# ---- a mistyped name ----
is "$(dp --lang en show vaetkl 2>&1)" "dokpamo: no model or consortium matches 'vaetkl' (did you mean \"VAETKI\"?)" \
    "show vaetkl: did you mean \"VAETKI\"?"
is "$(dp --lang ko show vaetkl 2>&1)" "dokpamo: 일치하는 모델이나 컨소시엄이 없음 'vaetkl' (혹시 \"VAETKI\"?)" \
    "show vaetkl in Korean: 혹시 \"VAETKI\"?"
is "$(dp --lang ko show 솔러 2>&1)" "dokpamo: 일치하는 모델이나 컨소시엄이 없음 '솔러' (혹시 \"솔라 오픈 100B\"?)" \
    "show 솔러: one syllable off a word of 솔라 오픈 100B"
is "$(dp --lang en show 솔러 2>&1)" "dokpamo: no model or consortium matches '솔러' (did you mean \"솔라 오픈 100B\"?)" \
    "show 솔러 in English"
dp show 솔러 > /dev/null 2>&1; is $? 1 "show 솔러: exit 1 (nothing matched)"
is "$(dp --lang en compare k-exaone upstaeg 2>&1)" "dokpamo: no model or consortium matches 'upstaeg' (did you mean \"Upstage consortium\"?)" \
    "compare: the same message for each name"
is "$(dp --lang en show zzzzzz 2>&1)" "dokpamo: no model or consortium matches 'zzzzzz'" "nothing near: no guess"

# ---- a mistyped sort or filter key ----
like "$(dp --lang en list --sort naem 2>&1)" '^dokpamo: --sort: unknown sort key "naem" \(did you mean "name"\?\)' "--sort naem: did you mean \"name\"?"
like "$(dp --lang ko list --filter 'architecure=moe' 2>&1)" '\(혹시 "architecture"\?\)' "--filter architecure: 혹시 \"architecture\"?"

# ---- help for each command ----
dp help > "$tmp/help"; is $? 0 "help: exit 0"
dp --help | cmp -s - "$tmp/help"; ok $? "help is --help"
like "$(cat "$tmp/help")" "  help \[COMMAND\] +this help, or a command's" "--help lists help [COMMAND]"
dp help show > "$tmp/show"; is $? 0 "help show: exit 0"
is "$(head -2 "$tmp/show")" "Usage: dokpamo [OPTION]... show NAME
A consortium or model, by any name, alias or 초성." "help show: its usage and what it does"
like "$(cat "$tmp/show")" "--format FMT" "help show: the options it reads"
case $(cat "$tmp/show") in *--diff*|*--columns*) r=1 ;; *) r=0 ;; esac
is "$r" 0 "help show: not the options of other commands"
dp show --help | cmp -s - "$tmp/show"; ok $? "show --help is help show"
like "$(dp compare --help)" "--diff +compare: only rows whose values differ" "compare --help names --diff"
like "$(dp validate --help | head -2)" "validate \[FILE\].*
Check a dataset, report every problem \(--format json\)\." "validate --help"
dp help shwo > "$tmp/out" 2> "$tmp/err"
is "$?:$(cat "$tmp/out")" "2:" "help shwo: a usage error"
like "$(cat "$tmp/err")" "명령 'shwo'.*혹시 \"show\"" "help shwo: did you mean show"
awk 'length > 79 { bad = 1 } END { exit bad }' "$tmp/help" "$tmp/show"; ok $? "help lines within 79 columns"
done_testing
