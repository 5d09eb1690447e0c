/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_width.c — per code point widths against glibc, and Hangul widths. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "text.h"
#include "../tap.h"

static int wid(const char *s)
{
    return text_width(s);
}

/* Every code point that can stand in display-safe text on its own (as
 * text_display leaves it) measures as glibc's wcwidth() says. */
static void check_all_code_points(void)
{
    int bad = 0, kept = 0;
    char in[8];

    for (wchar_t cp = 0x20; cp < 0x110000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        mbstate_t st = {0};
        size_t n = wcrtomb(in, cp, &st);
        if (n == (size_t)-1)
            continue;
        in[n] = '\0';
        char *shown = text_display(in, n, 0);
        if (shown && strcmp(shown, in) == 0) {
            kept++;
            int g = wcwidth(cp);
            if (g != text_width(shown)) {
                if (bad++ < 10)
                    printf("# U+%04X: ours %d, glibc %d\n", (unsigned)cp, text_width(shown), g);
            }
        }
        free(shown);
    }
    ok(kept > 250000, "most code points are kept as they are (%d)", kept);
    is_int(bad, 0, "every kept code point: text_width = wcwidth");
}

int main(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8")) {
        printf("1..0 # SKIP no C.UTF-8 locale\n");
        return 0;
    }
    is_int(wid(""), 0, "empty");
    is_int(wid("abc"), 3, "ASCII");
    is_int(wid("한"), 2, "precomposed syllable");
    is_int(wid("과학기술정보통신부"), 18, "NFC 과학기술정보통신부");
    /* NFD: utf8proc alone gives 32; the override table makes it 18. */
    is_int(wid("\u1100\u116A\u1112\u1161\u11A8\u1100\u1175\u1109\u116E\u11AF\u110C\u1165\u11BC"
               "\u1107\u1169\u1110\u1169\u11BC\u1109\u1175\u11AB\u1107\u116E"),
           18, "NFD 과학기술정보통신부 (conjoining vowels/finals 0)");
    is_int(wid("\u1112\u1161\u11AB"), 2, "NFD 한");
    is_int(wid("\u1112\u119E\u11AB"), 2, "old Hangul L+V+T");
    is_int(wid("\uD7B0\uD7CB"), 0, "extended-B vowel and final jamo are 0");
    is_int(wid("ㄱㅏ"), 4, "compatibility jamo 2 each");
    is_int(wid("\uFFA1\uFFC2"), 2, "halfwidth jamo 1 each");
    is_int(wid("ＡＢ１"), 6, "fullwidth forms 2 each");
    is_int(wid("ｶ"), 1, "halfwidth katakana 1");
    is_int(wid("·…※▲“”①─"), 8, "East Asian Ambiguous 1 each");
    is_int(wid("😀"), 2, "emoji 2");
    is_int(wid("e\u0301"), 1, "combining mark 0");
    is_int(wid("\u0903"), 1, "spacing mark (Mc) 1 as in glibc");
    is_int(wid("\u4DC0"), 2, "hexagram symbol 2 as in glibc");
    is_int(wid("LG AI연구원"), 11, "mixed Latin and Hangul");
    is_int(text_width_n("한국어", 3), 2, "text_width_n counts only len bytes");
    is_int(wid(NULL), 0, "NULL is 0");
    check_all_code_points();
    return tap_done();
}
