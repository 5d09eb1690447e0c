/* core.c — views over rows: build, stable multi-key sort (unknown last in
 * both directions), sort specs. */
#include "config.h"
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct table *table_new(const struct table_def *def, const struct dp_dataset *ds)
{
    struct table *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->def = def;
    size_t n = def->count(ds);
    t->all = calloc(n ? n : 1, sizeof *t->all);
    t->rows = calloc(n ? n : 1, sizeof *t->rows);
    if (!t->all || !t->rows) {
        table_free(&t);
        return NULL;
    }
    t->nall = def->fill(ds, t->all);
    memcpy(t->rows, t->all, t->nall * sizeof *t->rows);
    t->nrows = t->nall;
    return t;
}

void table_free(struct table **tp)
{
    if (!tp || !*tp)
        return;
    free((*tp)->all);
    free((*tp)->rows);
    free(*tp);
    *tp = NULL;
}

int table_col_find(const struct table_def *def, const char *key)
{
    for (size_t i = 0; i < def->ncols; i++)
        if (strcmp(def->cols[i].key, key) == 0)
            return (int)i;
    for (size_t i = 0; i < def->ncols; i++)
        if (strcasecmp(def->cols[i].key, key) == 0)
            return (int)i;
    return -1;
}

bool table_parse_sort(struct table *t, const char *spec, char *err, size_t errsz)
{
    struct table_sort_key keys[TABLE_MAX_SORT];
    size_t n = 0;
    const char *p = spec;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        bool desc = false;
        if (len && (*p == '-' || *p == '+')) {
            desc = *p == '-';
            p++;
            len--;
        }
        char key[64];
        if (len == 0 || len >= sizeof key) {
            snprintf(err, errsz, "empty or overlong sort key in \"%s\"", spec);
            return false;
        }
        memcpy(key, p, len);
        key[len] = '\0';
        int col = table_col_find(t->def, key);
        if (col < 0) {
            int w = snprintf(err, errsz, "unknown sort key \"%s\"; keys are:", key);
            for (size_t i = 0; i < t->def->ncols && w > 0 && (size_t)w < errsz; i++)
                w += snprintf(err + w, errsz - (size_t)w, " %s", t->def->cols[i].key);
            return false;
        }
        if (n == TABLE_MAX_SORT) {
            snprintf(err, errsz, "at most %d sort keys", TABLE_MAX_SORT);
            return false;
        }
        keys[n++] = (struct table_sort_key){(size_t)col, desc};
        p += len;
        if (*p == ',')
            p++;
    }
    memcpy(t->sort, keys, n * sizeof *keys);
    t->nsort = n;
    return true;
}

/* A row's precomputed sort keys. */
struct keyed {
    const void *row;
    size_t pos; /* original position: the stable tie-break */
};

struct sort_env {
    const struct table *t;
    const struct table_ctx *ctx;
    struct table_value *vals; /* nrows * nsort */
    char **owned;             /* text copied out of getter buffers */
};

static int compare_values(const struct table_col *col, const struct table_value *a,
                          const struct table_value *b, bool desc, const struct table_ctx *ctx)
{
    /* Unknown last in both directions: decided before the direction. */
    if (!a->known || !b->known)
        return (int)!a->known - (int)!b->known;
    int c;
    if (col->type == TABLE_NUM)
        c = a->num < b->num ? -1 : a->num > b->num ? 1 : 0;
    else
        c = text_collate(a->text ? a->text : "", b->text ? b->text : "", ctx->lang == DP_LANG_EN);
    return desc ? -c : c;
}

static void get_value(const struct table *t, const void *row, size_t col, const struct table_ctx *ctx,
                      char *buf, size_t bufsz, struct table_value *v)
{
    memset(v, 0, sizeof *v);
    t->def->cols[col].get(row, ctx, buf, bufsz, v);
}

int table_compare_rows(const struct table *t, const void *a, const void *b, const struct table_ctx *ctx)
{
    char ba[512], bb[512];
    for (size_t k = 0; k < t->nsort; k++) {
        struct table_value va, vb;
        size_t col = t->sort[k].col;
        get_value(t, a, col, ctx, ba, sizeof ba, &va);
        get_value(t, b, col, ctx, bb, sizeof bb, &vb);
        int c = compare_values(&t->def->cols[col], &va, &vb, t->sort[k].desc, ctx);
        if (c)
            return c;
    }
    return 0;
}

static int compare_keyed(const struct sort_env *env, const struct keyed *a, const struct keyed *b)
{
    const struct table *t = env->t;
    for (size_t k = 0; k < t->nsort; k++) {
        const struct table_value *va = &env->vals[a->pos * t->nsort + k];
        const struct table_value *vb = &env->vals[b->pos * t->nsort + k];
        int c = compare_values(&t->def->cols[t->sort[k].col], va, vb, t->sort[k].desc, env->ctx);
        if (c)
            return c;
    }
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* Bottom-up merge sort: stable, O(n log n), no recursion. */
static void merge_sort(struct keyed *v, struct keyed *tmp, size_t n, const struct sort_env *env)
{
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = compare_keyed(env, &v[j], &v[i]) < 0 ? v[j++] : v[i++];
            while (i < mid)
                tmp[k++] = v[i++];
            while (j < hi)
                tmp[k++] = v[j++];
        }
        memcpy(v, tmp, n * sizeof *v);
    }
}

void table_sort(struct table *t, const struct table_ctx *ctx)
{
    size_t n = t->nrows, ns = t->nsort;
    if (n < 2 || ns == 0)
        return;
    struct keyed *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
    struct table_value *vals = calloc(n * ns, sizeof *vals);
    char **owned = calloc(n * ns, sizeof *owned);
    if (!v || !tmp || !vals || !owned)
        goto out; /* out of memory: leave the order as it is */
    char buf[512];
    for (size_t i = 0; i < n; i++) {
        v[i] = (struct keyed){t->rows[i], i};
        for (size_t k = 0; k < ns; k++) {
            struct table_value *val = &vals[i * ns + k];
            get_value(t, t->rows[i], t->sort[k].col, ctx, buf, sizeof buf, val);
            if (val->text && val->text >= buf && val->text < buf + sizeof buf) {
                owned[i * ns + k] = strdup(val->text);
                val->text = owned[i * ns + k] ? owned[i * ns + k] : "";
            }
        }
    }
    struct sort_env env = {t, ctx, vals, owned};
    merge_sort(v, tmp, n, &env);
    for (size_t i = 0; i < n; i++)
        t->rows[i] = v[i].row;
out:
    if (owned)
        for (size_t i = 0; i < n * ns; i++)
            free(owned[i]);
    free(owned);
    free(vals);
    free(tmp);
    free(v);
}
