/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_fit.c — text_fit(), text_fit_middle() and text_truncate() with
 * exact expected output. */
#include "config.h"

#include "text.h"
#include "../tap.h"

static char buf[256];

static const char *fit(const char *s, int cols, enum text_align a, unsigned flags)
{
    text_fit(buf, sizeof buf, s, cols, a, flags);
    return buf;
}

static const char *mid(const char *s, int cols, enum text_align a, unsigned flags)
{
    text_fit_middle(buf, sizeof buf, s, cols, a, flags);
    return buf;
}

static const char *cut(const char *s, int cols, unsigned flags)
{
    text_truncate(buf, sizeof buf, s, cols, flags);
    return buf;
}

int main(void)
{
    /* The middle cut: two names that share their start stay apart (issue
     * 14: "HyperCLOVA X S…" twice in a column). */
    is_str(mid("HyperCLOVA X SEED 32B Think", 15, TEXT_LEFT, 0), "Hyper…32B Think",
           "middle: the last word whole (two columns of the start for it)");
    is_str(mid("HyperCLOVA X SEED 8B Omni", 15, TEXT_LEFT, 0), "HyperCL…8B Omni",
           "middle: start and end halves");
    is_str(mid("Qwen3-235B-A22B-Thinking-2507", 15, TEXT_LEFT, 0), "Qwen3-2…ng-2507",
           "middle: no space, halves of whole clusters");
    is_str(mid("하이퍼클로바X 시드 32B 싱크", 15, TEXT_LEFT, 0), "하이퍼…32B 싱크",
           "middle: Hangul, whole clusters, exactly the width");
    is_str(mid("하이퍼클로바X 시드 32B 싱크", 14, TEXT_LEFT, 0), "하이…32B 싱크 ",
           "middle: a wide character that does not fit leaves a space");
    is_str(mid("K-EXAONE 2.0", 15, TEXT_LEFT, 0), "K-EXAONE 2.0   ", "middle: what fits is padded, not cut");
    is_str(mid("K-EXAONE 2.0", 6, TEXT_RIGHT, 0), "K-…2.0", "middle: right-aligned and cut");
    is_str(mid("K-EXAONE 2.0", 11, TEXT_LEFT, 0), "K-EXAON…2.0",
           "middle: the end from the next word, not mid-word");
    is_str(mid("abcdefghij", 7, TEXT_LEFT, TEXT_ASCII), "abc~hij", "middle: the ASCII ellipsis");
    is_str(mid("abcdefghij", 4, TEXT_LEFT, 0), "abc…", "middle: under 5 columns the plain cut");
    is_str(mid("VAETKI-VL-7B-A1B", 15, TEXT_CENTER, 0), "VAETKI-…-7B-A1B", "middle: one column short");
    is_str(fit("abc", 5, TEXT_LEFT, 0), "abc  ", "pad left-aligned");
    is_str(fit("7B", 5, TEXT_RIGHT, 0), "   7B", "right-align numbers");
    is_str(fit("가", 6, TEXT_CENTER, 0), "  가  ", "center");
    is_str(fit("가", 5, TEXT_CENTER, 0), " 가  ", "center, odd padding goes right");
    is_str(fit("abcdef", 4, TEXT_LEFT, 0), "abc…", "ellipsis reserved first");
    is_str(fit("가나다", 4, TEXT_LEFT, 0), "가… ", "wide char at the edge: a space");
    is_str(fit("가나다", 5, TEXT_LEFT, 0), "가나…", "fits exactly");
    is_str(fit("가나다", 6, TEXT_LEFT, 0), "가나다", "whole");
    is_str(fit("가나다", 4, TEXT_RIGHT, 0), " 가…", "cut and right-aligned");
    is_str(fit("가나다", 1, TEXT_LEFT, 0), "…", "1 column: only the ellipsis");
    is_str(fit("가나다", 0, TEXT_LEFT, 0), "", "0 columns");
    is_str(fit("", 3, TEXT_LEFT, 0), "   ", "empty padded");
    is_str(fit("abcdef", 4, TEXT_LEFT, TEXT_ASCII), "abc~", "ASCII ellipsis");
    is_str(fit("abcdef", 4, TEXT_LEFT, TEXT_AMBIG_WIDE), "abc~", "ambiguous-wide ellipsis");
    is_str(fit("e\u0301e\u0301e\u0301", 2, TEXT_LEFT, 0), "e\u0301…", "combining marks stay with their base");
    is_str(fit("\u1112\u1161\u11AB\u1100\u1173\u11AF", 3, TEXT_LEFT, 0), "\u1112\u1161\u11AB…",
           "NFD syllable is one cluster");
    is_str(fit("😀😀", 3, TEXT_LEFT, 0), "😀…", "emoji");
    is_str(fit(NULL, 2, TEXT_LEFT, 0), "  ", "NULL is empty");
    is_str(cut("가나다", 4, 0), "가…", "truncate does not pad");
    is_str(cut("가나", 4, 0), "가나", "truncate keeps what fits");
    is_str(cut("abc", 0, 0), "", "truncate to 0");
    char small[6];
    size_t n = text_fit(small, sizeof small, "가나다라", 8, TEXT_LEFT, 0);
    ok(n < sizeof small && small[n] == '\0', "a small buffer is never overrun (%zu)", n);
    is_str(small, "가  ", "a small buffer holds whole clusters and what padding fits");
    return tap_done();
}
