#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tmux-names.sh — issue 14, item 7, on a real terminal at 80x24 and 64x20:
# two models whose names share their start (HyperCLOVA X SEED 32B Think,
# HyperCLOVA X SEED 8B Omni) can be told apart — a long name is cut in the
# middle, not at its end ("HyperCLOVA X S…" twice); in Korean a
# transliteration gives way to the official Latin name where that is
# narrower (A.X K1, not "에이닷엑스 케…").
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"

# name_cells FILE: the first cell of each pane row that holds HyperCLOVA.
name_cells() {
    grep -o '│ Hyp[^│]*' "$1" | sed 's/^│ //; s/  .*//' | sort -u
}

for size in 80x24 64x20; do
    c=${size%x*} r=${size#*x}
    tm_start "$c" "$r" "$DP --lang en"
    tm_wait "Parameters 1/"
    # Parameters zoomed: every programme model on the screen.
    tm_keys z
    tm_wait "Motif"
    tm_capture > "$TM_DIR/en"
    cells=$(name_cells "$TM_DIR/en")
    is "$(printf '%s\n' "$cells" | wc -l | tr -d ' ')" 2 "$size: the two HyperCLOVA X models read as two names"
    like "$cells" "32B Think" "$size: ... one ends 32B Think"
    like "$cells" "8B Omni" "$size: ... the other 8B Omni"
    ! grep -q "HyperCLOVA X S…" "$TM_DIR/en"
    ok $? "$size: no name cut at its end into the shared start"
    # Architecture, zoomed (its name column is narrower): apart as well.
    tm_keys z 2 z G
    tm_wait "Architecture 10/10"
    tm_capture > "$TM_DIR/arch"
    cells=$(name_cells "$TM_DIR/arch")
    is "$(printf '%s\n' "$cells" | wc -l | tr -d ' ')" 2 "$size: Architecture: the two names apart as well"
    tm_keys Q
    # Korean: A.X K1 where 에이닷엑스 케이원 does not fit.
    tm_start "$c" "$r" "$DP --lang ko"
    tm_wait "파라미터 1/"
    tm_capture > "$TM_DIR/ko"
    grep -q "│ A\.X K1 " "$TM_DIR/ko"
    ok $? "$size in Korean: A.X K1, the official Latin name, where the transliteration does not fit"
    ! grep -q "에이닷엑스 케…" "$TM_DIR/ko"
    ok $? "$size in Korean: never 에이닷엑스 케…"
    tm_keys Q
done
# Where it fits the Korean name stays: the detail view and 160 columns.
tm_start 160 48 "$DP --lang ko"
tm_wait "파라미터 1/"
grep -q "에이닷엑스 케이원" "$(tm_capture > "$TM_DIR/wide"; echo "$TM_DIR/wide")"
ok $? "160x48 in Korean: 에이닷엑스 케이원 whole where it fits"
tm_keys Q
done_testing
