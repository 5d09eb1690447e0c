/* SPDX-License-Identifier: GPL-2.0-or-later */
/* render.c — a comparison as an aligned table, Markdown, CSV/TSV or JSON. */
#include "config.h"
#include "compare.h"

#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"
#include "out.h"
#include "table.h"
#include "text.h"
#include "vocab.h"

#define BAR_COLS 8
#define TABLE_CELL_MAX 30 /* table format: long texts end in an ellipsis */

/* ---- legend -------------------------------------------------------------- */

static size_t put_line(char *buf, size_t bufsz, size_t *used, const char **lines, size_t *n, size_t max,
                       const char *fmt, ...) __attribute__((format(printf, 7, 8)));

static size_t put_line(char *buf, size_t bufsz, size_t *used, const char **lines, size_t *n, size_t max,
                       const char *fmt, ...)
{
    if (*n >= max || *used >= bufsz)
        return *n;
    va_list ap;
    va_start(ap, fmt);
    int w = vsnprintf(buf + *used, bufsz - *used, fmt, ap);
    va_end(ap);
    if (w < 0 || (size_t)w >= bufsz - *used)
        return *n;
    lines[(*n)++] = buf + *used;
    *used += (size_t)w + 1;
    return *n;
}

size_t compare_legend(const struct compare *c, bool diff_only, const char **lines, size_t max, char *buf,
                      size_t bufsz)
{
    size_t n = 0, used = 0;
    double lo = NAN, hi = NAN;
    for (size_t r = 0; r < c->nrows; r++)
        if (c->rows[r].scale == CMP_SCALE_LOG && !isnan(c->rows[r].scale_hi)) {
            lo = c->rows[r].scale_lo;
            hi = c->rows[r].scale_hi;
        }
    char los[32] = "-", his[32] = "-";
    if (!isnan(hi)) {
        table_format_params(lo, c->korean_units, los, sizeof los);
        table_format_params(hi, c->korean_units, his, sizeof his);
    }
    enum dp_lang lang = c->lang;
    if (!c->plain) { /* --plain draws no bars, deltas or best marks */
        put_line(buf, bufsz, &used, lines, &n, max, vocab(V_LEG_BARS, lang), los, his);
        put_line(buf, bufsz, &used, lines, &n, max, vocab(V_LEG_DELTA, lang), cmp_times_sign(c->text_flags));
        put_line(buf, bufsz, &used, lines, &n, max, vocab(V_LEG_BEST, lang), cmp_best_mark(c->text_flags));
    }
    put_line(buf, bufsz, &used, lines, &n, max, "%s", vocab(V_LEG_UNKNOWN, lang));
    size_t same = c->nrows - c->ndiffer;
    if (diff_only)
        put_line(buf, bufsz, &used, lines, &n, max, vocab(V_LEG_DIFF_ONLY, lang), c->ndiffer, same);
    else
        put_line(buf, bufsz, &used, lines, &n, max, vocab(V_LEG_DIFFER, lang), c->nrows, c->ndiffer);
    if (c->ds && c->ds->as_of)
        put_line(buf, bufsz, &used, lines, &n, max, vocab(V_LEG_AS_OF, lang), c->ds->as_of);
    return n;
}

/* ---- table and Markdown -------------------------------------------------- */

static size_t shown_rows(const struct compare *c, bool diff_only, size_t *idx)
{
    size_t n = 0;
    for (size_t r = 0; r < c->nrows; r++)
        if (compare_row_shown(c, r, diff_only))
            idx[n++] = r;
    return n;
}

/* The human cell: value, bar, delta and best mark, aligned within the
 * column (vw: widest value with a bar, dw: widest delta); text longer than
 * maxw columns (0: no limit) is cut with an ellipsis. */
