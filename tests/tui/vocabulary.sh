#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# vocabulary.sh — one vocabulary (issue 11): every word of the browser that
# is not data is in the user's language. Headless screen dumps of the main
# screen, help, the detail views (model, partner, consortium), the filter
# popup, Compare (the i source panel, differences only), what-if, the too
# small screen and every message the headless tests trigger are checked by
# check-vocab.py: in Korean no English UI word (data, units, key names and
# format names pass), in English no Hangul outside data. Then the command
# line's messages in both languages, and every word of include/vocab.def
# takes the same printf arguments in English and Korean.
. "$top_srcdir/tests/lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
CHECK="$top_srcdir/tests/tui/check-vocab.py"
VOCAB="$top_srcdir/include/vocab.def"
KEYS="$top_srcdir/src/tui/keys.def"
W=$(mktemp -d "${TMPDIR:-/tmp}/dp-vocab.XXXXXX")
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/ko" "$W/en"

# keys LANG: the script; what the user types is in the screen's language
# (a search that finds nothing, the names of exported files), so that it
# is not taken for a UI word.
keys() {
    if [ "$1" = ko ]; then miss=없는말 file=비교 bad=비교.없음; else miss=zzzz file=cmp bad=cmp.nope; fi
    cat <<KEYS
:echo == main
:dump
:echo == help
?
:dump
<PgDn>
:dump
<PgDn>
:dump
<PgDn>
:dump
<Esc>
:echo == detail of a model
<Enter>
:dump
<PgDn>
:dump
<Esc>
:echo == detail of a partner
3
<Enter>
:dump
<Esc>
:echo == detail of a consortium
4
<Enter>
:dump
<PgDn>
:dump
<Esc>
1
:echo == the filter popup, no choice left, a filter on
f
:dump
$miss
:dump
<Enter>
:dump
f
<Enter>
:dump
KEYS
    # eight filters on: the popup's k-th choice for k = 1 … 8
    for k in 1 2 3 4 5 6 7 8; do
        echo f
        i=0
        while [ $i -lt $k ]; do echo "<Down>"; i=$((i + 1)); done
        echo "<Enter>"
    done
    cat <<KEYS
:echo == eight filters
:dump
F
:echo == search: no search yet, a miss, a pane count of a filtered pane
n
:dump
/$miss
:dump
<Enter>
:dump
:echo == units
u
:dump
u
:dump
:echo == marks and Compare
<Space>
<Space>
<Space>
:dump
c
:dump
i
:dump
i
d
:dump
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
]
:dump
e
$file.md
:dump
<Enter>
:dump
e
$file.md<Enter>
:dump
n
:dump
e
$bad<Enter>
:dump
y
:dump
<Esc>
:echo == what-if
w
:dump
4
w
:dump
h
h
h
h
h
h
h
h
:dump
j
h
h
h
h
h
h
h
h
h
j
h
h
h
h
h
h
h
h
h
h
h
:dump
<Esc>
:echo == compare with nothing to compare
F
2
<Esc>
:echo == too small
:resize 60 16
:dump
:resize 80 24
L
:echo == L: the other language
:dump
KEYS
}

for lang in ko en; do
    other=en
    [ "$lang" = en ] && other=ko
    keys "$lang" > "$W/$lang.keys"
    (cd "$W/$lang" && "$DOKPAMO" --data "$DATA" --headless-script "$W/$lang.keys" --size 80x24 --lang "$lang") \
        > "$W/$lang.out" 2> "$W/$lang.err"
    is "$?" 0 "headless run in $lang"
    is "$(cat "$W/$lang.err")" "" "headless run in $lang: nothing on stderr"
    # The dumps before L are in lang, the one after it in the other.
    awk '/^== L: /{exit} {print}' "$W/$lang.out" > "$W/$lang.screens"
    awk 'f; /^== L: /{f = 1}' "$W/$lang.out" > "$W/$lang.after-L"
    n=$(grep -c '^┌' "$W/$lang.screens")
    [ "$n" -ge 25 ]
    ok $? "$lang: $n screens dumped"
    "$PY" "$CHECK" "$lang" "$DATA" "$VOCAB" "$KEYS" < "$W/$lang.screens" > "$W/$lang.bad"
    ok $? "$lang screens: every UI word in $lang"
    sed 's/^/#   /' "$W/$lang.bad" | head -40
    "$PY" "$CHECK" "$other" "$DATA" "$VOCAB" "$KEYS" < "$W/$lang.after-L" > "$W/$lang.bad-L"
    ok $? "$lang screen after L: every UI word in $other"
    sed 's/^/#   /' "$W/$lang.bad-L" | head -20
