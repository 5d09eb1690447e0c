/* SPDX-License-Identifier: GPL-2.0-or-later */
/* jamo.c — Hangul compatibility jamo and the syllable indexes. */
#include "config.h"

#include "text.h"
#include "text/internal.h"

/* Compatibility jamo for each choseong and jongseong index. */
static const int32_t text_initials[19] = {
    0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
    0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
};
static const int32_t text_finals[28] = {
    0,      0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313A,
    0x313B, 0x313C, 0x313D, 0x313E, 0x313F, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145,
    0x3146, 0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
};

struct text_jamo_pair {
    int a, b, joined;
};

/* ㅗ+ㅏ=ㅘ ... (jungseong indexes). */
static const struct text_jamo_pair text_vowel_pairs[] = {
    {8, 0, 9}, {8, 1, 10}, {8, 20, 11}, {13, 4, 14}, {13, 5, 15}, {13, 20, 16}, {18, 20, 19},
};
/* ㄱ+ㅅ=ㄳ ... (jongseong indexes). */
static const struct text_jamo_pair text_final_pairs[] = {
    {1, 19, 3},  {4, 22, 5},  {4, 27, 6},  {8, 1, 9},   {8, 16, 10},  {8, 17, 11},
    {8, 19, 12}, {8, 25, 13}, {8, 26, 14}, {8, 27, 15}, {17, 19, 18},
};

#define TEXT_NPAIRS(t) (sizeof(t) / sizeof *(t))

int text_jamo_initial(int32_t cp)
{
    for (int l = 0; l < 19; l++)
        if (text_initials[l] == cp)
            return l;
    return -1;
}

int text_jamo_vowel(int32_t cp)
{
    return cp >= 0x314F && cp <= 0x3163 ? (int)(cp - 0x314F) : -1;
}

int text_jamo_final(int32_t cp)
{
    for (int t = 1; t < 28; t++)
        if (text_finals[t] == cp)
            return t;
    return -1;
}

int32_t text_jamo_initial_cp(int l)
{
    return l >= 0 && l < 19 ? text_initials[l] : -1;
}

int text_jamo_final_as_initial(int t)
{
    return t > 0 && t < 28 ? text_jamo_initial(text_finals[t]) : -1;
}

int text_jamo_vowel_join(int v1, int v2)
{
    for (size_t k = 0; k < TEXT_NPAIRS(text_vowel_pairs); k++)
        if (text_vowel_pairs[k].a == v1 && text_vowel_pairs[k].b == v2)
            return text_vowel_pairs[k].joined;
    return -1;
}

int text_jamo_final_join(int t1, int t2)
{
    for (size_t k = 0; k < TEXT_NPAIRS(text_final_pairs); k++)
        if (text_final_pairs[k].a == t1 && text_final_pairs[k].b == t2)
            return text_final_pairs[k].joined;
    return -1;
}

bool text_jamo_final_split(int t, int *first, int *second)
{
    for (size_t k = 0; k < TEXT_NPAIRS(text_final_pairs); k++) {
        if (text_final_pairs[k].joined == t) {
            *first = text_final_pairs[k].a;
            *second = text_final_pairs[k].b;
            return true;
        }
    }
    return false;
}

bool text_jamo_vowel_starts(int v1, int v)
{
    if (v == v1)
        return true;
    for (size_t k = 0; k < TEXT_NPAIRS(text_vowel_pairs); k++)
        if (text_vowel_pairs[k].a == v1 && text_vowel_pairs[k].joined == v)
            return true;
    return false;
}
