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

/* The reference order: what table_sort() gives (tests/table/test_sortkeys
 * checks that it does), one getter and text_collate per comparison. */
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

/* A row's sort key in one column is its rank among the column's distinct
 * known values (equal values, equal ranks; 0 the least), or RANK_UNKNOWN. */
#define RANK_UNKNOWN UINT32_MAX

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
static uint32_t distinct_id(struct distinct *d, const char *s)
{
    size_t i = (size_t)hash_text(s) & d->mask;
    for (; d->slots[i]; i = (i + 1) & d->mask)
        if (strcmp(d->text[d->slots[i] - 1], s) == 0)
            return d->slots[i] - 1;
    d->text[d->n] = s;
    d->slots[i] = (uint32_t)++d->n;
    return (uint32_t)d->n - 1;
}

static int compare_distinct(const void *a, const void *b, void *arg)
{
    const struct distinct *d = arg;
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return text_collate_key_cmp(d->key[x], d->keylen[x], d->key[y], d->keylen[y]);
}

/* Ranks the known strings (rank[i] != RANK_UNKNOWN) of text[]: one
 * collation key per distinct string, then a sort of bytes. Returns the
 * number of ranks, or 0 with nothing known; false on OOM. */
static bool rank_strings(uint32_t *rank, size_t n, const char **text, bool latin_first, uint32_t *nrank)
{
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    struct distinct d = {malloc((n ? n : 1) * sizeof *d.text), NULL, NULL,
                         calloc(cap, sizeof *d.slots),         0,    cap - 1};
    uint32_t *order = NULL, *dense = NULL;
    bool good = d.text && d.slots && n < UINT32_MAX / 2;
    if (good) {
        for (size_t i = 0; i < n; i++)
            if (rank[i] != RANK_UNKNOWN)
                rank[i] = distinct_id(&d, text[i]);
        size_t m = d.n ? d.n : 1;
        order = malloc(m * sizeof *order);
        dense = malloc(m * sizeof *dense);
        d.key = calloc(m, sizeof *d.key);
        d.keylen = malloc(m * sizeof *d.keylen);
        good = order && dense && d.key && d.keylen;
        for (size_t i = 0; good && i < d.n; i++)
            good = (d.key[i] = text_collate_key(d.text[i], latin_first, &d.keylen[i])) != NULL;
    }
    if (good) {
        for (size_t i = 0; i < d.n; i++)
            order[i] = (uint32_t)i;
        qsort_r(order, d.n, sizeof *order, compare_distinct, &d);
        uint32_t r = 0;
        for (size_t i = 0; i < d.n; i++) {
            if (i && compare_distinct(&order[i - 1], &order[i], &d) != 0)
                r++;
            dense[order[i]] = r;
        }
        *nrank = d.n ? r + 1 : 0;
        for (size_t i = 0; i < n; i++)
            if (rank[i] != RANK_UNKNOWN)
                rank[i] = dense[rank[i]];
    }
    for (size_t i = 0; d.key && i < d.n; i++)
        free(d.key[i]);
    free(d.key);
    free(d.keylen);
    free(dense);
    free(order);
    free(d.slots);
    free(d.text);
    return good;
}

/* A known number and its row, for ranking a numeric column. */
struct numrow {
    double v;
    uint32_t row;
};

static int compare_numrow(const void *a, const void *b)
{
    double x = ((const struct numrow *)a)->v, y = ((const struct numrow *)b)->v;
    /* As compare_values; a NaN (no getter gives one) after every number. */
    if (x != x || y != y)
        return (x != x) - (y != y);
    return x < y ? -1 : x > y;
}

/* Ranks the known numbers of v[] into rank[]: equal numbers, equal ranks. */
static bool rank_numbers(uint32_t *rank, size_t n, const double *v, uint32_t *nrank)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        m += rank[i] != RANK_UNKNOWN;
    struct numrow *nr = malloc((m ? m : 1) * sizeof *nr);
    if (!nr)
        return false;
    m = 0;
    for (size_t i = 0; i < n; i++)
        if (rank[i] != RANK_UNKNOWN)
            nr[m++] = (struct numrow){v[i], (uint32_t)i};
    qsort(nr, m, sizeof *nr, compare_numrow);
    uint32_t r = 0;
    for (size_t i = 0; i < m; i++) {
        if (i && compare_numrow(&nr[i - 1], &nr[i]) != 0)
            r++;
        rank[nr[i].row] = r;
    }
    *nrank = m ? r + 1 : 0;
    free(nr);
    return true;
}

/* ---- sort keys, computed once per column and context ---------------------
 *
 * A column's keys are computed for every row of t->all the first time it
 * is sorted on: each row's rank among the column's distinct known values
 * (numbers read once, strings collated once per distinct string), kept for
 * the next sorts in the same context (language, text flags, units). A
 * sort is then one stable counting sort of row indices per key, from the
 * last key to the first (unknowns in the bucket after the last rank in
 * both directions), with no getter, snprintf or text_collate call; the
 * rows that stand apart are a last stable pass by a flag read once. */
