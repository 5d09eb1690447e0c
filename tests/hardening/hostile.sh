#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Hostile datasets (tests/data/hostile/, made by gen-hostile.py small, and
# gen-hostile.py binary at test time): each has its exact `validate`
# outcome (NAME.expected: stderr lines, then "exit N"); every command on
# each of them ends with a deliberate status, in time, with no raw control
# byte or invalid UTF-8 on stdout or stderr; strings that load are shown
# sanitised as display.expected says.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/hardening/hostile-lib.sh"
if ! command -v iconv > /dev/null 2>&1 || ! echo x | grep -qP x 2> /dev/null; then
    echo "1..0 # SKIP needs iconv and grep -P"
    exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/dp-hostile.XXXXXX")
trap 'rm -rf "$T"' EXIT
# The committed files and, beside them, the ones that look like binaries
# (gen-hostile.py binary: never shipped).
mkdir "$T/hostile" && cp "$HOSTILE"/* "$T/hostile/" &&
    "$PY" "$top_srcdir/tests/hardening/gen-hostile.py" binary "$T/hostile" || exit 1
cd "$T/hostile" || exit 1

# 1. validate: the exact messages and exit status.
for f in *.json; do
    want=$(cat "${f%.json}.expected")
    got=$(timeout 20 "$DOKPAMO" validate "$f" 2>&1 > /dev/null; echo "exit $?")
    is "$got" "$want" "validate $f"
done

# 2. every command, every format: a deliberate status, clean bytes.
printf '%s\n' '# comment' ':dump' 'j' '<Tab>' ':dump' '<Enter>' ':dump' '<Esc>' ' ' 'j' ' ' 'c' ':dump' \
    '<Esc>' '/알파<Enter>' 'L' '?' ':dump' '<Esc>' ':resize 20 5' ':dump' ':resize 80 24' 'q' > "$T/script"
for f in *.json; do
    bad=""
    : > "$T/all" && : > "$T/all.tsv" && : > "$T/all.csv"
    for cmd in "list" "list --format tsv" "list --format csv" "list --format json" "list --format md" \
        "--lang en show alpha-500b" "show ㅇㅍ" "compare alpha-500b beta-100b" \
        "--headless-script $T/script --size 80x24" "--ascii --headless-script $T/script --size 80x24"; do
        out=$T/all
        case $cmd in *tsv*) out=$T/all.tsv ;; *csv*) out=$T/all.csv ;; esac
        # shellcheck disable=SC2086
        timeout 20 "$DOKPAMO" --data "$f" $cmd >> "$out" 2>> "$T/all"
        rc=$?
        status_ok $rc || bad="$bad [$cmd: exit $rc]"
    done
    for fmt in "" tsv csv; do
        why=$(raw_bytes "$T/all${fmt:+.$fmt}" $fmt) && bad="$bad [${fmt:-other} output: $why]"
    done
    is "$bad" "" "$f: every command ends cleanly, nothing raw on stdout or stderr"
done

# 3. what loads is shown sanitised: the model's name as `show` prints it.
while IFS="$(printf '\t')" read -r name field want; do
    label="English name"
    [ "$field" = ko ] && label="Korean name"
    got=$("$DOKPAMO" --data "$name.json" --lang en show alpha-500b 2> "$T/err" |
        sed -n "s/^$label  *[A-Z0-9, ]*  *//p")
    is "$got" "$want" "$name: name ($field) shown as $(printf '%s' "$want" | cut -c1-40)"
done < "$top_srcdir/tests/hardening/display.expected"

# 4. Unsafe strings: one warning, naming the first problem by its path.
for f in csi-clear osc52-clipboard bidi-rlo invalid-utf8-ff c1-utf8; do
    "$DOKPAMO" --data "$f.json" list > /dev/null 2> "$T/err"
    is "$(grep -c warning "$T/err")" 1 "$f: exactly one warning"
    like "$(cat "$T/err")" "first: consortia\[0\]\.models\[0\]\.name\.en: " "$f: the warning names the JSON path"
done
done_testing
