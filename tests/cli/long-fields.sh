#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Long values reach every format whole (issue 17 item 9): a 1,260-byte
# Korean developer name and 20,001 architecture tags once came out of
# fixed 256-byte buffers cut mid-character in TSV/CSV (invalid UTF-8) and
# as 44 tags in JSON.
. "$top_srcdir/tests/lib.sh"
PY=/usr/bin/python3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$PY" - "$top_srcdir/tests/data/mini.json" "$tmp/long.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["consortia"][0]["lead"]["ko"] = "가나다라마바사아자차카타파하" * 30
d["consortia"][0]["models"][0]["architecture"] = ["moe"] + ["t%05d" % i for i in range(20000)]
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
dp() { "$DOKPAMO" --no-config --data "$tmp/long.json" "$@"; }
dp validate > /dev/null
ok $? "the file with the long values validates"
# check FORMAT: valid UTF-8, the whole name, how many distinct tags.
check() {
    dp list --format "$1" | "$PY" -c '
import json, re, sys
name = "가나다라마바사아자차카타파하" * 30
try:
    s = sys.stdin.buffer.read().decode("utf-8")
except UnicodeDecodeError as e:
    print("invalid UTF-8:", e); sys.exit(0)
if sys.argv[1] == "json":
    m = [r for r in json.loads(s) if r.get("id") == "alpha-500b"][0]
    print("utf-8", m.get("developer") == name, len(m["architecture"]))
else:
    print("utf-8", name in s, len(set(re.findall(r"\bt[0-9]{5}\b", s))) + ("moe" in s))
' "$1"
}
is "$(check tsv)" "utf-8 True 20001" "list --format tsv: valid UTF-8, the whole developer name, every tag"
is "$(check csv)" "utf-8 True 20001" "list --format csv: the same"
is "$(check json)" "utf-8 True 20001" "list --format json: the whole name and all 20,001 tags"
done_testing
