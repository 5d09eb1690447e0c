/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_table.c — sort (stable, unknown last both ways), filter, search,
 * parameter formatting. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "table.h"
#include "tap.h"

static struct dp_dataset *mini(void)
{
    char path[4096];
    const char *top = getenv("top_srcdir");
    snprintf(path, sizeof path, "%s/tests/data/mini.json", top ? top : ".");
    struct load_report rep;
    struct dp_dataset *ds = load_dataset(path, NULL, &rep);
    load_report_clear(&rep);
    return ds;
}

/* The view's model ids joined with spaces. */
static const char *ids(const struct table *t)
{
    static char buf[512];
    buf[0] = '\0';
    for (size_t i = 0; i < t->nrows; i++) {
        const struct dp_model *m = t->rows[i];
        if (i)
            strcat(buf, " ");
        strcat(buf, m->id);
    }
    return buf;
}

static const char *sorted(struct table *t, const char *spec, const struct table_ctx *ctx)
{
    static char err[1024];
    memcpy(t->rows, t->all, t->nall * sizeof *t->rows);
    t->nrows = t->nall;
    if (!table_parse_sort(t, spec, ctx->lang, err, sizeof err))
        return err;
    table_sort(t, ctx);
    return ids(t);
}

static const char *filtered(struct table *t, const char *expr, const struct table_ctx *ctx)
{
    static char err[1024];
    struct table_filter *f = table_filter_parse(t->def, expr, ctx->lang, err, sizeof err);
    if (!f)
        return err;
    t->nsort = 0;
    table_apply(t, f, NULL, ctx);
    table_filter_free(&f);
    return ids(t);
}

