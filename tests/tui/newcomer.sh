#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# newcomer.sh — issue 14, headless: the footer keeps `? help` and `q` at
# every width; the detail view and help scroll to their real last line
# (counter in screen rows, nothing past the end, like less); q closes the
# current view and quits only from the main screen, Q quits from any view;
# Esc in Compare closes the source panel only; Compare keeps diff mode.
. "$top_srcdir/tests/lib.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dp-newcomer.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
# hl SIZE KEYS... : the headless run's output (KEYS one per line).
hl() {
    size=$1
    shift
    printf '%s\n' "$@" > "$tmp/keys"
    "$DOKPAMO" --data "$DATA" --headless-script "$tmp/keys" --size "$size" --lang en 2>&1
    echo "exit $?"
}

# ---- the footer: ? help and q never give way ----
for size in 64x24 80x24 120x30 200x30; do
    foot=$(hl "$size" :dump | grep '^└')
    like "$foot" "\? help  q quit" "$size: the footer holds ? help and q quit"
    like "$foot" "/ search  .*s sort  space mark  c compare" "$size: then search, sort, mark, compare"
done
like "$(hl 200x30 :dump | grep '^└')" "^└ 1 params  2 arch  3 partners  4 eval  Enter detail" "200 columns: every hint"

# ---- scrolling to the real end ----
# NAVER's consortium detail: G shows the note's last line, the counter
# reads N/N, and j after G moves nothing.
out=$(hl 80x24 4 j j j '<Enter>' G :dump j :dump)
last=$(printf '%s\n' "$out" | sed -n 23p)
like "$last" "its team-specific benchmarks \(P10\)\." "detail, G: the last line of the note is on screen"
like "$(printf '%s\n' "$out" | sed -n 24p)" "^└─ ([0-9]+)/\1  " "detail, G: the counter reads N/N (screen rows)"
is "$(printf '%s\n' "$out" | sed -n 1,24p)" "$(printf '%s\n' "$out" | sed -n 25,48p)" "detail: j after G scrolls nothing"
# The longest detail (K-EXAONE's model record) ends with its last field,
# the one `show` prints last.
out=$(hl 80x24 / ':key K-EXAONE' '<Enter>' '<Enter>' G :dump q :status)
id=$(printf '%s\n' "$out" | sed -n 's/.* model=\([^ ]*\) .*/\1/p')
# The detail's last row is the last line of `show` for the same record
# (or, when that line wraps, its end).
kx=$("$DOKPAMO" --data "$DATA" show "$id" --lang en | tail -1 | sed 's/  .*//' | cut -c1-16)
last_show=$("$DOKPAMO" --data "$DATA" show "$id" --lang en | tail -1 | awk '{print $NF}')
like "$(printf '%s\n' "$out" | sed -n 23p)" "^│ $kx |$last_show" "K-EXAONE detail ($id), G: its last field ($kx) is the last row"
like "$(printf '%s\n' "$out" | sed -n 24p)" "^└─ ([0-9]+)/\\1  " "K-EXAONE detail, G: N/N"
out=$(hl 80x24 '?' G :dump)
like "$(printf '%s\n' "$out" | sed -n 23p)" "official \(the government evaluation\), third party" "help, G: the last line of help (who reported a value) is on screen"
like "$(printf '%s\n' "$out" | sed -n 24p)" "^└─ ([0-9]+)/\1  " "help, G: N/N"
out=$(hl 80x24 '?' $(yes j | head -120) :dump)
like "$(printf '%s\n' "$out" | sed -n 23p)" "official \(the government evaluation\), third party" "help: j stops at the last line"
! printf '%s\n' "$out" | sed -n 20,23p | grep -q '^│ *│$'
ok $? "help: no blank rows scrolled into view at the end"

# ---- q, Q and Esc ----
like "$(hl 80x24 '?' q :status)" "status: screen=main" "q in help: back to the main screen"
like "$(hl 80x24 '<Enter>' q :status)" "status: screen=main" "q in the detail view: back to the main screen"
like "$(hl 80x24 '?' Q :status)" "^exit 0$" "Q in help quits"
! hl 80x24 '?' Q :status | grep -q "^status:"
ok $? "Q in help: nothing after it runs"
out=$(hl 80x24 ' ' j ' ' c d i '<Esc>' :status :dump)
like "$out" "status: screen=compare" "Compare, i then Esc: still in Compare"
! printf '%s\n' "$out" | grep -q "^├"
ok $? "Compare, i then Esc: the source panel is closed"
like "$out" "differing rows only|only rows that differ|differ" "Compare, i then Esc: diff mode kept"
out=$(hl 80x24 ' ' j ' ' c d q :status c :dump)
like "$out" "status: screen=main .* marked=2 " "q in Compare: main screen, marks intact"
cmpd=$(hl 80x24 ' ' j ' ' c d :dump)
is "$(printf '%s\n' "$out" | sed -n '2,25p')" "$(printf '%s\n' "$cmpd" | sed -n '1,24p')" "q in Compare, then c: diff mode still on"
done_testing
