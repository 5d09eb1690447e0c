/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_collate.c — Korean natural order. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "../tap.h"

static bool latin_first;

static int cmp(const void *a, const void *b)
{
    return text_collate(*(const char *const *)a, *(const char *const *)b, latin_first);
}

static void check_sort(const char **in, size_t n, const char *want, bool lf, const char *name)
{
    char got[1024] = "";
    latin_first = lf;
    qsort(in, n, sizeof *in, cmp);
    for (size_t i = 0; i < n; i++) {
        strcat(got, in[i]);
        strcat(got, i + 1 < n ? "|" : "");
    }
    is_str(got, want, "%s", name);
}

int main(void)
{
    const char *names[] = {"업스테이지", "네이버클라우드", "SK텔레콤", "엔씨에이아이", "LG AI연구원",
                           "가나",       "100B",           "7B",       "ktb",          "Alpha"};
    check_sort(names, 10,
               "7B|100B|가나|네이버클라우드|업스테이지|엔씨에이아이|Alpha|ktb|LG AI연구원|SK텔레콤", false,
               "digits < Hangul 가나다 < Latin (case-insensitive)");
    check_sort(names, 10,
               "7B|100B|Alpha|ktb|LG AI연구원|SK텔레콤|가나|네이버클라우드|업스테이지|엔씨에이아이", true,
               "latin_first: Latin before Hangul");
    const char *sizes[] = {"100B", "20B", "7B", "2.5B", "10B", "2.10B", "007B"};
    check_sort(sizes, 7, "2.10B|2.5B|007B|7B|10B|20B|100B", false, "numbers by value, decimals as fractions");
    const char *models[] = {"솔라 프로 2", "솔라 오픈 100B", "솔라 오픈 22B", "솔라오픈"};
    check_sort(models, 4, "솔라 오픈 22B|솔라 오픈 100B|솔라 프로 2|솔라오픈", false, "spaces sort first");

    ok(text_collate("가", "나", false) < 0, "가 < 나");
    ok(text_collate("하", "가", false) > 0, "하 > 가");
    ok(text_collate("ㄱ", "가", false) < 0, "ㄱ < 가");
    ok(text_collate("ㄴ", "가", false) > 0, "ㄴ > 가");
    ok(text_collate("apple", "Banana", false) < 0, "case-insensitive");
    ok(text_collate("é", "f", false) < 0, "é sorts as e");
    ok(text_collate("Apple", "apple", false) != 0, "case differs: bytewise tie-break");
    is_int(text_collate("x", "x", false), 0, "equal strings");
    ok(text_collate("a", "ab", false) < 0, "prefix first");
    ok(text_collate("z", "α", false) < 0, "Latin < other scripts");
    ok(text_collate("9", "가", false) < 0, "digits < Hangul");
    ok(text_collate(NULL, "a", false) < 0, "NULL first");
    /* antisymmetry over a few pairs */
    const char *all[] = {"A", "a", "가", "각", "ㄱ", "1", "01", "1.5", "10", "é", "e", "", " ", "-"};
    int bad = 0;
    for (size_t i = 0; i < 14; i++)
        for (size_t j = 0; j < 14; j++) {
            int x = text_collate(all[i], all[j], false), y = text_collate(all[j], all[i], false);
            if ((x > 0) != (y < 0) || (x == 0) != (i == j))
                bad++;
        }
    is_int(bad, 0, "antisymmetric, zero only for equal strings");

    /* Collation keys order as text_collate, on every pair of these and on
     * random strings of digits, points, zeros, spaces, Hangul, jamo,
     * Latin in both cases, accents and other scripts. */
    static const char *const parts[] = {"0", "1", "9",  "00", "05", ".",        ".5", "0.50",
                                        " ", "-", "가", "각", "ㄱ", "하",       "a",  "A",
                                        "z", "é", "É",  "α",  "中", "\xc2\xa0", "10", "2.10"};
    size_t nparts = sizeof parts / sizeof parts[0];
    int mism = 0;
    for (int lf = 0; lf < 2; lf++) {
        for (size_t i = 0; i < 14; i++)
            for (size_t j = 0; j < 14; j++) {
                size_t la, lb;
                unsigned char *ka = text_collate_key(all[i], lf, &la),
                              *kb = text_collate_key(all[j], lf, &lb);
                int want = text_collate(all[i], all[j], lf), got = text_collate_key_cmp(ka, la, kb, lb);
                mism += (want > 0) != (got > 0) || (want < 0) != (got < 0);
                free(ka);
                free(kb);
            }
        unsigned seed = 1;
        for (int round = 0; round < 20000; round++) {
            char a[64] = "", b[64] = "";
            for (int k = 0; k < 2; k++) {
                char *s = k ? b : a;
                int n = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 5;
                for (int p = 0; p < n; p++)
                    strcat(s, parts[((seed = seed * 1103515245u + 12345u) >> 16) % nparts]);
            }
            size_t la, lb;
            unsigned char *ka = text_collate_key(a, lf, &la), *kb = text_collate_key(b, lf, &lb);
            int want = text_collate(a, b, lf), got = text_collate_key_cmp(ka, la, kb, lb);
            if ((want > 0) != (got > 0) || (want < 0) != (got < 0)) {
                if (mism < 5)
                    printf("#   key order differs: \"%s\" vs \"%s\" (collate %d, keys %d)\n", a, b, want,
                           got);
                mism++;
            }
            free(ka);
            free(kb);
        }
    }
    is_int(mism, 0, "collation keys order exactly as text_collate (40,000 random pairs)");
    return tap_done();
}
