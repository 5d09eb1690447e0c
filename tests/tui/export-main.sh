#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Export and copy from the main screen (issue 14, item 8): e writes the
# focused pane through Compare's writer, byte for byte what `dokpamo list`
# writes for the same columns and sort; an existing file is replaced only
# after y, keeping its mode (issue 17); y copies the selected row as
# Markdown through OSC 52; c with one marked model adds its nearest peer.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
WORK="$SCRATCH/work"
mkdir -p "$WORK"
cd "$WORK" || exit 1
run() { "$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/keys" --size 80x24 --lang en > "$SCRATCH/run.out" 2>&1; }
PARAMS="name,consortium,params_total_b,params_active_b,active_share"

# The Parameters pane (sorted by total, descending) in each format.
printf 'e\npane.md<Enter>\n:dump\ne\npane.csv<Enter>\ne\npane.json<Enter>\n:dump\n' > "$SCRATCH/keys"
run
is "$?" 0 "e in the main screen: exit 0"
like "$(grep -c 'wrote pane.md (Markdown, 10 rows)' "$SCRATCH/run.out")" '^1$' "the status line says what was written"
like "$(cat "$SCRATCH/run.out")" 'wrote pane.json \(JSON, 10 rows\)' "... for each format"
for f in md csv json; do
    "$DOKPAMO" --data "$DATA" --lang en list --columns "$PARAMS" --sort=-params_total_b --format "$f" > "$SCRATCH/list.$f"
    cmp -s "$SCRATCH/list.$f" "$WORK/pane.$f"
    ok $? "pane.$f equals dokpamo list --columns ... --format $f"
done

# The focused pane, as filtered and sorted: Evaluation (6 teams) and the
# Architecture matrix under a filter.
printf '4\ne\neval.csv<Enter>\nf\nmoe<Enter>\n2\ne\narch.csv<Enter>\n:dump\n' > "$SCRATCH/keys"
run
is "$(head -1 "$WORK/eval.csv" | cut -d, -f1-2)" "name,result" "4 e: the Evaluation pane's columns"
is "$(($(wc -l < "$WORK/eval.csv") - 1))" 6 "... one line per team"
like "$(head -1 "$WORK/arch.csv")" '^name,moe,dense,' "2 e: the Architecture matrix's columns"
n=$(grep -c ',1,0,' "$WORK/arch.csv")
is "$(($(wc -l < "$WORK/arch.csv") - 1))" "$n" "... only the rows the filter tag=moe keeps"

# An existing file: the question, n keeps it, y replaces it and keeps its mode.
printf 'keep me\n' > "$WORK/old.md"
chmod 600 "$WORK/old.md"
printf 'e\nold.md<Enter>\n:dump\nn\n:dump\ne\nold.md<Enter>\ny\n:dump\n' > "$SCRATCH/keys"
run
like "$(cat "$SCRATCH/run.out")" 'old\.md exists; overwrite\? \(y/N\)' "an existing file: the overwrite question"
like "$(cat "$SCRATCH/run.out")" 'kept old\.md: not overwritten' "n keeps it"
cmp -s "$SCRATCH/list.md" "$WORK/old.md"
ok $? "y replaces it with the pane"
is "$(stat -c %a "$WORK/old.md")" 600 "the replaced file keeps its mode 0600"
is "$(ls -A "$WORK" | grep -c '^\.dokpamo-')" 0 "no temporary file is left"

# The line editor (the same as the search's): Ctrl-W takes a word back,
# Ctrl-U empties the name, Esc closes the prompt (nothing written).
printf 'e\nwrong name<C-w>\n:dump\n<C-u>x.md<C-u>\n:dump\n<Esc>\n:dump\n' > "$SCRATCH/keys"
run
like "$(sed -n 24p "$SCRATCH/run.out")" '^export to \(\.md \.csv \.json\): wrong$' "Ctrl-W deletes the word before the cursor"
like "$(sed -n 48p "$SCRATCH/run.out")" '^export to \(\.md \.csv \.json\):$' "Ctrl-U empties the line"
like "$(sed -n 72p "$SCRATCH/run.out")" '^└.*search.*┘$' "Esc closes the prompt"
ok "$([ ! -e "$WORK/x.md" ] && [ ! -e "$WORK/wrong" ]; echo $?)" "... and nothing is written"

# y: the selected row with the heads, as Markdown through OSC 52.
LOG="$SCRATCH/osc52.log"
printf 'y\n:dump\n' > "$SCRATCH/keys"
DOKPAMO_OSC52_LOG="$LOG" run
like "$(cat "$SCRATCH/run.out")" 'sent the row of K-EXAONE 2\.0 to the terminal as Markdown \(OSC 52, [0-9]+ bytes\)' "y: the status line says what was copied"
is "$(head -c 7 "$LOG" | od -An -c | tr -s ' ')" " 033 ] 5 2 ; c ;" "the sequence is ESC ] 52 ; c ;"
case $(cat "$SCRATCH/run.out") in *set-clipboard*) r=1 ;; *) r=0 ;; esac
is "$r" 0 "y outside tmux: no word of tmux"
TMUX=/tmp/tmux-1000/default,1,0 DOKPAMO_OSC52_LOG="$LOG.2" run
like "$(sed -n 24p "$SCRATCH/run.out")" '^└ sent the row of K-EXAONE 2\.0 to the terminal as Markdown \(OSC' \
    "y inside tmux (TMUX set): sent to the terminal, and ..."
DOKPAMO_OSC52_LOG="$LOG.2" TMUX=/tmp/tmux-1000/default,1,0 "$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/keys" --size 160x24 --lang en --state=never > "$SCRATCH/wide.out"
like "$(sed -n 24p "$SCRATCH/wide.out")" '· tmux passes it on with: set -g set-clipboard on' "... how to let tmux pass it on"
DOKPAMO_OSC52_LOG="$LOG.2" TMUX=/tmp/tmux-1000/default,1,0 "$DOKPAMO" --data "$DATA" --headless-script "$SCRATCH/keys" --size 160x24 --lang ko --state=never > "$SCRATCH/wide.out"
like "$(sed -n 24p "$SCRATCH/wide.out")" 'Markdown으로 터미널에 보냄 \(OSC 52, [0-9]+바이트\) · tmux에서는 set -g set-clipboard on 이어야 전달됨' "... in Korean too"
tr -d '\007' < "$LOG" | tail -c +8 | base64 -d > "$SCRATCH/row.md" 2> /dev/null
"$DOKPAMO" --data "$DATA" --lang en list --columns "$PARAMS" --filter id=k-exaone-2-0 --format md | head -3 > "$SCRATCH/list-row.md"
cmp -s "$SCRATCH/list-row.md" "$SCRATCH/row.md"
ok $? "the payload is the row as dokpamo list --format md prints it"
is "$(grep -c "$(printf '\033')" "$SCRATCH/run.out")" 0 "no escape sequence in the screen dumps"

# c with one marked model: it and its nearest peer (as with none marked).
printf '<Space>\n:status\nk\nc\n:dump\n' > "$SCRATCH/keys"
run
like "$(cat "$SCRATCH/run.out")" 'Compare · 2 models' "one marked model: Compare shows two"
like "$(sed -n '/Compare ·/,$p' "$SCRATCH/run.out" | sed -n 2p)" 'K-EXAONE 2\.0 +A\.X K2' "... the marked model and its nearest peer"
done_testing