static char *compose(const struct compare *c, const struct cmp_row *row, const struct cmp_cell *cell, int vw,
                     int dw, int maxw)
{
    size_t cap = strlen(cell->text ? cell->text : "") + 4 * (size_t)(vw + dw + BAR_COLS) + 64;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    const char *text = cell->text ? cell->text : "";
    if (c->plain) /* for pasting: the value alone */
        return strcpy(out, text);
    if (!cell->known || cell->bar < 0 || row->kind != CMP_ROW_NUM) {
        size_t used = 0;
        if (maxw > 0 && cell->width > maxw)
            used = text_truncate(out, cap, text, maxw, c->text_flags);
        else
            used = (size_t)snprintf(out, cap, "%s", text);
        if (cell->best)
            snprintf(out + used, cap - used, " %s", cmp_best_mark(c->text_flags));
        return out;
    }
    size_t used = text_fit(out, cap, text, vw, TEXT_RIGHT, c->text_flags);
    out[used++] = ' ';
    compare_bar(out + used, cap - used, cell->bar, BAR_COLS, c->text_flags);
    used += strlen(out + used);
    if (dw > 0) {
        out[used++] = ' ';
        used +=
            text_fit(out + used, cap - used, cell->delta ? cell->delta : "", dw, TEXT_LEFT, c->text_flags);
    }
    if (cell->best)
        used += (size_t)snprintf(out + used, cap - used, " %s", cmp_best_mark(c->text_flags));
    while (used > 0 && out[used - 1] == ' ')
        used--;
    out[used] = '\0';
    return out;
}

size_t compare_cell_format(const struct compare *c, size_t row, size_t col, int cols, char *buf, size_t bufsz)
{
    if (!bufsz)
        return 0;
    buf[0] = '\0';
    if (row >= c->nrows || col >= c->ncols || cols <= 0)
        return 0;
    const struct cmp_row *r = &c->rows[row];
    const struct cmp_cell *cell = &r->cells[col];
    const char *mark = cmp_best_mark(c->text_flags);
    int vw = c->cols[col].value_width, dw = c->cols[col].delta_width;
    int mw = cell->best ? 2 : 0;
    int barw = cols - vw - 1 - (dw ? dw + 1 : 0) - mw;
    if (barw > 16)
        barw = 16;
    if (!cell->known || cell->bar < 0 || r->kind != CMP_ROW_NUM || barw < 2) {
        /* Text (or no room for a bar): the value and the mark. */
        size_t used = text_truncate(buf, bufsz, cell->text ? cell->text : "", cols - mw, c->text_flags);
        if (cell->best && cols >= 2)
            used += (size_t)snprintf(buf + used, bufsz - used, " %s", mark);
        char *tmp = strdup(buf);
        if (!tmp)
            return used;
        used = text_fit(buf, bufsz, tmp, cols, TEXT_LEFT, c->text_flags);
        free(tmp);
        return used;
    }
    size_t tsz = 8 * (size_t)cols + strlen(cell->text) + 128;
    char *tmp = malloc(tsz);
    if (!tmp)
        return 0;
    size_t used = text_fit(tmp, tsz, cell->text, vw, TEXT_RIGHT, c->text_flags);
    tmp[used++] = ' ';
    compare_bar(tmp + used, tsz - used, cell->bar, barw, c->text_flags);
    used += strlen(tmp + used);
    if (dw) {
        tmp[used++] = ' ';
        used +=
            text_fit(tmp + used, tsz - used, cell->delta ? cell->delta : "", dw, TEXT_LEFT, c->text_flags);
    }
    if (cell->best)
        used += (size_t)snprintf(tmp + used, tsz - used, " %s", mark);
    tmp[used] = '\0';
    used = text_fit(buf, bufsz, tmp, cols, TEXT_LEFT, c->text_flags);
    free(tmp);
    return used;
}

static struct out_grid *grid_new(const struct compare *c, size_t nshown)
{
    struct out_grid *g = out_grid_new(nshown, c->ncols + 1, c->text_flags);
    if (!g)
        return NULL;
    bool ok = out_grid_column(g, 0, vocab(V_CMP_ATTRIBUTE, c->lang), "attribute", TEXT_LEFT);
    for (size_t j = 0; j < c->ncols && ok; j++)
        ok = out_grid_column(g, j + 1, c->cols[j].title, c->cols[j].model->id, TEXT_LEFT);
    if (!ok)
        out_grid_free(&g);
    return g;
}

static struct out_grid *human_grid(const struct compare *c, const size_t *idx, size_t nshown, int maxw)
{
    struct out_grid *g = grid_new(c, nshown);
    if (!g)
        return NULL;
    for (size_t j = 0; j < c->ncols; j++) {
        int vw = 0, dw = 0;
        for (size_t k = 0; k < nshown; k++) {
            const struct cmp_cell *cell = &c->rows[idx[k]].cells[j];
            if (cell->known && cell->bar >= 0 && cell->width > vw)
                vw = cell->width;
            if (cell->delta && cell->delta_width > dw)
                dw = cell->delta_width;
        }
        for (size_t k = 0; k < nshown; k++) {
            const struct cmp_row *row = &c->rows[idx[k]];
            char *s = compose(c, row, &row->cells[j], vw, dw, maxw);
            bool ok = s && out_grid_text(g, k, j + 1, s, NULL);
            free(s);
            if (!ok)
                goto oom;
        }
    }
    for (size_t k = 0; k < nshown; k++)
        if (!out_grid_text(g, k, 0, c->rows[idx[k]].title, NULL))
            goto oom;
    return g;
oom:
    out_grid_free(&g);
    return NULL;
}

