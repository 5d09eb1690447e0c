#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Every screen's bottom line (its key hint) fits 80 columns in both
# languages: nothing of it is cut ("…"). The main screen, a detail page,
# help, Compare, Sources, Timeline, the Benchmarks grid and list, and the
# Contradictions view, each opened as a user would at 80x24.
. "$top_srcdir/tests/lib.sh"

keys="$(mktemp "${TMPDIR:-/tmp}/dp-hints.XXXXXX")"
trap 'rm -f "$keys"' EXIT
# name and keys (one per line, | between them) of each screen
for lang in en ko; do
    while IFS=: read -r name script; do
        printf '%s\n' "$script" | tr '|' '\n' > "$keys"
        printf ':dump\n' >> "$keys"
        bottom=$("$DOKPAMO" --data "$DATA" --headless-script "$keys" --size 80x24 --lang "$lang" | tail -1)
        like "$bottom" "^└.*┘$" "$lang $name: the bottom line is drawn"
        is "$(printf '%s\n' "$bottom" | grep -c '…')" 0 "$lang $name: its hint is whole ($bottom)"
    done <<'SCREENS'
main:/A.X K1|<Enter>
detail:<Enter>
help:?
compare:c
sources:o
timeline:t
benchmarks grid:b
benchmarks list:b|<Tab>
contradictions:/A.X K1|<Enter>|x
SCREENS
done
done_testing
