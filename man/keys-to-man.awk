# SPDX-License-Identifier: GPL-2.0-or-later
# keys-to-man.awk — the browser's key table (src/tui/keys.def) as the
# KEYS section of dokpamo(1).
#
#   awk -f man/keys-to-man.awk include/vocab.def src/tui/keys.def
#       prints the section body (what goes between the BEGIN KEYS and
#       END KEYS comment lines of man/dokpamo.1);
#   awk -v splice=1 -f man/keys-to-man.awk include/vocab.def src/tui/keys.def man/dokpamo.1.in
#       prints the manual page with that part replaced ("make update-man"),
#       every non-ASCII character written as a \[uXXXX] escape, and the
#       FALLBACKS block listing the Korean letters used: where the output
#       device has no glyph for them (LANG=C, PostScript) they are dropped
#       without a warning, and the English beside them stays.
#
# Run it with LC_ALL=C, so that the page is read byte by byte.
#
# A key table line: DP_KEY(ACTION, SECTION, HINT, key...); its help line is
# the English of DP_WORD(HELP_<ACTION>, "machine", "English", "한국어") in
# the vocabulary. The manual is in English.

# UTF-8 sequences as roff \[uXXXX] escapes.
function uesc(s,    out, i, b, n, cp, j) {
    if (s !~ /[\200-\377]/)
        return s
    out = ""
    for (i = 1; i <= length(s); i++) {
        b = ord[substr(s, i, 1)]
        if (b < 128) { out = out substr(s, i, 1); continue }
        n = b >= 240 ? 3 : b >= 224 ? 2 : b >= 192 ? 1 : 0
        cp = n == 3 ? b - 240 : n == 2 ? b - 224 : n == 1 ? b - 192 : b
        for (j = 1; j <= n; j++)
            cp = cp * 64 + ord[substr(s, i + j, 1)] - 128
        i += n
        out = out sprintf("\\[u%04X]", cp)
    }
    return out
}

# A Korean letter (Hangul Jamo, compatibility Jamo, syllables), by its hex:
# where there is no glyph for it, it is dropped (the English beside it stays).
function korean(h,    v) {
    v = hexval(h)
    return (v >= 4352 && v <= 4607) || (v >= 12592 && v <= 12687) || (v >= 44032 && v <= 55203)
}

function hexval(h,    i, v) {
    v = 0
    for (i = 1; i <= length(h); i++)
        v = v * 16 + index("0123456789ABCDEF", substr(h, i, 1)) - 1
    return v
}