#define KEYCACHE_COLS 8

struct colkeys {
    uint32_t *rank; /* one per row of t->all; NULL: empty slot */
    uint32_t nrank; /* ranks are < nrank */
    size_t col;
    struct table_ctx ctx; /* the context they were computed in */
    unsigned long used;   /* for replacing the least recently used */
};

struct table_keycache {
    uint32_t *slots; /* row pointer -> index into t->all, + 1; 0 = empty; NULL until needed */
    size_t mask;
    unsigned char *apart; /* def->apart of each row of t->all, or NULL */
    uint32_t *last;       /* the t->all index of each row of the last sorted view */
    size_t nlast;
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
    if (!kc)
        return NULL;
    kc->last = malloc((t->nall ? t->nall : 1) * sizeof *kc->last);
    if (t->def->apart)
        kc->apart = malloc(t->nall ? t->nall : 1);
    if (!kc->last || (t->def->apart && !kc->apart)) {
        free(kc->last);
        free(kc->apart);
        free(kc);
        return NULL;
    }
    for (size_t i = 0; kc->apart && i < t->nall; i++)
        kc->apart[i] = t->def->apart(t->all[i]);
    t->keycache = kc;
    return kc;
}

/* The pointer -> index hash, built the first time a row is not where the
 * last sort or t->all's order puts it. */
static bool keycache_hash(const struct table *t, struct table_keycache *kc)
{
    if (kc->slots)
        return true;
    size_t cap = 16;
    while (cap < 2 * t->nall)
        cap *= 2;
    kc->slots = calloc(cap, sizeof *kc->slots);
    if (!kc->slots)
        return false;
    kc->mask = cap - 1;
    for (size_t i = 0; i < t->nall; i++) {
        size_t s = hash_ptr(t->all[i], kc->mask);
        while (kc->slots[s])
            s = (s + 1) & kc->mask;
        kc->slots[s] = (uint32_t)i + 1;
    }
    return true;
}

static bool keycache_index(const struct table *t, struct table_keycache *kc, const void *row, uint32_t *at)
{
    if (!keycache_hash(t, kc))
        return false;
    for (size_t s = hash_ptr(row, kc->mask); kc->slots[s]; s = (s + 1) & kc->mask)
        if (t->all[kc->slots[s] - 1] == row) {
            *at = kc->slots[s] - 1;
            return true;
        }
    return false; /* not a row of the table: never */
}

/* at[i]: the index into t->all of t->rows[i]. The view is most often the
 * last sorted one (a re-sort) or a subsequence of t->all (just filtered);
 * other rows are looked up. */
static bool rows_index(const struct table *t, struct table_keycache *kc, uint32_t *at)
{
    size_t n = t->nrows, j = 0;
    bool same = kc->nlast == n, walk = true;
    for (size_t i = 0; i < n; i++) {
        const void *row = t->rows[i];
        if (same && t->all[kc->last[i]] == row) {
            at[i] = kc->last[i];
            continue;
        }
        if (walk) {
            while (j < t->nall && t->all[j] != row)
                j++;
            if (j < t->nall) {
                at[i] = (uint32_t)j++;
                continue;
            }
            walk = false;
        }
        if (!keycache_index(t, kc, row, &at[i]))
            return false;
    }
    return true;
}

static bool same_ctx(const struct table_ctx *a, const struct table_ctx *b)
{
    return a->lang == b->lang && a->text_flags == b->text_flags && a->korean_units == b->korean_units;
}

/* Every row's rank in column col. */
static bool colkeys_build(const struct table *t, size_t col, const struct table_ctx *ctx, struct colkeys *out)
{
    size_t n = t->nall;
    bool num = t->def->cols[col].type == TABLE_NUM || t->def->cols[col].type == TABLE_BOOL;
    uint32_t *rank = malloc((n ? n : 1) * sizeof *rank);
    double *v = num ? malloc((n ? n : 1) * sizeof *v) : NULL;
    const char **text = num ? NULL : calloc(n ? n : 1, sizeof *text);
    char **owned = num ? NULL : calloc(n ? n : 1, sizeof *owned);
    bool good = rank && (num ? v != NULL : text && owned);
    char buf[512];
    for (size_t i = 0; good && i < n; i++) {
        struct table_value val;
        get_value(t, t->all[i], col, ctx, buf, sizeof buf, &val);
        rank[i] = val.known ? 0 : RANK_UNKNOWN;
        if (num) {
            v[i] = val.num;
            continue;
        }
        text[i] = val.text ? val.text : "";
        if (val.known && val.text && val.text >= buf && val.text < buf + sizeof buf) {
            /* Text formatted into buf: keep a copy until ranked. */
            owned[i] = strdup(val.text);
            text[i] = owned[i] ? owned[i] : "";
            good = owned[i] != NULL;
        }
    }
    uint32_t nrank = 0;
    if (good)
        good = num ? rank_numbers(rank, n, v, &nrank)
                   : rank_strings(rank, n, text, ctx->lang == DP_LANG_EN, &nrank);
    for (size_t i = 0; owned && i < n; i++)
        free(owned[i]);
    free(owned);
    free(text);
    free(v);
    if (!good) {
        free(rank);
        return false;
    }
    out->rank = rank;
    out->nrank = nrank;
    return true;
}

