/* SPDX-License-Identifier: GPL-2.0-or-later */
/* whatif.c — the what-if ranking (issue 5, item 5): from the Evaluation
 * pane, `w` shows the consortia ranked by the scored scheme's part scores
 * (stage 1: benchmark, expert, user) under weights the user changes, next
 * to their rank under the official weights.
 *
 * A part's score counts as its fraction of the part's maximum times the
 * part's weight; the result is scaled to the scheme's total, so the
 * default weights (each part's maximum: 40/35/25) give the official total.
 * A part counts when it is published, or when all of its sub-parts are
 * (their sum: model_part_value()). Only teams whose every part score is
 * known that way are ranked; the others
 * are listed as unranked with why, never ranked last (an unknown score is
 * not a zero). Ties share a rank.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "tui/provide_curses.h"
#include "tui/app.h"

#define WI_MAX_PARTS 8
#define WI_STEP 5
#define WI_MAX_WEIGHT 100

struct whatif_view {
    const struct dp_scheme *scheme;
    int w[WI_MAX_PARTS];
    size_t nparts;
    size_t sel; /* the weight being changed */
};

/* One consortium in the ranking. */
struct wi_team {
    const struct dp_consortium *c;
    bool ranked;
    double score, base; /* with the user's weights, with the defaults */
    size_t rank, base_rank;
    enum dp_why why;  /* when unranked */
    bool total_known; /* unranked but a total was published */
    double total;
};

static const struct dp_score *wi_score(const struct dp_consortium *c, const struct dp_scheme *s)
{
    for (size_t i = 0; s && i < c->nscores; i++)
        if (c->scores[i].scheme == s)
            return &c->scores[i];
    return NULL;
}

static int wi_default(const struct dp_scheme *s, size_t i)
{
    return (int)lround(s->parts[i].max);
}

/* Weighted score of sc, scaled to the scheme's total; NAN when a part is
 * unknown or every weight is 0. */
static double wi_weighted(const struct whatif_view *wv, const struct dp_score *sc, bool defaults)
{
    double sum = 0, wsum = 0;
    for (size_t i = 0; i < wv->nparts; i++) {
        const struct dp_scheme_part *part = &wv->scheme->parts[i];
        int w = defaults ? wi_default(wv->scheme, i) : wv->w[i];
        double v;
        bool summed;
        if (i >= sc->nparts || !model_part_value(&sc->parts[i], &v, &summed) || part->max <= 0)
            return NAN;
        sum += w * v / part->max;
        wsum += w;
    }
    if (wsum <= 0)
        return NAN;
    double total = wv->scheme->total > 0 ? wv->scheme->total : 100;
    return sum / wsum * total;
}

/* Why a team cannot be ranked: the first unknown part's reason. */
static enum dp_why wi_why(const struct whatif_view *wv, const struct dp_score *sc)
{
    double v;
    bool summed;
    if (!sc)
        return DP_WHY_NOT_EVALUATED;
    for (size_t i = 0; i < wv->nparts; i++)
        if (i >= sc->nparts)
            return DP_WHY_NOT_APPLICABLE;
        else if (!model_part_value(&sc->parts[i], &v, &summed))
            return sc->parts[i].value.why;
    return DP_WHY_UNKNOWN;
}

static void wi_rank(struct wi_team *t, size_t n, bool base)
{
    for (size_t i = 0; i < n; i++) {
        if (!t[i].ranked)
            continue;
        double v = base ? t[i].base : t[i].score;
        size_t r = 1;
        for (size_t k = 0; k < n; k++)
            if (t[k].ranked && (base ? t[k].base : t[k].score) > v + 1e-9)
                r++;
        if (base)
            t[i].base_rank = r;
        else
            t[i].rank = r;
    }
}