done

# The messages really were triggered (a screen without them proves nothing).
for m in "일치 없음: 없는말" "찾은 적 없음" "비교.md 저장함" "파일이 있습니다" "그대로 둠" \
    "내보내지 않음" "복사: 클립보드" "가정 순위는 평가 창에서" "가중치 하나는 0보다" "dokpamo 화면은 최소" \
    "파라미터 단위: 억/조" "(전체 " "선택지 " "일치하는 필터 없음"; do
    grep -qF -- "$m" "$W/ko.screens" || echo "# not seen: $m"
done > "$W/ko.missing"
is "$(cat "$W/ko.missing")" "" "ko: every message was triggered"
for m in "no match for zzzz" "no search yet" "wrote cmp.md" "exists; overwrite" "kept cmp.md" \
    "not exported" "copy: no terminal" "starts from the Evaluation pane" "at least one weight" \
    "dokpamo needs at least" "parameters in 억/조" "/[0-9]* of " " choices; Up/Down" "no filter matches"; do
    grep -q -- "$m" "$W/en.screens" || echo "# not seen: $m"
done > "$W/en.missing"
is "$(cat "$W/en.missing")" "" "en: every message was triggered"

# The command line in the user's --lang.
cli() { "$DOKPAMO" --data "$DATA" "$@" > "$W/cli.out" 2> "$W/cli.err"; }
cli --lang ko show 없는말
is "$(cat "$W/cli.err")" "dokpamo: 일치하는 모델이나 컨소시엄이 없음 '없는말'" "show: no match, in Korean"
cli --lang ko compare
is "$(cat "$W/cli.err")" "dokpamo: compare에는 이름이 하나 이상 필요함" "compare: no name, in Korean"
cli --lang ko compare K-EXAONE 없는말
like "$(cat "$W/cli.err")" "일치하는 모델이나 컨소시엄이 없음 '없는말'" "compare: no match, in Korean"
cli --lang ko compare hyperclova
like "$(cat "$W/cli.err")" "^dokpamo: 'hyperclova' — 여러 항목과 일치:" "compare: ambiguous, in Korean"
like "$(cat "$W/cli.err")" "  모델  " "compare: ambiguous candidates named in Korean"
cli --lang en compare hyperclova
like "$(cat "$W/cli.err")" "^dokpamo: 'hyperclova' is ambiguous; it matches:" "compare: ambiguous, in English"
cli --lang ko compare K-EXAONE A.X-K1
"$PY" "$CHECK" ko "$DATA" "$VOCAB" "$KEYS" < "$W/cli.out" > "$W/cli.bad"
ok $? "compare in Korean: every UI word in Korean"
sed 's/^/#   /' "$W/cli.bad" | head -20
cli --lang en compare K-EXAONE A.X-K1
"$PY" "$CHECK" en "$DATA" "$VOCAB" "$KEYS" < "$W/cli.out" > "$W/cli.bad"
ok $? "compare in English: no Hangul outside data"
sed 's/^/#   /' "$W/cli.bad" | head -20

# Every word takes the same printf arguments in both languages.
"$PY" - "$VOCAB" > "$W/formats" <<'PYEOF'
import re, sys
conv = re.compile(r"%(?:(\d+)\$)?[-+ #0']*(?:\d+|\*)?(?:\.\d+)?(hh|h|ll|l|z|j|t|L)?([diouxXeEfgGcsp%])")
def args(f):
    out, pos = [], []
    for m in conv.finditer(f):
        if m.group(3) == "%":
            continue
        t = (m.group(2) or "") + m.group(3).replace("i", "d")
        if m.group(1):
            pos.append((int(m.group(1)), t))
        else:
            out.append(t)
    if pos and out:
        return ["mixed"]
    return [t for _, t in sorted(set(pos))] if pos else out
s = open(sys.argv[1], encoding="utf-8").read()
for m in re.finditer(r'DP_WORD\((\w+),\s*"(?:[^"\\]|\\.)*",\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\)', s):
    if args(m.group(2)) != args(m.group(3)):
        print(m.group(1), args(m.group(2)), args(m.group(3)))
PYEOF
is "$(cat "$W/formats")" "" "vocab.def: English and Korean take the same printf arguments"
done_testing
