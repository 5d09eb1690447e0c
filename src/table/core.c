/* SPDX-License-Identifier: GPL-2.0-or-later */
/* core.c — views over rows: build, stable multi-key sort (unknown last in
 * both directions), sort specs. */
#include "config.h"
#include "table.h"
#include "vocab.h"

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
    t->ds = ds;
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

static void keycache_free(struct table_keycache **kcp);

void table_free(struct table **tp)
{
    if (!tp || !*tp)
        return;
    keycache_free(&(*tp)->keycache);
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

bool table_parse_sort(struct table *t, const char *spec, enum dp_lang lang, char *err, size_t errsz)
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
            char *safe = text_display(spec, strlen(spec), 0);
            snprintf(err, errsz, vocab(V_ERR_SORT_EMPTY, lang), safe ? safe : "?");
            free(safe);
            return false;
        }
        memcpy(key, p, len);
        key[len] = '\0';
        int col = table_col_find(t->def, key);
        if (col < 0) {
            table_unknown_key_message(t->def, key, TABLE_KEY_SORT, NULL, 0, lang, err, errsz);
            return false;
        }
        if (n == TABLE_MAX_SORT) {
            snprintf(err, errsz, vocab(V_ERR_SORT_MAX, lang), TABLE_MAX_SORT);
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

/* Distinct strings of one column and their collation keys. */
struct distinct {
    const char **text;   /* distinct strings */
    unsigned char **key; /* their text_collate_key()s */
    size_t *keylen;
    uint32_t *slots; /* hash: index + 1 into text, 0 = empty */
    size_t n, mask;
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
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return text_collate_key_cmp(d->key[x], d->keylen[x], d->key[y], d->keylen[y]);
}

/* Replaces each known string key (its distinct id in v) by its rank:
 * one collation key per distinct string, then a sort of bytes. */
static bool rank_strings(struct skey *keys, size_t n, size_t stride, const char **text, bool latin_first)
{
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    struct distinct d = {malloc((n ? n : 1) * sizeof *d.text), NULL, NULL,
                         calloc(cap, sizeof *d.slots),         0,    cap - 1};
    uint32_t *order = NULL, *rank = NULL;
    bool good = d.text && d.slots && n < UINT32_MAX / 2;
    if (good) {
        for (size_t i = 0; i < n; i++)
            if (keys[i * stride].known)
                keys[i * stride].v = (double)distinct_id(&d, text[i]);
        size_t m = d.n ? d.n : 1;
        order = malloc(m * sizeof *order);
        rank = malloc(m * sizeof *rank);
        d.key = calloc(m, sizeof *d.key);
        d.keylen = malloc(m * sizeof *d.keylen);
        good = order && rank && d.key && d.keylen;
        for (size_t i = 0; good && i < d.n; i++)
            good = (d.key[i] = text_collate_key(d.text[i], latin_first, &d.keylen[i])) != NULL;
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
    for (size_t i = 0; d.key && i < d.n; i++)
        free(d.key[i]);
    free(d.key);
    free(d.keylen);
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

/* ---- sort keys, computed once per column and context ---------------------
 *
 * A column's keys are computed for every row of t->all the first time it
 * is sorted on (numbers read once, strings ranked once), and kept for the
 * next sorts in the same context (language, text flags, units): a re-sort
 * is then a gather of the keys and a merge sort, with no getter, snprintf
 * or text_collate call. A few columns are kept per table. */
#define KEYCACHE_COLS 4

struct colkeys {
    struct skey *keys; /* one per row of t->all; NULL: empty slot */
    size_t col;
    struct table_ctx ctx; /* the context they were computed in */
    unsigned long used;   /* for replacing the least recently used */
};

struct table_keycache {
    uint32_t *slots; /* row pointer -> index into t->all, + 1; 0 = empty */
    size_t mask;
    struct colkeys cols[KEYCACHE_COLS];
    unsigned long clock;
};

static size_t hash_ptr(const void *p, size_t mask)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15u;
    return (size_t)(h >> 32) & mask;
}

static struct table_keycache *keycache_get(struct table *t)
{
    if (t->keycache)
        return t->keycache;
    if (t->nall >= UINT32_MAX / 4)
        return NULL;
    struct table_keycache *kc = calloc(1, sizeof *kc);
    size_t cap = 16;
    while (cap < 2 * t->nall)
        cap *= 2;
    if (kc)
        kc->slots = calloc(cap, sizeof *kc->slots);
    if (!kc || !kc->slots) {
        free(kc);
        return NULL;
    }
    kc->mask = cap - 1;
    for (size_t i = 0; i < t->nall; i++) {
        size_t s = hash_ptr(t->all[i], kc->mask);
        while (kc->slots[s])
            s = (s + 1) & kc->mask;
        kc->slots[s] = (uint32_t)i + 1;
    }
    t->keycache = kc;
    return kc;
}

static size_t keycache_index(const struct table *t, const struct table_keycache *kc, const void *row)
{
    for (size_t s = hash_ptr(row, kc->mask);; s = (s + 1) & kc->mask)
        if (t->all[kc->slots[s] - 1] == row)
            return kc->slots[s] - 1;
}

static bool same_ctx(const struct table_ctx *a, const struct table_ctx *b)
{
    return a->lang == b->lang && a->text_flags == b->text_flags && a->korean_units == b->korean_units;
}

/* Every row's key for column col: numbers by value, strings by rank. */
static struct skey *colkeys_build(const struct table *t, size_t col, const struct table_ctx *ctx)
{
    size_t n = t->nall;
    struct skey *keys = calloc(n ? n : 1, sizeof *keys);
    const char **text = calloc(n ? n : 1, sizeof *text);
    char **owned = calloc(n ? n : 1, sizeof *owned);
    bool good = keys && text && owned,
         num = t->def->cols[col].type == TABLE_NUM || t->def->cols[col].type == TABLE_BOOL;
    char buf[512];
    for (size_t i = 0; good && i < n; i++) {
        struct table_value val;
        get_value(t, t->all[i], col, ctx, buf, sizeof buf, &val);
        keys[i].known = val.known;
        if (num) {
            keys[i].v = val.num;
            continue;
        }
        text[i] = val.text ? val.text : "";
        if (val.known && val.text && val.text >= buf && val.text < buf + sizeof buf) {
            /* Text formatted into buf: keep a copy until ranked. */
            owned[i] = strdup(val.text);
            text[i] = owned[i] ? owned[i] : "";
        }
    }
    if (good && !num)
        good = rank_strings(keys, n, 1, text, ctx->lang == DP_LANG_EN);
    for (size_t i = 0; owned && i < n; i++)
        free(owned[i]);
    free(owned);
    free(text);
    if (!good) {
        free(keys);
        return NULL;
    }
    return keys;
}

static const struct skey *colkeys_get(struct table *t, struct table_keycache *kc, size_t col,
                                      const struct table_ctx *ctx)
{
    struct colkeys *slot = &kc->cols[0];
    for (size_t i = 0; i < KEYCACHE_COLS; i++) {
        struct colkeys *c = &kc->cols[i];
        if (c->keys && c->col == col && same_ctx(&c->ctx, ctx)) {
            c->used = ++kc->clock;
            return c->keys;
        }
        if (!c->keys || (slot->keys && c->used < slot->used))
            slot = c;
    }
    struct skey *keys = colkeys_build(t, col, ctx);
    if (!keys)
        return NULL;
    free(slot->keys);
    *slot = (struct colkeys){keys, col, *ctx, ++kc->clock};
    return keys;
}

void table_sort_forget(struct table *t)
{
    struct table_keycache *kc = t->keycache;
    if (!kc)
        return;
    for (size_t i = 0; i < KEYCACHE_COLS; i++) {
        free(kc->cols[i].keys);
        kc->cols[i].keys = NULL;
    }
}

static void keycache_free(struct table_keycache **kcp)
{
    struct table_keycache *kc = *kcp;
    if (!kc)
        return;
    for (size_t i = 0; i < KEYCACHE_COLS; i++)
        free(kc->cols[i].keys);
    free(kc->slots);
    free(kc);
    *kcp = NULL;
}

/* The rows that stand apart (table_def.apart) after the others, each
 * group in its order: a stable partition. */
static void rows_apart_last(struct table *t)
{
    bool (*apart)(const void *row) = t->def->apart;
    size_t n = t->nrows, k = 0, m = 0;
    if (!apart || n < 2)
        return;
    const void **later = malloc(n * sizeof *later);
    if (!later)
        return; /* out of memory: the order as it is */
    for (size_t i = 0; i < n; i++) {
        if (apart(t->rows[i]))
            later[m++] = t->rows[i];
        else
            t->rows[k++] = t->rows[i];
    }
    memcpy(t->rows + k, later, m * sizeof *later);
    free(later);
}

static void sort_keys(struct table *t, const struct table_ctx *ctx);

void table_sort(struct table *t, const struct table_ctx *ctx)
{
    sort_keys(t, ctx);
    rows_apart_last(t);
}

static void sort_keys(struct table *t, const struct table_ctx *ctx)
{
    size_t n = t->nrows, ns = t->nsort;
    if (n < 2 || ns == 0)
        return;
    struct table_keycache *kc = keycache_get(t);
    struct keyed *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
    struct skey *keys = calloc(n * ns, sizeof *keys);
    const struct skey *col[TABLE_MAX_SORT] = {NULL};
    bool good = kc && v && tmp && keys;
    for (size_t k = 0; good && k < ns; k++)
        good = (col[k] = colkeys_get(t, kc, t->sort[k].col, ctx)) != NULL;
    for (size_t i = 0; good && i < n; i++) {
        size_t at = keycache_index(t, kc, t->rows[i]);
        v[i] = (struct keyed){t->rows[i], i};
        for (size_t k = 0; k < ns; k++)
            keys[i * ns + k] = col[k][at];
    }
    if (good) {
        struct sort_env env = {t, ctx, keys};
        merge_sort(v, tmp, n, &env);
        for (size_t i = 0; i < n; i++)
            t->rows[i] = v[i].row;
    } /* else out of memory: leave the order as it is */
    free(keys);
    free(tmp);
    free(v);
}
