#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# `dokpamo sources [ID]...` and `show ID` for a source: every field of the
# sources catalogue, what cites a source, the URLs in list/show JSON.
. "$top_srcdir/tests/lib.sh"
dp() { "$DOKPAMO" --data "$DATA" "$@"; }

# sources P11 prints P11's URL, with its publisher, date and title.
out=$(dp --lang en sources P11)
is "$(printf '%s\n' "$out" | sed -n 1p | tr -s ' ')" "ID Publisher Date Title URL" "sources: the heads in English"
like "$(printf '%s\n' "$out" | sed -n 2p)" "^P11  ZDNet Korea  2026-01-15  .*https://zdnet\.co\.kr/view/\?no=20260115144724$" \
    "sources P11: publisher, date, title and URL"
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 2 "sources P11: one row"
is "$(dp --lang ko sources p11 | sed -n 1p | tr -s ' ')" "ID 발행처 날짜 제목 URL" "sources: the heads in Korean; ids in any case"
is "$(dp sources S5 P11 --format tsv | cut -f1 | tr '\n' ' ')" "id S5 P11 " "sources S5 P11: in the order named"
is "$(dp sources S5 s5 P11 S5 --format tsv | cut -f1 | tr '\n' ' ')" "id S5 P11 " "an id named twice (any case) shows once"
# More ids than the dataset has sources: still only those named (it printed
# every source when the names outnumbered the rows).
is "$(dp sources $(yes S5 | head -300) --format tsv | cut -f1 | tr '\n' ' ')" "id S5 " "300 × S5: one row, not all sources"
is "$(dp sources P11 --format tsv | head -1)" "$(printf 'id\tpublisher\tdate\ttitle\turl\tkind\tuncertain\tcited_by')" \
    "sources --format tsv: every machine field"
is "$(dp sources P11 --format tsv | sed -n 2p | cut -f5-8)" \
    "$(printf 'https://zdnet.co.kr/view/?no=20260115144724\tpublic\tfalse\tnaver, naver-drop-vs-score')" \
    "sources P11: kind, reliability and what cites it (NAVER and a contradiction)"
json=$(dp sources P11 --format json)
is "$json" '[
  {"id": "P11", "publisher": "ZDNet Korea", "date": "2026-01-15", "title": "Step-1 results; Naver in top 4 but excluded", "url": "https://zdnet.co.kr/view/?no=20260115144724", "kind": "public", "uncertain": false, "cited_by": ["naver", "naver-drop-vs-score"]}
]' "sources P11 --format json: typed"
n=$(dp sources --format tsv | sed 1d | wc -l | tr -d ' ')
is "$n" "$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["sources"]))' "$DATA")" "sources: every source of the dataset"
is "$(dp sources --format csv | head -1)" "$(printf 'id,publisher,date,title,url,kind,uncertain,cited_by\r')" "sources --format csv"
dp sources --format md | sed -n 2p | grep -q '^|' ; ok $? "sources --format md: a Markdown table"
is "$(dp sources --sort -date --format tsv | sed -n 2p | cut -f3)" "$(dp sources --format tsv | sed 1d | cut -f3 | grep -v '^$' | sort -r | head -1)" \
    "sources --sort -date: newest first"
is "$(dp sources --filter kind=seed --format tsv | sed 1d | cut -f6 | sort -u)" "seed" "sources --filter kind=seed"

# Errors: an unknown id, exact message and exit 1.
err=$(dp --lang en sources P11 X9 2>&1 >/dev/null); rc=$?
is "$rc/$err" "1/dokpamo: no such source 'X9'" "sources X9: exit 1 and says so"
err=$(dp --lang ko sources "$(printf 'X\033[31m')" 2>&1 >/dev/null)
is "$err" "dokpamo: 해당 출처 없음 'X\\e[31m'" "sources: a hostile id is printed sanitised"
dp sources --sort bogus >/dev/null 2>&1; is $? 2 "sources --sort bogus: exit 2"