function roff(s) {
    gsub(/\\/, "\\e", s)
    gsub(/-/, "\\-", s)
    if (s ~ /^[.']/)
        s = "\\&" s
    return uesc(s)
}

# A curses key code or character constant as a person types it.
function keyname(k,    c, n) {
    if (k in names)
        return names[k]
    if (k ~ /^KEY_CTRL\('.'\)$/)
        return "Ctrl\\-" toupper(substr(k, 11, 1))
    if (k ~ /^KEY_F\([0-9]+\)$/) {
        n = k
        gsub(/[^0-9]/, "", n)
        return "F" n
    }
    if (k ~ /^'.'$/)
        return roff(substr(k, 2, 1))
    if (k ~ /^'\\\\'$/)
        return "\\e"
    if (k ~ /^'\\''$/)
        return "'"
    c = k
    sub(/^KEY_/, "", c)
    return roff(c)
}

# Splits the arguments of one DP_KEY(...) line into args[1..n], keeping
# commas inside "strings", 'c' constants and (parentheses).
function split_args(s, args,    i, c, n, depth, quote, cur) {
    n = 0; depth = 0; quote = ""; cur = ""
    for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (quote != "") {
            cur = cur c
            if (c == "\\") { i++; cur = cur substr(s, i, 1); continue }
            if (c == quote) quote = ""
            continue
        }
        if (c == "\"" || c == "'") { quote = c; cur = cur c; continue }
        if (c == "(") depth++
        if (c == ")") {
            if (depth == 0) break
            depth--
        }
        if (c == "," && depth == 0) {
            args[++n] = cur; cur = ""; continue
        }
        cur = cur c
    }
    args[++n] = cur
    for (i = 1; i <= n; i++) {
        sub(/^[ \t]+/, "", args[i])
        sub(/[ \t]+$/, "", args[i])
    }
    return n
}

function unquote(s) {
    sub(/^"/, "", s)
    sub(/"$/, "", s)
    gsub(/\\"/, "\"", s)
    return s
}

BEGIN {
    for (i = 0; i < 256; i++)
        ord[sprintf("%c", i)] = i
    names["' '"] = "Space"; names["'\\t'"] = "Tab"; names["'\\n'"] = "Enter"
    names["'\\r'"] = "Enter"; names["KEY_ENTER"] = "Enter"; names["27"] = "Esc"
    names["KEY_DOWN"] = "Down"; names["KEY_UP"] = "Up"; names["KEY_LEFT"] = "Left"
    names["KEY_RIGHT"] = "Right"; names["KEY_NPAGE"] = "PgDn"; names["KEY_PPAGE"] = "PgUp"
    names["KEY_HOME"] = "Home"; names["KEY_END"] = "End"; names["KEY_BTAB"] = "Shift\\-Tab"
    names["KEY_BACKSPACE"] = "Backspace"; names["KEY_DC"] = "Delete"; names["KEY_IC"] = "Insert"
    names["KEY_MOUSE"] = "mouse"; names["127"] = "Backspace"; names["8"] = "Backspace"
    title["MOVE"] = "Moving"; title["PANES"] = "Panes"; title["FIND"] = "Search and filter"
    title["SORT"] = "Sorting"; title["VIEW"] = "View"
    # Fallbacks other than nothing, for letters that have an ASCII look-alike.
    ascii["2026"] = "..."; ascii["00B7"] = "."; ascii["21C6"] = "<->"
}

FNR == 1 { file++ }

# The vocabulary: the English of every word.
file == 1 && /^[ \t]*DP_WORD\(/ {
    line = $0
    sub(/^[ \t]*DP_WORD\(/, "", line)
    split_args(line, w)
    english[w[1]] = unquote(w[3])
    next
}
file == 1 { next }

file == 2 && /^[ \t]*DP_KEY\(/ {
    line = $0
    sub(/^[ \t]*DP_KEY\(/, "", line)
    n = split_args(line, a)
    section = a[2]
    if (section != last_section) {
        t = (section in title) ? title[section] : toupper(substr(section, 1, 1)) tolower(substr(section, 2))
        out = out ".SS " t "\n"
        last_section = section
    }
    keys = ""
    delete seen
    for (i = 4; i <= n; i++) {
        k = keyname(a[i])
        if (k in seen)
            continue
        seen[k] = 1
        keys = keys (keys == "" ? "" : ", ") "\\fB" k "\\fR"
    }
    if (!(("HELP_" a[1]) in english)) {
        print "keys-to-man.awk: no DP_WORD(HELP_" a[1] ", ...) in the vocabulary" > "/dev/stderr"
        exit 1
    }
    out = out ".TP\n" keys "\n" roff(english["HELP_" a[1]]) "\n"
    next
}

file == 2 { next }

# The manual page (splice mode), kept in pl[1..npl] until the end.
/^\.\\" BEGIN KEYS/ { pl[++npl] = $0; keysidx = ++npl; pl[npl] = out; skipping = 1; next }
/^\.\\" END KEYS/ { skipping = 0 }
/^\.\\" BEGIN FALLBACKS/ { pl[++npl] = $0; fallbacks = ++npl; skipping = 1; next }
/^\.\\" END FALLBACKS/ { skipping = 0 }
!skipping { pl[++npl] = uesc($0) }

END {
    if (!splice) {
        printf "%s", out
        exit
    }
    # Every Korean letter the page uses, in code point order.
    nk = 0
    for (i = 1; i <= npl; i++) {
        rest = pl[i]
        while (match(rest, /\\\[u[0-9A-F][0-9A-F][0-9A-F][0-9A-F]\]/)) {
            h = substr(rest, RSTART + 3, 4)
            rest = substr(rest, RSTART + RLENGTH)
            if ((korean(h) || h in ascii) && !(h in used)) {
                used[h] = 1
                for (j = ++nk; j > 1 && hexval(ks[j - 1]) > hexval(h); j--)
                    ks[j] = ks[j - 1]
                ks[j] = h
            }
        }
    }
    if (fallbacks) {
        block = ".if \\n[.x] \\{\\\n"
        for (j = 1; j <= nk; j++)
            block = block ".fchar \\[u" ks[j] "]" (ks[j] in ascii ? " " ascii[ks[j]] : "") "\n"
        pl[fallbacks] = block ".\\}\n"
    }
    for (i = 1; i <= npl; i++)
        printf "%s%s", pl[i], (i == fallbacks || i == keysidx ? "" : "\n")
}
