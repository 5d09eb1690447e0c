/* SPDX-License-Identifier: GPL-2.0-or-later */
/* catalog.c — building a kind's catalogue for a dataset (fixed fields plus
 * the fields the data defines), and reading fields. */
#include "config.h"
#include "table.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "values.h"
#include "vocab.h"

/* What a catalogue built by table_def_new() owns. */
struct owned {
    struct table_col *cols;
    char **strs;
    size_t nstrs, capstrs;
    struct table_def **nested; /* catalogues its fields read through */
    size_t nnested;
};

static char *keep(struct owned *o, const char *s)
{
    if (!s)
        return NULL;
    if (o->nstrs == o->capstrs) {
        size_t cap = o->capstrs ? 2 * o->capstrs : 64;
        char **v = realloc(o->strs, cap * sizeof *v);
        if (!v)
            return NULL;
        o->strs = v;
        o->capstrs = cap;
    }
    char *d = strdup(s);
    if (d)
        o->strs[o->nstrs++] = d;
    return d;
}

struct table_def *table_def_new(const struct table_def *base, const struct dp_dataset *ds)
{
    struct table_def *def = malloc(sizeof *def);
    struct owned *o = calloc(1, sizeof *o);
    if (!def || !o) {
        free(def);
        free(o);
        return NULL;
    }
    *def = *base;
    def->owned = o;
    def->cap = base->ncols + 16;
    o->cols = malloc(def->cap * sizeof *o->cols);
    if (!o->cols) {
        table_def_free(&def);
        return NULL;
    }
    memcpy(o->cols, base->cols, base->ncols * sizeof *o->cols);
    def->cols = o->cols;
    def->ncols = base->ncols;
    def->nfixed = base->ncols;
    if (base->expand && !base->expand(def, ds))
        table_def_free(&def);
    return def;
}

struct table_col *table_def_add(struct table_def *def, const struct table_col *proto, const char *key,
                                const char *title_en, const char *title_ko)
{
    struct owned *o = def->owned;
    if (!o)
        return NULL;
    if (def->ncols == def->cap) {
        size_t cap = 2 * def->cap;
        struct table_col *v = realloc(o->cols, cap * sizeof *v);
        if (!v)
            return NULL;
        o->cols = v;
        def->cols = v;
        def->cap = cap;
    }
    struct table_col c = *proto;
    c.key = keep(o, key);
    c.title_en = keep(o, title_en);
    c.title_ko = keep(o, title_ko);
    c.head_en = proto->head_en ? keep(o, proto->head_en) : NULL;
    c.head_ko = proto->head_ko ? keep(o, proto->head_ko) : NULL;
    if (!c.key || !c.title_en || !c.title_ko || (proto->head_en && !c.head_en) ||
        (proto->head_ko && !c.head_ko))
        return NULL;
    o->cols[def->ncols] = c;
    return &o->cols[def->ncols++];
}

bool table_def_keep_nested(struct table_def *def, struct table_def *nested)
{
    struct owned *o = def->owned;
    struct table_def **v = realloc(o->nested, (o->nnested + 1) * sizeof *v);
    if (!v)
        return false;
    o->nested = v;
    o->nested[o->nnested++] = nested;
    return true;
}

void table_def_free(struct table_def **dp)
{
    if (!dp || !*dp)
        return;
    struct owned *o = (*dp)->owned;
    if (o) {
        for (size_t i = 0; i < o->nstrs; i++)
            free(o->strs[i]);
        for (size_t i = 0; i < o->nnested; i++)
            table_def_free(&o->nested[i]);
        free(o->nested);
        free(o->strs);
        free(o->cols);
        free(o);
    }
    free(*dp);
    *dp = NULL;
}

const char *table_col_title(const struct table_col *col, enum dp_lang lang)
{
    return lang == DP_LANG_KO ? col->title_ko : col->title_en;
}

const char *table_col_head(const struct table_col *col, enum dp_lang lang)
{
    const char *h = lang == DP_LANG_KO ? col->head_ko : col->head_en;
    return h ? h : table_col_title(col, lang);
}

/* The contradiction marker before a value's human text, in buf (the
 * text may already be there): "⇆519B". Left as it is when buf is short. */