static const struct colkeys *colkeys_get(struct table *t, struct table_keycache *kc, size_t col,
                                         const struct table_ctx *ctx)
{
    struct colkeys *slot = &kc->cols[0];
    for (size_t i = 0; i < KEYCACHE_COLS; i++) {
        struct colkeys *c = &kc->cols[i];
        if (c->rank && c->col == col && same_ctx(&c->ctx, ctx)) {
            c->used = ++kc->clock;
            return c;
        }
        if (!c->rank || (slot->rank && c->used < slot->used))
            slot = c;
    }
    struct colkeys fresh = {NULL, 0, col, *ctx, 0};
    if (!colkeys_build(t, col, ctx, &fresh))
        return NULL;
    free(slot->rank);
    *slot = fresh;
    slot->used = ++kc->clock;
    return slot;
}

void table_sort_forget(struct table *t)
{
    struct table_keycache *kc = t->keycache;
    if (!kc)
        return;
    for (size_t i = 0; i < KEYCACHE_COLS; i++) {
        free(kc->cols[i].rank);
        kc->cols[i].rank = NULL;
    }
}

static void keycache_free(struct table_keycache **kcp)
{
    struct table_keycache *kc = *kcp;
    if (!kc)
        return;
    for (size_t i = 0; i < KEYCACHE_COLS; i++)
        free(kc->cols[i].rank);
    free(kc->slots);
    free(kc->apart);
    free(kc->last);
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

/* One stable counting sort of v[] (indices into t->all) by key[i], the
 * key of v[i], < nkeys; the result in out. bucket holds nkeys + 1. */
static void count_sort(const uint32_t *v, const uint32_t *key, size_t n, uint32_t *out, uint32_t *bucket,
                       size_t nkeys)
{
    memset(bucket, 0, (nkeys + 1) * sizeof *bucket);
    for (size_t i = 0; i < n; i++)
        bucket[key[i] + 1]++;
    for (size_t b = 1; b <= nkeys; b++)
        bucket[b] += bucket[b - 1];
    for (size_t i = 0; i < n; i++)
        out[bucket[key[i]]++] = v[i];
}

/* Sorts by the cached keys; false (nothing changed) when they could not
 * be had (out of memory). */
static bool sort_keys(struct table *t, const struct table_ctx *ctx)
{
    size_t n = t->nrows, ns = t->nsort;
    struct table_keycache *kc = keycache_get(t);
    if (!kc)
        return false;
    const struct colkeys *col[TABLE_MAX_SORT] = {NULL};
    size_t nb = 2; /* buckets: the pass for the rows apart has 2 */
    for (size_t k = 0; k < ns; k++) {
        if (!(col[k] = colkeys_get(t, kc, t->sort[k].col, ctx)))
            return false;
        if ((size_t)col[k]->nrank + 1 > nb)
            nb = (size_t)col[k]->nrank + 1;
    }
    /* calloc: clang-tidy cannot see that rows_index() and count_sort() fill them. */
    uint32_t *v = calloc(n, sizeof *v), *tmp = calloc(n, sizeof *tmp), *key = malloc(n * sizeof *key);
    uint32_t *bucket = malloc((nb + 1) * sizeof *bucket);
    bool good = v && tmp && key && bucket && rows_index(t, kc, v);
    /* From the last key to the first: each pass keeps the order of the
     * one before among its ties, so the first key decides, then the next;
     * rows equal in every key stay in view order. */
    for (size_t k = ns; good && k-- > 0;) {
        const uint32_t *rank = col[k]->rank, nr = col[k]->nrank;
        bool desc = t->sort[k].desc;
        for (size_t i = 0; i < n; i++) {
            uint32_t r = rank[v[i]];
            /* Unknown after every known value, in both directions. */
            key[i] = r == RANK_UNKNOWN ? nr : desc ? nr - 1 - r : r;
        }
        count_sort(v, key, n, tmp, bucket, (size_t)nr + 1);
        uint32_t *swap = v;
        v = tmp;
        tmp = swap;
    }
    if (good && kc->apart) {
        for (size_t i = 0; i < n; i++)
            key[i] = kc->apart[v[i]];
        count_sort(v, key, n, tmp, bucket, 2);
        uint32_t *swap = v;
        v = tmp;
        tmp = swap;
    }
    if (good) {
        for (size_t i = 0; i < n; i++)
            t->rows[i] = t->all[v[i]];
        memcpy(kc->last, v, n * sizeof *v);
        kc->nlast = n;
    }
    free(bucket);
    free(key);
    free(tmp);
    free(v);
    return good;
}

void table_sort(struct table *t, const struct table_ctx *ctx)
{
    if (t->nrows < 2 || (!t->nsort && !t->def->apart))
        return;
    if (!sort_keys(t, ctx))
        rows_apart_last(t); /* out of memory: at least the rows apart last */
}
