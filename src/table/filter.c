/* SPDX-License-Identifier: GPL-2.0-or-later */
/* filter.c — the one filter language (--filter, the browser's `f` menu
 * and the filter shown in its title) and search over a view.
 *
 *   EXPR  = COND { "," COND }        every COND must hold
 *   COND  = KEY OP VALUE { "|" VALUE }  any VALUE may match
 *   OP    = "=" | "!=" | ">" | "<" | ">=" | "<=" | "~"
 *
 * KEY is a field of the catalogue (or an alias: tag, modality, team; a
 * team field such as result is found as team.result). "=" on a list field
 * means "has the item"; on a text field it compares, case-folded, with the
 * machine value and the text in either language; "~" is the search
 * matcher (substring, 초성), and name~ searches every name the record
 * answers to (the one name matcher). Numbers are read in the C locale. */
#include "config.h"
#include "table.h"
#include "vocab.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum op { OP_EQ, OP_NE, OP_GT, OP_LT, OP_GE, OP_LE, OP_MATCH };

struct alt {
    char *value;
    double num;
    bool is_num;
    struct text_query *query;
};

struct cond {
    size_t col;
    bool by_name; /* name= / name~: every name of the record */
    enum op op;
    struct alt *alts;
    size_t nalts;
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

static const struct {
    const char *alias, *key;
} aliases[] = {{"tag", "architecture"},    {"tags", "architecture"}, {"arch", "architecture"},
               {"modality", "modalities"}, {"team", "consortium"},   {"params", "params_total_b"}};

bool table_parse_number(const char *s, double *out)
{
    static locale_t c_locale;
    if (!c_locale)
        c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
    char *end;
    errno = 0;
    double v = c_locale ? strtod_l(s, &end, c_locale) : strtod(s, &end);
    if (end == s)
        return false;
    /* "236B" and "236b": parameters are given in billions. */
    if (*end && strcasecmp(end, "b") != 0)
        return false;
    *out = v;
    return true;
}

/* The column for a filter key, through the aliases and team.KEY. */
static int find_key(const struct table_def *def, const char *key)
{
    int col = table_col_find(def, key);
    for (size_t i = 0; col < 0 && i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcasecmp(aliases[i].alias, key) == 0)
            col = table_col_find(def, aliases[i].key);
    if (col < 0) {
        char team[128];
        snprintf(team, sizeof team, "team.%s", key);
        col = table_col_find(def, team);
    }
    return col;
}

static bool parse_alts(struct cond *c, const struct table_def *def, const char *v, size_t len,
                       enum dp_lang lang, char *err, size_t errsz, const char *key)
{
    size_t max = 1;
    for (size_t i = 0; i < len; i++)
        max += v[i] == '|';
    c->alts = calloc(max, sizeof *c->alts);
    if (!c->alts) {
        snprintf(err, errsz, "%s", vocab(V_OUT_OF_MEMORY, lang));
        return false;
    }
    const char *p = v, *end = v + len;
    for (;;) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        size_t l = bar ? (size_t)(bar - p) : (size_t)(end - p);
        struct alt *a = &c->alts[c->nalts++];
        if (!(a->value = strndup(p, l)) || !(a->query = text_query_new(a->value))) {
            snprintf(err, errsz, "%s", vocab(V_OUT_OF_MEMORY, lang));
            return false;
        }
        a->is_num =
            !c->by_name && def->cols[c->col].type == TABLE_NUM && table_parse_number(a->value, &a->num);
        if (!c->by_name && def->cols[c->col].type == TABLE_NUM && c->op != OP_MATCH && !a->is_num &&
            strcmp(a->value, "null") != 0) {
            char *safe = text_display(a->value, strlen(a->value), 0);
            snprintf(err, errsz, vocab(V_ERR_FILTER_NUMBER, lang), key, safe ? safe : "?");
            free(safe);
            return false;
        }
        if (!bar)
            break;
        p = bar + 1;
    }
    return true;
}

