#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The Benchmarks view (b), at 80x24 and 160x48 in Korean and English.
# First the grid: models x benchmarks (the models with a result), Korean
# benchmarks first, each cell its value and a tag for who reported it
# (v/o/t, 자/공/제, legend on the title), h/l moving the cell cursor and
# scrolling the columns, s sorting by the cursor's benchmark, Space
# marking, c comparing and Esc coming back, Enter on a cell its result,
# on an empty cell the model. Tab shows the list:
# every benchmark result of the results catalogue, Korean benchmarks
# first, who reported each in words from the vocabulary (not colour
# alone), the selected model's results marked (>) with the cursor on its
# first; s sorts by a shown column, / searches, Enter shows a result's
# detail (setting, publisher, date, source), Esc goes back one step.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
PY=/usr/bin/python3

for lang in en ko; do
    for size in 80x24 160x48; do
        # VAETKI selected on the main screen: its results marked.
        screen "benchmarks-$size-$lang" "$size" --lang "$lang" <<'KEYS'
/VAETKI
<Enter>
b
<Tab>
:dump
g
<Enter>
:dump
<Esc>
:status
s
:dump
/Solar
<Enter>
:dump
<Esc>
:status
<Esc>
:status
KEYS
    done
    # o on a result's detail: the result's sources, titled by its model and
    # benchmark (a result has no name of its own); Esc back to the detail.
    screen "benchmarks-sources-$lang" 100x24 --lang "$lang" <<'KEYS'
b
<Tab>
<Enter>
o
:dump
<Esc>
:status
KEYS
done

# The grid, VAETKI selected on the main screen.
for lang in en ko; do
    for size in 80x24 160x48; do
        screen "bench-grid-$size-$lang" "$size" --lang "$lang" <<'KEYS'
/VAETKI
<Enter>
b
:dump
l
l
s
:dump
s
:dump
<Enter>
:dump
<Esc>
:status
h
<Enter>
:dump
<Esc>
:status
G
l
l
l
l
l
l
l
l
l
l
l
l
l
l
l
l
:dump
<Space>
k
<Space>
c
:dump
<Esc>
:status
<Esc>
:status
KEYS
    done
done

nres=$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))["results"]))' "$DATA")
# dump N FILE ROWS: the Nth screen of a dump of ROWS lines per screen.
dump() { sed -n "$(( ($1 - 1) * $3 + 1 )),$(( $1 * $3 ))p" "$2"; }

out="$SCRATCH/benchmarks-160x48-en.out"
first=$(dump 1 "$out" 48)
like "$(printf '%s\n' "$first" | sed -n 1p)" "Benchmarks · $nres results · Korean benchmarks first" "benchmarks: the title counts every result"
groups=$(printf '%s\n' "$first" | sed -n '3,47p' | grep '^│ [ >] ' |
    sed -E 's/.* (Korean|global|index|other) +[0-9.]+ .*/\1/')
is "$(printf '%s\n' "$groups" | head -1)" "Korean" "benchmarks: the Korean group first"
is "$(printf '%s\n' "$groups" | awk '$0 != "Korean" {seen = 1} seen && $0 == "Korean" {bad = 1} END {print bad ? "mixed" : "grouped"}')" \
    "grouped" "benchmarks: every Korean result before the others"
like "$first" " vendor " "benchmarks: who reported it, in words (vendor)"
like "$first" " third party " "benchmarks: ... (third party)"
like "$(printf '%s\n' "$first" | grep '^│ > ' | head -1)" "^│ > VAETKI +KMMLU-Pro +Korean +58\.4 +vendor +P137 " \
    "benchmarks: VAETKI (selected) marked: its vendor KMMLU-Pro with its source"
is "$(printf '%s\n' "$first" | grep '^│ > ' | grep -vc 'VAETKI ')" 0 "benchmarks: only the selected model's results are marked"
like "$(printf '%s\n' "$first" | sed -n 48p)" " 5/$nres  Enter detail " "benchmarks: the cursor on the selected model's first result"
detail=$(dump 2 "$out" 48)
like "$(printf '%s\n' "$detail" | sed -n 1p)" "Benchmark result · K-EXAONE · KMMLU-Pro" "Enter: the result's detail, titled"
like "$detail" "Setting +reasoning" "detail: the setting"
like "$detail" "Reported by +vendor" "detail: who reported it"
like "$detail" "Publisher +LG AI Research" "detail: the publisher"
like "$detail" "Source +P1 " "detail: the source"
like "$(cat "$out")" "status: screen=benchmarks" "Esc from a result's detail: back in the list"
sorted=$(sed -n '98,145p' "$out")
like "$(printf '%s\n' "$sorted" | sed -n 2p)" "│   ▲Model " "s: sorted by the first column, the head shows it"
is "$(printf '%s\n' "$sorted" | sed -n '3,47p' | grep '^│ [ >] [A-Z]' | sed -E 's/^│ [ >] (.{16}).*/\1/' | LC_ALL=C sort -c 2>&1 && echo sorted)" \
    "sorted" "s: rows in model order"
