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
      printf '%s\n' "$1" | fold -w 100 # a script line holds up to 256 keys
      printf '%s\n' '<Enter>' "$2" ':dump' '<Esc>' '<Esc>' 'q'; } > "$T/keys"
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
# Overwriting keeps the old file's mode (0600 stays 0600) and its hard links.
echo previous > "$T/disk/private.md"
chmod 600 "$T/disk/private.md"
ln "$T/disk/private.md" "$T/disk/link.md"
out=$(export_to "$T/disk/private.md" y)
is "$(stat -c %a "$T/disk/private.md")" 600 "an overwritten 0600 export stays 0600"
like "$(head -1 "$T/disk/link.md")" '^\|' "its hard link sees the new text (the link is kept)"
is "$(stat -c %h "$T/disk/private.md")" 2 "two links still"
rm -f "$T/disk/private.md" "$T/disk/link.md"

# A name near NAME_MAX still exports (a short temporary name); one beyond
# it says "File name too long".
long=$(printf 'x%.0s' $(seq 1 250)).md
out=$(export_to "$T/disk/$long" "") # a new file: no question to answer
like "$out" "wrote $T/disk/xxxx" "a 253-byte name exports"
test -f "$T/disk/$long"
ok $? "the file is there"
toolong=$(printf 'x%.0s' $(seq 1 260)).md
out=$(export_to "$T/disk/$toolong" "")
like "$out" "not exported: cannot write $T/disk/xxxx" "a 263-byte name: not exported (File name too long, cut off at 100 columns)"
test ! -e "$T/disk/$toolong"
ok $? "and no such file"
is "$(ls -A "$T/disk" | grep -v "^$long\$" | tr '\n' ' ')" "cmp.md " "no temporary file left behind"

done_testing
