#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Paths that are not a readable regular file: a directory, an unreadable
# file, a FIFO (must not block), a device, a symlink loop, a missing file,
# by argument and by $DOKPAMO_DATA; a file name holding escape sequences
# (shown escaped); and the dataset is never modified.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/hardening/hostile-lib.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/dp-special.XXXXXX")
trap 'chmod -R u+rwx "$T"; rm -rf "$T"' EXIT
cd "$T" || exit 1
MINI="$top_srcdir/tests/data/mini.json"

# refused NAME WANT-MESSAGE: validate and list both exit 66 with the reason.
refused() {
    got=$(timeout 10 "$DOKPAMO" validate "$1" 2>&1 > /dev/null; echo "exit $?")
    is "$got" "$1: $2
exit 66" "validate $3: exit 66, '$2'"
    got=$(timeout 10 "$DOKPAMO" --data "$1" list 2>&1 > /dev/null; echo "exit $?")
    is "$got" "dokpamo: $1: $2
exit 66" "list --data $3: exit 66"
    got=$(DOKPAMO_DATA="$1" timeout 10 "$DOKPAMO" list 2>&1 > /dev/null; echo "exit $?")
    is "$got" "dokpamo: $1: $2
exit 66" "DOKPAMO_DATA=$3 list: exit 66"
}

mkdir dir
refused dir "is a directory" "a directory"
mkfifo fifo
refused fifo "not a regular file" "a FIFO (no blocking)"
refused /dev/null "not a regular file" "a character device"
refused missing.json "No such file or directory" "a missing file"
ln -s loop loop
refused loop "Too many levels of symbolic links" "a symlink loop"
ln -s missing.json dangling
refused dangling "No such file or directory" "a dangling symlink"
cp "$MINI" unreadable.json
chmod 000 unreadable.json
if [ -r unreadable.json ]; then
    for i in 1 2 3; do echo "ok $((tap_n += 1)) # SKIP unreadable files are readable here (running as root)"; done
else
    refused unreadable.json "Permission denied" "an unreadable file"
fi
chmod 000 dir
mkdir -p sub && cp "$MINI" sub/x.json && chmod 000 sub
if [ -r sub/x.json ]; then
    for i in 1 2 3; do echo "ok $((tap_n += 1)) # SKIP unreadable directories are searchable here (root)"; done
else
    refused sub/x.json "Permission denied" "a file in an unsearchable directory"
fi
chmod 755 dir sub

# A file name with escape sequences is shown escaped, never raw.
name=$(printf 'x\033]52;c;AAAA\007\033[2J.json')
"$DOKPAMO" validate "$name" > out 2> err; rc=$?
is "$rc" 66 "a missing file named with escape sequences: exit 66"
why=$(raw_bytes err) || why=""
is "$why" "" "its name is not written raw to stderr"
cp "$MINI" "$name"
"$DOKPAMO" validate "$name" > out 2> err; rc=$?
is "$rc" 0 "a valid file named with escape sequences: validate exits 0"
why=$(raw_bytes out) || why=""
is "$why" "" "its name is not written raw to stdout"
printf '{"a":' > "$name"
"$DOKPAMO" --data "$name" list > out 2> err; rc=$?
is "$rc" 65 "a truncated file named with escape sequences: exit 65"
why=$(raw_bytes err) || why=""
is "$why" "" "the syntax error does not write its name raw"

cp "$HOSTILE/csi-clear.json" "$name"
"$DOKPAMO" --data "$name" list > out 2> err; rc=$?
is "$rc" 0 "a dataset with unsafe strings named with escape sequences: list exits 0"
why=$(raw_bytes err) || why=""
is "$why" "" "the warning does not write the file name raw"

# The dataset is opened read-only and never modified, whatever runs.
cp "$MINI" ro.json
chmod 444 ro.json
before=$(cksum < ro.json; ls -l --time-style=+%s.%N ro.json | cut -d' ' -f1,6)
printf '%s\n' ':dump' 'j' ' ' 'c' 'q' > script
for cmd in "list" "list --format json" "show alpha" "compare alpha-500b beta-100b" \
    "--headless-script script --size 80x24"; do
    # shellcheck disable=SC2086
    "$DOKPAMO" --data ro.json $cmd > /dev/null 2>&1
done
"$DOKPAMO" validate ro.json > /dev/null 2>&1
after=$(cksum < ro.json; ls -l --time-style=+%s.%N ro.json | cut -d' ' -f1,6)
is "$after" "$before" "the dataset is unchanged (content, mode, mtime) after every command"
done_testing
