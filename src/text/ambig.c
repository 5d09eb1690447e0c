/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ambig.c — narrow stand-ins for East Asian Ambiguous characters, for
 * terminals that draw them two columns wide (--ambiguous=wide). */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "text.h"
#include "text/internal.h"

struct text_stand_in {
    int32_t lo, hi;
    const char *ascii;
};

/* Sorted by code point; a range maps every member to the same text. */
static const struct text_stand_in
    text_stand_ins[] =
        {
            {0x00A1, 0x00A1, "!"},   {0x00A7, 0x00A7, "S"},   {0x00A8, 0x00A8, "\""},
            {0x00AA, 0x00AA, "a"},   {0x00AD, 0x00AD, "-"},   {0x00AE, 0x00AE, "(R)"},
            {0x00B0, 0x00B0, "o"},   {0x00B1, 0x00B1, "+-"},  {0x00B2, 0x00B2, "2"},
            {0x00B3, 0x00B3, "3"},   {0x00B4, 0x00B4, "'"},   {0x00B6, 0x00B6, "P"},
            {0x00B7, 0x00B7, "."},   {0x00B8, 0x00B8, ","},   {0x00B9, 0x00B9, "1"},
            {0x00BA, 0x00BA, "o"},   {0x00BC, 0x00BC, "1/4"}, {0x00BD, 0x00BD, "1/2"},
            {0x00BE, 0x00BE, "3/4"}, {0x00BF, 0x00BF, "?"},   {0x00C6, 0x00C6, "AE"},
            {0x00D0, 0x00D0, "D"},   {0x00D7, 0x00D7, "x"},   {0x00D8, 0x00D8, "O"},
            {0x00DE, 0x00DE, "Th"},  {0x00DF, 0x00DF, "ss"},  {0x00E6, 0x00E6, "ae"},
            {0x00F0, 0x00F0, "d"},   {0x00F7, 0x00F7, "/"},   {0x00F8, 0x00F8, "o"},
            {0x00FE, 0x00FE, "th"},  {0x2010, 0x2015, "-"},   {0x2016, 0x2016, "||"},
            {0x2018, 0x2019, "'"},   {0x201C, 0x201D, "\""},  {0x2020, 0x2021, "+"},
            {0x2022, 0x2022, "*"},   {0x2024, 0x2024, "."},   {0x2025, 0x2025, ".."},
            {0x2026, 0x2026, "..."}, {0x2027, 0x2027, "-"},   {0x2030, 0x2030, "%o"},
            {0x2032, 0x2032, "'"},   {0x2033, 0x2033, "\""},  {0x2035, 0x2035, "`"},
            {0x203B, 0x203B, "*"},   {0x203E, 0x203E, "-"},   {0x20AC, 0x20AC, "EUR"},
            {0x2103, 0x2103, "C"},   {0x2116, 0x2116, "No"},  {0x2121, 0x2121, "TEL"},
            {0x2122, 0x2122, "TM"},  {0x2190, 0x2190, "<-"},  {0x2191, 0x2191, "^"},
            {0x2192, 0x2192, "->"},  {0x2193, 0x2193, "v"},   {0x2194, 0x2194, "<->"},
            {0x21D2, 0x21D2, "=>"},  {0x21D4, 0x21D4, "<=>"}, {0x2200, 0x2200, "A"},
            {0x221A, 0x221A, "V"},   {0x221E, 0x221E, "oo"},  {0x2248, 0x2248, "~="},
            {0x2260, 0x2260, "!="},  {0x2264, 0x2264, "<="},  {0x2265, 0x2265, ">="},
            {0x2460, 0x2473, NULL}, /* circled numbers: "(1)".."(20)" */
            {0x2500, 0x2501, "-"},   {0x2502, 0x2503, "|"},   {0x2504, 0x2505, "-"},
            {0x2506, 0x2507, "|"},   {0x2508, 0x2509, "-"},   {0x250A, 0x250B, "|"},
            {0x250C, 0x254B, "+"},   {0x2550, 0x2550, "="},   {0x2551, 0x2551, "|"},
            {0x2552, 0x256C, "+"},   {0x256D, 0x2570, "+"},   {0x2571, 0x2571, "/"},
            {0x2572, 0x2572, "\\"},  {0x2573, 0x2573, "X"},   {0x2580, 0x259F, "#"},
            {0x25A0, 0x25A1, "#"},   {0x25B2, 0x25B3, "^"},   {0x25B6, 0x25B7, ">"},
            {0x25BC, 0x25BD, "v"},   {0x25C0, 0x25C1, "<"},   {0x25C6, 0x25C8, "*"},
            {0x25CB, 0x25CB, "o"},   {0x25CE, 0x25D1, "o"},   {0x2605, 0x2606, "*"},
            {0x260E, 0x260F, "T"},   {0x2640, 0x2640, "F"},   {0x2642, 0x2642, "M"},
            {0x2660, 0x2667, "*"},   {0x266A, 0x266A, "#"},   {0x266D, 0x266D, "b"},
            {0x266F, 0x266F, "#"},   {0x273D, 0x273D, "*"},
};

void text_put_unambiguous(struct text_buf *b, int32_t cp)
{
    size_t lo = 0, hi = sizeof text_stand_ins / sizeof *text_stand_ins;
    char tmp[8];

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct text_stand_in *e = &text_stand_ins[mid];
        if (cp < e->lo) {
            hi = mid;
        } else if (cp > e->hi) {
            lo = mid + 1;
        } else if (e->ascii) {
            text_buf_put(b, e->ascii, strlen(e->ascii));
            return;
        } else {
            int n = snprintf(tmp, sizeof tmp, "(%d)", (int)(cp - e->lo + 1));
            text_buf_put(b, tmp, (size_t)n);
            return;
        }
    }
    /* Accented Latin (é, ō ...): the base letter; anything else '?'. */
    utf8proc_int32_t d[8];
    int last = 0;
    utf8proc_ssize_t n =
        utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK, &last);
    bool ascii = n > 0 && n <= 8;
    for (utf8proc_ssize_t k = 0; ascii && k < n; k++)
        ascii = d[k] >= 0x20 && d[k] < 0x7F;
    if (!ascii) {
        text_buf_putc(b, '?');
        return;
    }
    for (utf8proc_ssize_t k = 0; k < n; k++)
        text_buf_putc(b, (char)d[k]);
}
