# SPDX-License-Identifier: GPL-2.0-or-later
# storm-keys.awk — a seeded random key storm for storm.sh.
#   awk -v seed=N -v keys=N -v resizes=N -f storm-keys.awk
# Prints one line per tmux action: "H xx xx ..." (bytes for send-keys -H,
# several keys per line) or "R COLS ROWS" (resize-window). Never emits a
# byte that quits or stops the browser: 'q', 'Q' (alone or after Esc), Ctrl-C, Ctrl-Z, Ctrl-\, and
# no XON/XOFF (Ctrl-Q, Ctrl-S), and not the F10 sequence.
function hex(s,    i, out) {
    out = ""
    for (i = 1; i <= length(s); i++) out = out " " sprintf("%02x", ord[substr(s, i, 1)])
    return out
}
function rnd(n) { return int(rand() * n) }
function byte_ok(b) { return b != 113 && b != 81 && b != 3 && b != 26 && b != 28 && b != 17 && b != 19 && b != 27 }
function rbyte(lo, hi,    b) { do b = lo + rnd(hi - lo + 1); while (!byte_ok(b)); return sprintf(" %02x", b) }
function key(    r, k, x, y, b, n, i, s) {
    r = rnd(100)
    if (r < 40) {            # a printable ASCII key, mostly the ones bound
        k = substr(bound, rnd(length(bound)) + 1, 1)
        return hex(k)
    }
    if (r < 48) return rbyte(32, 126)                        # any printable
    if (r < 55) return hex(substr("\t\r\n", rnd(3) + 1, 1)) # Tab, Enter
    if (r < 58) return " 1b"                                # a lone Esc
    if (r < 60) return rbyte(0, 31)                          # other C0
    if (r < 61) return " 7f"                                 # DEL/backspace
    if (r < 72) return " 1b" hex(seqs[rnd(nseqs) + 1])      # a known sequence
    if (r < 80) {            # an SGR mouse report, anywhere (even off screen)
        b = mb[rnd(nmb) + 1]
        x = 1 + rnd(310); y = 1 + rnd(110)
        return " 1b" hex("[<" b ";" x ";" y (rnd(2) ? "M" : "m"))
    }
    if (r < 83) return " 1b 5b 4d" rbyte(32, 255) rbyte(32, 255) rbyte(32, 255) # X10 mouse
    if (r < 87) {            # a random CSI with parameters
        s = "["
        n = rnd(4)
        for (i = 0; i < n; i++) s = s rnd(1000) (i < n - 1 ? ";" : "")
        return " 1b" hex(s) rbyte(64, 125)  # no "~": not F10
    }
    if (r < 91) {            # invalid UTF-8: stray continuation, overlong, surrogate, truncated
        n = rnd(5)
        if (n == 0) return rbyte(128, 191)
        if (n == 1) return " c0 af"
        if (n == 2) return " ed a0 80"
        if (n == 3) return " f4 90 80 80"
        return rbyte(194, 244)
    }
    if (r < 95) {            # pasted Hangul (sometimes bracketed paste)
        s = hangul[rnd(nhangul) + 1]
        return (rnd(2) ? " 1b" hex("[200~") hangul_hex[s] " 1b" hex("[201~") : hangul_hex[s])
    }
    if (r < 97) return " 1b" hex(substr(alpha, rnd(length(alpha)) + 1, 1)) # Alt-key
    return " 1b" hex("]52;c;" substr("YWJjZGVmZ2g=", 1, 1 + rnd(12))) " 07" # OSC typed in
}
BEGIN {
    for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i
    srand(seed)
    bound = "jkgGsS<>nNfFzLu?cdhl][iewy1234 /  jjjkk"
    alpha = "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789"
    nseqs = split("[A [B [C [D OA OB OC OD [H [F [1~ [4~ [5~ [6~ [2~ [3~ [Z OP OQ OR OS [15~ [17~ [18~ [19~ [20~ [23~ [24~ [1;5A [1;2B [1;3C [I [O [200~ [201~ [?1;2c [M", seqs, " ")
    nmb = split("0 1 2 32 35 64 65 66 67 3 8 16", mb, " ")
    # Hangul as UTF-8 hex (awk cannot be trusted with multibyte strings).
    nhangul = split("한 업스테이지 네이버 ㅇㅅㅌ 알파 엑사원 ㅎㅏㄴ 과학기술정보통신부", hangul, " ")
    hangul_hex["한"] = " ed 95 9c"
    hangul_hex["업스테이지"] = " ec 97 85 ec 8a a4 ed 85 8c ec 9d b4 ec a7 80"
    hangul_hex["네이버"] = " eb 84 a4 ec 9d b4 eb b2 84"
    hangul_hex["ㅇㅅㅌ"] = " e3 85 87 e3 85 85 e3 85 8c"
    hangul_hex["알파"] = " ec 95 8c ed 8c 8c"
    hangul_hex["엑사원"] = " ec 97 91 ec 82 ac ec 9b 90"
    hangul_hex["ㅎㅏㄴ"] = " e3 85 8e e3 85 8f e3 84 b4"
    hangul_hex["과학기술정보통신부"] = " ea b3 bc ed 95 99 ea b8 b0 ec 88 a0 ec a0 95 eb b3 b4 ed 86 b5 ec 8b a0 eb b6 80"
    # Resizes at random points; the first two are the extremes.
    for (i = 0; i < resizes; i++) at[1 + rnd(keys)]++
    done = 0
    line = ""
    for (k = 1; k <= keys; k++) {
        line = line key()
        if (k in at || rnd(30) == 0 || k == keys) {
            if (line != "") print "H" line
            line = ""
        }
        while (at[k] > 0) {
            at[k]--
            if (done == 0) print "R 1 1"
            else if (done == 1) print "R 300 100"
            else {
                x = 1 + rnd(300)
                y = 1 + rnd(100)
                print "R", x, y
            }
            done++
        }
    }
}