/* The kind of a claim ("vendor"), from the note the builder wrote. */
static size_t claim_kind_len(const struct cmp_row *row, const struct cmp_cell *cell)
{
    if (strncmp(row->key, "claim.", 6) != 0 || !cell->note)
        return 0;
    const char *colon = strchr(cell->note, ':');
    return colon ? (size_t)(colon - cell->note) : 0;
}

static struct out_grid *source_grid(const struct compare *c, const size_t *idx, size_t nshown)
{
    struct out_grid *g = grid_new(c, nshown);
    if (!g)
        return NULL;
    for (size_t k = 0; k < nshown; k++) {
        const struct cmp_row *row = &c->rows[idx[k]];
        if (!out_grid_text(g, k, 0, row->title, NULL))
            goto oom;
        for (size_t j = 0; j < c->ncols; j++) {
            const struct cmp_cell *cell = &row->cells[j];
            char buf[512];
            size_t kl = claim_kind_len(row, cell);
            if (!cell->src)
                snprintf(buf, sizeof buf, "-");
            else if (kl)
                snprintf(buf, sizeof buf, "%s (%.*s)", cell->src, (int)kl, cell->note);
            else
                snprintf(buf, sizeof buf, "%s", cell->src);
            if (!out_grid_text(g, k, j + 1, buf, NULL))
                goto oom;
        }
    }
    return g;
oom:
    out_grid_free(&g);
    return NULL;
}

/* The source-id lists of the shown cells (malloc'd; NULL on OOM). */
static const char **shown_sources(const struct compare *c, bool diff_only, size_t *n)
{
    const char **srcs = malloc((c->nrows * c->ncols + 1) * sizeof *srcs);
    *n = 0;
    for (size_t r = 0; srcs && r < c->nrows; r++)
        if (compare_row_shown(c, r, diff_only))
            for (size_t j = 0; j < c->ncols; j++)
                if (c->rows[r].cells[j].src)
                    srcs[(*n)++] = c->rows[r].cells[j].src;
    return srcs;
}

/* The sources the shown cells cite: id, publisher, date, title, URL. */
static int cited_sources(FILE *f, const struct compare *c, bool diff_only)
{
    size_t n;
    const char **srcs = shown_sources(c, diff_only, &n);
    if (!srcs)
        return ENOMEM;
    struct table_ctx ctx = {c->lang, c->text_flags, c->korean_units, c->plain, false};
    int e = out_cited_sources(f, OUT_MD, c->ds, srcs, n, &ctx);
    free(srcs);
    return e;
}

static int write_human(FILE *f, const struct compare *c, bool markdown, bool diff_only)
{
    size_t *idx = malloc((c->nrows ? c->nrows : 1) * sizeof *idx);
    if (!idx)
        return ENOMEM;
    size_t nshown = shown_rows(c, diff_only, idx);
    struct out_grid *g = human_grid(c, idx, nshown,
                                    markdown || c->cell_max < 0 ? 0
                                    : c->cell_max               ? c->cell_max
                                                                : TABLE_CELL_MAX);
    int e = ENOMEM;
    if (g) {
        e = out_render(f, g, markdown ? OUT_MD : OUT_TABLE);
        out_grid_free(&g);
    }
    const char *lines[8];
    char buf[1024];
    size_t nl = e ? 0 : compare_legend(c, diff_only, lines, 8, buf, sizeof buf);
    if (!e) {
        fputc('\n', f);
        for (size_t i = 0; i < nl; i++)
            fprintf(f, "%s%s\n", markdown ? "- " : "", lines[i]);
    }
    if (!e && markdown) {
        fprintf(f, "\n%s\n\n", vocab(V_CMP_SOURCES_HEAD, c->lang));
        g = source_grid(c, idx, nshown);
        e = g ? out_render(f, g, OUT_MD) : ENOMEM;
        out_grid_free(&g);
        if (!e)
            e = cited_sources(f, c, diff_only);
    }
    free(idx);
    return e;
}

