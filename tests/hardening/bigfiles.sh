#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Big and deep hostile datasets, generated at test time into a temporary
# directory (never committed): a 100 MB file, a 10 MB string, the string
# limit +-1, nesting 100,000 deep, 10,000 partners on one consortium,
# 100,000 keys in one object, 100,000 duplicate keys, 10,000 errors, and a
# sparse file over the 1 GiB limit and one at it (read only to its first
# NUL byte). Each: its exact outcome, in time.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/hardening/hostile-lib.sh"
if ! command -v "$PY" > /dev/null 2>&1; then
    echo "1..0 # SKIP python3 not installed"
    exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/dp-big.XXXXXX")
trap 'rm -rf "$T"' EXIT
"$PY" "$top_srcdir/tests/hardening/gen-hostile.py" big "$T" || exit 1
cd "$T" || exit 1

# validate NAME WANT [SECONDS]: stderr and status of `validate NAME.json`.
validate() {
    got=$(timeout "${3:-30}" "$DOKPAMO" validate "$1.json" 2>&1 > /dev/null; echo "exit $?")
    is "$got" "$2" "validate $1.json"
}
limit_string="consortia[0].models[0].name.en: string longer than 1048576 bytes (limit: max string length)"
limit_depth="nesting deeper than 64 levels (limit: max depth)"

validate big-100mb "exit 0"
validate string-10mb "$limit_string
string-10mb.json: 1 problem
exit 65"
validate string-1mib "exit 0"
validate string-1mib-plus-1 "$limit_string
string-1mib-plus-1.json: 1 problem
exit 65"
validate nest-100000-arrays "nest-100000-arrays.json:1:65: $limit_depth
nest-100000-arrays.json: 1 problem
exit 65"
validate nest-100000-objects "nest-100000-objects.json:1:321: $limit_depth
nest-100000-objects.json: 1 problem
exit 65"
validate nest-100000-in-key "nest-100000-in-key.json:7:75: $limit_depth
nest-100000-in-key.json: 1 problem
exit 65"
validate unclosed-100000 "unclosed-100000.json:1:65: $limit_depth
unclosed-100000.json: 1 problem
exit 65"
validate nest-64 "exit 0"
validate nest-65 "nest-65.json:7:75: $limit_depth
nest-65.json: 1 problem
exit 65"
validate partners-10000 "exit 0"
validate keys-100000 "exit 0" 20
# 100,000 copies of one key: the strict syntax check stops at the first
# repeat, with its position, in time.
got=$(timeout 30 "$DOKPAMO" validate dupkeys-100000.json 2>&1 > /dev/null; echo "exit $?")
is "$got" 'dupkeys-100000.json:7:12: duplicate key "x-d"
dupkeys-100000.json: 1 problem
exit 65' "validate dupkeys-100000.json: the first repeat, with its position"
got=$(timeout 30 "$DOKPAMO" validate errors-10000.json 2>&1 > /dev/null; echo "exit $?")
is "$(printf '%s\n' "$got" | tail -4)" "consortia[0].models[0].aliases[199]: expected a string, got 1
... and 9800 more problems
errors-10000.json: 10000 problems
exit 65" "validate errors-10000.json: the first 200 problems, then the count"

# The other commands: the same data, the same verdict; big valid data works.
out=$(timeout 30 "$DOKPAMO" --data big-100mb.json --lang en list 2>&1); rc=$?
is "$rc" 0 "list on the 100 MB file exits 0"
like "$out" "Alpha 500B" "list on the 100 MB file shows the models"
out=$(timeout 30 "$DOKPAMO" --data string-10mb.json list 2>&1); rc=$?
is "$rc" 65 "list on the 10 MB string exits 65"
is "$out" "dokpamo: $limit_string" "list on the 10 MB string names the limit"
out=$(timeout 30 "$DOKPAMO" --data partners-10000.json --lang en show alpha 2> "$T/err"); rc=$?
is "$rc" 0 "show on a consortium with 10,000 partners exits 0"
is "$(printf '%s\n' "$out" | grep -c 'Partner [0-9]\{5\}')" 10000 "show lists all 10,000 partners"
printf '%s\n' '3' ':dump' 'G' ':dump' 'z' 'G' ':dump' 'q' > "$T/script"
out=$(timeout 30 "$DOKPAMO" --data partners-10000.json --lang en --headless-script "$T/script" --size 80x24 2>&1); rc=$?
is "$rc" 0 "the browser on 10,000 partners: G to the end and back, exit 0"
like "$out" "Partner 09999|Partner 00000" "the browser shows the partners"
raw_bytes "$T/err" > /dev/null
ok $((!$?)) "nothing raw on stderr"

# Over 1 GiB: a sparse file, refused from its size before reading.
if truncate -s 1025M huge.json 2> /dev/null; then
    got=$(timeout 10 "$DOKPAMO" validate huge.json 2>&1 > /dev/null; echo "exit $?")
    is "$got" "huge.json: file larger than 1073741824 bytes (limit: max file size)
huge.json: 1 problem
exit 65" "a file over 1 GiB: the limit by name, exit 65"
    rm -f huge.json
else
    echo "ok $((tap_n += 1)) # SKIP cannot create a sparse file here"
fi

# At the limit, 1 GiB, sparse: refused at its first NUL byte without being
# read whole. The cost is the peak resident memory (ru_maxrss of the run),
# not the time: mapping it pre-faulted (MAP_POPULATE) made it 1 GiB.
# peak_kb NAME: `validate NAME` -> "OUTPUT|exit N|PEAK_KB".
peak_kb() {
    "$PY" - "$DOKPAMO" "$1" << 'PY'
import resource, subprocess, sys
r = subprocess.run([sys.argv[1], "validate", sys.argv[2]], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print("%s|exit %d|%d" % (r.stderr.decode("utf-8", "replace").strip(), r.returncode, peak))
PY
}
if truncate -s 1G sparse.json 2> /dev/null && printf '{"schema_version": ' > head.json &&
    cp head.json sparse-after.json && truncate -s 1G sparse-after.json 2> /dev/null; then
    got=$(peak_kb sparse.json)
    is "${got%|*}" "sparse.json:1:1: NUL byte in file
sparse.json: 1 problem|exit 65" "a 1 GiB sparse file: NUL byte at 1:1, exit 65"
    ok "$([ "${got##*|}" -lt 65536 ]; echo $?)" "... without reading it whole (peak ${got##*|} KB, under 64 MiB)"
    got=$(peak_kb sparse-after.json)
    is "${got%|*}" "sparse-after.json:1:20: NUL byte in file
sparse-after.json: 1 problem|exit 65" "1 GiB of NULs after a JSON text's start: the first NUL at 1:20"
    ok "$([ "${got##*|}" -lt 65536 ]; echo $?)" "... without reading it whole (peak ${got##*|} KB, under 64 MiB)"
    rm -f sparse.json sparse-after.json head.json
else
    for i in 1 2 3 4; do echo "ok $((tap_n += 1)) # SKIP cannot create a sparse file here"; done
fi
done_testing
