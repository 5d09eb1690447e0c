#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tmux-fit.sh — list, show and compare on a real terminal (tmux) fit its
# width: no row wraps at 80x24 or 60x20, long texts end in "…" at a
# display-width boundary, the hidden columns are named; $COLUMNS and
# --wide choose; --columns picks columns; into a pipe nothing is cut.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"

# run COLS ROWS COMMAND: COMMAND's output on a COLSxROWS terminal, into
# $TM_DIR/screen (trailing blanks dropped), once it has finished.
run() {
    c=$1 r=$2
    shift 2
    tm_start "$c" "$r" "sh -c '$* ; echo __END__; read x'"
    tm_wait __END__ > /dev/null
    tm_capture | sed 's/ *$//' | sed '/^__END__$/,$d' > "$TM_DIR/screen"
}
# widest COLS: 0 when no line of the screen is wider than COLS columns.
widest() {
    "$PY" -c '
import sys, unicodedata
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
print(max([w(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")] or [0]))' "$TM_DIR/screen"
}
nmodels=$($DP list --format tsv | tail -n +2 | wc -l)
nrefs=$($DP list --filter reference=yes --format tsv | tail -n +2 | wc -l | tr -d ' ')

# ---- list ----
for size in 80x24 60x40; do
    c=${size%x*} r=${size#*x}
    for lang in ko en; do
        run "$c" "$r" "$DP list --lang $lang"
        # One screen line per model and the head (then the note): no row wrapped.
        rows=$(grep -v -e '^hidden columns' -e '^숨긴 열' -e '^--wide' -e 'reference models left out' -e '^참고 모델' \
            "$TM_DIR/screen" | wc -l | tr -d ' ')
        is "$rows" "$((nmodels + 1))" "list --lang $lang at $size: one line per row, none wrapped"
        [ "$(widest)" -le "$c" ]
        ok $? "list --lang $lang at $size: no line wider than $c"
    done
done
run 80 24 "$DP list --lang en"
like "$(tail -3 "$TM_DIR/screen" | head -1)" "^hidden columns \(5\): Architecture, In>Out, Context, License, Released$" \
    "list at 80: the note names the hidden columns"
is "$(tail -2 "$TM_DIR/screen" | head -1)" "--wide shows all, --columns KEY[,KEY] chooses" "list at 80: and says how to see them"
# The reference models are left out, as in the browser: the last line says
# how many and how to add them.
is "$(tail -1 "$TM_DIR/screen")" "$nrefs reference models left out (--references adds them)" \
    "list at 80: the reference models left out, and how to add them"
like "$(head -1 "$TM_DIR/screen")" "^Model +Team +Total +Active" "list at 80: the first columns stay"
run 80 24 "$DP list"
like "$(tail -3 "$TM_DIR/screen" | head -1)" "^숨긴 열 \(5\): 구조, 입출력, 문맥, 라이선스, 공개일$" "list at 80 in Korean: the note in Korean"
is "$(tail -1 "$TM_DIR/screen")" "참고 모델 ${nrefs}개는 뺐습니다 (--references로 함께 보기)" "list at 80 in Korean: the references note in Korean"
run 80 24 "$DP list --lang en --references"
! grep -q "reference models left out" "$TM_DIR/screen"
ok $? "list --references at 80: no references note"
grep -q "^[^ ].*…" "$TM_DIR/screen"
ok $? "list --references at 80: a long text in a row is cut with an ellipsis"
is "$(tail -n "$((nrefs + 2))" "$TM_DIR/screen" | grep -c '^[^ ].*  ref: ')" "$nrefs" "list --references at 80: every reference model, after the programme's"

run 120 30 "$DP list --lang en"
like "$(tail -2 "$TM_DIR/screen" | head -1)" "^hidden columns \([0-9]+\): .*Released — --wide shows all, --columns KEY\[,KEY\] chooses$" \
    "list at 120: the note on one line"
run 170 30 "$DP list --lang en"
! grep -q "hidden columns" "$TM_DIR/screen"
ok $? "list at 170: every column fits, no note"
run 120 30 "COLUMNS=60 $DP list --lang en"
[ "$(widest)" -le 60 ]
ok $? "COLUMNS=60 on a 120-column terminal: no line wider than 60"
run 80 30 "$DP list --lang en --wide"
[ "$(widest)" -eq 80 ] && [ "$(wc -l < "$TM_DIR/screen")" -gt "$((nmodels + 1))" ]
ok $? "--wide: every column, the rows wrap"
! grep -q "hidden columns" "$TM_DIR/screen"
ok $? "--wide: no note"
run 80 24 "$DP list --lang en --columns name,license,params_total_b"
like "$(head -1 "$TM_DIR/screen")" "^Model +License +Total$" "--columns: those columns, in that order"
pipe=$($DP list --lang en)
! printf '%s\n' "$pipe" | grep -q "…\|hidden columns"
ok $? "into a pipe: nothing cut, no note"
like "$(printf '%s\n' "$pipe" | head -1)" "Released$" "into a pipe: every column"
like "$(COLUMNS=40 $DP list --lang en | head -1)" "Released$" "into a pipe COLUMNS changes nothing"
is "$($DP list --format tsv --columns id,params_total_b | head -2 | cut -f1-2)" "$(printf 'id\tparams_total_b\nk-exaone\t236')" \
    "--columns in a machine format"
is "$($DP list --format tsv --columns id,params_total_b | head -1 | cut -f3-)" "source_urls" \
    "--columns in a machine format: the row's source URLs last, so it is traceable alone"
$DP list --lang en --columns name,nosuch > /dev/null 2> "$TM_DIR/err"
is "$?" 2 "--columns with an unknown key: exit 2"
like "$(cat "$TM_DIR/err")" "^dokpamo: --columns: unknown column \"nosuch\"; columns are:" "--columns: the message names the key"
like "$($DP list --columns name,lisence 2>&1 > /dev/null)" \
    "^dokpamo: --columns: 알 수 없는 열 \"lisence\" \\(혹시 \"license\"\\?\\); 쓸 수 있는 열: id " "... in Korean, with the nearest key"

# ---- show: long values wrap under their column ----
run 80 100 "$DP show k-exaone --lang en"
[ "$(widest)" -le 80 ]
ok $? "show at 80: no line wider than 80"
like "$(grep -A1 '^Roadmap' "$TM_DIR/screen" | tail -1)" "^ {20,}[^ ]" "show at 80: the roadmap goes on under its column (hanging indent)"
col=$(grep '^Roadmap' "$TM_DIR/screen" | "$PY" -c 'import sys, re; l = sys.stdin.read(); print(re.search(r"P\d.*?  +", l).end())')
ind=$(grep -A1 '^Roadmap' "$TM_DIR/screen" | tail -1 | "$PY" -c 'import sys; l = sys.stdin.read(); print(len(l) - len(l.lstrip(" ")))')
is "$ind" "$col" "show at 80: the continuation starts where the value does"
is "$($DP show k-exaone --lang en | grep -c '^Roadmap')" 1 "show into a pipe: one line per field"
! $DP show k-exaone --lang en | grep -q '^ '
ok $? "show into a pipe: nothing wrapped"

# ---- the note under --ascii and --ambiguous=wide: the text room's forms ----
# (its dash and ellipsis were printed as UTF-8 and measured one column wide)
run 60 40 "$DP list --lang en --ascii"
! tail -2 "$TM_DIR/screen" | LC_ALL=C grep -q -P '[\x80-\xff]'
ok $? "list --ascii at 60: the hidden-columns note is ASCII"
run 60 40 "$DP list --lang en --ambiguous wide"
! tail -2 "$TM_DIR/screen" | grep -q '[—…]'
ok $? "list --ambiguous=wide at 60: no ambiguous-width dash or ellipsis in the note"

# ---- compare: cut on a terminal, never into a pipe ----
! $DP compare "A.X K1" K-EXAONE --lang en | grep -q "…"
ok $? "compare into a pipe: no cell cut"
$DP compare "A.X K1" K-EXAONE --lang en | grep -q "Agreement"
ok $? "compare into a pipe: the whole license"
run 200 50 "$DP compare A.X-K1 K-EXAONE --lang en"
grep -q "…" "$TM_DIR/screen"
ok $? "compare on a terminal: long cells end in an ellipsis"
done_testing
