/* SPDX-License-Identifier: GPL-2.0-or-later */
/* core.c — views over rows: build, stable multi-key sort (unknown last in
 * both directions), sort specs. */
#include "config.h"
#include "table.h"

#include <stdint.h>
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
        char key[96];
        if (len == 0 || len >= sizeof key) {
            snprintf(err, errsz, "empty or overlong sort key in \"%s\"", spec);
            return false;
        }
        memcpy(key, p, len);
        key[len] = '\0';
        int col = table_col_find(t->def, key);
        if (col < 0) {
            char *safe = text_display(key, strlen(key), 0);
            char prefix[160];
            snprintf(prefix, sizeof prefix, "unknown sort key \"%s\"; keys are:", safe ? safe : "?");
            free(safe);
            table_keys_message(t->def, prefix, err, errsz);
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

/* A row's precomputed sort key: numbers by value, strings by their rank
 * among the column's distinct strings (text_collate runs on distinct
 * strings only, e.g. 8 licences instead of 100,000 rows). */
struct skey {
    double v; /* number, or rank of the string */
    bool known;
};

struct keyed {
    const void *row;
    size_t pos; /* original position: the stable tie-break */
};

struct sort_env {
    const struct table *t;
    const struct table_ctx *ctx;
    struct skey *keys; /* nrows * nsort */
};

static int compare_values(const struct table_col *col, const struct table_value *a,
                          const struct table_value *b, bool desc, const struct table_ctx *ctx)
{
    /* Unknown last in both directions: decided before the direction. */
    if (!a->known || !b->known)
        return (int)!a->known - (int)!b->known;
    int c;
    if (col->type == TABLE_NUM || col->type == TABLE_BOOL)
        c = a->num < b->num ? -1 : a->num > b->num ? 1 : 0;
    else
        c = text_collate(a->text ? a->text : "", b->text ? b->text : "", ctx->lang == DP_LANG_EN);
    return desc ? -c : c;
}

static void get_value(const struct table *t, const void *row, size_t col, const struct table_ctx *ctx,
                      char *buf, size_t bufsz, struct table_value *v)
{
    table_get(t->def, col, row, ctx, buf, bufsz, v);
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
    const struct skey *ka = &env->keys[a->pos * t->nsort], *kb = &env->keys[b->pos * t->nsort];
    for (size_t k = 0; k < t->nsort; k++) {
        /* Unknown last in both directions: decided before the direction. */
        if (!ka[k].known || !kb[k].known) {
            int c = (int)!ka[k].known - (int)!kb[k].known;
            if (c)
                return c;
            continue;
        }
        int c = ka[k].v < kb[k].v ? -1 : ka[k].v > kb[k].v;
        if (c)
            return t->sort[k].desc ? -c : c;
    }
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* Distinct strings of one column and their collation ranks. */
struct distinct {
    const char **text; /* distinct strings */
    uint32_t *slots;   /* hash: index + 1 into text, 0 = empty */
    size_t n, mask;
    bool latin_first;
};

static uint64_t hash_text(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h ^ (h >> 29);
}

/* Index of s among the distinct strings, adding it when new. */
static size_t distinct_id(struct distinct *d, const char *s)
{
    size_t i = (size_t)hash_text(s) & d->mask;
    for (; d->slots[i]; i = (i + 1) & d->mask)
        if (strcmp(d->text[d->slots[i] - 1], s) == 0)
            return d->slots[i] - 1;
    d->text[d->n] = s;
    d->slots[i] = (uint32_t)++d->n;
    return d->n - 1;
}

static int compare_distinct(const void *a, const void *b, void *arg)
{
    const struct distinct *d = arg;
    return text_collate(d->text[*(const uint32_t *)a], d->text[*(const uint32_t *)b], d->latin_first);
}

/* Replaces each known string key (its distinct id in v) by its rank. */
static bool rank_strings(struct skey *keys, size_t n, size_t stride, const char **text, bool latin_first)
{
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    struct distinct d = {malloc(n * sizeof *d.text), calloc(cap, sizeof *d.slots), 0, cap - 1, latin_first};
    uint32_t *order = NULL, *rank = NULL;
    bool good = d.text && d.slots && n < UINT32_MAX / 2;
    if (good) {
        for (size_t i = 0; i < n; i++)
            if (keys[i * stride].known)
                keys[i * stride].v = (double)distinct_id(&d, text[i]);
        order = malloc((d.n ? d.n : 1) * sizeof *order);
        rank = malloc((d.n ? d.n : 1) * sizeof *rank);
        good = order && rank;
    }
    if (good) {
        for (size_t i = 0; i < d.n; i++)
            order[i] = (uint32_t)i;
        qsort_r(order, d.n, sizeof *order, compare_distinct, &d);
        for (size_t i = 0, r = 0; i < d.n; i++) {
            if (i && compare_distinct(&order[i - 1], &order[i], &d) != 0)
                r = i;
            rank[order[i]] = (uint32_t)r;
        }
        for (size_t i = 0; i < n; i++)
            if (keys[i * stride].known)
                keys[i * stride].v = rank[(size_t)keys[i * stride].v];
    }
    free(rank);
    free(order);
    free(d.slots);
    free(d.text);
    return good;
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
    struct skey *keys = calloc(n * ns, sizeof *keys);
    const char **text = calloc(n, sizeof *text);
    char **owned = calloc(n, sizeof *owned);
    bool good = v && tmp && keys && text && owned;
    char buf[512];
    for (size_t i = 0; good && i < n; i++)
        v[i] = (struct keyed){t->rows[i], i};
    for (size_t k = 0; good && k < ns; k++) {
        bool num =
            t->def->cols[t->sort[k].col].type == TABLE_NUM || t->def->cols[t->sort[k].col].type == TABLE_BOOL;
        for (size_t i = 0; i < n; i++) {
            struct table_value val;
            get_value(t, t->rows[i], t->sort[k].col, ctx, buf, sizeof buf, &val);
            struct skey *key = &keys[i * ns + k];
            key->known = val.known;
            if (num) {
                key->v = val.num;
                continue;
            }
            text[i] = val.text ? val.text : "";
            if (val.known && val.text && val.text >= buf && val.text < buf + sizeof buf) {
                /* Text formatted into buf: keep a copy until ranked. */
                owned[i] = strdup(val.text);
                text[i] = owned[i] ? owned[i] : "";
            }
        }
        if (!num)
            good = rank_strings(keys + k, n, ns, text, ctx->lang == DP_LANG_EN);
        for (size_t i = 0; i < n; i++) {
            free(owned[i]);
            owned[i] = NULL;
        }
    }
    if (good) {
        struct sort_env env = {t, ctx, keys};
        merge_sort(v, tmp, n, &env);
        for (size_t i = 0; i < n; i++)
            t->rows[i] = v[i].row;
    } /* else out of memory: leave the order as it is */
    free(owned);
    free(text);
    free(keys);
    free(tmp);
    free(v);
}
