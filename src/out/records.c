/* SPDX-License-Identifier: GPL-2.0-or-later */
/* records.c — machine formats of catalogue records: JSON with typed
 * values (one object per record: numbers, arrays, booleans, null with its
 * reason under "unknown", source ids under "sources", the cited sources
 * with publisher, date, title and URL under "cited_sources"), TSV and CSV
 * with stable columns (machine values, not the language's words) and a
 * last "source_urls" column (the cited sources' URLs, space-separated), so
 * a row is traceable alone. Numbers are written in the C locale whatever
 * LC_NUMERIC says. */
#include "config.h"
#include "out.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

void out_number(char *buf, size_t bufsz, double v)
{
    if (!isfinite(v)) {
        snprintf(buf, bufsz, "null");
        return;
    }
    if (v == floor(v) && fabs(v) < 1e15) {
        /* What "%.0f" writes ("-0" too), without printf: the machine
         * formats write a few numbers per row. */
        char digits[24];
        size_t n = 0, k = 0;
        unsigned long long u = (unsigned long long)fabs(v);
        do
            digits[n++] = (char)('0' + u % 10);
        while ((u /= 10) != 0);
        if (signbit(v) && k + 1 < bufsz)
            buf[k++] = '-';
        while (n && k + 1 < bufsz)
            buf[k++] = digits[--n];
        if (bufsz)
            buf[k] = '\0';
        return;
    }
    snprintf(buf, bufsz, "%.15g", v);
    /* A locale's decimal comma becomes a point (JSON, CSV). */
    const char *dp = localeconv()->decimal_point;
    if (dp && dp[0] && strcmp(dp, ".") != 0) {
        char *p = strstr(buf, dp);
        if (p) {
            size_t dl = strlen(dp);
            *p = '.';
            memmove(p + 1, p + dl, strlen(p + dl) + 1);
        }
    }
}

void out_json_str(FILE *f, const char *s)
{
    char *e = out_json_escape(s ? s : "");
    if (!e)
        out_nomem(f);
    fputc('"', f);
    fputs(e ? e : "", f);
    fputc('"', f);
    free(e);
}

static const char *item_raw(const dp_str *s)
{
    return s->raw ? s->raw : s->disp;
}

/* "P1, P2" as a JSON array. */
static void json_sources(FILE *f, const char *src)
{
    fputc('[', f);
    for (const char *p = src; p && *p;) {
        const char *end = strstr(p, ", ");
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char *id = strndup(p, len);
        if (!id)
            out_nomem(f);
        if (p != src)
            fputs(", ", f);
        out_json_str(f, id);
        free(id);
        p = end ? end + 2 : p + len;
    }
    fputc(']', f);
}

void out_json_value(FILE *f, const struct table_value *v, unsigned flags)
{
    char num[64];
    if (!v->known) {
        fputs("null", f);
        return;
    }
    if ((flags & TABLE_F_IDS) && v->type == TABLE_STR) {
        json_sources(f, v->raw ? v->raw : v->text);
        return;
    }
    switch (v->type) {
    case TABLE_NUM:
        out_number(num, sizeof num, v->num);
        fputs(num, f);
        return;
    case TABLE_BOOL:
        fputs(v->num != 0 ? "true" : "false", f);
        return;
    case TABLE_LIST:
        fputc('[', f);
        for (size_t i = 0; i < v->nitems + v->nitems2; i++) {
            const dp_str *s = i < v->nitems ? &v->items[i] : &v->items2[i - v->nitems];
            if (i)
                fputs(", ", f);
            out_json_str(f, item_raw(s));
        }
        fputc(']', f);
        return;
    case TABLE_STR:
        out_json_str(f, v->raw ? v->raw : v->text);
        return;
    }
}