int main(void)
{
    struct dp_dataset *ds = mini();
    ok(ds != NULL, "mini dataset loads");
    if (!ds)
        return tap_done();
    struct table_ctx ko = {DP_LANG_KO, 0, false, false, false}, en = {DP_LANG_EN, 0, false, false, false};
    struct table *t = table_new(&table_models, ds);
    is_int(t->nall, 4, "a view of every model");

    is_str(sorted(t, "-params_total_b", &ko), "alpha-500b beta-100b alpha-8b ref-big",
           "total descending, unknown last");
    is_str(sorted(t, "params_total_b", &ko), "alpha-8b beta-100b alpha-500b ref-big",
           "total ascending, unknown last");
    is_str(sorted(t, "params_active_b", &ko), "beta-100b alpha-500b alpha-8b ref-big",
           "two unknowns keep dataset order at the end");
    is_str(sorted(t, "-params_active_b", &ko), "alpha-500b beta-100b alpha-8b ref-big",
           "descending: unknowns still last, still stable");
    is_str(sorted(t, "consortium,-params_total_b", &ko), "beta-100b alpha-500b alpha-8b ref-big",
           "two keys: consortium (베타 < 알파 < Latin) then size");
    is_str(sorted(t, "name", &ko), "beta-100b alpha-500b alpha-8b ref-big",
           "가나다 order in Korean: 베타 백 < 알파 오백 < 알파 팔 < Ref Big");
    is_str(sorted(t, "name", &en), "alpha-8b alpha-500b beta-100b ref-big",
           "English names, numbers natural: 8B < 500B");
    is_str(sorted(t, "license", &en), "alpha-500b beta-100b alpha-8b ref-big", "strings: unknown last");
    is_str(sorted(t, "-license", &en), "beta-100b alpha-500b alpha-8b ref-big",
           "strings descending: unknown last");
    is_str(sorted(t, "bogus", &en),
           "unknown sort key \"bogus\"; keys are: id name name_ko name_en aliases consortium consortium_ko "
           "consortium_en reference developer variant_of params_total_b params_active_b active_share "
           "architecture modalities input output context_tokens license released roadmap note source",
           "unknown key lists the keys");
    is_str(sorted(t, "bogus", &ko),
           "알 수 없는 정렬 키 \"bogus\"; 쓸 수 있는 키: id name name_ko name_en aliases consortium "
           "consortium_ko "
           "consortium_en reference developer variant_of params_total_b params_active_b active_share "
           "architecture modalities input output context_tokens license released roadmap note source",
           "... in Korean in Korean mode");
    is_prefix(sorted(t, "-Licnese", &en),
              "unknown sort key \"Licnese\" (did you mean \"license\"?); keys are: id ",
              "a swapped pair of letters: did you mean");
    is_prefix(sorted(t, "paramstotal", &ko),
              "알 수 없는 정렬 키 \"paramstotal\" (혹시 \"params_total_b\"?); ", "... in Korean");
    is_prefix(sorted(t, "xyz", &en), "unknown sort key \"xyz\"; keys are:", "nothing close: no guess");
    is_prefix(sorted(t, "\033[2Jx", &en), "unknown sort key \"\\e[2Jx\"",
              "the typed key is shown display-safe");
    is_str(sorted(t, "PARAMS_TOTAL_B", &ko), "alpha-8b beta-100b alpha-500b ref-big",
           "keys are case-insensitive");

    is_str(filtered(t, "architecture=moe", &ko), "alpha-500b beta-100b", "list column: = means contains");
    is_str(filtered(t, "params_total_b>=100", &ko), "alpha-500b beta-100b", "numeric >=; unknown excluded");
    is_str(filtered(t, "params_total_b<100", &ko), "alpha-8b", "numeric <");
    is_str(filtered(t, "consortium=alpha", &ko), "alpha-500b alpha-8b", "consortium by id");
    is_str(filtered(t, "consortium=베타", &ko), "beta-100b", "consortium by Korean short name");
    is_str(filtered(t, "license=null", &ko), "alpha-8b ref-big", "=null finds unknowns");
    is_str(filtered(t, "architecture=moe,params_total_b>200", &ko), "alpha-500b", "conditions are ANDed");
    is_str(filtered(t, "name~알파", &ko), "alpha-500b alpha-8b", "~ uses the matcher");
    is_str(filtered(t, "name~ㅇㅍ", &ko), "alpha-500b alpha-8b", "~ with 초성");
    is_str(
        filtered(t, "size>1", &en),
        "unknown filter key \"size\"; keys are: tag modality team id name name_ko name_en aliases consortium "
        "consortium_ko consortium_en reference developer variant_of params_total_b params_active_b "
        "active_share architecture modalities input output context_tokens license released roadmap note "
        "source",
        "unknown filter key");
    is_prefix(filtered(t, "tga=moe", &en),
              "unknown filter key \"tga\" (did you mean \"tag\"?); keys are: tag ",
              "filter keys: the aliases are guessed too");
    is_str(filtered(t, "params_total_b>big", &en), "filter \"params_total_b\" needs a number, got \"big\"",
           "numeric filter needs a number");
    is_str(filtered(t, "params_total_b>big", &ko),
           "필터 \"params_total_b\"에는 숫자가 필요함 (받은 값 \"big\")", "... in Korean");
    is_str(filtered(t, "architecture", &en), "filter \"architecture\" has no operator (= != > < >= <= ~)",
           "filter without operator");
    is_str(filtered(t, "architecture", &ko), "필터 \"architecture\"에 연산자가 없음 (= != > < >= <= ~)",
           "... in Korean");
    is_str(filtered(t, "=moe", &ko), "필터 \"=moe\"에 키가 없음", "filter without a key, in Korean");

    struct text_query *q = text_query_new("베키");
    ok(table_row_matches(&table_models, ds->models[2], q), "search finds a model by alias");
    ok(!table_row_matches(&table_models, ds->models[0], q), "and not another");
    text_query_free(&q);

    table_free(&t);
    ok(t == NULL, "table_free clears the pointer");

    char err[128];
    t = table_new(&table_partners, ds);
    is_int(t->nall, 3, "partners view");
    table_parse_sort(t, "kind,name", DP_LANG_EN, err, sizeof err);
    table_sort(t, &en);
    is_str(((const struct dp_partner *)t->rows[0])->name.en.raw, "Rebellions", "partners by kind then name");
    table_free(&t);

    struct table_def *cdef = table_def_new(&table_consortia, ds);
    t = table_new(cdef, ds);
    ok(table_parse_sort(t, "-score.stage-1.total", DP_LANG_EN, err, sizeof err), "consortia sort by total");
    table_sort(t, &ko);
    is_str(((const struct dp_consortium *)t->rows[0])->id, "alpha", "known total first");
    table_parse_sort(t, "score.stage-1.total", DP_LANG_EN, err, sizeof err);
    table_sort(t, &ko);
    is_str(((const struct dp_consortium *)t->rows[0])->id, "alpha",
           "undisclosed total last in both directions");
    table_free(&t);
    table_def_free(&cdef);

    char buf[64];
    struct {
        double b;
        bool kr;
        const char *want;
    } fmt[] = {
        {519, false, "519B"},     {102.6, false, "102.6B"}, {7.242, false, "7.242B"}, {1500, false, "1.5T"},
        {0.5, false, "500M"},     {1e-8, false, "10"},      {1e5, false, "100T"},     {519, true, "5,190억"},
        {102.6, true, "1,026억"}, {1500, true, "1.5조"},    {8, true, "80억"},        {0.0001, true, "10만"},
    };
    for (size_t i = 0; i < sizeof fmt / sizeof fmt[0]; i++) {
        table_format_params(fmt[i].b, fmt[i].kr, buf, sizeof buf);
        is_str(buf, fmt[i].want, "format %g billions%s", fmt[i].b, fmt[i].kr ? " in 억/조" : "");
    }
    model_free(&ds);
    return tap_done();
}