found=$(sed -n '146,193p' "$out")
at=$(printf '%s\n' "$found" | sed -n 48p | grep -oE ' [0-9]+/' | tr -d ' /')
like "$(printf '%s\n' "$found" | sed -n "$((at + 2))p")" "^│ [ >] Solar Open 100B " "/Solar: the cursor on a Solar Open result"
like "$(tail -4 "$out" | head -3)" "status: screen=benchmarks" "Esc after a search: the search cleared, still the list"
like "$(tail -2 "$out")" "status: screen=main" "Esc again: back on the main screen"

out="$SCRATCH/benchmarks-80x24-en.out"
like "$(sed -n 1p "$out")" "Benchmarks · $nres results" "80x24: the title"
like "$(sed -n '2,23p' "$out" | grep '^│ > ' | head -1)" "^│ > VAETKI +KMMLU-Pro +Korean +58\.4 vendor" "80x24: model, benchmark, group, value, who"

out="$SCRATCH/benchmarks-160x48-ko.out"
first=$(dump 1 "$out" 48)
like "$(printf '%s\n' "$first" | sed -n 1p)" "벤치마크 · 결과 ${nres}개 · 한국어 벤치마크 먼저" "Korean: the title"
like "$first" " 자체 발표 " "Korean: who reported it in Korean (자체 발표)"
like "$first" " 제3자 " "Korean: ... (제3자)"
like "$(printf '%s\n' "$first" | grep '^│ > ' | head -1)" "^│ > 배키 .* 한국어 .* 자체 발표 " "Korean: the model, the group and who reported it in Korean"
like "$(cat "$out")" "벤치마크 결과 · K-엑사원 · KMMLU-Pro" "Korean: the detail's title"

# The grid, checked against the data: every model with a result is a row,
# every benchmark with one a column, each value in its model's row and
# its benchmark's column with its tag. nth N FILE: the Nth screen of a
# dump (status lines left out).
nth() { awk -v n="$1" '/^┌/ {k++} k == n && !/^(status:|exit )/' "$2"; }
out="$SCRATCH/bench-grid-160x48-en.out"
first=$(nth 1 "$out")
nmod=$("$PY" -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); print(len({r["model"] for r in d["results"]}))' "$DATA")
nbench=$("$PY" -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); print(len({r["benchmark"] for r in d["results"]}))' "$DATA")
like "$(printf '%s\n' "$first" | sed -n 1p)" "Benchmarks · $nmod models × $nbench · v vendor · o official · t third party" \
    "grid: the title counts models and benchmarks and gives the tags' legend"
is "$(printf '%s\n' "$first" | sed -n '3,46p' | grep -c '^│ [ >] [^ ]')" "$nmod" "grid: one row per model with a result"
like "$(printf '%s\n' "$first" | sed -n 2p)" "^│   Model +KMMLU-Pro +KMMLU +CLIcK +KoBALT +HRM8K " "grid: Korean benchmarks first"
like "$(printf '%s\n' "$first" | grep '^│ > ')" "^│ > VAETKI +58\.4 v +— +75\.5 v +47\.5 v +70\.6 v " \
    "grid: VAETKI (selected) marked, its vendor results tagged v, an empty cell a dash"
like "$(printf '%s\n' "$first" | grep 'DeepSeek-V3.2')" "DeepSeek-V3\.2 +72\.1 t +— +86\.3 t +62\.7 t " "grid: third-party results tagged t"
like "$(printf '%s\n' "$first" | sed -n 47p)" "VAETKI · KMMLU-Pro · 58\.4 \(vendor\) +benchmarks 1–12 of $nbench" \
    "grid: the cursor's cell in words, and which benchmarks are shown"
like "$(printf '%s\n' "$first" | sed -n 48p)" " 5/$nmod  h l column  s sort  Space mark  c compare  Tab list  q back " "grid: the hint"
sorted=$(nth 2 "$out")
like "$(printf '%s\n' "$sorted" | sed -n 2p)" " ▼CLIcK " "s: sorted by the cursor's benchmark (CLIcK), best first"
is "$(printf '%s\n' "$sorted" | sed -n '3,5p' | sed -E 's/^│ [ >] (.{22}).*/\1/; s/ *$//' | tr '\n' ,)" \
    "K-EXAONE,VAETKI,A.X K1," "s: the programme's models by CLIcK (83.9, 75.5), the unevaluated after them"
