#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Nothing quadratic on a small file: five inputs that once took 13-50 s
# (issue 17), each measured at N and 4N. Linear work grows about 4x; the
# quadratic loops grew 16x. The test takes the CPU time of the command
# (user + system, the least of 3 runs) and allows up to 8x: a generous
# ratio between two runs of the same machine, not a time limit.
#   sources      validate, N sources        (duplicate ids: every pair)
#   source-list  validate, a source array of N ids (strcat in a loop)
#   tags         the browser's start, N distinct tags (filter choices)
#   claims       compare, two models with N claims each (claim lookups)
#   aliases      show, a model with N aliases (strcat in a loop)
. "$top_srcdir/tests/lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
G="$top_srcdir/tests/hardening/growth.py"
T=$(mktemp -d "${TMPDIR:-/tmp}/dp-growth.XXXXXX")
trap 'rm -rf "$T"' EXIT
printf ':dump\nq\n' > "$T/keys"

cmd_for() { # CASE FILE
    case $1 in
    sources | source-list) echo "$DOKPAMO validate $2" ;;
    tags) echo "$DOKPAMO --data $2 --headless-script $T/keys --size 80x24" ;;
    claims) echo "$DOKPAMO --data $2 compare alpha-500b beta-100b" ;;
    aliases) echo "$DOKPAMO --data $2 show alpha-500b" ;;
    esac
}

for spec in "sources 10000" "source-list 100000" "tags 10000" "claims 5000" "aliases 50000"; do
    set -- $spec
    c=$1 n=$2 n4=$(($2 * 4))
    "$PY" "$G" make "$c" "$n" "$top_srcdir/tests/data/mini.json" "$T/$c-1.json"
    "$PY" "$G" make "$c" "$n4" "$top_srcdir/tests/data/mini.json" "$T/$c-4.json"
    # shellcheck disable=SC2046
    $(cmd_for "$c" "$T/$c-4.json") > /dev/null 2>&1
    is $? 0 "$c: the command runs at $n4"
    # shellcheck disable=SC2046
    t1=$("$PY" "$G" cpu 3 $(cmd_for "$c" "$T/$c-1.json"))
    # shellcheck disable=SC2046
    t4=$("$PY" "$G" cpu 3 $(cmd_for "$c" "$T/$c-4.json"))
    ratio=$("$PY" -c 'import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print("%.1f" % (b / max(a, 0.02)))' "$t1" "$t4")
    "$PY" -c 'import sys; sys.exit(0 if float(sys.argv[1]) <= 8 else 1)' "$ratio"
    ok $? "$c: ${n} -> ${n4} costs ${ratio}x the CPU time (${t1} s -> ${t4} s; linear ~4x, quadratic ~16x)"
done

# A UTF-8 byte-order mark keeps the one-model-at-a-time loader: the same
# 20,000 models with and without it take about the same memory (parsed as
# one tree they took 3.3x).
"$PY" "$top_srcdir/bench/gen.py" --models 20000 "$T/m.json" > /dev/null
{ printf '\357\273\277'; cat "$T/m.json"; } > "$T/m-bom.json"
r1=$("$PY" "$G" rss "$DOKPAMO" --data "$T/m.json" list --format tsv)
r2=$("$PY" "$G" rss "$DOKPAMO" --data "$T/m-bom.json" list --format tsv)
"$PY" -c 'import sys; sys.exit(0 if int(sys.argv[2]) <= 1.5 * int(sys.argv[1]) else 1)' "$r1" "$r2"
ok $? "a BOM: ${r2} KB at most against ${r1} KB without (the split loader still runs)"

# So do "consortia" and "models" keys written with escapes ("\u0063onsortia"
# is "consortia" to JSON): same output, same memory (whole, 3.2x).
sed 's/"consortia"\( *\):/"\\u0063onsortia"\1:/; s/"models"\( *\):/"\\u006dodels"\1:/g' "$T/m.json" > "$T/m-esc.json"
is "$(grep -c 'u0063onsortia' "$T/m-esc.json")" 1 "the escaped file spells consortia with an escape"
"$DOKPAMO" --data "$T/m.json" list --format tsv > "$T/out1" 2>&1
"$DOKPAMO" --data "$T/m-esc.json" list --format tsv > "$T/out2" 2>&1
cmp -s "$T/out1" "$T/out2"
ok $? "escaped keys: list prints the same as without"
r2=$("$PY" "$G" rss "$DOKPAMO" --data "$T/m-esc.json" list --format tsv)
"$PY" -c 'import sys; sys.exit(0 if int(sys.argv[2]) <= 1.5 * int(sys.argv[1]) else 1)' "$r1" "$r2"
ok $? "escaped keys: ${r2} KB at most against ${r1} KB without (the split loader still runs)"
done_testing
