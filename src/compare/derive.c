/* SPDX-License-Identifier: GPL-2.0-or-later */
/* derive.c — what a comparison row says: differs, bars, deltas, best. */
#include "config.h"
#include "compare.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/internal.h"
#include "text.h"

const char *cmp_times_sign(unsigned text_flags)
{
    /* U+00D7 is East Asian Ambiguous. */
    return text_flags & (TEXT_ASCII | TEXT_AMBIG_WIDE) ? "x" : "×";
}

const char *cmp_best_mark(unsigned text_flags)
{
    return text_flags & TEXT_ASCII ? "*" : "✓";
}

int cmp_decimals(double v)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.4f", fabs(v));
    char *dot = strchr(buf, '.');
    if (!dot)
        return 0;
    int n = (int)strlen(dot + 1);
    while (n > 0 && dot[n] == '0')
        n--;
    return n;
}

void cmp_format_num(char *buf, size_t bufsz, double v, int decimals)
{
    snprintf(buf, bufsz, "%.*f", decimals, v);
}

static bool same_num(double a, double b)
{
    return fabs(a - b) <= 1e-9 * fmax(1.0, fmax(fabs(a), fabs(b)));
}

static const char *cell_machine(const struct cmp_cell *cell)
{
    return cell->raw ? cell->raw : cell->text ? cell->text : "";
}

static bool row_differs(const struct cmp_row *row, size_t ncols)
{
    for (size_t j = 1; j < ncols; j++) {
        const struct cmp_cell *a = &row->cells[0], *b = &row->cells[j];
        if (a->known != b->known)
            return true;
        if (!a->known)
            continue;
        if (row->kind == CMP_ROW_NUM ? !same_num(a->num, b->num)
                                     : strcmp(cell_machine(a), cell_machine(b)) != 0)
            return true;
    }
    return false;
}

/* One log scale for both parameter rows: from the decade at or below the
 * smallest known value to the largest. */
static void log_scale(struct compare *c)
{
    double lo = INFINITY, hi = 0;
    for (size_t r = 0; r < c->nrows; r++) {
        if (c->rows[r].scale != CMP_SCALE_LOG)
            continue;
        for (size_t j = 0; j < c->ncols; j++) {
            const struct cmp_cell *cell = &c->rows[r].cells[j];
            if (cell->known && cell->num > 0) {
                lo = fmin(lo, cell->num);
                hi = fmax(hi, cell->num);
            }
        }
    }
    if (hi <= 0)
        return;
    lo = pow(10, floor(log10(lo)));
    if (lo >= hi)
        lo = hi / 10;
    for (size_t r = 0; r < c->nrows; r++)
        if (c->rows[r].scale == CMP_SCALE_LOG) {
            c->rows[r].scale_lo = lo;
            c->rows[r].scale_hi = hi;
        }
}

static void bars(struct cmp_row *row, size_t ncols)
{
    if (row->scale == CMP_SCALE_NONE)
        return;
    if (row->scale == CMP_SCALE_LINEAR && isnan(row->scale_hi)) {
        double hi = 0;
        for (size_t j = 0; j < ncols; j++)
            if (row->cells[j].known && row->cells[j].num > hi)
                hi = row->cells[j].num;
        row->scale_lo = 0;
        row->scale_hi = hi;
    }
    double lo = row->scale_lo, hi = row->scale_hi;
    if (isnan(lo) || isnan(hi) || hi <= lo)
        return;
    for (size_t j = 0; j < ncols; j++) {
        struct cmp_cell *cell = &row->cells[j];
        if (!cell->known || isnan(cell->num))
            continue;
        double f;
        if (row->scale == CMP_SCALE_LOG)
            f = cell->num > 0 ? (log10(cell->num) - log10(lo)) / (log10(hi) - log10(lo)) : 0;
        else
            f = (cell->num - lo) / (hi - lo);
        cell->bar = f < 0 ? 0 : f > 1 ? 1 : f;
    }
}

static bool deltas(struct cmp_row *row, size_t ncols, unsigned flags, const char *suffix)
{
    const struct cmp_cell *first = &row->cells[0];
    if (row->delta == CMP_DELTA_NONE || !first->known || isnan(first->num))
        return true;
    /* As many decimals as the values are shown with ("6.4%" -> 1). */
    int dec = 0;
    for (size_t j = 0; j < ncols; j++)
        if (row->cells[j].known && !isnan(row->cells[j].num) && row->cells[j].text) {
            const char *dot = strchr(row->cells[j].text, '.');
            int d = 0;
            while (dot && dot[1 + d] >= '0' && dot[1 + d] <= '9')
                d++;
            dec = d > dec ? d : dec;
        }
    if (dec > 4)
        dec = 4;
    for (size_t j = 1; j < ncols; j++) {
        struct cmp_cell *cell = &row->cells[j];
        if (!cell->known || isnan(cell->num))
            continue;
        char buf[64];
        if (row->delta == CMP_DELTA_RATIO) {
            if (first->num <= 0)
                continue;
            double q = cell->num / first->num;
            snprintf(buf, sizeof buf, q >= 10 ? "%s%.0f" : "%s%.2g", cmp_times_sign(flags), q);
            if (q < 10 && !strchr(buf, '.') && !strchr(buf, 'e'))
                snprintf(buf, sizeof buf, "%s%.1f", cmp_times_sign(flags), q);
        } else {
            double d = cell->num - first->num;
            if (same_num(cell->num, first->num))
                d = 0;
            snprintf(buf, sizeof buf, "%+.*f%s", dec, d, suffix);
            if (d == 0)
                buf[0] = '+'; /* never "-0.0" */
        }
        cell->delta = strdup(buf);
        if (!cell->delta)
            return false;
        cell->delta_width = text_width(cell->delta);
    }
    return true;
}