static int wi_cmp(const void *pa, const void *pb)
{
    const struct wi_team *x = pa, *y = pb;
    if (x->ranked != y->ranked)
        return x->ranked ? -1 : 1;
    if (x->ranked && x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    if (x->ranked && x->base_rank != y->base_rank)
        return x->base_rank < y->base_rank ? -1 : 1;
    return x->c->index < y->c->index ? -1 : x->c->index > y->c->index;
}

/* The teams, ranked first (by rank under the user's weights), then the
 * unranked in dataset order. Returns the count; *out is malloc'd. */
static size_t wi_teams(const struct app *a, struct wi_team **out)
{
    const struct whatif_view *wv = a->whatif;
    const struct dp_dataset *ds = a->ds;
    struct wi_team *t = calloc(ds->nconsortia + 1, sizeof *t);
    *out = t;
    if (!t)
        return 0;
    for (size_t i = 0; i < ds->nconsortia; i++) {
        const struct dp_consortium *c = &ds->consortia[i];
        const struct dp_score *sc = wi_score(c, wv->scheme);
        t[i].c = c;
        t[i].base = sc ? wi_weighted(wv, sc, true) : NAN;
        t[i].score = sc ? wi_weighted(wv, sc, false) : NAN;
        t[i].ranked = !isnan(t[i].base);
        if (t[i].ranked && isnan(t[i].score))
            t[i].score = 0; /* every weight 0: all tie */
        if (!t[i].ranked) {
            t[i].why = wi_why(wv, sc);
            t[i].total_known = sc && sc->total.known;
            t[i].total = sc && sc->total.known ? sc->total.v : 0;
        }
    }
    wi_rank(t, ds->nconsortia, true);
    wi_rank(t, ds->nconsortia, false);
    qsort(t, ds->nconsortia, sizeof *t, wi_cmp);
    return ds->nconsortia;
}

/* ---- open and close ---- */

void whatif_close(struct app *a)
{
    free(a->whatif);
    a->whatif = NULL;
}

enum reaction whatif_open(struct app *a)
{
    if (app_focused(a)->ops != &pane_eval) {
        app_set_msg(a, "%s", vocab(V_WI_NOT_EVAL, a->opt.lang));
        return R_REDRAW;
    }
    const struct dp_scheme *s = a->ctx.scheme;
    if (!s || s->nparts == 0) {
        app_set_msg(a, "%s", vocab(V_WI_NO_SCHEME, a->opt.lang));
        return R_REDRAW;
    }
    whatif_close(a);
    struct whatif_view *wv = calloc(1, sizeof *wv);
    if (!wv) {
        app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, a->opt.lang));
        return R_REDRAW;
    }
    wv->scheme = s;
    wv->nparts = s->nparts < WI_MAX_PARTS ? s->nparts : WI_MAX_PARTS;
    for (size_t i = 0; i < wv->nparts; i++)
        wv->w[i] = wi_default(s, i);
    a->whatif = wv;
    a->screen = &screen_whatif;
    return R_REDRAW;
}

/* ---- drawing ---- */

static void wi_line(struct app *a, int *y, enum style st, const char *s)
{
    if (*y >= a->rows - 1)
        return;
    draw_set(a, st);
    draw_text(a, *y, 2, a->cols - 4, s, -1, TEXT_LEFT);
    draw_set(a, ST_NORMAL);
    (*y)++;
}

static void wi_draw_weights(struct app *a, int *y)
{
    const struct whatif_view *wv = a->whatif;
    enum dp_lang lang = a->opt.lang;
    char buf[256], def[64] = "";
    int sum = 0;
    size_t len = 0;
    for (size_t i = 0; i < wv->nparts; i++) {
        int n = snprintf(def + len, sizeof def - len, "%s%d", i ? "/" : "", wi_default(wv->scheme, i));
        if (n > 0 && (size_t)n < sizeof def - len)
            len += (size_t)n;
        sum += wv->w[i];
    }
    snprintf(buf, sizeof buf, vocab(V_WI_WEIGHTS, lang), def);
    wi_line(a, y, ST_HEADER, buf);
    for (size_t i = 0; i < wv->nparts; i++) {
        const struct dp_scheme_part *p = &wv->scheme->parts[i];
        const dp_str *name = app_dstr(a, &p->name);
        char nm[64];
        text_fit(nm, sizeof nm, name->disp, 12, TEXT_LEFT, a->tflags);
        int pct = sum > 0 ? (int)lround(100.0 * wv->w[i] / sum) : 0;
        snprintf(buf, sizeof buf, "%s %s %3d  (%3d%%)%s", i == wv->sel ? ">" : " ", nm, wv->w[i], pct,
                 wv->w[i] != wi_default(wv->scheme, i) ? vocab(V_WI_CHANGED, lang) : "");
        wi_line(a, y, i == wv->sel ? ST_CURSOR : ST_NORMAL, buf);
    }
    snprintf(buf, sizeof buf, vocab(V_WI_SUM, lang), sum);
    wi_line(a, y, ST_UNKNOWN, buf);
}

