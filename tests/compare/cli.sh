#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# cli.sh — `dokpamo compare`: golden outputs of every format, --diff, name
# resolution (aliases, Korean, 초성), ambiguous and unknown names, pipes.
# Regenerate the goldens after an intended change with
#   DOKPAMO_REGEN=1 make check TESTS=tests/compare/cli.sh
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/compare/golden"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cmp_() { "$DOKPAMO" --data "$DATA" compare "$@"; }

# golden FILE ARGS... — output of `compare ARGS` equals golden/FILE byte for byte.
golden() {
    name=$1; shift
    cmp_ "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?
    if [ -n "$DOKPAMO_REGEN" ]; then cp "$tmp/out" "$G/$name"; fi
    if [ $rc -eq 0 ] && cmp -s "$tmp/out" "$G/$name"; then ok 0 "golden $name"; else
        ok 1 "golden $name (exit $rc)"; diff "$G/$name" "$tmp/out" | head -20 | sed 's/^/#   /'; fi
}

golden axk1-kexaone.md "A.X K1" K-EXAONE --format md
golden axk1-kexaone-solar.txt A.X-K1 K-EXAONE "Solar Open"
golden axk1-kexaone-solar.csv A.X-K1 K-EXAONE "Solar Open" --format csv
golden axk1-kexaone-solar.json A.X-K1 K-EXAONE "Solar Open" --format json
golden axk1-kexaone-solar-diff-en.txt A.X-K1 K-EXAONE "Solar Open" --diff --lang en
golden kexaone-peer-en.md K-EXAONE --lang en --format md
golden axk1-deepseek-en.md A.X-K1 DeepSeek-V3.1 --lang en --format md
golden six-models.txt a-x-k1 k-exaone solar-open-100b hyperclova-x-seed-32b-think vaetki deepseek-v3-1 --lang en

# Any name, alias, Korean spelling or 초성 finds the same models.
cmp_ 에이닷엑스 KX1 --format md >"$tmp/alias.md"
ok $(cmp -s "$tmp/alias.md" "$G/axk1-kexaone.md"; echo $?) "Korean name and alias give the same comparison"
out=$(cmp_ ㅇㅅㅌ k-exaone --lang en --format csv | sed -n 1p)
like "$out" ',solar-open-100b,.*,k-exaone,' "초성 ㅇㅅㅌ finds Upstage's model"
out=$(cmp_ ncai --lang en --format csv | sed -n 1p)
like "$out" ',vaetki,.*,vaetki-vl-7b-a1b,' "a consortium stands for its models"

# Markdown: every table line has its bars in the same display column.
awk -F'|' 'NF > 3 && $2 ~ /파라미터|비율|길이|점수|기관/ { print }' "$G/axk1-kexaone.md" >"$tmp/rows"
ok $( [ -s "$tmp/rows" ] && [ "$(wc -L <"$tmp/rows" | tr -d ' ')" -gt 0 ] ; echo $?) "golden markdown has numeric rows"
widths=$(while IFS= read -r l; do printf '%s' "$l" | wc -L; done <"$G/axk1-kexaone.md" | sed -n '1,25p' | sort -u | wc -l)
is "$widths" 1 "the first Markdown table's lines all have one display width (Hangul aligned)"

# Ambiguous and unknown names (the messages in English; vocabulary.sh
# checks them in Korean).
cmp_ --lang en HyperCLOVA K-EXAONE >"$tmp/out" 2>"$tmp/err"; rc=$?
is "$rc" 1 "ambiguous name exits 1"
like "$(cat "$tmp/err")" 'ambiguous' "ambiguous name says so"
like "$(cat "$tmp/err")" 'hyperclova-x-seed-32b-think' "candidates are listed"
like "$(cat "$tmp/err")" 'hyperclova-x-seed-8b-omni' "every candidate is listed"
is "$(cat "$tmp/out")" "" "nothing printed on stdout when a name is ambiguous"
cmp_ --lang en K-EXAONE no-such-model >"$tmp/out" 2>"$tmp/err"; rc=$?
is "$rc" 1 "unknown name exits 1"
like "$(cat "$tmp/err")" "no model or consortium matches 'no-such-model'" "unknown name is named"
cmp_ >/dev/null 2>&1; is "$?" 2 "no NAME is a usage error"
cmp_ K-EXAONE --format xml >/dev/null 2>&1; is "$?" 2 "unknown format is a usage error"

# Output to a pipe carries no escape codes; --ascii carries no non-ASCII bars.
cmp_ A.X-K1 K-EXAONE "Solar Open" | od -An -c | grep -q '033'; is "$?" 1 "no ESC in piped output"
cmp_ A.X-K1 K-EXAONE --lang en --ascii >"$tmp/ascii"
# --ascii is for borders, bars and marks: the text (a Korean name) is kept.
ok $(LC_ALL=C grep -v '^Korean name ' "$tmp/ascii" | LC_ALL=C grep -q '[^ -~]'; [ $? -eq 1 ]; echo $?) "--ascii: every glyph ASCII"
like "$(cat "$tmp/ascii")" 'Korean name +에이닷엑스 케이원 +K-엑사원' "--ascii keeps Hangul (it is for borders)"
like "$(cat "$tmp/ascii")" '236B ######' "--ascii bars use #"

# Unknown values say why and are never 0.
out=$(cmp_ A.X-K1 K-EXAONE --lang en)
like "$out" 'Score Benchmark /40 +undisclosed +33\.6' "undisclosed score shown as such"
out=$(cmp_ K-EXAONE deepseek-v3-1 --lang en --format csv)
like "$out" 'score.stage-1.total,Score Total /100,true,,90.2,,"S5, P12, P78, P79, P80",not-applicable,,' "reference model: score n/a in CSV"

done_testing
