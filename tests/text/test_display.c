/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_display.c — display-safe text, text_check, text_is_plain, NFC. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "../tap.h"

static char *last;

static const char *show(const char *s, unsigned flags)
{
    free(last);
    last = text_display(s, strlen(s), flags);
    return last;
}

static const char *nfc(const char *s)
{
    free(last);
    last = text_nfc(s, strlen(s));
    return last;
}

static void check_issue(const char *s, size_t len, enum text_issue want, size_t want_at, const char *name)
{
    size_t at = 12345;
    enum text_issue got = text_check(s, len, &at);
    is_int(got, want, "text_check %s: %s", name, text_issue_name(got));
    is_int(at, want_at, "text_check %s: offset", name);
}

int main(void)
{
    /* NFC */
    is_str(nfc("\u1112\u1161\u11AB\u1100\u1173\u11AF"), "한글", "NFD to NFC");
    is_str(nfc("e\u0301"), "é", "combining acute composed");
    is_str(nfc("\xff"), "\uFFFD", "invalid UTF-8 becomes U+FFFD");
    is_str(nfc("가\u11A7"), "가\u11A7", "U+11A7 after a syllable is kept (utf8proc < 2.11.2 drops it)");
    is_str(nfc("\u1100\u1161\u11A7x"), "가\u11A7x", "L V U+11A7 composes L V only");

    /* plain strings pass through */
    ok(text_is_plain("K-EXAONE 236B", 13), "ASCII is plain");
    ok(text_is_plain("업스테이지 ㅇㅅㅌ", strlen("업스테이지 ㅇㅅㅌ")),
       "NFC Hangul and compatibility jamo are plain");
    ok(!text_is_plain("\u1112\u1161\u11AB", 9), "NFD Hangul is not plain");
    ok(!text_is_plain("a\tb", 3), "TAB is not plain");
    ok(!text_is_plain("é", 2), "other non-ASCII is not plain");
    is_str(show("업스테이지", 0), "업스테이지", "plain Hangul unchanged");

    /* normalisation and Hangul */
    is_str(show("\u1112\u1161\u11AB", 0), "한", "NFD shown as NFC");
    is_str(show("\u1161", 0), "\u115F\u1161", "orphan vowel gets a choseong filler");
    is_str(show("\u11AB", 0), "\u115F\u1160\u11AB", "orphan final gets both fillers");
    is_str(show("a\u1161", 0), "a\u115F\u1161", "vowel after Latin is an orphan");
    is_str(show("\u1112\u119E\u11AB", 0), "\u1112\u119E\u11AB", "old Hangul kept");

    /* whitespace, controls, escape sequences */
    is_str(show("a\tb\nc\rd", 0), "a b c d", "TAB/LF/CR as spaces");
    is_str(show("a\u2028b\u2029c", 0), "a b c", "line/paragraph separators as spaces");
    is_str(show("bell\x07", 0), "bell\\x07", "BEL as \\x07");
    is_str(show("x\x7f", 0), "x\\x7f", "DEL as \\x7f");
    is_str(show("\x01\x1f", 0), "\\x01\\x1f", "C0 as \\xNN");
    is_str(show("\xc2\x85z", 0), "\\u0085z", "C1 as \\u0085");
    is_str(show("\x1b[2J", 0), "\\e[2J", "CSI shown whole");
    is_str(show("\x1b[31mred\x1b[0m", 0), "\\e[31mred\\e[0m", "SGR shown");
    is_str(show("\x1b]52;c;SGk=\x07tail", 0), "\\e]52;c;SGk=\\x07tail", "OSC 52 up to BEL");
    is_str(show("\x1b]8;;http://x\x1b\\link", 0), "\\e]8;;http://x\\e\\link", "OSC 8 up to ST");
    is_str(show("\x1b]0;t\nitle", 0), "\\e]0;t\\x0aitle", "controls inside a sequence are escaped");
    is_str(show("\x1bPq#0\x1b\\", 0), "\\ePq#0\\e\\", "DCS");
    is_str(show("\x1b", 0), "\\e", "lone ESC");
    is_str(show("\xe2\x80\xaetxt", 0), "\\u202etxt", "RLO as \\u202e");
    is_str(show("\xe2\x81\xa6x\xe2\x81\xa9", 0), "\\u2066x\\u2069", "isolates as text");
    is_str(show("ab\xc3", 0), "ab\uFFFD", "truncated UTF-8");
    is_str(show("\xed\xa0\x80", 0), "\uFFFD\uFFFD\uFFFD", "surrogate bytes");
    {
        char *s = text_display("a\0b", 3, 0);
        is_str(s, "a\\x00b", "NUL as \\x00");
        free(s);
    }

    /* emoji, zero-width, unknown */
    is_str(show("❤\uFE0F", 0), "❤", "VS16 dropped");
    is_str(show("👍\U0001F3FD", 0), "👍", "skin tone dropped");
    is_str(show("👨\u200D👩\u200D👧", 0), "👨", "ZWJ sequence reduced to its first emoji");
    is_str(show("\U0001F1F0\U0001F1F7", 0), "\U0001F1F0\U0001F1F7", "flag kept");
    is_str(show("\U0001F1F0x", 0), "x", "lone regional indicator dropped");
    is_str(show("1\uFE0F\u20E3", 0), "1\u20E3", "keycap without VS16");
    is_str(show("\U0001FAE8", 0), "\uFFFD", "emoji newer than glibc's tables");
    is_str(show("\u0378", 0), "\uFFFD", "unassigned code point");
    is_str(show("a\u200Bb\uFEFF", 0), "ab", "zero-width format characters dropped");
    is_str(show("\u0301x", 0), " \u0301x", "leading combining mark gets a space");

    /* ambiguous-wide and ASCII terminals */
    is_str(show("· … ※ ▲ “인용” ① ─ é", TEXT_AMBIG_WIDE), ". ... * ^ \"인용\" (1) - e",
           "ambiguous characters replaced");
    is_str(show("α", TEXT_AMBIG_WIDE), "?", "ambiguous letter without a stand-in");
    is_str(show("업스테이지", TEXT_AMBIG_WIDE), "업스테이지", "Hangul is not ambiguous");
    is_str(show("LG AI연구원", TEXT_ASCII | TEXT_ASCII_TEXT), "LG AI???", "ASCII text: a '?' a cluster");
    is_str(show("\u1112\u1161\u11AB!", TEXT_ASCII | TEXT_ASCII_TEXT), "?!",
           "ASCII text: NFD syllable one '?'");
    is_str(show("a\x1b[2J", TEXT_ASCII | TEXT_ASCII_TEXT), "a\\e[2J", "ASCII text: escapes still visible");
    is_str(show("LG AI연구원", TEXT_ASCII), "LG AI연구원", "--ascii alone (borders): Hangul kept");
    is_str(show("a\x1b[2J", TEXT_ASCII), "a\\e[2J", "--ascii alone: escapes still visible");

    /* text_check */
    check_issue("ok 한글", strlen("ok 한글"), TEXT_OK, strlen("ok 한글"), "clean");
    check_issue("ab\xff", 3, TEXT_BAD_UTF8, 2, "invalid byte");
    check_issue("가\xe1\x84", 5, TEXT_BAD_UTF8, 3, "truncated sequence");
    check_issue("\xc0\xaf", 2, TEXT_BAD_UTF8, 0, "overlong");
    check_issue("\xf4\x90\x80\x80", 4, TEXT_BAD_UTF8, 0, "beyond U+10FFFF");
    check_issue("a\0b", 3, TEXT_NUL, 1, "NUL");
    check_issue("xy\x1b]52;c;QQ==\x07", 13, TEXT_ESCAPE, 2, "OSC 52");
    check_issue("a\tb", 3, TEXT_CONTROL, 1, "TAB");
    check_issue("\xc2\x9b", 2, TEXT_CONTROL, 0, "C1 CSI");
    check_issue("a\xe2\x80\xae", 4, TEXT_BIDI, 1, "RLO");
    is_str(text_issue_name(TEXT_BAD_UTF8), "invalid UTF-8", "issue name");
    free(last);
    return tap_done();
}
