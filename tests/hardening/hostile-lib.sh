# SPDX-License-Identifier: GPL-2.0-or-later
# hostile-lib.sh — helpers for the hardening tests. Source after lib.sh.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
HOSTILE="$top_srcdir/tests/data/hostile"
ESC=$(printf '\033')

# raw_bytes FILE [tsv|csv]: prints what is wrong and returns 0 when FILE holds
# a raw control byte (C0 but LF, DEL, C1 as UTF-8), a raw bidi control, or
# invalid UTF-8. TAB is allowed in TSV, CR LF in CSV. (grep -P on bytes, not
# python: this runs for every command on every hostile file.)
raw_bytes() {
    pat='[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]'
    [ "${2:-}" = tsv ] || pat="\\x09|$pat"
    if [ "${2:-}" = csv ]; then
        LC_ALL=C sed 's/\r$//' "$1" > "$1.lf"
    else
        cp "$1" "$1.lf"
    fi
    hit=$(LC_ALL=C grep -aboP "$pat" "$1.lf" | head -1 | od -An -c | tr -s ' ' | head -2 | tr '\n' ' ')
    if [ -n "$hit" ]; then
        echo "raw byte at offset:$hit"
        return 0
    fi
    if ! iconv -f UTF-8 -t UTF-8 "$1.lf" > /dev/null 2>&1; then
        echo "invalid UTF-8"
        return 0
    fi
    return 1
}

# status_ok RC: a deliberate exit (0 ok, 1 no match, 2 usage, 65, 66), not
# a crash (>= 128), a timeout (124) or an internal error (70).
status_ok() {
    case $1 in 0 | 1 | 2 | 65 | 66) return 0 ;; *) return 1 ;; esac
}
