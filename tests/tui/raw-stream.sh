#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# No raw bidi or control reaches the terminal: the bytes the browser writes
# to the pty (tmux pipe-pane) while the filter menu and the `filter:` title
# show tags and modalities holding U+202E/U+202C, C1 (U+0085), U+2028 and
# a ZWJ emoji chain; the menu's border stays in its column; and the error
# for an unusable $TERM shows it display-safe, exit 2.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"
D=$TM_DIR/bidi.json
"$PY" - "$DATA" "$D" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
m = next(m for c in d["consortia"] for m in c["models"] if m["id"] == "k-exaone")
m["architecture"] = m["architecture"] + ["Model \u202e0051\u202c", "c1\u0085x", "ls\u2028x", "zwj\U0001F468\u200d\U0001F469\u200d\U0001F467"]
m["modalities"]["input"] = m["modalities"]["input"] + ["mod\u202eal"]
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
bad_bytes() { # NAME: which forbidden sequences the raw stream holds
    out=""
    for b in '\342\200\256:U+202E' '\342\200\254:U+202C' '\302\205:C1-U+0085' '\342\200\250:U+2028' '\342\200\215:ZWJ'; do
        tm_raw_has "$1" "${b%%:*}" && out="$out ${b#*:}"
    done
    echo "$out"
}

tm_start_piped menu 100 30 "$DOKPAMO --data $D --lang en 2> /dev/null"
tm_wait "L lang" > /dev/null
tm_keys f
tm_wait "filter by" > /dev/null
ok $? "f opens the filter menu"
tm_keys M o d e l
tm_wait 'tag=Model \u202e0051\u202c' 5 > /dev/null
ok $? "the menu shows the bidi tag as visible escapes"
is "$(bad_bytes menu)" "" "no raw bidi, C1, U+2028 or ZWJ in the menu's bytes"
tm_keys BSpace BSpace BSpace BSpace BSpace
tm_wait "(nothing matches)" 2 > /dev/null 2>&1 || true
# Every row of the menu box ends at the same column as its top border.
tm_capture | "$PY" -c '
import sys, unicodedata
def cells(r):  # the character starting at each display column
    out = []
    for c in r:
        if unicodedata.combining(c) or c in "\u200d\ufe0f":
            continue
        out.append(c)
        if unicodedata.east_asian_width(c) in "WF":
            out.append("")
    return out
rows = [cells(r) for r in sys.stdin.read().split("\n")]
top = next(i for i, r in enumerate(rows) if "".join(r).find("filter by") >= 0)
col = "".join(rows[top]).find("filter by")
col = next(x for x in range(col, len(rows[top])) if rows[top][x] == "\u2510")
bottom = next(i for i in range(top + 1, len(rows)) if col < len(rows[i]) and rows[i][col] == "\u2518")
bad = [i for i in range(top + 1, bottom) if col >= len(rows[i]) or rows[i][col] != "\u2502"]
sys.exit(1 if bad or bottom - top < 5 else 0)'
ok $? "every row of the menu keeps its right border in the column of the top one"
tm_keys M o d e l Enter
tm_wait 'filter: tag=Model \u202e0051\u202c' 5 > /dev/null
ok $? "the title shows the filter display-safe"
is "$(bad_bytes menu)" "" "no raw bidi, C1, U+2028 or ZWJ in the title's bytes either"
tm_keys q
tm_wait "EXIT=0" 5 > /dev/null
ok $? "exit 0"

# $TERM with OSC 52, BEL and U+202E: the message shows it as escapes, exit 2.
printf '#!/bin/sh\nTERM=$(printf "xt\\033]52;c;QUJD\\007\\342\\200\\256") exec "%s" --lang en --data "%s"\n' "$DOKPAMO" "$DATA" > "$TM_DIR/badterm"
chmod +x "$TM_DIR/badterm"
tm_start_piped term 100 30 "$TM_DIR/badterm"
tm_wait "EXIT=" 10 > /dev/null
like "$(tm_capture)" 'cannot start the terminal \(TERM=xt\\e\]52;c;QUJD\\x07\\u202e\)' "the bad \$TERM is shown as visible escapes"
like "$(tm_capture)" "EXIT=2" "exit 2, not 1 (which means nothing matched)"
tm_raw_has term '\033]52'
ok $((! $?)) "no raw OSC 52 on the pty"
tm_raw_has term '\342\200\256'
ok $((! $?)) "no raw U+202E on the pty"

# What the user types into the search (or pastes) comes back in the "no
# match" message: display-safe there too, not only in the prompt.
tm_start_piped search 100 30 "$DOKPAMO --data $DATA --lang en 2> /dev/null"
tm_wait "L lang" > /dev/null
tm_keys /
tm_keys -l "$(printf 'zz\342\200\256q\302\233')"
tm_keys Enter
tm_wait 'no match for zz\u202eq' 10 > /dev/null
ok $? "the no-match message shows the typed U+202E as a visible escape"
is "$(bad_bytes search)" "" "no raw bidi in the message's bytes"
tm_raw_has search '\302\233'
ok $((! $?)) "no raw C1 CSI (U+009B) on the pty"
tm_keys q
done_testing