/* One line of the ranking table: rank, team, score, official, move, each
 * fitted to its column so Hangul and Latin line up. */
static void wi_row(const struct app *a, char *buf, size_t bufsz, const char *rank, const char *team,
                   const char *score, const char *official, const char *move)
{
    static const struct {
        int w;
        enum text_align al;
    } cols[] = {{4, TEXT_RIGHT}, {12, TEXT_LEFT}, {6, TEXT_RIGHT}, {18, TEXT_LEFT}, {8, TEXT_LEFT}};
    const char *v[] = {rank, team, score, official, move};
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < 5 && len + 4 < bufsz; i++) {
        if (i) {
            buf[len++] = ' ';
            buf[len++] = ' ';
        }
        len += text_fit(buf + len, bufsz - len, v[i], cols[i].w, cols[i].al, a->tflags);
    }
}

static void wi_draw_ranking(struct app *a, int *y, const struct wi_team *t, size_t n)
{
    enum dp_lang lang = a->opt.lang;
    char buf[512];
    size_t nranked = 0;
    for (size_t i = 0; i < n; i++)
        nranked += t[i].ranked;
    wi_row(a, buf, sizeof buf, vocab(V_WI_RANK, lang), vocab(V_WI_TEAM, lang), vocab(V_WI_SCORE, lang),
           vocab(V_WI_OFFICIAL, lang), vocab(V_WI_MOVE, lang));
    wi_line(a, y, ST_HEADER, buf);
    for (size_t i = 0; i < n && t[i].ranked; i++) {
        char rank[16], score[16], official[32], move[32];
        if (t[i].rank < t[i].base_rank)
            snprintf(move, sizeof move, "%s%zu", a->g->up, t[i].base_rank - t[i].rank);
        else if (t[i].rank > t[i].base_rank)
            snprintf(move, sizeof move, "%s%zu", a->g->down, t[i].rank - t[i].base_rank);
        else
            snprintf(move, sizeof move, "=");
        snprintf(rank, sizeof rank, "%zu", t[i].rank);
        char base[16];
        table_format_score(t[i].score, score, sizeof score);
        table_format_score(t[i].base, base, sizeof base);
        snprintf(official, sizeof official, "%zu (%s)", t[i].base_rank, base);
        wi_row(a, buf, sizeof buf, rank, app_str(a, table_consortium_short(t[i].c)), score, official, move);
        wi_line(a, y, t[i].rank != t[i].base_rank ? ST_LINKED : ST_NORMAL, buf);
    }
    if (nranked == 0)
        wi_line(a, y, ST_UNKNOWN, vocab(V_WI_NONE_RANKED, lang));
    if (nranked == n)
        return;
    (*y)++;
    wi_line(a, y, ST_HEADER, vocab(V_WI_UNRANKED, lang));
    for (size_t i = nranked; i < n; i++) {
        char why[128] = "";
        char total[16];
        table_format_score(t[i].total, total, sizeof total);
        if (t[i].total_known)
            snprintf(why, sizeof why, vocab(V_WI_ONLY_TOTAL, lang), vocab_why(t[i].why, lang), total);
        else
            snprintf(why, sizeof why, "%s", vocab_why(t[i].why, lang));
        char team[64];
        text_fit(team, sizeof team, app_str(a, table_consortium_short(t[i].c)), 12, TEXT_LEFT, a->tflags);
        snprintf(buf, sizeof buf, "   -  %s  %s", team, why);
        wi_line(a, y, ST_UNKNOWN, buf);
    }
}