/* TSV/CSV: the machine value made display-safe (no raw controls). */
static char *flat_value(const struct table_value *v)
{
    char num[64];
    if (!v->known)
        return strdup("");
    switch (v->type) {
    case TABLE_NUM:
        out_number(num, sizeof num, v->num);
        return strdup(num);
    case TABLE_BOOL:
        return strdup(v->num != 0 ? "true" : "false");
    case TABLE_LIST: {
        size_t len = 1;
        for (size_t i = 0; i < v->nitems + v->nitems2; i++)
            len += strlen((i < v->nitems ? &v->items[i] : &v->items2[i - v->nitems])->disp) + 1;
        char *s = malloc(len), *p = s;
        if (!s)
            return NULL;
        for (size_t i = 0; i < v->nitems + v->nitems2; i++) {
            const dp_str *it = i < v->nitems ? &v->items[i] : &v->items2[i - v->nitems];
            if (i)
                *p++ = ',';
            size_t l = strlen(it->disp);
            memcpy(p, it->disp, l);
            p += l;
        }
        *p = '\0';
        return s;
    }
    case TABLE_STR:
        break;
    }
    const char *raw = v->raw ? v->raw : v->text ? v->text : "";
    return text_display(raw, strlen(raw), 0);
}

struct mcol;
static void get(const struct table *t, const struct mcol *m, const void *row, char *buf, size_t n,
                struct table_value *v);

/* One machine column: a field in a language, under its key. Bilingual
 * texts get two (KEY in Korean, KEY_en in English), so the columns and
 * their values never depend on --lang. */
struct mcol {
    size_t col;
    struct table_ctx ctx;
    char key[160];
    /* The current row's value, kept for "unknown" and "sources": each
     * field is read once per row. */
    enum dp_why why; /* DP_WHY_NONE when known */
    const char *src;
};

static struct mcol *machine_columns(const struct table *t, const size_t *cols, size_t ncols,
                                    const struct table_ctx *ctx, size_t *n)
{
    struct mcol *m = malloc((2 * ncols + 1) * sizeof *m);
    *n = 0;
    for (size_t c = 0; m && c < ncols; c++) {
        const struct table_col *col = &t->def->cols[cols[c]];
        bool two = col->flags & TABLE_F_BILINGUAL;
        for (int l = 0; l < (two ? 2 : 1); l++) {
            struct mcol *mc = &m[(*n)++];
            mc->col = cols[c];
            mc->ctx = *ctx;
            mc->ctx.machine = true;
            mc->ctx.lang = l ? DP_LANG_EN : DP_LANG_KO;
            snprintf(mc->key, sizeof mc->key, "%s%s", col->key, l ? "_en" : "");
        }
    }
    return m;
}

static void get(const struct table *t, const struct mcol *m, const void *row, char *buf, size_t n,
                struct table_value *v)
{
    table_get(t->def, m->col, row, &m->ctx, buf, n, v);
    if (v->human_only) {
        v->known = false;
        v->why = DP_WHY_NOT_APPLICABLE;
    }
}

