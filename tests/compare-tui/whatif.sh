#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The what-if ranking (w in the Evaluation pane): stage-1 weights changed
# with h/l (or -/+), the order of the teams with published part scores
# under them next to the official order, teams without published scores
# listed as unranked (never ranked last). whatif.json is test data: the
# mini dataset plus three made-up teams (Gamma, Delta, Epsilon with only a
# total).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
EXPECTED="$top_srcdir/tests/compare-tui/expected"

# The real data: only LG's parts are published; the rest are unranked.
screen whatif-data 80x24 --lang en <<'KEYS'
4
w
:dump
l
l
:dump
<Esc>
:status
KEYS
screen whatif-ko 80x24 --lang ko <<'KEYS'
4
w
:dump
KEYS

# w outside the Evaluation pane says where it works.
screen whatif-pane 80x24 --lang en <<'KEYS'
w
:dump
:status
KEYS

# Sub-parts: Beta's benchmark part is unpublished but all three sub-parts
# are, so their sum counts and Beta is ranked; Gamma lacks one sub-part and
# stays unranked (an unknown is never a zero).
DATA="$top_srcdir/tests/compare-tui/whatif-subparts.json"
screen whatif-subparts 80x24 --lang en <<'KEYS'
4
w
:dump
KEYS

DATA="$top_srcdir/tests/compare-tui/whatif.json"
# Benchmark up to 100: Gamma (strong benchmark) passes Delta; all weights
# on the benchmark: Gamma first. 0 resets, - and + work like h and l.
screen whatif-order 80x24 --lang en <<'KEYS'
4
w
:dump
llllllllllll
:dump
j
hhhhhhh
j
-----
:dump
0
:dump
j
j
+
+
:dump
<Esc>
:status
KEYS
# Every weight down to 0: the last one stays at 5 (an order needs a weight).
screen whatif-zero 80x24 --lang en <<'KEYS'
4
w
hhhhhhhh
j
hhhhhhh
j
hhhhh
:dump
KEYS
done_testing
