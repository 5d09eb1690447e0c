#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# `dokpamo timeline` (the dataset's dated events) and `dokpamo benchmarks`
# (its benchmark results), both through their catalogues; the results as
# the models' fields in show and Compare; what cites a source now counts
# events and results; data strings sanitised on output.
. "$top_srcdir/tests/lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
dp() { "$DOKPAMO" --data "$DATA" "$@"; }
# unlike GOT REGEX NAME: the regex is not found.
unlike() {
    tap_n=$((tap_n + 1))
    if printf '%s' "$1" | grep -Eq -- "$2"; then echo "not ok $tap_n - $3"; tap_failed=$((tap_failed + 1)); else
        echo "ok $tap_n - $3"; fi
}
W=$(mktemp -d "${TMPDIR:-/tmp}/dp-timeline.XXXXXX")
trap 'rm -rf "$W"' EXIT

# ---- timeline --------------------------------------------------------------
out=$(dp --lang en timeline)
is "$(printf '%s\n' "$out" | sed -n 1p | tr -s ' ')" "Date Kind Event Team Model Source" "timeline: the heads in English"
is "$(dp --lang ko timeline | sed -n 1p | tr -s ' ')" "날짜 유형 내용 팀 모델 출처" "timeline: the heads in Korean"
like "$out" "2026-02-20 +selection +Motif Technologies selected as the fourth elite team +Motif +n/a +P82, P83" \
    "timeline lists Motif's selection on 2026-02-20 with its team and sources"
like "$(dp --lang ko timeline)" "2026-02-20 +선정 +모티프테크놀로지스, 4번째 정예팀으로 선정 +모티프 " \
    "timeline in Korean: the kind and the text in Korean"
dp timeline --format tsv | sed 1d | cut -f1 | LC_ALL=C sort -c; ok $? "timeline: in date order"
line=$(printf '%s\n' "$out" | grep -n 'Motif Technologies selected' | cut -d: -f1)
before=$(printf '%s\n' "$out" | sed -n "$((line - 1))p")
like "$before" "^2026-02-12 " "timeline: the extra call's close (2026-02-12) comes just before Motif's selection"
is "$(dp timeline --format tsv | sed 1d | wc -l | tr -d ' ')" \
    "$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$DATA")" \
    "timeline: every event of the dataset"
# Each event with its source ids, as the data gives them.
want=$("$PY" -c 'import json,sys
for e in json.load(open(sys.argv[1]))["events"]:
    s = e["source"]; print(e["id"] + "\t" + (", ".join(s) if isinstance(s, list) else s))' "$DATA")
is "$(dp timeline --format tsv | sed 1d | cut -f3,12)" "$want" "timeline: every event with its source ids"
is "$(dp timeline --format tsv | head -1)" \
    "$(printf 'date\tdate_end\tid\tkind\tevent\tevent_en\tteam\tmodel\tstage\tnote\tnote_en\tsource\tsource_urls')" \
    "timeline --format tsv: every machine field"
like "$out" "2026-01-23–2026-02-12 +call +Call for one extra elite team" "timeline: a span shows both days"
is "$(dp timeline --format tsv --filter id=revival-call | sed 1d | cut -f1,2)" "$(printf '2026-01-23\t2026-02-12')" \
    "timeline tsv: a span's first and last day in their own fields"
is "$(dp timeline --filter team=motif --format tsv | sed 1d | cut -f3 | tr '\n' ' ')" "motif-intent motif-selected " \
    "timeline --filter team=motif: that team's events"
is "$(dp timeline --filter team=모티프 --format tsv | sed 1d | cut -f3 | tr '\n' ' ')" "motif-intent motif-selected " \
    "timeline --filter team=모티프: the team by its Korean name"
is "$(dp timeline --filter kind=release --format tsv | sed 1d | cut -f4 | sort -u)" "release" "timeline --filter kind=release"
json=$(dp timeline --filter id=motif-selected --format json)
like "$json" '"date": "2026-02-20", "date_end": null, "id": "motif-selected", "kind": "selection", ' "timeline json: typed fields"
like "$json" '"team": "motif", "model": null, "stage": "revival"' "timeline json: team and stage ids"
like "$json" '"cited_sources": \[\{"id": "P82", [^}]*"url": "https://news\.sbs\.co\.kr/[^"]*"\}, \{"id": "P83", [^}]*"url": "https://www\.newspim\.com/[^"]*"\}\]' \
    "timeline json: the sources' URLs"
is "$(dp timeline --format csv | head -1)" "$(printf 'date,date_end,id,kind,event,event_en,team,model,stage,note,note_en,source,source_urls\r')" \
    "timeline --format csv"
dp timeline --format md | sed -n 2p | grep -q '^|:' ; ok $? "timeline --format md: a Markdown table"
dp timeline --format md | tail -1 | grep -Eq '^\| [SP][0-9]+[a-z]? +\|.*https://'; ok $? "timeline --format md ends with the cited sources"
is "$(dp timeline --sort -date --format tsv | sed -n 2p | cut -f1)" "$(dp timeline --format tsv | sed 1d | cut -f1 | sort | tail -1)" \
    "timeline --sort -date: newest first"
err=$(dp --lang en timeline extra 2>&1 >/dev/null); rc=$?
is "$rc/$(printf '%s\n' "$err" | head -1)" "2/dokpamo: timeline takes no arguments (--filter team=NAME picks a team's events)" \
    "timeline with an operand: exit 2 and says why"
dp timeline --filter team=nobody >/dev/null 2>&1; is $? 1 "timeline: no event matches: exit 1"

# ---- benchmarks ------------------------------------------------------------
out=$(dp --lang en benchmarks)
is "$(printf '%s\n' "$out" | sed -n 1p | tr -s ' ')" "Model Benchmark Group Value Setting By Source" "benchmarks: the heads in English"
is "$(dp --lang ko benchmarks | sed -n 1p | tr -s ' ')" "모델 벤치마크 분류 값 설정 주체 출처" "benchmarks: the heads in Korean"
is "$(dp benchmarks --format tsv | sed 1d | wc -l | tr -d ' ')" \
    "$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$DATA")" \
    "benchmarks: every result of the dataset"
