/* SPDX-License-Identifier: GPL-2.0-or-later */
/* filter.c — --filter expressions and search over a view. */
#include "config.h"
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum op { OP_EQ, OP_NE, OP_GT, OP_LT, OP_GE, OP_LE, OP_MATCH };

struct cond {
    size_t col;
    enum op op;
    char *value;
    double num;
    struct text_query *query;
};

struct table_filter {
    const struct table_def *def;
    struct cond *conds;
    size_t n;
};

/* Operators, longest first so ">=" is not read as ">". */
static const struct {
    const char *s;
    enum op op;
} ops[] = {{">=", OP_GE}, {"<=", OP_LE}, {"!=", OP_NE},  {"=", OP_EQ},
           {">", OP_GT},  {"<", OP_LT},  {"~", OP_MATCH}};

static bool parse_cond(const struct table_def *def, const char *s, size_t len, struct cond *c, char *err,
                       size_t errsz)
{
    for (size_t i = 0; i < len; i++)
        for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
            size_t ol = strlen(ops[k].s);
            if (i + ol > len || memcmp(s + i, ops[k].s, ol) != 0)
                continue;
            char key[64];
            if (i == 0 || i >= sizeof key) {
                snprintf(err, errsz, "missing key in filter \"%.*s\"", (int)len, s);
                return false;
            }
            memcpy(key, s, i);
            key[i] = '\0';
            int col = table_col_find(def, key);
            if (col < 0) {
                snprintf(err, errsz, "unknown filter key \"%s\"", key);
                return false;
            }
            c->col = (size_t)col;
            c->op = ops[k].op;
            c->value = strndup(s + i + ol, len - i - ol);
            if (!c->value) {
                snprintf(err, errsz, "out of memory");
                return false;
            }
            if (def->cols[col].type == TABLE_NUM && c->op != OP_MATCH) {
                char *end;
                c->num = strtod(c->value, &end);
                if (end == c->value || (*end && strcmp(end, "B") != 0 && strcmp(end, "b") != 0)) {
                    snprintf(err, errsz, "filter \"%s\" needs a number, got \"%s\"", key, c->value);
                    return false;
                }
            }
            c->query = text_query_new(c->value);
            return c->query != NULL;
        }
    snprintf(err, errsz, "filter \"%.*s\" has no operator (= != > < >= <= ~)", (int)len, s);
    return false;
}

struct table_filter *table_filter_parse(const struct table_def *def, const char *expr, char *err,
                                        size_t errsz)
{
    struct table_filter *f = calloc(1, sizeof *f);
    size_t max = 1;
    for (const char *p = expr; *p; p++)
        max += *p == ',';
    if (!f || !(f->conds = calloc(max, sizeof *f->conds))) {
        free(f);
        snprintf(err, errsz, "out of memory");
        return NULL;
    }
    f->def = def;
    const char *p = expr;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (!parse_cond(def, p, len, &f->conds[f->n], err, errsz)) {
            f->n++;
            table_filter_free(&f);
            return NULL;
        }
        f->n++;
        p += len;
        if (*p == ',')
            p++;
    }
    return f;
}

void table_filter_free(struct table_filter **fp)
{
    if (!fp || !*fp)
        return;
    for (size_t i = 0; i < (*fp)->n; i++) {
        free((*fp)->conds[i].value);
        text_query_free(&(*fp)->conds[i].query);
    }
    free((*fp)->conds);
    free(*fp);
    *fp = NULL;
}

/* "=" on a list column: one of its comma-separated items equals value. */
static bool list_has(const char *list, const char *value)
{
    char item[256];
    while (list && *list) {
        const char *end = strchr(list, ',');
        size_t len = end ? (size_t)(end - list) : strlen(list);
        if (len < sizeof item) {
            memcpy(item, list, len);
            item[len] = '\0';
            if (text_equal_fold(item, value))
                return true;
        }
        list = end ? end + 1 : NULL;
    }
    return false;
}

static bool cond_holds(const struct table_def *def, const struct cond *c, const void *row,
                       const struct table_ctx *ctx)
{
    char buf[512];
    struct table_value v;
    memset(&v, 0, sizeof v);
    def->cols[c->col].get(row, ctx, buf, sizeof buf, &v);
    const char *text = v.raw ? v.raw : v.text ? v.text : "";
    switch (c->op) {
    case OP_MATCH:
        return v.known &&
               (text_query_match(c->query, text) || (v.text && text_query_match(c->query, v.text)));
    case OP_EQ:
    case OP_NE: {
        bool eq;
        if (!v.known)
            eq = strcmp(c->value, "null") == 0 || c->value[0] == '\0';
        else if (def->cols[c->col].type == TABLE_NUM)
            eq = v.num == c->num;
        else if (def->cols[c->col].type == TABLE_LIST)
            eq = list_has(text, c->value);
        else
            eq = text_equal_fold(text, c->value) || (v.text && text_equal_fold(v.text, c->value));
        return c->op == OP_EQ ? eq : !eq;
    }
    default:
        break;
    }
    if (!v.known)
        return false; /* unknown is neither bigger nor smaller */
    int cmp;
    if (def->cols[c->col].type == TABLE_NUM)
        cmp = v.num < c->num ? -1 : v.num > c->num;
    else
        cmp = text_collate(text, c->value, ctx->lang == DP_LANG_EN);
    switch (c->op) {
    case OP_GT:
        return cmp > 0;
    case OP_LT:
        return cmp < 0;
    case OP_GE:
        return cmp >= 0;
    case OP_LE:
        return cmp <= 0;
    default:
        return false;
    }
}

struct match_arg {
    const struct text_query *q;
    bool hit;
};

static bool name_cb(const char *name, void *arg)
{
    struct match_arg *m = arg;
    m->hit = text_query_match(m->q, name);
    return m->hit;
}

bool table_row_matches(const struct table_def *def, const void *row, const struct text_query *q)
{
    struct match_arg m = {q, false};
    if (def->names)
        def->names(row, name_cb, &m);
    return m.hit;
}

void table_apply(struct table *t, const struct table_filter *f, const struct text_query *q,
                 const struct table_ctx *ctx)
{
    size_t n = 0;
    for (size_t i = 0; i < t->nall; i++) {
        const void *row = t->all[i];
        bool keep = true;
        for (size_t k = 0; f && keep && k < f->n; k++)
            keep = cond_holds(t->def, &f->conds[k], row, ctx);
        if (keep && q)
            keep = table_row_matches(t->def, row, q);
        if (keep)
            t->rows[n++] = row;
    }
    t->nrows = n;
    table_sort(t, ctx);
}
