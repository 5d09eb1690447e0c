#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Nothing written by accident: the Compare screen's export (e) on a full
# disk (a 12 KiB tmpfs, when this test may mount one) reports the error and
# leaves the previous file intact, with no temporary file behind; "n" at
# the overwrite prompt keeps the old file; "y" replaces it whole.
. "$top_srcdir/tests/lib.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/dp-export.XXXXXX")
cleanup() { mountpoint -q "$T/full" 2> /dev/null && umount "$T/full"; rm -rf "$T"; }
trap cleanup EXIT

# export_to PATH ANSWER: mark two models, compare, export to PATH, answer
# the overwrite prompt; prints the bottom line after the answer.
export_to() {
    { printf '%s\n' ' ' 'j' ' ' 'c' 'e'
      i=0; while [ $i -lt 80 ]; do echo '<BS>'; i=$((i + 1)); done
      printf '%s\n' "$1<Enter>" "$2" ':dump' '<Esc>' '<Esc>' 'q'; } > "$T/keys"
    "$DOKPAMO" --data "$DATA" --lang en --headless-script "$T/keys" --size 100x30 2>&1 | grep '^└' | tail -1
}

mkdir "$T/disk"
echo previous > "$T/disk/cmp.md"
out=$(export_to "$T/disk/cmp.md" n)
is "$(cat "$T/disk/cmp.md")" previous "n at the overwrite prompt keeps the old file"
out=$(export_to "$T/disk/cmp.md" y)
like "$(head -1 "$T/disk/cmp.md")" '^\|' "y replaces it with the Markdown table"
is "$(ls -A "$T/disk")" "cmp.md" "no temporary file left behind"

mkdir "$T/full"
if mount -t tmpfs -o size=12k tmpfs "$T/full" 2> /dev/null; then
    echo previous > "$T/full/cmp.md"
    head -c 65536 /dev/zero > "$T/full/fill" 2> /dev/null
    out=$(export_to "$T/full/cmp.md" y)
    like "$out" "No space left on device" "a full disk: the error is reported"
    is "$(cat "$T/full/cmp.md")" previous "a full disk: the previous file is intact"
    is "$(ls -A "$T/full" | sort | tr '\n' ' ')" "cmp.md fill " "a full disk: no temporary file left behind"
else
    for i in 1 2 3; do echo "ok $((tap_n += 1)) # SKIP cannot mount a tiny tmpfs here (not root?)"; done
fi
done_testing
