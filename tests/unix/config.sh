#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# config.sh — the config file through the real binary: a valid file, an
# unknown key, a malformed line, precedence, --config, --no-config, and
# --version.
. "$top_srcdir/tests/lib.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dokpamo-config.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
unset DOKPAMO_DATA NO_COLOR DOKPAMO_AMBIGUOUS
XDG_CONFIG_HOME=$tmp/xdg
export XDG_CONFIG_HOME
mkdir -p "$XDG_CONFIG_HOME/dokpamo"
conf=$XDG_CONFIG_HOME/dokpamo/config
run() { "$DOKPAMO" --data "$DATA" "$@" 2>"$tmp/err"; }

# Without a config file: the defaults (table, Korean names).
out=$(run list)
ok $? "no config file: list exits 0"
like "$(printf '%s\n' "$out" | head -1)" "모델" "no config file: Korean table header"
is "$(cat "$tmp/err")" "" "no config file: nothing on stderr"

# A valid file.
cat > "$conf" <<'EOC'
# dokpamo config
lang = en

format = tsv
units = kr
sort = -params_total_b
sort.params = -params_active_b
EOC
out=$(run list)
ok $? "valid config: exits 0"
is "$(cat "$tmp/err")" "" "valid config: nothing on stderr"
is "$(printf '%s\n' "$out" | head -1 | cut -f1,2)" "$(printf 'id\tname_ko')" "format = tsv applies"
like "$out" "K-EXAONE" "lang = en applies"
top=$(printf '%s\n' "$out" | sed -n 2p | cut -f1)
want=$("$DOKPAMO" --no-config --data "$DATA" list --format tsv --sort -params_total_b | sed -n 2p | cut -f1)
is "$top" "$want" "sort = -params_total_b applies"

# The command line beats the file.
out=$(run list --format csv --lang ko)
like "$(printf '%s\n' "$out" | head -1)" "^id,name_ko," "--format beats the config file"
like "$out" "K-엑사원" "--lang beats the config file"
out=$(run --no-config list)
like "$(printf '%s\n' "$out" | head -1)" "모델" "--no-config ignores the file"

# Unknown keys and malformed lines: reported with file and line, ignored.
cat > "$conf" <<'EOC'
lang = en
colour = never
this line has no equals sign
format = yaml
format = tsv
EOC
out=$(run list)
ok $? "bad lines are not fatal"
err=$(cat "$tmp/err")
like "$err" "^$conf:2: unknown key 'colour'" "unknown key reported as FILE:LINE: message"
like "$err" "$conf:3: expected 'key = value'" "malformed line reported as FILE:LINE: message"
like "$err" "$conf:4: format takes table, tsv, csv, json or md, not 'yaml'" "bad value reported with its line"
is "$(printf '%s\n' "$err" | wc -l | tr -d ' ')" 3 "one message per bad line"
is "$(printf '%s\n' "$out" | head -1 | cut -f1,2)" "$(printf 'id\tname_ko')" "the good lines still apply"
like "$out" "K-EXAONE" "lines before the bad ones still apply"

# --config FILE; a missing one is an error (66), a missing default is not.
printf 'format = json\n' > "$tmp/other"
out=$(run --config "$tmp/other" list)
like "$out" '^\[' "--config FILE reads FILE"
run --config "$tmp/missing" list >/dev/null
is $? 66 "--config with a missing FILE exits 66"
like "$(cat "$tmp/err")" "missing: No such file" "... and says why"
rm -f "$conf"
run list >/dev/null
is "$?:$(cat "$tmp/err")" "0:" "a missing default config file is silent"

# ~/.config when XDG_CONFIG_HOME is unset.
mkdir -p "$tmp/home/.config/dokpamo"
printf 'format = csv\n' > "$tmp/home/.config/dokpamo/config"
out=$(env -u XDG_CONFIG_HOME HOME="$tmp/home" "$DOKPAMO" --data "$DATA" list)
like "$(printf '%s\n' "$out" | head -1)" "^id,name_ko," "~/.config/dokpamo/config without XDG_CONFIG_HOME"

# Config-only keys are not options; options not allowed in the file.
run --sort.params=name list >/dev/null
is $? 2 "a config-only key on the command line is a usage error"
printf 'data = /nonexistent\nhelp = yes\n' > "$conf"
run list >/dev/null
ok $? "data and help in the config file are ignored"
like "$(cat "$tmp/err")" "'data' cannot be set in the config file" "... with a message"

# --version: version and the dataset's as_of.
as_of=$(sed -n 's/^  "as_of": "\([0-9-]*\)".*/\1/p' "$DATA" | head -1)
out=$("$DOKPAMO" --no-config --data "$DATA" --version)
is "$(printf '%s\n' "$out" | head -n 1)" \
    "dokpamo $(sed -n 's/^AC_INIT(\[dokpamo\], \[\([^]]*\)\].*/\1/p' "$top_srcdir/configure.ac") (dataset as of $as_of)" \
    "--version prints the version (from AC_INIT) and the dataset's as_of"
# ... then copyright and licences, as GNU programs do.
is "$(printf '%s\n' "$out" | sed -n '2,5p')" "Copyright (C) 2025-2026 The dokpamo authors.
License GPLv2+: GNU GPL version 2 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law." "--version: copyright, GPLv2+, no warranty"
like "$out" "CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>" "--version: the dataset's licence"
grep -q "^ *SPDX-License-Identifier: CC-BY-4.0\$" "$top_srcdir/LICENSE" && grep -q "^ *SPDX-License-Identifier: GPL-2.0-or-later\$" "$top_srcdir/LICENSE" &&
    grep -q "GNU GENERAL PUBLIC LICENSE" "$top_srcdir/COPYING" && grep -q "^ *Version 2, June 1991" "$top_srcdir/COPYING"
ok $? "LICENSE states both licences, COPYING is the GPL version 2"
# Per-pane sort keys reach the browser (the list's key names work there).
printf 'sort.params = -params_active_b\nsort.partners = bogus\n' > "$conf"
printf ':dump\n' > "$tmp/keys"
out=$("$DOKPAMO" --config "$conf" --data "$DATA" --headless-script "$tmp/keys" --size 80x24 2>/dev/null)
like "$(printf '%s\n' "$out" | sed -n 3p)" "▼활성" "sort.params = -params_active_b sorts the Parameters pane by active"
like "$(printf '%s\n' "$out" | sed -n 4p)" "K-EXAONE 2\.0 .* 37B" "... largest active first"
like "$out" '정렬: 알 수 없는 정렬 키 "bogus"' "a bad pane sort key is shown (in Korean), and the default kept"
like "$(printf '%s\n' "$out" | sed -n 13p)" "▲팀" "... Partners keeps its default sort"
# A FIFO as the config file: refused at once (non-blocking open), every
# command still runs; with --config it is an error, exit 66.
fdir=$(mktemp -d)
mkdir -p "$fdir/dokpamo"
mkfifo "$fdir/dokpamo/config"
got=$(XDG_CONFIG_HOME=$fdir timeout 5 "$DOKPAMO" --data "$DATA" list --format tsv 2>&1 >/dev/null; echo "exit $?")
is "$got" "dokpamo: $fdir/dokpamo/config: not a regular file
exit 0" "a FIFO config: said and skipped, list runs (no hang)"
got=$(timeout 5 "$DOKPAMO" --config "$fdir/dokpamo/config" --data "$DATA" list 2>&1 >/dev/null; echo "exit $?")
is "$got" "dokpamo: $fdir/dokpamo/config: not a regular file
exit 66" "--config FIFO: refused without blocking, exit 66"
rm -rf "$fdir"

done_testing