groups=$(dp benchmarks --format tsv | sed 1d | cut -f3 | uniq | tr '\n' ' ')
is "$groups" "korean global index other " "benchmarks: the Korean group first, each group together"
is "$(printf '%s\n' "$out" | sed -n 2p | tr -s ' ')" "K-EXAONE KMMLU-Pro Korean 67.3 reasoning vendor P1" \
    "benchmarks: K-EXAONE's vendor KMMLU-Pro first"
is "$(dp benchmarks --filter model=solar-open-100b,reported_by=vendor --format tsv | sed 1d | cut -f2,4,13 | tr '\t\n' ' |')" \
    "kmmlu 73 P33, P34|mmlu 88.2 P33, P34|aime24 91.7 P33, P34|aime25 84.3 P33, P34|livecodebench 74.2 P33, P34|" \
    "benchmarks: Solar Open's vendor results, with their sources"
is "$(dp benchmarks --filter model=k-exaone --format tsv | sed 1d | wc -l | tr -d ' ')" 30 "benchmarks --filter model=k-exaone: its 30 results"
like "$out" "Artificial Analysis Intelligence Index +index +32 index +v4\.0 +third party +P134" \
    "benchmarks: a unit other than a score is shown with the value"
json=$(dp benchmarks --filter model=gpt-oss-120b --format json)
like "$json" '"model": "gpt-oss-120b", "benchmark": "kmmlu-pro", "group": "korean", "value": 62\.4, "unit": "score", "setting": "reasoning: high", "reported_by": "third-party"' \
    "benchmarks json: typed fields, machine words"
like "$json" '"comparator": "k-exaone"' "benchmarks json: the model it was compared with"
is "$(dp benchmarks --format csv | head -1)" \
    "$(printf 'model,benchmark,group,value,unit,setting,reported_by,reporter,comparator,date,note,note_en,source,source_urls\r')" \
    "benchmarks --format csv"
is "$(dp benchmarks --sort -value --format tsv | sed -n 2p | cut -f1,2,4)" "$(printf 'k-exaone\tkgc-safety\t96.1')" \
    "benchmarks --sort -value: the highest value first"
dp benchmarks x >/dev/null 2>&1; is $? 2 "benchmarks with an operand: exit 2"

# ---- the results as the models' fields: show and Compare ----------------
show=$(dp --lang en show k-exaone)
like "$show" "KMMLU-Pro +P1 +67\.3 \(vendor · reasoning\)" "show k-exaone: its vendor KMMLU-Pro result, setting and source"
like "$show" "Artificial Analysis Intelligence Index +P134 +32 index \(third party · v4\.0\)" "show k-exaone: a third-party index"
like "$(dp --lang ko show k-exaone)" "KMMLU-Pro +P1 +67\.3 \(자체 발표 · reasoning\)" "show in Korean: who reported it in Korean"
like "$(dp --lang en show solar-open-100b)" "MMLU +P33, P34 +88\.2 \(vendor\)" "show solar-open-100b: its vendor MMLU"
like "$(dp --lang en show gpt-oss-120b)" "KMMLU-Pro +P1 +62\.4 \(third party · reasoning: high · 1 more in dokpamo benchmarks\)" \
    "show: a second result on the same benchmark is pointed to"
unlike "$(dp --lang en show a-x-k1)" "KMMLU-Pro" "show a-x-k1: no row for a benchmark it has no result on"
like "$(dp show k-exaone --format json)" '"bench\.kmmlu-pro": 67\.3, "bench\.kmmlu": null, ' "show --format json: a result as a number, none as null"
cmp=$(dp --lang en compare k-exaone deepseek-v3-2)
like "$cmp" "KMMLU-Pro +67\.3 .* 72\.1 " "compare k-exaone deepseek-v3-2: both KMMLU-Pro results in one row"
like "$cmp" "CSAT maths \+ essay \(Sogang, 50 problems\) +70 .* 78 " "compare: the third-party CSAT test"
unlike "$cmp" "^MMLU-Pro " "compare: a benchmark only one of the models has is left out"
like "$(dp --lang en compare k-exaone a-x-k1)" "Kakao Orchestration Benchmark +58\.3 .* 69\.94 " \
    "compare k-exaone a-x-k1: the benchmark both have"
