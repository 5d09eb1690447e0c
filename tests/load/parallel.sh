#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# parallel.sh — the parallel loader (src/load/parallel.c) gives the same
# bytes as the one-thread loader: `list` output, every validate message in
# the same order, the same warnings and exit codes, on the bundled data,
# every bad and hostile file, generated 10k and 100k catalogues and a 10k
# catalogue with problems spread over every chunk.
. "$top_srcdir/tests/lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-par.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# run THREADS ARGS...: stdout, stderr and the exit code, in one text.
run() {
    t=$1
    shift
    "$DOKPAMO" --no-config --threads "$t" "$@" > "$tmp/out" 2> "$tmp/err"
    echo "exit $?" >> "$tmp/err"
    cat "$tmp/out" "$tmp/err"
}

# same NAME ARGS...: one thread and several give the same result.
same() {
    name=$1
    shift
    one=$(run 1 "$@")
    for t in 2 4 7; do
        many=$(run "$t" "$@")
        [ "$one" = "$many" ] || break
    done
    is "$many" "$one" "$name: --threads 2, 4, 7 as --threads 1"
}

same "bundled list tsv" --data "$DATA" list --format tsv
same "bundled list json" --data "$DATA" list --format json --lang en
same "bundled validate" validate "$DATA"

nbad=0 nhostile=0
for f in "$top_srcdir"/tests/data/bad/*.json; do
    one=$(run 1 validate "$f")
    many=$(run 4 validate "$f")
    [ "$one" = "$many" ] || { is "$many" "$one" "validate $(basename "$f")"; nbad=$((nbad + 1)); }
done
is "$nbad" 0 "every tests/data/bad file: the same messages on 4 threads"
for f in "$top_srcdir"/tests/data/hostile/*.json; do
    for cmd in validate list; do
        if [ $cmd = validate ]; then
            one=$(run 1 validate "$f"); many=$(run 4 validate "$f")
        else
            one=$(run 1 --data "$f" list --format tsv); many=$(run 4 --data "$f" list --format tsv)
        fi
        [ "$one" = "$many" ] || { is "$many" "$one" "$cmd $(basename "$f")"; nhostile=$((nhostile + 1)); }
    done
done
is "$nhostile" 0 "every tests/data/hostile file: the same validate and list on 4 threads"

"$PY" "$top_srcdir/bench/gen.py" --models 10000 "$tmp/10k.json"
same "10k list" --data "$tmp/10k.json" list --sort -params_total_b,name --format tsv
same "10k validate" validate "$tmp/10k.json"
one=$(run 1 --data "$tmp/10k.json" list --format tsv)
auto=$(run 0 --data "$tmp/10k.json" list --format tsv)
is "$auto" "$one" "10k list: one thread per core (the default) as one thread"

# Problems in many models of every consortium, more than the 200 kept:
# wrong types, unknown keys, a name without ko/en (after earlier
# problems), a model that is not an object, unsafe strings (warned
# about in list, errors in validate).
"$PY" - "$tmp/10k.json" "$tmp/bad10k.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for ci, c in enumerate(d["consortia"]):
    ms = c["models"]
    for i in range(0, len(ms), 37):
        m, k = ms[i], (i // 37 + ci) % 6
        if k == 0:
            m["params_total_b"] = "%dB" % i
        elif k == 1:
            m["x_typo"] = 1
        elif k == 2:
            m["name"] = {}
        elif k == 3:
            ms[i] = [i]
        elif k == 4:
            m["aliases"] = m.get("aliases", []) + ["a\u001b[2Jb%d" % i]
        else:
            m["license"] = "L\u202e%d" % i
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
same "10k with problems: validate" validate "$tmp/bad10k.json"
like "$(run 1 validate "$tmp/bad10k.json")" "and [0-9]+ more problems" "more than the kept messages"
like "$(run 1 validate "$tmp/bad10k.json")" 'name: needs "ko" or "en"' "a name without ko/en is reported after earlier problems"

# Only unsafe strings: list loads it, with one warning naming the first.
"$PY" - "$tmp/10k.json" "$tmp/unsafe10k.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for ci, c in enumerate(d["consortia"]):
    for i, m in enumerate(c["models"]):
        if i % 53 == 7:
            m["license"] = "L\u001b[2J%d" % i
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
same "10k with unsafe strings: list and its warning" --data "$tmp/unsafe10k.json" list --format tsv
like "$(run 4 --data "$tmp/unsafe10k.json" list --format tsv)" "warning: .*strings? with control" "the warning is there"
same "10k with unsafe strings: validate" validate "$tmp/unsafe10k.json"

"$PY" "$top_srcdir/bench/gen.py" --models 100000 "$tmp/100k.json"
one=$(run 1 --data "$tmp/100k.json" list --sort -params_total_b --format tsv | cksum)
many=$(run 0 --data "$tmp/100k.json" list --sort -params_total_b --format tsv | cksum)
is "$many" "$one" "100k list: one thread per core as one thread"

got=$("$DOKPAMO" --threads 65 list 2>&1; echo "exit $?")
is "$got" "dokpamo: threads takes a number of threads from 0 (one per core) to 64, not '65'
Try 'dokpamo --help' for more information.
exit 2" "--threads 65 is a usage error"
done_testing
