/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_model.c — the arena, enum tables, language fallback, lookups. */
#include "config.h"

#include <stdint.h>
#include <stddef.h>
#include <string.h>

#include "model.h"
#include "tap.h"

int main(void)
{
    struct dp_dataset *ds = model_new();
    ok(ds != NULL, "model_new");
    /* Many small allocations and one bigger than a chunk. */
    char *first = model_strdup(ds, "abc", 3);
    void *p = NULL;
    for (int i = 0; i < 10000; i++)
        p = model_alloc(ds, 24);
    ok(p != NULL && ((uintptr_t)p % _Alignof(max_align_t)) == 0, "allocations are aligned after strings");
    char *big = model_alloc(ds, 10 * 1024 * 1024);
    ok(big != NULL && big[0] == 0 && big[10 * 1024 * 1024 - 1] == 0, "large allocation, zeroed");
    is_str(first, "abc", "earlier strings survive growth");

    dp_text t = {{NULL, "", 0}, {"Upstage", "Upstage", 7}};
    is_str(model_text(&t, DP_LANG_KO)->disp, "Upstage", "Korean falls back to English");
    t.ko = (dp_str){"업스테이지", "업스테이지", 10};
    is_str(model_text(&t, DP_LANG_KO)->disp, "업스테이지", "Korean when present");
    is_str(model_text(&t, DP_LANG_EN)->disp, "Upstage", "English when present");
    dp_text none = {{NULL, "", 0}, {NULL, "", 0}};
    ok(model_text(&none, DP_LANG_EN)->raw == NULL && !model_text_present(&none),
       "absent text is empty, never NULL");

    for (int k = 0; k < DP_KIND_COUNT; k++)
        is_int(model_kind_parse(model_kind_name((enum dp_kind)k)), k, "kind %s round-trips",
               model_kind_name((enum dp_kind)k));
    is_int(model_kind_parse("bank"), -1, "unknown kind");
    is_int(model_result_parse("eliminated"), DP_RESULT_ELIMINATED, "result names");
    is_int(model_why_parse("undisclosed"), DP_WHY_UNDISCLOSED, "why names");
    is_int(model_why_parse(""), -1, "empty why is not a reason");
    is_int(model_claim_kind_parse("official"), DP_CLAIM_OFFICIAL, "claim kinds");

    /* A tiny hand-built dataset: index and lookups. */
    struct dp_consortium *c = model_alloc(ds, sizeof *c);
    c->id = "c1";
    c->nmodels = 2;
    c->models = model_alloc(ds, 2 * sizeof *c->models);
    c->models[0].id = "m1";
    c->models[1].id = "m2";
    ds->consortia = c;
    ds->nconsortia = 1;
    ok(model_index(ds), "model_index");
    is_int(ds->nmodels, 2, "two models indexed");
    ok(model_find_model(ds, "m2") == &c->models[1] && model_find_model(ds, "m3") == NULL, "find model by id");
    ok(c->models[1].consortium == c && c->models[1].index == 1, "back pointers and positions");
    ok(model_find_consortium(ds, "c1") == c, "find consortium by id");
    model_free(&ds);
    ok(ds == NULL, "model_free clears the pointer");
    model_free(&ds);
    ok(1, "model_free(NULL) is harmless");

    /* A part's value: published, or the sum of all its published sub-parts. */
    struct dp_score_part subs[2] = {{.value = {9.2, true, DP_WHY_NONE}},
                                    {.value = {14.4, true, DP_WHY_NONE}}};
    struct dp_score_part part = {.value = {0, false, DP_WHY_UNDISCLOSED}, .sub = subs, .nsub = 2};
    double v = 0;
    bool summed = false;
    ok(model_part_value(&part, &v, &summed) && summed && v > 23.599 && v < 23.601,
       "an unpublished part with every sub-part published is their sum");
    subs[1].value.known = false;
    ok(!model_part_value(&part, &v, &summed), "one unpublished sub-part: unknown (never counted as 0)");
    part.value = (dp_num){33.6, true, DP_WHY_NONE};
    ok(model_part_value(&part, &v, &summed) && !summed && v == 33.6, "a published part is its own value");
    part.nsub = 0;
    part.value.known = false;
    ok(!model_part_value(&part, &v, &summed), "no value, no sub-parts: unknown");
    return tap_done();
}