like "$(dp --lang en compare k-exaone gpt-oss-120b)" "KMMLU-Pro +67\.3 .* 62\.4 " \
    "compare k-exaone gpt-oss-120b: the first of GPT-OSS's two KMMLU-Pro results"
md=$(dp --lang en compare k-exaone deepseek-v3-2 --format md)
like "$md" "\| KMMLU-Pro .*\| P1 .*\| P1 " "compare md: the result rows' sources in the source table"

# ---- what cites a source ------------------------------------------------
is "$(dp sources P137 --format tsv | sed 1d | cut -f8)" "vaetki, gpt-oss-120b" "sources P137: cited by the models of its results"
like "$(dp sources P82 --format tsv | sed 1d | cut -f8)" "(^|, )motif-selected(,|$)" "sources P82: cited by Motif's selection event"

# ---- contradictions --------------------------------------------------------
out=$(dp --lang en contradictions)
is "$(printf '%s\n' "$out" | sed -n 1p | tr -s ' ')" "Topic About Sides Note" "contradictions: the heads in English"
is "$(dp --lang ko contradictions | sed -n 1p | tr -s ' ')" "주제 대상 주장 비고" "contradictions: the heads in Korean"
like "$out" "A\.X K1 size +A\.X K1 +500B \(5,000억\) \[S1, S2, S3\] \| 총 519B / 활성 33B \[P24, P25\]" \
    "contradictions: A.X K1's size, both sides with their sources"
is "$(dp contradictions --format tsv | sed 1d | wc -l | tr -d ' ')" \
   "$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["contradictions"]))' "$DATA")" \
   "contradictions: every recorded contradiction"
is "$(dp contradictions --format tsv | head -1)" \
   "$(printf 'id\ttopic\ttopic_en\tabout\tfields\tvalues\tsides\tnote\tnote_en\tsource\tsource_urls')" "contradictions --format tsv: every machine field"
is "$(dp contradictions --format csv | head -1)" "$(printf 'id,topic,topic_en,about,fields,values,sides,note,note_en,source,source_urls\r')" \
    "contradictions --format csv"
json=$(dp contradictions --filter id=a-x-k1-size --format json)
like "$json" '"about": "a-x-k1", "fields": \["params_total_b", "params_active_b"\], "values": \["500B \(5,000억\) \[S1, S2, S3\]", ' \
    "contradictions json: the contested fields and the sides as arrays"
like "$json" '\{"id": "P24", [^}]*"url": "https://huggingface.co/skt/A.X-K1"\}' "contradictions json: the sources' URLs"
dp contradictions --format md | tail -1 | grep -Eq '^\| [SP][0-9]+[a-z]? +\|.*https://'; ok $? "contradictions --format md ends with the cited sources"
is "$(dp contradictions --filter about=a-x-k1 --format tsv | sed 1d | cut -f1 | tr '\n' ' ')" \
    "a-x-k1-size a-x-k1-vs-deepseek a-x-k1-training-gpus " "contradictions --filter about=a-x-k1: that model's"
err=$(dp --lang en contradictions extra 2>&1 >/dev/null); rc=$?
is "$rc/$(printf '%s\n' "$err" | head -1)" "2/dokpamo: contradictions takes no arguments (--filter about=ID picks a record's)" \
    "contradictions with an argument: usage error"
# A contested value's mark, in show and list, never in the machine formats.
like "$(dp --lang en show a-x-k1)" "Total parameters +P24, P25 +⇆519B \(sources disagree: contradiction a-x-k1-size\)" \
    "show: A.X K1's total carries the mark and names the contradiction"
like "$(dp --lang en list --filter id=a-x-k1)" " ⇆519B +⇆33B " "list: the marks in the table"
is "$(dp list --filter id=a-x-k1 --format tsv | sed 1d | cut -f12,13)" "$(printf '519\t33')" "list tsv: the numbers, no mark"

# ---- data strings are sanitised ------------------------------------------
"$PY" - "$DATA" "$W/bad.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["events"][0]["text"]["en"] = "evil \u001b[31mred\u001b]8;;http://x\u0007 \u202e"
d["results"][0]["setting"] = "set\u001b[2J"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
for f in table tsv csv json md; do
    "$DOKPAMO" --data "$W/bad.json" --lang en timeline --format $f > "$W/t.$f" 2>&1
    "$DOKPAMO" --data "$W/bad.json" --lang en benchmarks --format $f > "$W/b.$f" 2>&1
done
if LC_ALL=C grep -q "$(printf '\033')" "$W"/t.* "$W"/b.*; then ok 1 "no ESC reaches the output of timeline/benchmarks"; else
    ok 0 "no ESC reaches the output of timeline/benchmarks (every format)"; fi
like "$(cat "$W/t.table")" 'evil \\e\[31mred' "timeline: a control sequence in an event is shown escaped"
like "$(cat "$W/b.table")" 'set\\e\[2J' "benchmarks: a control sequence in a setting is shown escaped"

done_testing