int out_records(FILE *f, enum out_format fmt, const struct table *t, const size_t *fields, size_t nfields,
                const struct table_ctx *ctx)
{
    errno = 0;
    char buf[4096];
    bool oom = false;
    size_t ncols;
    struct mcol *mc = machine_columns(t, fields, nfields, ctx, &ncols);
    /* Each row's cited sources (JSON "cited_sources", CSV/TSV
     * "source_urls"), when the view's rows come from a dataset and are
     * not sources themselves. */
    bool cites = t->ds && strcmp(t->def->name, table_sources.name) != 0;
    struct out_cited *cited = mc && cites ? out_cited_new(t->ds) : NULL;
    const char **srcs = mc ? malloc((ncols + 1) * sizeof *srcs) : NULL;
    if (!mc || !srcs || (cites && !cited)) {
        free(mc);
        free(srcs);
        out_cited_free(&cited);
        return ENOMEM;
    }
    if (fmt == OUT_JSON) {
        fputc('[', f);
    } else {
        for (size_t c = 0; c < ncols; c++) {
            if (c)
                fputc(fmt == OUT_CSV ? ',' : '\t', f);
            if (fmt == OUT_CSV)
                out_csv_field(f, mc[c].key);
            else
                fputs(mc[c].key, f);
        }
        if (cited)
            fputs(fmt == OUT_CSV ? ",source_urls" : "\tsource_urls", f);
        fputs(fmt == OUT_CSV ? "\r\n" : "\n", f);
    }
    for (size_t r = 0; r < t->nrows && !oom; r++) {
        const void *row = t->rows[r];
        struct table_value v;
        if (fmt == OUT_JSON) {
            fputs(r ? ",\n  {" : "\n  {", f);
            size_t nunknown = 0, nsrc = 0;
            for (size_t c = 0; c < ncols; c++) {
                get(t, &mc[c], row, buf, sizeof buf, &v);
                if (c)
                    fputs(", ", f);
                out_json_str(f, mc[c].key);
                fputs(": ", f);
                out_json_value(f, &v, t->def->cols[mc[c].col].flags);
                mc[c].why = v.known ? DP_WHY_NONE : v.why;
                mc[c].src = v.src;
                nunknown += !v.known;
                nsrc += v.src != NULL;
            }
            /* Why each null is null, and where each value comes from. */
            if (nunknown) {
                fputs(", \"unknown\": {", f);
                for (size_t c = 0, k = 0; c < ncols; c++) {
                    if (mc[c].why == DP_WHY_NONE)
                        continue;
                    fputs(k++ ? ", " : "", f);
                    out_json_str(f, mc[c].key);
                    fputs(": ", f);
                    out_json_str(f, model_why_name(mc[c].why));
                }
                fputc('}', f);
            }
            if (nsrc) {
                fputs(", \"sources\": {", f);
                for (size_t c = 0, k = 0; c < ncols; c++) {
                    if (!mc[c].src)
                        continue;
                    fputs(k++ ? ", " : "", f);
                    out_json_str(f, mc[c].key);
                    fputs(": ", f);
                    json_sources(f, mc[c].src);
                }
                fputc('}', f);
            }
            if (cited) {
                for (size_t c = 0; c < ncols; c++)
                    srcs[c] = mc[c].src;
                if (out_cited_pick(cited, srcs, ncols)) {
                    fputs(", \"cited_sources\": ", f);
                    out_cited_json(f, cited, ctx);
                }
            }
            fputc('}', f);
            continue;
        }
        for (size_t c = 0; c < ncols; c++) {
            get(t, &mc[c], row, buf, sizeof buf, &v);
            srcs[c] = v.src;
            if (c)
                fputc(fmt == OUT_CSV ? ',' : '\t', f);
            /* Numbers, booleans and plain strings (printable ASCII and
             * Hangul: no control, nothing for text_display() to change)
             * as they are; the rest through flat_value(). */
            const char *direct = NULL;
            char num[64];
            if (!v.known) {
                direct = "";
            } else if (v.type == TABLE_NUM) {
                out_number(num, sizeof num, v.num);
                direct = num;
            } else if (v.type == TABLE_BOOL) {
                direct = v.num != 0 ? "true" : "false";
            } else if (v.type == TABLE_STR) {
                const char *raw = v.raw ? v.raw : v.text ? v.text : "";
                if (text_is_plain(raw, strlen(raw)))
                    direct = raw;
            }
            if (direct) {
                if (fmt == OUT_CSV)
                    out_csv_field(f, direct);
                else
                    fputs(direct, f);
                continue;
            }
            char *s = flat_value(&v);
            if (!s) {
                oom = true;
                break;
            }
            if (fmt == OUT_CSV) {
                out_csv_field(f, s);
            } else {
                for (char *p = s; *p; p++)
                    if (*p == '\t' || *p == '\n' || *p == '\r')
                        *p = ' ';
                fputs(s, f);
            }
            free(s);
        }
        if (cited && !oom) {
            out_cited_pick(cited, srcs, ncols);
            char *urls = out_cited_urls(cited, ctx);
            if (!urls) {
                oom = true;
                break;
            }
            fputc(fmt == OUT_CSV ? ',' : '\t', f);
            if (fmt == OUT_CSV)
                out_csv_field(f, urls);
            else
                fputs(urls, f);
            free(urls);
        }
        fputs(fmt == OUT_CSV ? "\r\n" : "\n", f);
    }
    free(mc);
    free(srcs);
    out_cited_free(&cited);
    if (oom)
        out_nomem(f);
    else if (fmt == OUT_JSON)
        fputs(t->nrows ? "\n]\n" : "]\n", f);
    return out_status(f);
}