/* ---- CSV and TSV --------------------------------------------------------- */

static void put_field(FILE *f, const char *s, char sep)
{
    if (sep == '\t')
        fputs(s, f);
    else
        out_csv_field(f, s);
}

static void put_number(FILE *f, double v)
{
    if (v == floor(v) && fabs(v) < 1e15)
        fprintf(f, "%.0f", v);
    else
        fprintf(f, "%.15g", v);
}

/* Machine text of a known string cell: the raw value when it is plain. */
static const char *machine_text(const struct cmp_cell *cell)
{
    if (cell->raw && text_is_plain(cell->raw, strlen(cell->raw)))
        return cell->raw;
    return cell->text ? cell->text : "";
}

static void write_delimited(FILE *f, const struct compare *c, char sep, bool diff_only)
{
    const char *eol = sep == ',' ? "\r\n" : "\n";
    fprintf(f, "key%cattribute%cdiffers%cbest", sep, sep, sep);
    for (size_t j = 0; j < c->ncols; j++) {
        const char *id = c->cols[j].model->id;
        fputc(sep, f);
        put_field(f, id, sep);
        fprintf(f, "%c%s_delta%c%s_source", sep, id, sep, id);
    }
    fputs(eol, f);
    for (size_t r = 0; r < c->nrows; r++) {
        if (!compare_row_shown(c, r, diff_only))
            continue;
        const struct cmp_row *row = &c->rows[r];
        put_field(f, row->key, sep);
        fputc(sep, f);
        put_field(f, row->title, sep);
        fprintf(f, "%c%s%c", sep, row->differs ? "true" : "false", sep);
        bool any = false;
        for (size_t j = 0; j < c->ncols; j++)
            if (row->cells[j].best) {
                fprintf(f, "%s%s", any ? " " : "", c->cols[j].model->id);
                any = true;
            }
        for (size_t j = 0; j < c->ncols; j++) {
            const struct cmp_cell *cell = &row->cells[j];
            fputc(sep, f);
            if (!cell->known)
                fputs(model_why_name(cell->why), f);
            else if (row->kind == CMP_ROW_NUM && !isnan(cell->num))
                put_number(f, cell->num);
            else
                put_field(f, machine_text(cell), sep);
            fputc(sep, f);
            if (cell->delta)
                put_field(f, cell->delta, sep);
            fputc(sep, f);
            if (cell->src)
                put_field(f, cell->src, sep);
        }
        fputs(eol, f);
    }
}

/* ---- JSON ----------------------------------------------------------------- */

static void json_str(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    char *e = out_json_escape(s);
    if (!e)
        out_nomem(f);
    fprintf(f, "\"%s\"", e ? e : "");
    free(e);
}

static void json_num(FILE *f, double v)
{
    if (isnan(v) || isinf(v))
        fputs("null", f);
    else if (v == floor(v) && fabs(v) < 1e15)
        fprintf(f, "%.0f", v);
    else
        fprintf(f, "%.6g", v);
}

