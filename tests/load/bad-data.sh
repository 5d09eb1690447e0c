#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Every file in tests/data/bad/ gets its exact `validate` messages (errors,
# or warnings for data that still validates)
# (tests/data/bad/NAME.expected: stderr lines, then "exit N").
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir/tests/data/bad" || exit 1
for f in *.json; do
    want=$(cat "${f%.json}.expected")
    got=$("$DOKPAMO" validate "$f" 2>&1 >/dev/null; echo "exit $?")
    is "$got" "$want" "validate $f"
done

# The other commands refuse the same data with exit 65 and name the file.
for f in params-string.json truncated.json duplicate-model-id.json; do
    out=$("$DOKPAMO" --data "$f" list 2>&1 >/dev/null); rc=$?
    is "$rc" 65 "list on $f exits 65"
    like "$out" "^dokpamo: " "list on $f explains on stderr"
done

for f in number-too-large.json alias-is-other-id.json variant-cycle.json; do
    "$DOKPAMO" --data "$f" list >/dev/null 2>&1
    is "$?" 65 "list on $f exits 65 too"
done

# An exact id wins: a model whose English name is another model's id
# leaves that model reachable by its id (a part of it is still ambiguous).
tmp=$(mktemp -d)
/usr/bin/python3 - "$top_srcdir/tests/data/mini.json" "$tmp/name-id.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["consortia"][0]["models"][0]["name"]["en"] = "alpha-8b"
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
out=$("$DOKPAMO" --data "$tmp/name-id.json" --lang en show alpha-8b --format tsv 2>&1); rc=$?
is "$rc" 0 "show by an id another model is named after: found"
is "$(printf '%s\n' "$out" | sed -n 2p | cut -f1,3)" "$(printf 'alpha-8b\tAlpha 8B')" "and it is the model with that id"
out=$("$DOKPAMO" --data "$tmp/name-id.json" --lang en compare alpha-8b alpha-500b 2>&1); rc=$?
is "$rc" 0 "compare by that id: found"
out=$("$DOKPAMO" --data "$tmp/name-id.json" --lang en show alpha-8 2>&1); rc=$?
is "$rc" 1 "a part of both names is still ambiguous"
rm -rf "$tmp"

# Missing, directory, FIFO: exit 66 with the reason.
got=$("$DOKPAMO" validate no-such-file.json 2>&1 >/dev/null; echo "exit $?")
is "$got" "no-such-file.json: No such file or directory
exit 66" "missing file: exit 66"
got=$("$DOKPAMO" validate . 2>&1 >/dev/null; echo "exit $?")
is "$got" ".: is a directory
exit 66" "directory: exit 66"
tmp=$(mktemp -d)
mkfifo "$tmp/fifo"
# A blocking open would wait for a writer forever: any bound proves it did
# not block; 60 s leaves room for valgrind on a loaded machine.
got=$(timeout 60 "$DOKPAMO" validate "$tmp/fifo" 2>&1 >/dev/null; echo "exit $?")
is "$got" "$tmp/fifo: not a regular file
exit 66" "FIFO: refused without blocking, exit 66"
rm -rf "$tmp"

# Strings with escapes or bidi controls: validate fails, list shows them
# sanitised after one warning.
out=$("$DOKPAMO" --data escape-sequence.json --lang en show alpha 2>"${TMPDIR:-/tmp}/dp-warn.$$"); rc=$?
warn=$(cat "${TMPDIR:-/tmp}/dp-warn.$$"); rm -f "${TMPDIR:-/tmp}/dp-warn.$$"
is "$rc" 0 "show on a dataset with an escape sequence still works"
is "$(printf '%s\n' "$warn" | grep -c warning)" 1 "one warning on stderr"
like "$out" 'Alpha\\e\[2J' "CSI shown as a visible escape"
like "$out" '\\e\]52;' "OSC 52 shown as a visible escape"
ok "$(printf '%s' "$out$warn" | LC_ALL=C grep -c "$(printf '\033')")" "no raw ESC reaches stdout or stderr"

# A model name holding OSC 52, CSI and U+202E: visible escapes in list,
# show and the browser; validate flags it.
tmp=$(mktemp -d)
/usr/bin/python3 - "$top_srcdir/tests/data/mini.json" "$tmp/esc.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["consortia"][0]["models"][0]["name"]["en"] = "A\x1b]52;c;cHduZWQ=\x07B\x1b[2JC\u202eD"
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"))
PY
want='A\e]52;c;cHduZWQ=\x07B\e[2JC\u202eD'
out=$("$DOKPAMO" --data "$tmp/esc.json" --lang en list 2>/dev/null)
like "$out" "$(printf '%s' "$want" | sed 's/[][\\.^$*]/\\&/g')" "list shows OSC 52, CSI and U+202E as visible escapes"
out=$("$DOKPAMO" --data "$tmp/esc.json" --lang en show alpha-500b 2>/dev/null)
like "$out" "$(printf '%s' "$want" | sed 's/[][\\.^$*]/\\&/g')" "show does too"
printf ':dump\n' > "$tmp/keys"
out=$("$DOKPAMO" --data "$tmp/esc.json" --lang en --headless-script "$tmp/keys" --size 160x40 2>/dev/null)
like "$out" 'A\\e\]52' "the browser does too"
all=$("$DOKPAMO" --data "$tmp/esc.json" --lang en list 2>&1; "$DOKPAMO" --data "$tmp/esc.json" --lang en show alpha-500b 2>&1;
      "$DOKPAMO" --data "$tmp/esc.json" --lang en --headless-script "$tmp/keys" --size 160x40 2>&1)
is "$(printf '%s' "$all" | LC_ALL=C grep -c "$(printf '\033')")" 0 "no raw ESC from list, show or the browser"
is "$(printf '%s' "$all" | grep -c "$(printf '\342\200\256')")" 0 "no raw U+202E either"
got=$("$DOKPAMO" validate "$tmp/esc.json" 2>&1 >/dev/null; echo "exit $?")
is "$got" "consortia[0].models[0].name.en: escape sequence at byte 1
$tmp/esc.json: 1 problem
exit 65" "validate flags it with its path"
rm -rf "$tmp"
done_testing
