#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# tmux-references.sh — issue 14, item 3, on a real terminal at 80x24 (and
# at 64x20, the narrowest layout): the reference models (DeepSeek, Qwen,
# GLM …) are hidden at first and the title counts both groups; `r` shows
# them after the programme's models, each with the text mark 참고 / ref
# (not only a dim colour, which vt100 cannot show); `r` again hides them.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/tmux-lib.sh"

nprog=$($DP list --format tsv | tail -n +2 | wc -l | tr -d ' ')
nref=$($DP list --filter reference=yes --format tsv | tail -n +2 | wc -l | tr -d ' ')

for size in 80x24 64x20; do
    c=${size%x*} r=${size#*x}
    tm_start "$c" "$r" "$DP --lang ko"
    tm_wait "모델 $nprog"
    ok $? "$size: the title counts the programme's models (모델 $nprog)"
    # The Parameters pane: zoomed, every row on the screen.
    tm_keys z
    tm_wait "파라미터 1/$nprog"
    tm_capture > "$TM_DIR/before"
    ! grep -q "DeepSeek\|Qwen\|GLM" "$TM_DIR/before"
    ok $? "$size: no reference model on the first screen"
    tm_keys r
    tm_wait "파라미터 1/$((nprog + nref))"
    ok $? "$size: r shows them: the pane counts $((nprog + nref)) rows"
    # G: the end of the list in view (at 64x20 not every row fits).
    tm_keys G
    tm_wait "파라미터 $((nprog + nref))/$((nprog + nref))"
    tm_capture > "$TM_DIR/after"
    # Every reference row carries the text mark (the team cell "참고: 딥시크"
    # in Parameters); the programme's rows none.
    sed '1d;$d' "$TM_DIR/after" > "$TM_DIR/rows"
    is "$(grep -c '참고' "$TM_DIR/rows")" "$nref" "$size: each of the $nref reference models with the mark 참고"
    # After the programme's models: every marked row below every other.
    last_prog=$(grep -n '^│ [^ ]' "$TM_DIR/rows" | grep -v '참고' | tail -1 | cut -d: -f1)
    first_ref=$(grep -n '참고' "$TM_DIR/rows" | head -1 | cut -d: -f1)
    [ -n "$first_ref" ] && [ -n "$last_prog" ] && [ "$first_ref" -gt "$last_prog" ]
    ok $? "$size: listed after the programme's models"
    # Architecture has no team column: the name cell ends with the mark.
    tm_keys 2 G
    tm_wait "아키텍처 $((nprog + nref))/"
    is "$(tm_capture | sed '1d;$d' | grep -c ' 참고 ')" "$nref" "$size: Architecture: each reference row ends its name with 참고"
    tm_keys 1
    tm_keys r g
    tm_wait "파라미터 1/$nprog"
    ! tm_capture | grep -q "DeepSeek"
    ok $? "$size: r again hides them"
    tm_keys Q
done

# English, and --references from the start; the title says "9 ref".
tm_start 80 24 "$DP --lang en --references"
tm_wait "$nprog models · $nref ref"
ok $? "80x24 en: the title counts both ($nprog models · $nref ref)"
tm_keys z G
tm_wait "Parameters $((nprog + nref))/$((nprog + nref))"
ok $? "--references: every model in the pane"
is "$(tm_capture | sed '1d;$d' | grep -c ' ref: ')" "$nref" "--references: each reference model with the mark ref"
tm_keys Q
done_testing