static int write_json(FILE *f, const struct compare *c, bool diff_only)
{
    static const char *const kinds[] = {"text", "list", "number"};
    static const char *const scales[] = {"none", "linear", "log"};
    static const char *const deltas[] = {"none", "ratio", "difference"};
    static const char *const bests[] = {"none", "max", "min"};
    fputs("{\n  \"as_of\": ", f);
    json_str(f, c->ds ? c->ds->as_of : NULL);
    fprintf(f, ",\n  \"lang\": \"%s\",\n  \"models\": [", c->lang == DP_LANG_KO ? "ko" : "en");
    for (size_t j = 0; j < c->ncols; j++) {
        const struct dp_model *m = c->cols[j].model;
        fputs(j ? ",\n    {\"id\": " : "\n    {\"id\": ", f);
        json_str(f, m->id);
        fputs(", \"name\": ", f);
        json_str(f, model_text(&m->name, c->lang)->raw);
        fputs(", \"consortium\": ", f);
        json_str(f, m->consortium ? m->consortium->id : NULL);
        fprintf(f, ", \"reference\": %s}", m->reference ? "true" : "false");
    }
    fputs("\n  ],\n  \"rows\": [", f);
    bool first = true;
    for (size_t r = 0; r < c->nrows; r++) {
        if (!compare_row_shown(c, r, diff_only))
            continue;
        const struct cmp_row *row = &c->rows[r];
        fputs(first ? "\n    {\"key\": " : ",\n    {\"key\": ", f);
        first = false;
        json_str(f, row->key);
        fputs(", \"title\": ", f);
        json_str(f, row->title);
        fprintf(f, ", \"kind\": \"%s\", \"differs\": %s, \"scale\": \"%s\"", kinds[row->kind],
                row->differs ? "true" : "false", scales[row->scale]);
        if (row->scale != CMP_SCALE_NONE) {
            fputs(", \"scale_min\": ", f);
            json_num(f, row->scale_lo);
            fputs(", \"scale_max\": ", f);
            json_num(f, row->scale_hi);
        }
        fprintf(f, ", \"delta\": \"%s\", \"best\": \"%s\",\n     \"cells\": [", deltas[row->delta],
                bests[row->best]);
        for (size_t j = 0; j < c->ncols; j++) {
            const struct cmp_cell *cell = &row->cells[j];
            fputs(j ? ",\n       {\"model\": " : "\n       {\"model\": ", f);
            json_str(f, c->cols[j].model->id);
            fputs(", \"value\": ", f);
            if (!cell->known)
                fputs("null", f);
            else if (row->kind == CMP_ROW_NUM)
                json_num(f, cell->num);
            else
                json_str(f, cell->raw ? cell->raw : cell->text);
            fputs(", \"text\": ", f);
            json_str(f, cell->text);
            if (!cell->known) {
                fputs(", \"why\": ", f);
                json_str(f, model_why_name(cell->why));
            }
            if (cell->bar >= 0) {
                fputs(", \"bar\": ", f);
                json_num(f, round(cell->bar * 1000) / 1000);
            }
            if (cell->delta) {
                fputs(", \"delta\": ", f);
                json_str(f, cell->delta);
            }
            fprintf(f, ", \"best\": %s, \"source\": ", cell->best ? "true" : "false");
            json_str(f, cell->src);
            if (cell->note) {
                fputs(", \"note\": ", f);
                json_str(f, cell->note);
            }
            fputs("}", f);
        }
        fputs("]}", f);
    }
    fputs("\n  ],\n  \"legend\": [", f);
    const char *lines[8];
    char buf[1024];
    size_t nl = compare_legend(c, diff_only, lines, 8, buf, sizeof buf);
    for (size_t i = 0; i < nl; i++) {
        fputs(i ? ",\n    " : "\n    ", f);
        json_str(f, lines[i]);
    }
    /* The cited sources, as list and show give them (cited_sources). */
    size_t ns;
    const char **srcs = shown_sources(c, diff_only, &ns);
    struct out_cited *cited = srcs && c->ds ? out_cited_new(c->ds) : NULL;
    if (!srcs || (c->ds && !cited)) {
        free(srcs);
        return ENOMEM;
    }
    fputs("\n  ],\n  \"sources\": ", f);
    if (cited) {
        struct table_ctx ctx = {c->lang, c->text_flags, c->korean_units, c->plain, false};
        out_cited_pick(cited, srcs, ns);
        out_cited_json(f, cited, &ctx);
    } else {
        fputs("[]", f);
    }
    fputs("\n}\n", f);
    out_cited_free(&cited);
    free(srcs);
    return 0;
}

int compare_render(FILE *f, const struct compare *c, enum out_format fmt, bool diff_only)
{
    int e = 0;
    errno = 0;
    switch (fmt) {
    case OUT_TABLE:
        e = write_human(f, c, false, diff_only);
        break;
    case OUT_MD:
        e = write_human(f, c, true, diff_only);
        break;
    case OUT_CSV:
        write_delimited(f, c, ',', diff_only);
        break;
    case OUT_TSV:
        write_delimited(f, c, '\t', diff_only);
        break;
    case OUT_JSON:
        e = write_json(f, c, diff_only);
        break;
    default:
        return EINVAL;
    }
    int st = out_status(f); /* read (and cleared) in every case */
    return e ? e : st;
}

char *compare_markdown(const struct compare *c, bool diff_only, size_t *len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f)
        return NULL;
    int e = compare_render(f, c, OUT_MD, diff_only);
    if (fclose(f) != 0 || e) {
        free(buf);
        return NULL;
    }
    if (len)
        *len = n;
    return buf;
}
