#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# man.sh — --help, the manual page and the key table agree: every option
# of cli_options[] is in --help and the man page, every key of the
# browser's key table (src/tui/keys.def) is in the man page, and the man
# page documents nothing that does not exist; the page is lint-clean
# (mandoc, groff), ASCII, readable without a UTF-8 locale, and names every
# exit status the program uses; --help fits 80 columns.
. "$top_srcdir/tests/lib.sh"
MAN_IN="$top_srcdir/man/dokpamo.1.in"
MAN="$top_builddir/man/dokpamo.1"
KEYS="$top_srcdir/src/tui/keys.def"
VOCAB="$top_srcdir/include/vocab.def"
DUMP="$top_builddir/tests/unix/dump_options"

help=$("$DOKPAMO" --help)
ok $? "--help exits 0"
table=$("$DUMP")
ok $? "option table dumped"

# roff: "-" is written "\-" in option names.
roff() { printf '%s' "$1" | sed 's/-/\\\\-/g'; }
# The lines of one section of the man page (.SH NAME up to the next .SH).
section() { awk -v s="$1" '/^\.SH /{on = ($0 == ".SH " s); next} on' "$MAN"; }

missing_help="" missing_man="" missing_short="" missing_conf=""
config_section=$(section CONFIGURATION)
while read -r kind name short arg config only; do
    [ "$kind" = option ] || continue
    if [ "$only" = config-only ]; then
        printf '%s\n' "$help" | grep -q "^  $name = " || missing_help="$missing_help $name"
        printf '%s\n' "$config_section" | grep -q "^\.BI $name " || missing_man="$missing_man $name"
        continue
    fi
    printf '%s\n' "$help" | grep -q -- "--$name\\b" || missing_help="$missing_help --$name"
    grep -q -- "$(roff "\\-\\-$name")\\b" "$MAN" || missing_man="$missing_man --$name"
    if [ "$short" != - ]; then
        printf '%s\n' "$help" | grep -q -- "-$short, --$name\\b" || missing_help="$missing_help -$short"
        grep -q -- "^\.BR \\\\-$short \", \" \\\\-\\\\-$(roff "$name")\\b" "$MAN" || missing_short="$missing_short -$short"
    fi
    if [ "$config" = config ]; then
        printf '%s\n' "$config_section" | grep -q "^\.BR $name\\b" || missing_conf="$missing_conf $name"
    fi
done <<EOT
$table
EOT
is "$missing_help" "" "every option of cli_options[] is in --help"
is "$missing_man" "" "every option of cli_options[] is in the man page"
is "$missing_short" "" "every short option is in the man page with its long name"
is "$missing_conf" "" "every config-file option is listed in CONFIGURATION"

# Nothing documented that does not exist.
stale=""
for opt in $(section OPTIONS | grep -o '\\-\\-[a-z][a-z\\-]*' | sed 's/\\//g; s/^--//' | sort -u); do
    printf '%s\n' "$table" | grep -q "^option $opt " || stale="$stale --$opt"
done
is "$stale" "" "every option in the man page's OPTIONS exists"

# Sort keys of list: the table's columns, in --help and the man page.
keys=$(printf '%s\n' "$table" | awk '$1 == "sortkey" {print $2}')
miss="" miss_help=""
for k in $keys; do
    section OPTIONS | grep -q "^\.BR $k\\b" || miss="$miss $k"
    printf '%s\n' "$help" | grep -q " $k\\b" || miss_help="$miss_help $k"
done
is "$miss" "" "every sort key is in the man page"
is "$miss_help" "" "every sort key is in --help"

# Commands, environment, exit statuses.
miss=""
for c in list show compare validate help; do
    section COMMANDS | grep -q "^\.BI\{0,1\}R\{0,1\} $c\\b" || miss="$miss $c"
    printf '%s\n' "$help" | grep -q "^  $c\\b" || miss="$miss help:$c"