# show ID for a source: the same fields as lines.
out=$(dp --lang en show S5)
like "$(printf '%s\n' "$out" | grep '^Publisher')" "딜사이트 \(Dealsite\), 최령" "show S5: the publisher"
like "$(printf '%s\n' "$out" | grep '^URL')" "unknown" "show S5: its URL is null, said so"
like "$(printf '%s\n' "$out" | grep '^Kind')" "seed$" "show S5: a seed source"
like "$(printf '%s\n' "$out" | grep '^Cited by')" "stage-1, .*a-x-k1" "show S5: what cites it"
is "$(printf '%s\n' "$out" | grep -c '^Cited by.*stage-1, .*stage-1,')" 0 "show S5: each citing id once"
like "$(dp --lang en show p11 | grep '^URL')" "https://zdnet\.co\.kr/view/\?no=20260115144724$" "show p11: the URL"
like "$(dp --lang ko show P11 | grep '^인용한 항목')" "naver" "show P11 in Korean"
like "$(dp show P11 --format json)" '"url": "https://zdnet' "show P11 --format json"

# show/list JSON carry the URL of every cited source (tests/cli/exports.sh
# checks the objects).
json=$(dp show a-x-k1 --format json)
like "$json" '"cited_sources": \[.*\{"id": "P24", "publisher": "[^"]*", "date": [^,]*, "title": "[^"]*", "url": "https://huggingface\.co/skt/A\.X-K1"\}' \
    "show a-x-k1 --format json: cited_sources"
like "$json" '\{"id": "S2", [^}]*"url": null\}' "show --format json: a source without a URL is null"
n=$(dp list --format json | grep -c '"cited_sources": \[{')
is "$n" "$(dp list --format tsv | sed 1d | wc -l | tr -d ' ')" "list --format json: every record has cited_sources"

# Exports carry provenance: Markdown ends with the cited sources and URLs.
md=$(dp --lang en compare k-exaone a-x-k1 --format md)
tail=$(printf '%s\n' "$md" | sed -n '/^Cited sources:$/,$p')
is "$(printf '%s\n' "$tail" | sed -n 3p | tr -s ' ')" "| ID | Publisher | Date | Title | URL |" \
    "compare --format md: the cited sources' heads"
like "$(printf '%s\n' "$md" | tail -1)" "^\| [SP][0-9]+[a-z]? +\|.*\| https://[^ ]+ *\|$" \
    "compare k-exaone a-x-k1 --format md ends with the sources and their URLs"
like "$tail" "\| P1 .*\| https://github\.com/LG-AI-EXAONE/K-EXAONE " "compare md: K-EXAONE's README and its URL"
like "$tail" "\| P24 .*\| https://huggingface\.co/skt/A\.X-K1 " "compare md: A.X K1's model card and its URL"
ids=$(printf '%s\n' "$md" | sed -n '/^Sources/,/^Cited sources:$/p' | grep '^|' | sed 1,2d | cut -d'|' -f3- |
      grep -o '[SP][0-9][0-9]*' | sort -u | tr '\n' ' ')
is "$(printf '%s\n' "$tail" | grep '^| [SP][0-9]' | cut -d' ' -f2 | sort -u | tr '\n' ' ')" "$ids" \
    "compare md: every cited id is listed, once, and no other"
like "$(dp --lang ko compare k-exaone a-x-k1 --format md)" "인용 출처:" "compare md in Korean: the heading"
md=$(dp --lang en list --format md)
like "$(printf '%s\n' "$md" | sed -n '/^Cited sources:$/,$p')" "\| P24 .*https://huggingface\.co/skt/A\.X-K1" \
    "list --format md ends with the cited sources"
like "$(dp --lang en list --filter id=a-x-k1 --format md | tail -1)" "^\| P[0-9]* " "list --filter … --format md: the sources of what is listed"
is "$(dp --lang en list --format table | grep -c 'Cited sources')" 0 "list --format table: no sources table"
done_testing
