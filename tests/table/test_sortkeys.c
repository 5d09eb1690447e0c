/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_sortkeys.c — table_sort()'s key sort (ranks cached per column and
 * context, counting sorts) gives exactly the order of the reference
 * comparison (table_compare_rows: getters and text_collate per compare,
 * stable, unknowns last, the rows apart after the others) on a generated
 * catalogue: every column both ways, two-key sorts, both languages, a
 * re-sort of a sorted view, a filtered view. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "load.h"
#include "table.h"
#include "tap.h"

static unsigned long seed = 12345;

static unsigned pick(unsigned n)
{
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    return (unsigned)((seed >> 33) % n);
}

/* Names with Hangul, Latin, accents, digits and repeats. */
static const char *const stems[] = {"해솔", "바람", "가람", "마루", "Qwén", "Saebom", "alpha", "Alpha",
                                    "온새", "하늘", "Éa",   "ㄱ",   "누리", "Narae",  "x",     "10"};
static const char *const tails[] = {"", " 2", " 10", " 1.5", " 1.50", " Base", " Chat", " 3.7 1999B"};
static const char *const licences[] = {"MIT", "Apache-2.0", "Llama", "mit", "비공개 라이선스"};
static const char *const dates[] = {"2025-01-02", "2025-12-30", "2026-01-02", "2024-06-01"};
static const double sizes[] = {0.5, 1, 7, 8, 8, 32, 70, 102.6, 519, 1999, 0};

static void model(FILE *f, const char *id, bool ref)
{
    const char *stem = stems[pick(sizeof stems / sizeof *stems)];
    const char *tail = tails[pick(sizeof tails / sizeof *tails)];
    fprintf(f, "{\"id\": \"%s\", \"name\": {\"ko\": ", id);
    if (pick(4))
        fprintf(f, "\"%s%s\"", stem, tail);
    else
        fprintf(f, "null");
    fprintf(f, ", \"en\": \"%s%s\"}, %s\"aliases\": [], ", stem, tail,
            ref ? "\"reference\": true, \"developer\": {\"ko\": null, \"en\": \"RefCo\"}, " : "");
    bool total = pick(6) != 0, active = pick(3) != 0, lic = pick(4) != 0, rel = pick(5) != 0, ctx = pick(2);
    double tb = sizes[pick(sizeof sizes / sizeof *sizes)], ab = sizes[pick(4)];
    if (total && ab > tb)
        ab = tb; /* never more active than total parameters */
    if (total)
        fprintf(f, "\"params_total_b\": %g, ", tb);
    else
        fprintf(f, "\"params_total_b\": null, ");
    if (active)
        fprintf(f, "\"params_active_b\": %g, ", ab);
    else
        fprintf(f, "\"params_active_b\": null, ");
    fprintf(f, "\"architecture\": [\"%s\"], ", pick(2) ? "moe" : "dense");
    fprintf(f, "\"modalities\": {\"input\": [\"text\"%s], \"output\": [\"text\"]}, ",
            pick(2) ? ", \"image\"" : "");
    if (ctx)
        fprintf(f, "\"context_tokens\": %u, ", 4096u << pick(6));
    else
        fprintf(f, "\"context_tokens\": null, ");
    if (lic)
        fprintf(f, "\"license\": \"%s\", ", licences[pick(sizeof licences / sizeof *licences)]);
    else
        fprintf(f, "\"license\": null, ");
    if (rel)
        fprintf(f, "\"released\": \"%s\", ", dates[pick(sizeof dates / sizeof *dates)]);
    else
        fprintf(f, "\"released\": null, ");
    fprintf(f, "\"source\": \"S1\", \"why\": {");
    const char *sep = "";
    if (!total) {
        fprintf(f, "\"params_total_b\": \"%s\"", pick(2) ? "undisclosed" : "unknown");
        sep = ", ";
    }
    if (!active) {
        fprintf(f, "%s\"params_active_b\": \"undisclosed\"", sep);
        sep = ", ";
    }
    if (!ctx) {
        fprintf(f, "%s\"context_tokens\": \"unknown\"", sep);
        sep = ", ";
    }
    if (!lic) {
        fprintf(f, "%s\"license\": \"undisclosed\"", sep);
        sep = ", ";
    }
    if (!rel)
        fprintf(f, "%s\"released\": \"unknown\"", sep);
    fprintf(f, "}}");
}

static bool generate(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    fprintf(f, "{\"schema_version\": 1, \"title\": {\"ko\": \"생성\", \"en\": \"Generated\"}, "
               "\"as_of\": \"2026-01-15\", \"sources\": [{\"id\": \"S1\", \"kind\": \"seed\", "
               "\"publisher\": \"p\", \"date\": \"2025-12-30\", \"url\": null, \"title\": \"t\"}], "
               "\"stages\": [], \"evaluation_schemes\": [], \"consortia\": [");
    static const char *const cons[][3] = {
        {"alpha", "알파", "Alpha"}, {"beta", "베타", "Beta"}, {"gamma", "감마", "Gamma"}};
    for (int c = 0; c < 3; c++) {
        fprintf(
            f,
            "%s{\"id\": \"%s\", \"name\": {\"ko\": \"%s 컨소시엄\", \"en\": \"%s consortium\"}, "
            "\"short\": {\"ko\": \"%s\", \"en\": \"%s\"}, \"lead\": {\"ko\": \"%s랩\", \"en\": \"%s Lab\"}, "
            "\"source\": \"S1\", \"partners\": [], \"status\": [], \"scores\": [], \"models\": [",
            c ? ", " : "", cons[c][0], cons[c][1], cons[c][2], cons[c][1], cons[c][2], cons[c][1],
            cons[c][2]);
        for (int m = 0; m < 200; m++) {
            char id[32];
            snprintf(id, sizeof id, "%s-%d", cons[c][0], m);
            if (m)
                fputs(", ", f);
            model(f, id, false);
        }
        fputs("]}", f);
    }
    fputs("], \"reference_models\": [", f);
    for (int m = 0; m < 40; m++) {
        char id[32];
        snprintf(id, sizeof id, "ref-%d", m);
        if (m)
            fputs(", ", f);
        model(f, id, true);
    }
    fputs("], \"contradictions\": []}\n", f);
    return fclose(f) == 0;
}