done
is "$miss" "" "every command is in the man page and --help"
miss=""
for v in DOKPAMO_DATA DOKPAMO_AMBIGUOUS NO_COLOR COLUMNS XDG_CONFIG_HOME; do
    section ENVIRONMENT | grep -q "^\.B $v\$" || miss="$miss $v"
    printf '%s\n' "$help" | grep -q "$v" || miss="$miss help:$v"
done
is "$miss" "" "every environment variable is in the man page and --help"
# Exit statuses: the enum of cli.h and every literal status returned by
# main and the browser.
statuses=$(
    sed -n 's/^ *CLI_[A-Z_]* = \([0-9][0-9]*\),.*/\1/p' "$top_srcdir/include/cli.h"
    grep -ho 'return [0-9][0-9]*;' "$top_srcdir/src/main.c" "$top_srcdir"/src/tui/*.c | tr -dc '0-9\n'
)
statuses=$(printf '%s\n' $statuses | sort -nu)
like "$statuses" "^0\$" "exit statuses found in the source (0)"
like "$statuses" "^74\$" "exit statuses found in the source (74)"
help_exit=$(printf '%s\n' "$help" | awk '/^Exit status:/{on = 1} on && /^[A-Z]/ && !/^Exit/{on = 0} on' | tr '\n' ' ')
miss=""
# Every status the program defines (include/cli.h), in all three places.
codes=$(sed -n 's/^ *CLI_[A-Z_]* = \([0-9][0-9]*\),.*/\1/p' "$top_srcdir/include/cli.h")
[ "$(printf '%s\n' "$codes" | wc -l)" -ge 8 ]
ok $? "include/cli.h defines the exit statuses ($(echo $codes))"
readme=$(tr '\n' ' ' < "$top_srcdir/README.md")
helpline=$(printf '%s\n' "$help" | sed -n '/^Exit status:/,/^[A-Z][a-z]*:/p' | tr '\n' ' ')
for s in $codes; do
    section "EXIT STATUS" | grep -q "^\.B $s\$" || miss="$miss $s"
    printf '%s' "$helpline" | grep -Eq "[ :]$s [a-z]" || miss="$miss help:$s"
    printf '%s' "$readme" | grep -Eq "Exit status:.*[ :]$s [a-z]" || miss="$miss readme:$s"
done
is "$miss" "" "every exit status is in the man page, --help and the README"
miss=""
for s in $statuses; do
    section "EXIT STATUS" | grep -q "^\.B $s\$" || miss="$miss $s"
    printf '%s\n' "$help_exit" | grep -q " $s " || miss="$miss help:$s"
done
is "$miss" "" "... and so is every status main and the browser return literally ($(echo $statuses))"
section "EXIT STATUS" | grep -q '^\.BI 128+ N$'
ok $? "the man page explains 128+N (the browser ended by a signal)"

# --help: 80 columns, and where to report bugs at the end.
bugs=$(sed -n 's/^#define PACKAGE_BUGREPORT "\(.*\)"$/\1/p' "$top_builddir/config.h")
wide=$(printf '%s\n' "$help" | LC_ALL=C.UTF-8 awk '{ print }' | while IFS= read -r l; do
    w=$(printf '%s\n' "$l" | LC_ALL=C.UTF-8 wc -L)
    [ "$w" -gt 79 ] && printf '%s: %s\n' "$w" "$l"
done)
is "$wide" "" "--help: no line wider than 79 columns"
is "$(printf '%s\n' "$help" | tail -n 1)" "Report bugs to: $bugs" "--help ends with where to report bugs"

# The browser's keys: the KEYS section is what the key table generates.
if [ -f "$KEYS" ]; then
    want=$(LC_ALL=C awk -f "$top_srcdir/man/keys-to-man.awk" "$VOCAB" "$KEYS")
    got=$(awk '/^\.\\" BEGIN KEYS/{on = 1; next} /^\.\\" END KEYS/{on = 0} on' "$MAN_IN")
    tmp=${TMPDIR:-/tmp}/man-keys.$$
    printf '%s\n' "$want" > "$tmp"
    d=$(printf '%s\n' "$got" | diff -u "$tmp" -)
    ok $? "the man page's KEYS section matches src/tui/keys.def (run 'make update-man')"
    rm -f "$tmp"
    [ -n "$d" ] && printf '%s\n' "$d" | head -30 | sed 's/^/#   /'
    n=$(grep -c '^[ 	]*DP_KEY(' "$KEYS")
    m=$(printf '%s\n' "$got" | grep -c '^\.TP$')
    is "$m" "$n" "one man page entry per action of the key table"
    LC_ALL=C awk -v splice=1 -f "$top_srcdir/man/keys-to-man.awk" "$VOCAB" "$KEYS" "$MAN_IN" | cmp -s - "$MAN_IN"
    ok $? "'make update-man' would change nothing (KEYS, FALLBACKS, escapes)"
else
    tap_n=$((tap_n + 1)); echo "ok $tap_n - key table # SKIP no src/tui/keys.def"
fi

# The page itself: ASCII source (Korean as \[uXXXX]), its version from
# configure, an ISO date, the sections a distribution expects.
bad=$(LC_ALL=C grep -n '[^ -~	]' "$MAN_IN" | head -3)
is "$bad" "" "the page's source is ASCII"
version=$(sed -n 's/^#define PACKAGE_VERSION "\(.*\)"$/\1/p' "$top_builddir/config.h")
th=$(grep '^\.TH ' "$MAN")
like "$th" "^\.TH DOKPAMO 1 [0-9]{4}-[0-9]{2}-[0-9]{2} \"dokpamo $version\" " ".TH: ISO date, the version from AC_INIT ($version)"
miss=""
for s in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES BUGS AUTHORS COPYRIGHT "SEE ALSO"; do
    grep -q "^\.SH \"*$s\"*\$" "$MAN" || miss="$miss [$s]"
done
is "$miss" "" "the page has every section a distribution expects"
section BUGS | grep -qF "$bugs"
ok $? "BUGS names where to report them ($bugs)"
# Korean is never alone on a line: the English beside it stays when the
# letters cannot be shown (LANG=C).
alone=$(grep -v '^\.\\"' "$MAN_IN" | grep -v '^\.fchar' | grep '\\\[u[13ABCD][0-9A-F]\{3\}\]' |
    sed 's/\\\[u[0-9A-F]\{4\}\]//g; s/\\f[BIRP]//g; s/^\.[A-Z]* *//' | grep -v '[A-Za-z]\{3,\}')
is "$alone" "" "no line of Korean without English beside it"

# Lint: mandoc and groff, on every output device, without a warning.
if command -v mandoc >/dev/null 2>&1; then
    is "$(mandoc -Tlint -Wwarning "$MAN" 2>&1)" "" "mandoc -Tlint -Wwarning: clean"
else
    tap_n=$((tap_n + 1)); echo "ok $tap_n - mandoc -Tlint # SKIP mandoc not installed"
fi

# The page renders without warnings.
if command -v groff >/dev/null 2>&1; then
    is "$(groff -man -ww -z "$MAN" 2>&1)" "" "groff -man -ww -z: clean"
    for dev in utf8 ascii latin1; do
        is "$(groff -man -T$dev -ww -z "$MAN" 2>&1)" "" "groff -man -T$dev -ww: clean"
    done
    # Under LANG=C: no warning, no placeholder, the English all there.
    out=$(LC_ALL=C groff -man -Tascii -P-cbou -rHY=0 -ww "$MAN" 2>&1)
    bad=$(printf '%s\n' "$out" | LC_ALL=C grep -n -e 'warning' -e '<?>' -e '[^ -~]' | head -3)
    is "$bad" "" "LANG=C: ASCII output, no warning, no placeholder"
    like "$(printf '%s\n' "$out" | tr -s ' \n' '  ')" "initial consonants of a Korean name \(choseong\)" \
        "LANG=C: the Korean terms are explained in English"
else
    tap_n=$((tap_n + 1)); echo "ok $tap_n - groff # SKIP groff not installed"
fi
done_testing
