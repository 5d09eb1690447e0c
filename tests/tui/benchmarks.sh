#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The Benchmarks view (b), at 80x24 and 160x48 in Korean and English:
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
<Enter>
o
:dump
<Esc>
:status
KEYS
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

# The key is in the help (generated from the key table).
printf '?\n:dump\n' > "$SCRATCH/help.keys"
like "$("$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/help.keys" --size 120x80 --lang en)" \
    "b +benchmarks: every result, Korean benchmarks first" "help lists b"
done_testing