static bool parse_cond(const struct table_def *def, const char *s, size_t len, struct cond *c,
                       enum dp_lang lang, char *err, size_t errsz)
{
    for (size_t i = 0; i < len; i++)
        for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
            size_t ol = strlen(ops[k].s);
            if (i + ol > len || memcmp(s + i, ops[k].s, ol) != 0)
                continue;
            char key[96];
            if (i == 0 || i >= sizeof key) {
                char *safe = text_display(s, len, 0);
                snprintf(err, errsz, vocab(V_ERR_FILTER_NO_KEY, lang), safe ? safe : "?");
                free(safe);
                return false;
            }
            memcpy(key, s, i);
            key[i] = '\0';
            while (i && key[i - 1] == ' ')
                key[--i] = '\0';
            c->op = ops[k].op;
            c->by_name = strcasecmp(key, "name") == 0 && (c->op == OP_MATCH || c->op == OP_EQ) && def->names;
            int col = find_key(def, key);
            if (col < 0) {
                static const char *const extra[] = {"tag", "modality", "team"};
                table_unknown_key_message(def, key, TABLE_KEY_FILTER, extra, sizeof extra / sizeof extra[0],
                                          lang, err, errsz);
                return false;
            }
            c->col = (size_t)col;
            return parse_alts(c, def, s + i + ol, len - i - ol, lang, err, errsz, key);
        }
    char *safe = text_display(s, len, 0);
    snprintf(err, errsz, vocab(V_ERR_FILTER_NO_OP, lang), safe ? safe : "?");
    free(safe);
    return false;
}

struct table_filter *table_filter_parse(const struct table_def *def, const char *expr, enum dp_lang lang,
                                        char *err, size_t errsz)
{
    struct table_filter *f = calloc(1, sizeof *f);
    size_t max = 1;
    for (const char *p = expr; *p; p++)
        max += *p == ',';
    if (!f || !(f->conds = calloc(max, sizeof *f->conds))) {
        free(f);
        snprintf(err, errsz, "%s", vocab(V_OUT_OF_MEMORY, lang));
        return NULL;
    }
    f->def = def;
    const char *p = expr;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len && !parse_cond(def, p, len, &f->conds[f->n++], lang, err, errsz)) {
            table_filter_free(&f);
            return NULL;
        }
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
        for (size_t k = 0; k < (*fp)->conds[i].nalts; k++) {
            free((*fp)->conds[i].alts[k].value);
            text_query_free(&(*fp)->conds[i].alts[k].query);
        }
        free((*fp)->conds[i].alts);
    }
    free((*fp)->conds);
    free(*fp);
    *fp = NULL;
}

size_t table_filter_count(const struct table_filter *f)
{
    return f ? f->n : 0;
}

bool table_filter_uses(const struct table_filter *f, const char *key)
{
    int col = f ? find_key(f->def, key) : -1;
    for (size_t i = 0; col >= 0 && i < f->n; i++)
        if (!f->conds[i].by_name && f->conds[i].col == (size_t)col)
            return true;
    return false;
}

bool table_keeps_apart(const struct table_def *def, const struct table_filter *f, bool shown)
{
    return !def->apart || shown || table_filter_uses(f, "reference");
}

static bool items_have(const dp_str *items, size_t n, const struct alt *a, bool match)
{
    for (size_t i = 0; i < n; i++) {
        const char *s = items[i].raw ? items[i].raw : items[i].disp;
        if (match ? text_query_match(a->query, s) : text_equal_fold(s, a->value))
            return true;
    }
    return false;
}

/* Text forms of a value: its machine value and its text in both languages. */
static bool text_holds(const struct table_def *def, const struct cond *c, const struct alt *a,
                       const void *row, const struct table_ctx *ctx, const struct table_value *v)
{
    char buf[512];
    struct table_value other;
    struct table_ctx octx = *ctx;
    octx.lang = ctx->lang == DP_LANG_KO ? DP_LANG_EN : DP_LANG_KO;
    table_get(def, c->col, row, &octx, buf, sizeof buf, &other);
    const char *forms[] = {v->raw, v->text, other.raw, other.text};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        if (!forms[i])
            continue;
        if (c->op == OP_MATCH ? text_query_match(a->query, forms[i]) : text_equal_fold(forms[i], a->value))
            return true;
    }
    return false;
}