static void best(struct cmp_row *row, size_t ncols)
{
    if (row->best == CMP_BEST_NONE)
        return;
    size_t known = 0;
    double top = NAN;
    for (size_t j = 0; j < ncols; j++) {
        const struct cmp_cell *cell = &row->cells[j];
        if (!cell->known || isnan(cell->num))
            continue;
        known++;
        if (isnan(top) || (row->best == CMP_BEST_MAX ? cell->num > top : cell->num < top))
            top = cell->num;
    }
    if (known < 2)
        return;
    size_t at_top = 0;
    for (size_t j = 0; j < ncols; j++)
        if (row->cells[j].known && same_num(row->cells[j].num, top))
            at_top++;
    if (at_top == known)
        return; /* all equal: nothing stands out */
    for (size_t j = 0; j < ncols; j++)
        row->cells[j].best = row->cells[j].known && same_num(row->cells[j].num, top);
}

bool cmp_derive(struct compare *c)
{
    log_scale(c);
    c->ndiffer = 0;
    for (size_t r = 0; r < c->nrows; r++) {
        struct cmp_row *row = &c->rows[r];
        row->differs = row_differs(row, c->ncols);
        c->ndiffer += row->differs;
        bars(row, c->ncols);
        if (!deltas(row, c->ncols, c->text_flags, strcmp(row->key, "active_share") == 0 ? "pp" : ""))
            return false;
        best(row, c->ncols);
        for (size_t j = 0; j < c->ncols; j++) {
            const struct cmp_cell *cell = &row->cells[j];
            if (cell->known && cell->bar >= 0 && cell->width > c->cols[j].value_width)
                c->cols[j].value_width = cell->width;
            if (cell->delta && cell->delta_width > c->cols[j].delta_width)
                c->cols[j].delta_width = cell->delta_width;
        }
    }
    return true;
}

long compare_next_diff(const struct compare *c, long from, int dir)
{
    long n = (long)c->nrows;
    if (dir >= 0) {
        for (long r = from < -1 ? 0 : from + 1; r < n; r++)
            if (c->rows[r].differs)
                return r;
    } else {
        for (long r = from > n ? n - 1 : from - 1; r >= 0; r--)
            if (c->rows[r].differs)
                return r;
    }
    return -1;
}

bool compare_row_shown(const struct compare *c, size_t r, bool diff_only)
{
    if (r >= c->nrows)
        return false;
    if (!diff_only || c->rows[r].differs)
        return true;
    /* Names identify the columns: kept even when equal (one column). */
    return strcmp(c->rows[r].key, "name_ko") == 0 || strcmp(c->rows[r].key, "name_en") == 0;
}

void compare_bar(char *buf, size_t bufsz, double frac, int cols, unsigned text_flags)
{
    static const char *const eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    bool ascii = text_flags & (TEXT_ASCII | TEXT_AMBIG_WIDE);
    size_t used = 0;
    if (bufsz == 0)
        return;
    buf[0] = '\0';
    if (cols <= 0)
        return;
    if (isnan(frac) || frac < 0)
        frac = 0;
    if (frac > 1)
        frac = 1;
    int units = (int)lround(frac * cols * 8);
    if (frac > 0 && units == 0)
        units = 1; /* a known value > 0 shows at least a sliver */
    int full = units / 8, part = units % 8, drawn = 0;
    for (int i = 0; i < full && used + 4 < bufsz; i++, drawn++)
        used += (size_t)snprintf(buf + used, bufsz - used, "%s", ascii ? "#" : "█");
    if (part && drawn < cols && used + 4 < bufsz) {
        if (ascii)
            used += (size_t)snprintf(buf + used, bufsz - used, "%s", part >= 4 ? "=" : full ? " " : "=");
        else
            used += (size_t)snprintf(buf + used, bufsz - used, "%s", eighths[part]);
        drawn++;
    }
    for (; drawn < cols && used + 1 < bufsz; drawn++)
        buf[used++] = ' ';
    buf[used] = '\0';
}
