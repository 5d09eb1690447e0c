#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Compare export (e): the file name's extension picks Markdown, CSV or
# JSON; each file is checked byte for byte against expected/ and against
# `dokpamo compare` with the same models. An existing file is never
# replaced without a yes at the second prompt: n (or anything else) keeps
# it, y replaces it. Esc and an unknown extension write nothing.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
EXPECTED="$top_srcdir/tests/compare-tui/expected"
WORK="$SCRATCH/work"
mkdir -p "$WORK"
cd "$WORK" || exit 1

# A.X K1, K-EXAONE and Solar Open 100B; exports to .md, .csv and .json,
# then differences only to a second .md.
screen export 80x24 --lang en <<'KEYS'
/A.X K1
<Enter>
<Space>
/K-EXA
<Enter>
<Space>
/Solar
<Enter>
<Space>
c
e
cmp.md
:dump
<Enter>
:dump
e
cmp.csv<Enter>
e
cmp.json<Enter>
:dump
d
e
diff.md<Enter>
:dump
KEYS
for f in cmp.md cmp.csv cmp.json diff.md; do
    [ -n "${DP_REGEN:-}" ] && cp "$WORK/$f" "$EXPECTED/export-$f"
    cmp -s "$EXPECTED/export-$f" "$WORK/$f"
    ok $? "export $f equals expected/export-$f byte for byte"
done
for fmt in md csv json; do
    "$DOKPAMO" --data "$DATA" --lang en compare k-exaone a-x-k1 solar-open-100b --format "$fmt" > "$SCRATCH/cli.$fmt"
    cmp -s "$SCRATCH/cli.$fmt" "$WORK/cmp.$fmt"
    ok $? "export cmp.$fmt equals dokpamo compare --format $fmt"
done
"$DOKPAMO" --data "$DATA" --lang en compare k-exaone a-x-k1 solar-open-100b --format md --diff > "$SCRATCH/cli-diff.md"
cmp -s "$SCRATCH/cli-diff.md" "$WORK/diff.md"
ok $? "export with differences only equals dokpamo compare --diff"

# An existing file: the second prompt; n keeps it, Enter keeps it, y
# replaces it.
printf 'keep me\n' > "$WORK/old.md"
screen overwrite 80x24 --lang en <<'KEYS'
/A.X K1
<Enter>
<Space>
/K-EXA
<Enter>
<Space>
c
e
old.md<Enter>
:dump
n
:dump
:echo --- Enter is no
e
old.md<Enter>
<Enter>
:echo --- y replaces
e
old.md<Enter>
:dump
y
:dump
KEYS
"$DOKPAMO" --data "$DATA" --lang en compare k-exaone a-x-k1 --format md > "$SCRATCH/two.md"
cmp -s "$SCRATCH/two.md" "$WORK/old.md"
ok $? "the replaced old.md is the whole comparison"

# n keeps the old content (a separate run, checked before anything else).
printf 'keep me\n' > "$WORK/keep.md"
printf '/A.X K1\n<Enter>\n<Space>\n/K-EXA\n<Enter>\n<Space>\nc\ne\nkeep.md<Enter>\nn\ne\nkeep.md<Enter>\n<Esc>\n' \
    > "$SCRATCH/keep.keys"
"$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/keep.keys" --size 80x24 > /dev/null 2>&1
is "$(cat "$WORK/keep.md")" "keep me" "n (and Esc) at the second prompt keep the existing file"

# Esc at the first prompt and an unknown extension write nothing; no
# temporary file is left behind.
screen no-export 80x24 --lang en <<'KEYS'
c
e
gone.md<Esc>
:dump
e
notes.xyz<Enter>
:dump
e
<Enter>
:dump
KEYS
is "$(ls -A "$WORK" | sort | tr '\n' ' ')" "cmp.csv cmp.json cmp.md diff.md keep.md old.md " \
    "only the confirmed exports exist (no gone.md, notes.xyz or temporary files)"
done_testing
