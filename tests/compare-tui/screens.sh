#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The Compare screen (issue 5), headless: 2, 3 and 6 models and more than
# fit (horizontal scroll), differences only, next/previous difference, the
# source panel (i), unknown values with why, language and units.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/tui/screen-lib.sh"
EXPECTED="$top_srcdir/tests/compare-tui/expected"

# Nothing marked: the selected model and its nearest peer by parameters.
screen peer 80x24 --lang en <<'KEYS'
/K-EXA
<Enter>
c
:dump
:status
<Esc>
:status
KEYS

# Two marked: A.X K1 and K-EXAONE (columns in dataset order: K-EXAONE first).
screen two 80x24 --lang en <<'KEYS'
/K-EXA
<Enter>
<Space>
/A.X K1
<Enter>
<Space>
:status
c
:dump
KEYS

# Three, in Korean, and the same in 억/조 units after `u`.
screen three 80x24 --lang ko <<'KEYS'
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
:dump
u
:dump
KEYS

# Six: the six largest models; at 80 columns the six columns are narrow
# (text only), at 160 they have bars and deltas.
screen six-80 80x24 --lang en <<'KEYS'
<Space>
<Space>
<Space>
<Space>
<Space>
<Space>
c
:dump
KEYS
screen six-160 160x34 --lang en <<'KEYS'
<Space>
<Space>
<Space>
<Space>
<Space>
<Space>
c
:dump
KEYS

# Eight: six columns shown, l and Right scroll to the seventh and eighth,
# h scrolls back.
screen scroll 100x24 --lang en <<'KEYS'
<Space>
<Space>
<Space>
<Space>
<Space>
<Space>
<Space>
<Space>
c
:dump
l
l
l
l
l
<Right>
<Right>
:dump
h
h
h
h
h
h
h
:dump
KEYS

# A marked consortium brings its models (NAVER: two), next to a model.
screen consortium 100x24 --lang en <<'KEYS'
4
/NAVER
<Enter>
<Space>
1
/A.X K1
<Enter>
<Space>
c
:dump
KEYS

# Differences only (d), and back; ]/[ jump between differing rows.
screen diff-only 80x24 --lang en <<'KEYS'
# the reference models are one key away
r
/DeepSeek-V3.1
<Enter>
<Space>
/DeepSeek-V3.2
<Enter>
<Space>
c
:dump
d
:dump
d
:dump
KEYS
screen next-diff 80x24 --lang en <<'KEYS'
# the reference models are one key away
r
/DeepSeek-V3.1
<Enter>
<Space>
/DeepSeek-V3.2
<Enter>
<Space>
c
]
]
]
:dump
]
]
]
]
:dump
]
:dump
[
[
:dump
g
[
:dump
KEYS

# The source panel: a known value with its sources and note, an unknown
# one (undisclosed) with why, a claim with its delta.
screen source 100x30 --lang en <<'KEYS'
/A.X K1
<Enter>
<Space>
/K-EXA
<Enter>
<Space>
c
jjj
l
i
:dump
jjjjjjjjjjjjjj
:dump
h
:dump
G
k
k
:dump
i
:dump
KEYS

# Unknown values say why (undisclosed, not evaluated, n/a) and are never
# drawn as 0: a reference model (r shows them) next to consortium models.
screen unknown 120x30 --lang en <<'KEYS'
# the reference models are one key away
r
/A.X K1
<Enter>
<Space>
/DeepSeek-V3.1
<Enter>
<Space>
/VAETKI-VL
<Enter>
<Space>
c
:dump
d
:dump
KEYS
done_testing