struct ref_env {
    const struct table *t;
    const struct table_ctx *ctx;
};

/* The reference: a stable merge sort by table_compare_rows, then the rows
 * apart after the others. */
static void ref_sort(const struct table *t, const struct table_ctx *ctx, const void **rows, size_t n)
{
    const void **tmp = malloc((n ? n : 1) * sizeof *tmp);
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = table_compare_rows(t, rows[j], rows[i], ctx) < 0 ? rows[j++] : rows[i++];
            while (i < mid)
                tmp[k++] = rows[i++];
            while (j < hi)
                tmp[k++] = rows[j++];
        }
        memcpy(rows, tmp, n * sizeof *rows);
    }
    size_t k = 0, m = 0;
    for (size_t i = 0; i < n; i++) {
        if (t->def->apart && t->def->apart(rows[i]))
            tmp[m++] = rows[i];
        else
            rows[k++] = rows[i];
    }
    memcpy(rows + k, tmp, m * sizeof *rows);
    free(tmp);
}

/* Sorts t's current view both ways and compares; the view is left sorted. */
static bool same_order(struct table *t, const struct table_ctx *ctx)
{
    size_t n = t->nrows;
    const void **want = malloc((n ? n : 1) * sizeof *want);
    memcpy(want, t->rows, n * sizeof *want);
    ref_sort(t, ctx, want, n);
    table_sort(t, ctx);
    bool same = memcmp(want, t->rows, n * sizeof *want) == 0;
    free(want);
    return same;
}

int main(void)
{
    char path[] = "/tmp/dokpamo-sortkeys-XXXXXX";
    int fd = mkstemp(path);
    ok(fd >= 0, "a temporary file");
    if (fd < 0)
        return tap_done();
    close(fd);
    ok(generate(path), "a generated catalogue");
    struct load_report rep;
    struct dp_dataset *ds = load_dataset(path, NULL, &rep);
    if (!ds && getenv("SORTKEYS_KEEP"))
        fprintf(stderr, "kept %s\n", path);
    else
        unlink(path);
    load_report_clear(&rep);
    ok(ds != NULL, "it loads");
    if (!ds)
        return tap_done();
    struct table_def *def = table_def_new(&table_models, ds);
    struct table *t = table_new(def, ds);
    is_int(t->nall, 640, "every model");
    const struct table_ctx ctxs[] = {{DP_LANG_KO, 0, false, false, false},
                                     {DP_LANG_EN, 0, false, false, false},
                                     {DP_LANG_KO, 0, true, false, false}};
    for (size_t c = 0; c < sizeof ctxs / sizeof *ctxs; c++) {
        const struct table_ctx *ctx = &ctxs[c];
        size_t bad = 0, runs = 0;
        for (size_t col = 0; col < def->ncols; col++)
            for (int desc = 0; desc < 2; desc++) {
                /* From the dataset order, then again from the sorted view
                 * (the cached keys), then with a second key. */
                memcpy(t->rows, t->all, t->nall * sizeof *t->rows);
                t->nrows = t->nall;
                t->sort[0] = (struct table_sort_key){col, desc != 0};
                t->nsort = 1;
                bad += !same_order(t, ctx);
                t->sort[0].desc = !t->sort[0].desc;
                bad += !same_order(t, ctx);
                t->sort[1] = (struct table_sort_key){(size_t)table_col_find(def, "name"), desc == 0};
                t->sort[2] = (struct table_sort_key){(size_t)table_col_find(def, "params_total_b"), true};
                t->nsort = 3;
                bad += !same_order(t, ctx);
                runs += 3;
            }
        ok(bad == 0, "context %zu: %zu sorts over %zu columns in the reference order (%zu differ)", c, runs,
           def->ncols, bad);
    }
    /* A filtered view: every third row, in a shuffled order. */
    const struct table_ctx *ko = &ctxs[0];
    size_t n = 0;
    for (size_t i = 0; i < t->nall; i += 3)
        t->rows[n++] = t->all[i];
    for (size_t i = n; i > 1; i--) {
        size_t j = pick((unsigned)i);
        const void *x = t->rows[i - 1];
        t->rows[i - 1] = t->rows[j];
        t->rows[j] = x;
    }
    t->nrows = n;
    ok(table_parse_sort(t, "consortium,-params_active_b,license", DP_LANG_KO, (char[128]){0}, 128), "a spec");
    ok(same_order(t, ko), "a shuffled subset of the rows in the reference order");
    table_sort_forget(t);
    ok(same_order(t, ko), "and after the keys were forgotten");
    t->nsort = 0;
    ok(same_order(t, ko), "no key: the rows apart last, the rest as they were");
    table_free(&t);
    table_def_free(&def);
    model_free(&ds);
    return tap_done();
}
