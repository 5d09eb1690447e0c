/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_query.c — the search matcher, text_equal_fold and text_distance. */
#include "config.h"

#include "text.h"

#include <string.h>
#include "../tap.h"

static void check(const char *query, const char *cand, bool match, bool exact)
{
    struct text_query *q = text_query_new(query);
    ok(q != NULL, "query %s compiles", query);
    is_int(text_query_match(q, cand), match, "%s %s %s", query, match ? "matches" : "does not match", cand);
    is_int(text_query_exact(q, cand), exact, "%s %s exactly %s", query, exact ? "matches" : "does not match",
           cand);
    text_query_free(&q);
    ok(q == NULL, "free clears the pointer");
}

int main(void)
{
    check("upstage", "Upstage", true, true);
    check("UPST", "Upstage", true, false);
    check("exaone", "K-EXAONE", true, false);
    check("kexaone", "K-EXAONE", true, true);
    check("업스테이지", "업스테이지", true, true);
    check("\u110B\u1165\u11B8\u1109\u1173", "업스테이지", true, false); /* NFD query */
    check("업스", "\u110B\u1165\u11B8\u1109\u1173\u1110\u1166\u110B\u1175\u110C\u1175", true, false);
    /* 초성 */
    check("ㅇㅅㅌ", "업스테이지", true, false);
    check("ㅇㅅㅌㅇㅈ", "업스테이지", true, true);
    check("ㄴㅇㅂ", "네이버클라우드", true, false);
    check("ㄲ", "꿈", true, true);
    check("ㄱ", "꿈", false, false);
    check("ㄲ", "김", false, false);
    check("ㅅㅌ", "업스테이지", true, false);
    check("ㅌㅅ", "업스테이지", false, false);
    check("LGㅇ", "LG AI연구원", true, false);
    check("lgㅇㄱㅇ", "LG AI연구원", true, false);
    check("LGㅇ", "KT", false, false);
    check("ㅋㅋ", "ㅋㅋ", true, true);
    /* loose jamo and IME states */
    check("ㅎㅏㄴ", "한국", true, false);
    check("ㅎㅏㄴㄱㅜㄱ", "한국", true, true);
    check("하ㄴ", "한국", true, false);
    check("하", "한국", true, false);
    check("업스테이ㅈ", "업스테이지", true, true);
    check("업슽", "업스테이지", true, false);
    check("업ㅅ", "업스테이지", true, false);
    check("업스테", "업스테이지", true, false);
    check("고", "과학기술정보통신부", true, false);
    check("과학", "과학기술정보통신부", true, false);
    check("한ㅏ", "하나", true, true);
    check("엑사", "K-엑사원", true, false);
    check("솔라오픈", "솔라 오픈 100B", true, false);
    check("솔라 100b", "솔라 오픈 100B", true, false);
    check("100b 솔라", "솔라 오픈 100B", false, false);
    check("업스", "NC AI", false, false);
    check("", "anything", true, false);
    check("", "", true, true);

    ok(text_equal_fold("K-EXAONE", "k-exaone"), "equal_fold ASCII");
    ok(text_equal_fold("한글", "\u1112\u1161\u11AB\u1100\u1173\u11AF"), "equal_fold NFC/NFD");
    ok(text_equal_fold("Straße", "STRASSE"), "equal_fold full case folding");
    ok(!text_equal_fold("한글", "한국"), "equal_fold different");
    ok(!text_equal_fold("a b", "ab"), "equal_fold keeps spaces");

    /* text_distance: "did you mean" */
    is_int(text_distance("", ""), 0, "distance of two empty words");
    is_int(text_distance("name", "name"), 0, "distance to itself");
    is_int(text_distance("NAME", "name"), 0, "letters compare case-insensitively");
    is_int(text_distance("nmae", "name"), 1, "a swap of neighbours costs 1");
    is_int(text_distance("nam", "name"), 1, "a deletion costs 1");
    is_int(text_distance("stage", "stage.final"), 6, "insertions");
    is_int(text_distance("kitten", "sitting"), 3, "the classic pair");
    is_int(text_distance("ca", "abc"), 3,
           "OSA: no edit of a swapped pair (ca -> ac -> abc is 2 in full Damerau)");
    char longw[TEXT_DISTANCE_MAX_LEN + 2];
    memset(longw, 'a', sizeof longw - 1);
    longw[sizeof longw - 1] = '\0';
    is_int(text_distance(longw, "a"), (long long)(size_t)-1, "a word longer than the limit: no distance");
    ok(text_close_enough("lisence", "license"), "close: two edits in 7 letters");
    ok(!text_close_enough("xyz", "id"), "not close: 3 letters, 3 edits");
    ok(text_close_enough("tga", "tag"), "close: one swap in 3 letters");
    ok(!text_close_enough("ab", "xy"), "not close: every letter different");
    /* Code points, not bytes: a Hangul syllable is one edit. */
    is_int(text_distance("솔러", "솔라"), 1, "Hangul: one syllable replaced costs 1");
    is_int(text_distance("배키", "배키"), 0, "Hangul: distance to itself");
    is_int(text_distance("카이트스", "카이스트"), 1, "Hangul: a swap of neighbours costs 1");
    ok(text_close_enough("솔러", "솔라"), "close: 2 syllables, 1 edit");
    ok(!text_close_enough("솔러", "배키"), "not close: 2 syllables, 2 edits");
    char longk[TEXT_DISTANCE_MAX_LEN * 3 + 4] = "";
    for (int i = 0; i < TEXT_DISTANCE_MAX_LEN + 1; i++)
        strcat(longk, "가");
    is_int(text_distance(longk, "가"), (long long)(size_t)-1, "97 syllables: past the limit in code points");
    longk[TEXT_DISTANCE_MAX_LEN * 3] = '\0';
    is_int(text_distance(longk, ""), TEXT_DISTANCE_MAX_LEN, "96 syllables (288 bytes): within it");
    /* text_suggest: the nearest close word, the first of equals. */
    struct text_suggest sg;
    text_suggest_init(&sg, "shwo");
    text_suggest_offer(&sg, "list", NULL);
    text_suggest_offer(&sg, "show", NULL);
    text_suggest_offer(&sg, "shop", NULL);
    is_str(sg.best, "show", "suggest: shwo is show (a swap), not shop (two edits)");
    text_suggest_init(&sg, "vaetkl");
    text_suggest_offer(&sg, "배키", NULL);
    text_suggest_offer(&sg, "vaetki", "VAETKI");
    text_suggest_offer(&sg, "VAETKI", NULL);
    is_str(sg.best, "VAETKI", "suggest: what to show for a word, the first of equals");
    text_suggest_init(&sg, "xyz");
    text_suggest_offer(&sg, "id", NULL);
    ok(sg.best == NULL, "suggest: nothing close, nothing suggested");
    return tap_done();
}
