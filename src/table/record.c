/* SPDX-License-Identifier: GPL-2.0-or-later */
/* record.c — every line of a record, for `show` and the browser's detail
 * view alike: the catalogue's detail fields in order, then the records it
 * holds (a consortium's models, partners, people and strategy). */
#include "config.h"
#include "values.h"

#include <stdio.h>
#include <string.h>

static void emit(table_line_fn *cb, void *arg, const char *label, const char *text, const char *note,
                 const char *src, enum table_tone tone)
{
    struct table_line l = {label, text, note, src, tone, NULL};
    cb(arg, &l);
}

static void sub_records(const struct dp_consortium *c, const struct table_ctx *ctx, table_line_fn *cb,
                        void *arg)
{
    enum dp_lang lang = ctx->lang;
    char buf[1024];
    for (size_t i = 0; i < c->nmodels; i++)
        emit(cb, arg, vocab(V_MODEL, lang), model_text(&c->models[i].name, lang)->disp, NULL,
             c->models[i].src, TABLE_TONE_NORMAL);
    for (size_t i = 0; i < c->npartners; i++) {
        const struct dp_partner *p = &c->partners[i];
        snprintf(buf, sizeof buf, "%s (%s)", model_text(&p->name, lang)->disp, vocab_kind(p->kind, lang));
        emit(cb, arg, vocab(V_PARTNER, lang), buf, p->uncertain ? vocab(V_UNCERTAIN, lang) : NULL, p->src,
             p->uncertain ? TABLE_TONE_UNKNOWN : TABLE_TONE_NORMAL);
    }
    for (size_t i = 0; i < c->npeople; i++) {
        const struct dp_person *p = &c->people[i];
        snprintf(buf, sizeof buf, "%s%s%s", model_text(&p->name, lang)->disp,
                 model_text_present(&p->title) ? ", " : "",
                 model_text_present(&p->title) ? model_text(&p->title, lang)->disp : "");
        /* What they said and the note, as the remark. */
        char note[1024];
        bool said = model_text_present(&p->said), noted = model_text_present(&p->note);
        snprintf(note, sizeof note, "%s%s%s%s%s", said ? "“" : "",
                 said ? model_text(&p->said, lang)->disp : "", said ? "”" : "", said && noted ? " · " : "",
                 noted ? model_text(&p->note, lang)->disp : "");
        emit(cb, arg, vocab(V_PERSON, lang), buf, said || noted ? note : NULL, p->src, TABLE_TONE_NORMAL);
    }
    for (size_t i = 0; i < c->nstrategy; i++)
        emit(cb, arg, vocab(V_STRATEGY, lang), model_text(&c->strategy[i].text, lang)->disp, NULL,
             c->strategy[i].src, TABLE_TONE_NORMAL);
    if (model_text_present(&c->note))
        emit(cb, arg, vocab(V_NOTE, lang), model_text(&c->note, lang)->disp, NULL, c->src, TABLE_TONE_NORMAL);
}

/* A contradiction's sides, one line each: the value, its sources. */
static void sides(const struct dp_contradiction *x, const struct table_ctx *ctx, table_line_fn *cb, void *arg)
{
    char label[64], text[1024], src[512];
    for (size_t i = 0; i < x->nvalues; i++) {
        const char *v = x->values[i].disp;
        const char *open = strrchr(v, '[');
        size_t n = open && open > v ? (size_t)(open - v - 1) : strlen(v);
        snprintf(label, sizeof label, vocab(V_CX_SIDE, ctx->lang), i + 1);
        snprintf(text, sizeof text, "%.*s", (int)n, v);
        snprintf(src, sizeof src, "%s", open ? open + 1 : "");
        char *close = strrchr(src, ']');
        if (close)
            *close = '\0';
        emit(cb, arg, label, text, NULL, src[0] ? src : NULL, TABLE_TONE_NORMAL);
    }
}

void table_record_lines(const struct table_def *def, const void *row, const struct table_ctx *ctx,
                        table_line_fn *cb, void *arg)
{
    char buf[4096];
    for (size_t i = 0; i < def->ncols; i++) {
        const struct table_col *col = &def->cols[i];
        if (!(col->flags & TABLE_F_DETAIL))
            continue;
        struct table_value v;
        table_get(def, i, row, ctx, buf, sizeof buf, &v);
        if (!v.known && (col->flags & TABLE_F_SKIP_UNKNOWN) && v.why != DP_WHY_UNDISCLOSED &&
            v.why != DP_WHY_UNKNOWN)
            continue;
        enum table_tone tone = v.known ? v.tone : TABLE_TONE_UNKNOWN;
        const char *note = v.note;
        char contested[512];
        if (v.contra) { /* the marker's meaning, with the contradiction's id */
            int w = snprintf(contested, sizeof contested, "%s%s", note ? note : "", note ? " · " : "");
            size_t at = w > 0 && (size_t)w < sizeof contested ? (size_t)w : 0;
            snprintf(contested + at, sizeof contested - at, vocab(V_CX_CONTESTED, ctx->lang), v.contra->id);
            note = contested;
        }
        struct table_line l = {table_col_title(col, ctx->lang),
                               table_value_human(&v, ctx->lang),
                               note,
                               v.src,
                               tone,
                               v.known && (col->flags & TABLE_F_URL) ? v.raw : NULL};
        cb(arg, &l);
    }
    if (strcmp(def->name, "consortia") == 0)
        sub_records(row, ctx, cb, arg);
    else if (strcmp(def->name, "contradictions") == 0)
        sides(row, ctx, cb, arg);
}