static void whatif_draw(struct app *a)
{
    const struct whatif_view *wv = a->whatif;
    enum dp_lang lang = a->opt.lang;
    char buf[256];
    draw_box_frame(a, 0, 0, a->rows, a->cols);
    for (int y = 1; y < a->rows - 1; y++)
        draw_text(a, y, 1, a->cols - 2, "", 0, TEXT_LEFT);
    if (!wv)
        return;
    const char *stage = wv->scheme->stage ? app_str(a, &wv->scheme->stage->name) : wv->scheme->id;
    snprintf(buf, sizeof buf, vocab(V_WI_TITLE, lang), a->g->sep, stage);
    draw_set(a, ST_TITLE);
    draw_clip(a, 0, 2, a->cols - 4, buf, -1);
    draw_set(a, ST_NORMAL);

    int y = 1;
    wi_draw_weights(a, &y);
    y++;
    struct wi_team *t = NULL;
    size_t n = wi_teams(a, &t);
    wi_draw_ranking(a, &y, t, n);
    free(t);

    if (a->msg[0]) {
        snprintf(buf, sizeof buf, " %s ", a->msg);
        draw_set(a, ST_PROMPT);
    } else {
        snprintf(buf, sizeof buf, "%s", vocab(V_WI_HINT, lang));
        draw_set(a, ST_HINT);
    }
    draw_clip(a, a->rows - 1, 1, a->cols - 2, buf, -1);
    draw_set(a, ST_NORMAL);
}

/* ---- keys ---- */

static enum reaction wi_change(struct app *a, int delta)
{
    struct whatif_view *wv = a->whatif;
    int v = wv->w[wv->sel] + delta;
    if (v < 0)
        v = 0;
    if (v > WI_MAX_WEIGHT)
        v = WI_MAX_WEIGHT;
    int others = 0;
    for (size_t i = 0; i < wv->nparts; i++)
        others += i == wv->sel ? 0 : wv->w[i];
    if (v == 0 && others == 0) {
        app_set_msg(a, "%s", vocab(V_WI_MIN_WEIGHT, a->opt.lang));
        return R_REDRAW;
    }
    wv->w[wv->sel] = v;
    return R_REDRAW;
}

static enum reaction whatif_key(struct app *a, int key, bool is_code)
{
    struct whatif_view *wv = a->whatif;
    if (!wv || is_code)
        return R_UNHANDLED;
    switch (key) {
    case '+':
    case '=':
        return wi_change(a, WI_STEP);
    case '-':
        return wi_change(a, -WI_STEP);
    case '0':
        for (size_t i = 0; i < wv->nparts; i++)
            wv->w[i] = wi_default(wv->scheme, i);
        return R_REDRAW;
    default:
        return R_UNHANDLED;
    }
}

static enum reaction whatif_action(struct app *a, enum action act)
{
    struct whatif_view *wv = a->whatif;
    if (act == ACT_BACK || act == ACT_WHATIF || !wv) {
        if (wv && act != ACT_BACK && act != ACT_WHATIF)
            return R_UNHANDLED;
        whatif_close(a);
        a->screen = &screen_main;
        return R_REDRAW | R_RELAYOUT;
    }
    switch (act) {
    case ACT_DOWN:
    case ACT_NEXT_PANE:
        if (wv->sel + 1 < wv->nparts)
            wv->sel++;
        return R_REDRAW;
    case ACT_UP:
    case ACT_PREV_PANE:
        if (wv->sel > 0)
            wv->sel--;
        return R_REDRAW;
    case ACT_COL_LEFT:
        return wi_change(a, -WI_STEP);
    case ACT_COL_RIGHT:
        return wi_change(a, WI_STEP);
    default:
        return R_UNHANDLED;
    }
}

const struct screen_ops screen_whatif = {
    .id = "whatif",
    .draw = whatif_draw,
    .action = whatif_action,
    .key = whatif_key,
};