static void mark_contested(struct table_value *out, const struct table_ctx *ctx, char *buf, size_t bufsz)
{
    const char *mark = table_contra_mark(ctx);
    const char *text = out->text ? out->text : "";
    size_t ml = strlen(mark), tl = strlen(text);
    if (ml + tl + 1 > bufsz)
        return;
    memmove(buf + ml, text, tl + 1); /* text may be buf itself or elsewhere */
    for (size_t i = 0; i < ml; i++)
        buf[i] = mark[i];
    out->text = buf;
    out->width += 1;
}

void table_get(const struct table_def *def, size_t col, const void *row, const struct table_ctx *ctx,
               char *buf, size_t bufsz, struct table_value *out)
{
    memset(out, 0, sizeof *out);
    out->max = NAN;
    out->num = NAN;
    if (bufsz)
        buf[0] = '\0';
    def->cols[col].get(row, &def->cols[col], ctx, buf, bufsz, out);
    if (def->contested && out->known && (out->contra = def->contested(row, def->cols[col].key)) &&
        !ctx->plain)
        mark_contested(out, ctx, buf, bufsz);
}

const char *table_value_human(const struct table_value *v, enum dp_lang lang)
{
    if (v->known)
        return v->text ? v->text : "";
    return vocab_why(v->why, lang);
}

/* Appends printf-style text to err at *w (stops quietly when full). */
static void append(char *err, size_t errsz, int *w, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void append(char *err, size_t errsz, int *w, const char *fmt, ...)
{
    if (*w < 0 || (size_t)*w >= errsz)
        return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(err + *w, errsz - (size_t)*w, fmt, ap);
    va_end(ap);
    *w = k < 0 ? -1 : *w + k;
}

/* The length of key's family prefix ("stage." of "stage.final.reason"),
 * 0 for a key with no dot. */
static size_t family_len(const char *key)
{
    const char *dot = key ? strchr(key, '.') : NULL;
    return dot ? (size_t)(dot - key) + 1 : 0;
}

void table_unknown_key_message(const struct table_def *def, const char *key, enum table_key_use use,
                               const char *const *extra, size_t nextra, enum dp_lang lang, char *err,
                               size_t errsz)
{
    int w = 0;
    char *safe = text_display(key, strlen(key), 0);
    static const enum vocab_id head[] = {V_ERR_SORT_KEY, V_ERR_FILTER_KEY, V_ERR_COLUMN_KEY};
    append(err, errsz, &w, vocab(head[use], lang), safe ? safe : "?");
    free(safe);
    struct text_suggest sg;
    text_suggest_init(&sg, key);
    for (size_t i = 0; i < nextra + def->ncols; i++)
        text_suggest_offer(&sg, i < nextra ? extra[i] : def->cols[i - nextra].key, NULL);
    if (sg.best)
        append(err, errsz, &w, vocab(V_ERR_DID_YOU_MEAN, lang), sg.best);
    append(err, errsz, &w, "%s", vocab(use == TABLE_KEY_COLUMN ? V_ERR_COLUMNS_ARE : V_ERR_KEYS_ARE, lang));
    for (size_t i = 0; i < nextra; i++)
        append(err, errsz, &w, " %s", extra[i]);
    size_t nfixed = def->owned ? def->nfixed : def->ncols;
    for (size_t i = 0; i < def->ncols; i++) {
        const char *k = def->cols[i].key;
        size_t fl = family_len(k);
        if (i < nfixed || fl == 0) {
            append(err, errsz, &w, " %s", k);
            continue;
        }
        bool seen = false; /* the family was written at its first key */
        for (size_t j = nfixed; j < i && !seen; j++)
            seen = family_len(def->cols[j].key) == fl && strncmp(def->cols[j].key, k, fl) == 0;
        if (seen)
            continue;
        size_t n = 0;
        for (size_t j = i; j < def->ncols; j++)
            n += family_len(def->cols[j].key) == fl && strncmp(def->cols[j].key, k, fl) == 0;
        if (n <= 4) { /* a short family reads best in full */
            for (size_t j = i; j < def->ncols; j++)
                if (family_len(def->cols[j].key) == fl && strncmp(def->cols[j].key, k, fl) == 0)
                    append(err, errsz, &w, " %s", def->cols[j].key);
        } else {
            append(err, errsz, &w, vocab(V_ERR_KEY_FAMILY, lang), (int)fl, k, n, k);
        }
    }
}