is "$(printf '%s\n' "$sorted" | sed -n '3,10p' | grep -n 'DeepSeek' | cut -d: -f1)" 6 \
    "s: a reference model (DeepSeek, 86.3) after the programme's five, as in every sorted view"
like "$(printf '%s\n' "$(nth 3 "$out")" | sed -n 2p)" " ▲CLIcK " "s again: the other way"
detail=$(nth 4 "$out")
like "$(printf '%s\n' "$detail" | sed -n 1p)" "Benchmark result · VAETKI · CLIcK" "Enter on a cell: its result"
like "$detail" "Reported by +vendor" "... who reported it"
is "$(sed -n '/^status:/{p;q}' "$out" | cut -d' ' -f2)" "screen=benchmarks" "Esc: back on the grid"
like "$(nth 5 "$out" | sed -n 1p)" "Model · VAETKI" "Enter on an empty cell (VAETKI has no KMMLU): the model"
scrolled=$(nth 6 "$out")
like "$(printf '%s\n' "$scrolled" | sed -n 47p)" "benchmarks [0-9]+–[0-9]+ of $nbench" "l past the edge: the columns scroll"
is "$(printf '%s\n' "$scrolled" | sed -n 2p | grep -c ' KMMLU-Pro ')" 0 "... the first benchmarks leave the screen"
like "$(nth 7 "$out" | sed -n 1p)" "Compare · 2 models" "Space, Space, c: the two marked models compared"
like "$(tail -3 "$out" | head -1)" "status: screen=benchmarks .* marked=2 " "Esc from Compare: back on the grid, the marks kept"
like "$(tail -2 "$out" | head -1)" "status: screen=main .* marked=2 " "Esc: back on the main screen, the marks there too"
out="$SCRATCH/bench-grid-80x24-ko.out"
like "$(sed -n 1p "$out")" "벤치마크 · 모델 ${nmod}개 × $nbench · 자 자체 발표 · 공 공식 평가 · 제 제3자" "Korean grid: the legend in Korean"
like "$(sed -n 7p "$out")" "^│ > 배키 +58\.4 자 +— +75\.5 자 " "Korean grid: the tags in Korean"
like "$(sed -n 24p "$out")" " 5/$nmod  h l 열  s 정렬  Space 표시  c 비교  Tab 목록  q 뒤로 " "Korean grid: the hint"

# b on a model's detail page: its results marked; Esc back to the page
# exactly as it was (scrolled down).
printf '/VAETKI\n<Enter>\n<Enter>\n' > "$SCRATCH/page.keys"
i=0; while [ $i -lt 20 ]; do echo j >> "$SCRATCH/page.keys"; i=$((i + 1)); done
printf ':dump\nb\n:dump\n<Esc>\n:dump\n' >> "$SCRATCH/page.keys"
"$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/page.keys" --size 80x24 --lang en > "$SCRATCH/page.out"
like "$(sed -n 25p "$SCRATCH/page.out")" "Benchmarks · " "b on a model's detail page: the Benchmarks grid"
like "$(sed -n '25,48p' "$SCRATCH/page.out" | grep '^│ > ')" "^│ > VAETKI " "... the page's model marked"
is "$(sed -n '49,72p' "$SCRATCH/page.out")" "$(sed -n '1,24p' "$SCRATCH/page.out")" "Esc: back on the detail page, scrolled as it was"

# / on the grid: the cursor on the first model whose names match.
printf 'b\n/솔라\n<Enter>\n:dump\n' > "$SCRATCH/gs.keys"
like "$("$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/gs.keys" --size 80x24 --lang en | sed -n 23p)" \
    "^│ Solar Open 100B · KMMLU-Pro · " "/ on the grid (a Korean name): the cursor on Solar Open 100B"

# ... and on the list: a Korean query reaches the search whole (each key
# was cut to its low byte: "/솔" read "/~T").
printf 'b\n<Tab>\n/솔\n:dump\n<Enter>\n:dump\n' > "$SCRATCH/ls.keys"
"$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/ls.keys" --size 80x24 --lang en > "$SCRATCH/ls.out"
like "$(sed -n 24p "$SCRATCH/ls.out")" "^└ /솔 " "/ on the list: the Korean query as typed"
like "$(sed -n 48p "$SCRATCH/ls.out")" "^└─ 7/" "... the cursor on the first Solar Open result (row 7)"

# The key is in the help (generated from the key table).
printf '?\n:dump\n' > "$SCRATCH/help.keys"
like "$("$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/help.keys" --size 120x80 --lang en)" \
    "b +benchmarks: models × benchmarks, Korean first" "help lists b"
done_testing
