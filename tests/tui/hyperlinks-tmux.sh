#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Source URLs on the real terminal (the raw bytes the browser writes to
# the pty, tmux pipe-pane): in the Sources view's URL column and on a
# source's detail page each URL is an OSC 8 hyperlink (ESC ] 8 ; ; URL
# ESC \ text ESC ] 8 ; ; ESC \) whose target and text are the URL of the
# data; y copies the URL through OSC 52 (decoded: the URL) and says so;
# --hyperlinks=never (and TERM=linux) writes no OSC 8; over --ssh the links
# are there too; a URL with escape sequences in a bad data file is neither
# linked, copied nor passed through.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"

url=$($DP sources P64 --format json | "$PY" -c 'import json, sys; print(json.load(sys.stdin)[0]["url"])')
is "$url" "https://github.com/LG-AI-EXAONE/K-EXAONE-2.0" "P64's URL in the data"

# links NAME: "URI<TAB>TEXT" per OSC 8 link in NAME.raw, the text without
# its SGR sequences.
links() {
    "$PY" - "$TM_DIR/$1.raw" <<'PY'
import re, sys
raw = open(sys.argv[1], "rb").read()
for m in re.finditer(rb"\x1b\]8;;([^\x1b\x07]*)\x1b\\(.*?)\x1b\]8;;\x1b\\", raw, re.S):
    text = re.sub(rb"\x1b\[[0-9;]*m", b"", m.group(2))
    print((m.group(1) + b"\t" + text).decode("utf-8", "replace"))
PY
}
# copies NAME: each OSC 52 sequence of NAME.raw, decoded, one a line.
copies() {
    "$PY" - "$TM_DIR/$1.raw" <<'PY'
import base64, re, sys
for s in re.findall(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)\x07", open(sys.argv[1], "rb").read()):
    print(base64.b64decode(s).decode("utf-8", "replace"))
PY
}

# ---- links and the copy, 160 columns (the list has its URL column) ----
tm_start_piped on 160 40 "$DP --lang en 2> /dev/null"
tm_wait "Parameters 1/10" > /dev/null
ok $? "the browser is up"
tm_keys o
tm_wait "Sources · K-EXAONE 2.0 · 5" > /dev/null
ok $? "o: the selected model's sources, with the URL column"
tm_keys j y
tm_wait "copied the URL of P64 (OSC 52, 44 bytes): $url" > /dev/null
ok $? "y in the list: the status line says which URL was sent"
tm_keys Enter
tm_wait "Source · P64" > /dev/null
tm_keys y
tm_wait "copied the URL of P64 (OSC 52, 44 bytes)" > /dev/null
ok $? "y on the source's detail page: the same"
tm_keys Q
tm_wait "EXIT=0" > /dev/null
ok $? "Q quits with status 0"
links on > "$TM_DIR/on.links"
grep -q -x -F "$(printf '%s\t%s' "$url" "$url")" "$TM_DIR/on.links"
ok $? "an OSC 8 link to P64's URL whose text is the URL"
[ "$(grep -c -x -F "$(printf '%s\t%s' "$url" "$url")" "$TM_DIR/on.links")" -ge 2 ]
ok $? "... in the list and on the detail page"
$DP sources --format json | "$PY" -c 'import json, sys; [print(s["url"]) for s in json.load(sys.stdin) if s.get("url")]' \
    > "$TM_DIR/urls"
cut -f1 "$TM_DIR/on.links" | sort -u > "$TM_DIR/on.targets"
is "$(grep -v -x -F -f "$TM_DIR/urls" "$TM_DIR/on.targets")" "" "every link's target is a URL of the data"
is "$(copies on | sort -u)" "$url" "the OSC 52 copies decode to P64's URL"
is "$(copies on | wc -l | tr -d ' ')" 2 "... two of them, one per y"
tm_raw_has on "\\033]8;;\\033\\\\"
ok $? "each link is closed (ESC ] 8 ; ; ESC \\)"

# ---- --hyperlinks=never, and a terminal that would print them ----
for how in "--hyperlinks=never" "TERM=linux"; do
    case $how in
    TERM=*) cmd="env $how $DP --lang en" name=linux ;;
    *) cmd="$DP --lang en $how" name=never ;;
    esac
    tm_start_piped "$name" 160 40 "$cmd 2> /dev/null"
    tm_wait "Parameters 1/10" > /dev/null
    tm_keys o j Enter
    tm_wait "URL        $url" > /dev/null
    ok $? "$how: the URL on the detail page"
    tm_keys Q
    tm_wait "EXIT=0" > /dev/null
    ! tm_raw_has "$name" '\033]8;'
    ok $? "$how: no OSC 8 in the stream"
done

# ---- over --ssh (the dataset next to a copy of the binary, as there) ----
mkdir -p "$TM_DIR/ssh/bin/data" "$TM_DIR/ssh/home"
cp "$DOKPAMO" "$TM_DIR/ssh/bin/dokpamo" && cp "$DATA" "$TM_DIR/ssh/bin/data/consortia.json"
tm_start_piped ssh 160 40 "env -i TERM=xterm-256color HOME=$TM_DIR/ssh/home PATH=/usr/bin:/bin LANG=C.UTF-8 SSH_ORIGINAL_COMMAND= $TM_DIR/ssh/bin/dokpamo --ssh --lang en"
tm_wait "Parameters 1/10" > /dev/null
ok $? "--ssh: the browser is up"
tm_keys o j Enter
tm_wait "Source · P64" > /dev/null
tm_keys y
tm_wait "copied the URL of P64" > /dev/null
ok $? "--ssh: y copies the URL"
tm_keys Q
tm_wait "EXIT=0" > /dev/null
links ssh | grep -q -x -F "$(printf '%s\t%s' "$url" "$url")"
ok $? "--ssh: the URL is an OSC 8 link"
is "$(copies ssh)" "$url" "--ssh: the copy decodes to the URL"

# ---- a bad data file: P64's URL carries an OSC 0 and a BEL ----
"$PY" - "$DATA" "$TM_DIR/bad.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for s in d["sources"]:
    if s["id"] == "P64":
        s["url"] = "https://evil.example/\x1b]0;PWNED\x07x"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
tm_start_piped bad 160 40 "$DOKPAMO --data $TM_DIR/bad.json --lang en 2> /dev/null"
tm_wait "Parameters 1/10" > /dev/null
ok $? "bad data: the browser is up (the string shown sanitised)"
tm_keys o j
tm_wait "evil.example" > /dev/null
ok $? "... the bad URL in the list, as text"
tm_keys y
tm_wait "the URL of P64 is not copied: not a plain http(s) address" > /dev/null
ok $? "... y refuses it and says why"
tm_keys Enter
tm_wait "Source · P64" > /dev/null
tm_keys y Q
tm_wait "EXIT=0" > /dev/null
! tm_raw_has bad '\033]0;PWNED'
ok $? "... the OSC 0 of the data never reaches the terminal"
! tm_raw_has bad 'PWNED\007'
ok $? "... nor its BEL"
! links bad | grep -q evil
ok $? "... no link to it"
is "$(copies bad)" "" "... and nothing copied"
links bad | grep -q -F "https://www.donga.com/"
ok $? "... while the other URLs are links"
done_testing
