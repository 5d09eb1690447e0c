#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Exports carry provenance: every JSON record lists the sources it cites
# with publisher, date, title and URL (cited_sources; Compare: sources),
# a source's cited_by is an array, CSV/TSV rows end with their sources'
# URLs (source_urls), and --plain gives Markdown fit to paste: no bars,
# deltas or marks.
. "$top_srcdir/tests/lib.sh"
PY=/usr/bin/python3
dp() { "$DOKPAMO" --no-config --data "$DATA" "$@"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# show/list JSON: cited_sources, one object per source, the catalogue's fields.
dp show a-x-k1 --format json > "$tmp/show.json"
out=$("$PY" - "$tmp/show.json" "$DATA" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))[0]
ds = json.load(open(sys.argv[2], encoding="utf-8"))
cs = r["cited_sources"]
p24 = next(s for s in cs if s["id"] == "P24")
ids = [s["id"] for s in cs]
cited = {i for v in r["sources"].values() for i in v}
order = [s["id"] for s in ds["sources"] if s["id"] in cited]
print(sorted(p24), p24["url"], len(ids) == len(set(ids)), set(ids) == cited, ids == order)
PY
)
is "$out" "['date', 'id', 'publisher', 'title', 'url'] https://huggingface.co/skt/A.X-K1 True True True" \
    "show --format json: cited_sources has id, publisher, date, title, url for every cited id, once, in dataset order"
out=$(dp list --format json | "$PY" -c '
import json, sys
d = json.load(sys.stdin)
print(all(r["cited_sources"] and {s["id"] for s in r["cited_sources"]} == {i for v in r["sources"].values() for i in v} for r in d))')
is "$out" "True" "list --format json: every record's cited_sources match its source ids"
out=$(dp show S5 --format json | "$PY" -c '
import json, sys
r = json.load(sys.stdin)[0]
print(type(r["cited_by"]).__name__, "stage-1" in r["cited_by"], "cited_sources" in r)')
is "$out" "list True False" "show S5 --format json: cited_by is an array of ids; a source cites nothing"

# compare --format json: the sources its shown cells cite.
dp compare k-exaone a-x-k1 --format json > "$tmp/cmp.json"
out=$("$PY" - "$tmp/cmp.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
ids = {i.strip() for r in c["rows"] for cell in r["cells"] if cell["source"] for i in cell["source"].split(",")}
srcs = c["sources"]
p1 = next((s for s in srcs if s["id"] == "P24"), {})
print({s["id"] for s in srcs} == ids, sorted(p1), p1.get("url"))
PY
)
is "$out" "True ['date', 'id', 'publisher', 'title', 'url'] https://huggingface.co/skt/A.X-K1" \
    "compare --format json: sources, the cited ones with their URLs"
out=$(dp compare k-exaone a-x-k1 --diff --format json | "$PY" -c '
import json, sys
c = json.load(sys.stdin)
ids = {i.strip() for r in c["rows"] for cell in r["cells"] if cell["source"] for i in cell["source"].split(",")}
print({s["id"] for s in c["sources"]} == ids)')
is "$out" "True" "compare --diff --format json: the sources of the rows shown"
is "$(dp --lang en compare k-exaone a-x-k1 --format md | tail -1 | grep -Ec '^\| [SP][0-9]+ +\|.*\| https?://[^ ]+ +\|$')" 1 \
    "compare k-exaone a-x-k1 --format md ends with a cited source and its URL"

# CSV/TSV: a last source_urls column, the cited sources' URLs joined by a space.
dp list --format csv > "$tmp/list.csv"
out=$("$PY" - "$tmp/list.csv" "$DATA" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
ds = json.load(open(sys.argv[2], encoding="utf-8"))
url = {s["id"]: s.get("url") for s in ds["sources"]}
k = next(r for r in rows if r["id"] == "a-x-k1")
urls = k["source_urls"].split(" ")
print(list(rows[0])[-1], "https://huggingface.co/skt/A.X-K1" in urls, len(urls) == len(set(urls)),
      all(u.startswith("http") for u in urls), all(r["source_urls"] for r in rows))
PY
)
is "$out" "source_urls True True True True" "list --format csv: source_urls, every row's cited URLs, space-separated"
is "$(dp list --format tsv | head -1 | tr '\t' '\n' | tail -1)" "source_urls" "list --format tsv: source_urls last"
like "$(dp show a-x-k1 --format tsv | sed -n 2p | tr '\t' '\n' | tail -1)" "https://huggingface\.co/skt/A\.X-K1( |$)" \
    "show --format tsv: the row's source URLs"
is "$(dp sources --format csv | head -1 | tr ',' '\n' | grep -c source_urls)" 0 "sources --format csv: no source_urls (a source's own URL is its url)"
LC_ALL=de_DE.UTF-8 "$DOKPAMO" --no-config --data "$DATA" list --format csv 2>/dev/null | cmp -s - "$tmp/list.csv"
ok $? "list --format csv with source_urls is the same under de_DE.UTF-8"

# --plain: Markdown to paste into an article.
md=$(dp --lang en compare k-exaone a-x-k1 --format md)
plain=$(dp --lang en compare k-exaone a-x-k1 --format md --plain)
like "$md" "█" "compare md: bars"
is "$(printf '%s\n' "$plain" | grep -c '[█▏▎▍▌▋▊▉⇆✓×]')" 0 "compare --plain: no bar, delta, best or contradiction mark"
like "$plain" "\| Total parameters +\| 236B +\| 519B +\|" "compare --plain: the values themselves"
is "$(printf '%s\n' "$plain" | grep -c '^- .*\(bars\|scale\)')" 0 "compare --plain: no legend of bars"
is "$(printf '%s\n' "$plain" | tail -1 | grep -Ec '^\| [SP][0-9]+ +\|.*https?://')" 1 "compare --plain: ends with the cited sources"
is "$(dp compare k-exaone a-x-k1 --format md --plain | grep -c '⇆')" 0 "compare --plain in Korean: no mark"
like "$(dp --lang en list --format md)" "⇆" "list md: the contradiction mark"
is "$(dp --lang en list --format md --plain | grep -c '⇆')" 0 "list --plain: no contradiction mark"
like "$(dp --lang en list --format md --plain | grep '^| A.X K1 ')" "\| +519B +\|" "list --plain: the value without its mark"
like "$(dp --lang en show a-x-k1 --format md --plain | grep '^| Total parameters')" "\| 519B \(" "show --plain: the value, its note kept"
is "$(dp --lang en show a-x-k1 --format md --plain | grep -c '⇆')" 0 "show --plain: no mark"
is "$(dp --lang en list --format json --plain | md5sum)" "$(dp --lang en list --format json | md5sum)" \
    "--plain leaves JSON as it is"
like "$("$DOKPAMO" --help)" "--plain" "--help lists --plain"
done_testing