static bool alt_equal(const struct table_def *def, const struct cond *c, const struct alt *a, const void *row,
                      const struct table_ctx *ctx, const struct table_value *v)
{
    if (!v->known)
        return strcmp(a->value, "null") == 0 || a->value[0] == '\0';
    switch (def->cols[c->col].type) {
    case TABLE_NUM:
        return a->is_num && v->num == a->num;
    case TABLE_BOOL: {
        bool want = strcasecmp(a->value, "true") == 0 || strcasecmp(a->value, "yes") == 0 ||
                    strcmp(a->value, "1") == 0 || text_holds(def, c, a, row, ctx, v);
        bool no = strcasecmp(a->value, "false") == 0 || strcasecmp(a->value, "no") == 0 ||
                  strcmp(a->value, "0") == 0;
        return no ? v->num == 0 : want && v->num != 0;
    }
    case TABLE_LIST:
        return items_have(v->items, v->nitems, a, false) || items_have(v->items2, v->nitems2, a, false);
    case TABLE_STR:
        return text_holds(def, c, a, row, ctx, v);
    }
    return false;
}

static bool alt_holds(const struct table_def *def, const struct cond *c, const struct alt *a, const void *row,
                      const struct table_ctx *ctx, const struct table_value *v)
{
    if (c->by_name)
        return table_names_match(def->names, row, a->query, c->op == OP_EQ);
    switch (c->op) {
    case OP_MATCH:
        if (!v->known)
            return false;
        if (v->type == TABLE_LIST)
            return items_have(v->items, v->nitems, a, true) || items_have(v->items2, v->nitems2, a, true);
        return text_holds(def, c, a, row, ctx, v);
    case OP_EQ:
    case OP_NE:
        return alt_equal(def, c, a, row, ctx, v);
    default:
        break;
    }
    if (!v->known)
        return false; /* unknown is neither bigger nor smaller */
    int cmp;
    if (def->cols[c->col].type == TABLE_NUM)
        cmp = v->num < a->num ? -1 : v->num > a->num;
    else
        cmp = text_collate(v->raw ? v->raw : v->text, a->value, ctx->lang == DP_LANG_EN);
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

static bool cond_holds(const struct table_def *def, const struct cond *c, const void *row,
                       const struct table_ctx *ctx)
{
    char buf[512];
    struct table_value v;
    table_get(def, c->col, row, ctx, buf, sizeof buf, &v);
    bool any = false;
    for (size_t k = 0; k < c->nalts && !any; k++)
        any = alt_holds(def, c, &c->alts[k], row, ctx, &v);
    return c->op == OP_NE ? !any : any;
}

bool table_filter_holds(const struct table_filter *f, const void *row, const struct table_ctx *ctx)
{
    for (size_t k = 0; f && k < f->n; k++)
        if (!cond_holds(f->def, &f->conds[k], row, ctx))
            return false;
    return true;
}

bool table_filter_consortium(const struct table_filter *f, const struct dp_consortium *c,
                             const struct table_ctx *ctx)
{
    if (!f || f->n == 0)
        return true;
    if (!c)
        return false;
    for (size_t i = 0; i < c->nmodels; i++)
        if (table_filter_holds(f, &c->models[i], ctx))
            return true;
    return false;
}

bool table_row_matches(const struct table_def *def, const void *row, const struct text_query *q)
{
    return def->names && table_names_match(def->names, row, q, false);
}

void table_apply(struct table *t, const struct table_filter *f, const struct text_query *q,
                 const struct table_ctx *ctx)
{
    size_t n = 0;
    for (size_t i = 0; i < t->nall; i++) {
        const void *row = t->all[i];
        bool keep = table_filter_holds(f, row, ctx);
        if (keep && q)
            keep = table_row_matches(t->def, row, q);
        if (keep)
            t->rows[n++] = row;
    }
    t->nrows = n;
    table_sort(t, ctx);
}
