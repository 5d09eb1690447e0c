/* SPDX-License-Identifier: GPL-2.0-or-later */
/* filter.c — the `f` filters: tag, modality, consortium, stage result.
 * A pane row passes when its model (or, for consortium rows, any of the
 * consortium's models) passes every filter. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

static bool has_str(const dp_str *v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].raw && strcmp(v[i].raw, s) == 0)
            return true;
    return false;
}

static bool result_is(const struct app *a, const struct dp_consortium *c, enum dp_result r)
{
    const struct dp_status *st = c ? col_status_decided(a->ds, c) : NULL;
    return st && st->result == r;
}

static bool one_model_ok(const struct app *a, const struct tui_filter *f, const struct dp_model *m)
{
    switch (f->kind) {
    case FILTER_TAG:
        return model_has_tag(m, f->value);
    case FILTER_MODALITY:
        return has_str(m->mod_in, m->nmod_in, f->value) || has_str(m->mod_out, m->nmod_out, f->value);
    case FILTER_CONSORTIUM:
        return m->consortium == f->consortium;
    case FILTER_RESULT:
        return result_is(a, m->consortium, f->result);
    }
    return false;
}

bool filter_model_ok(const struct app *a, const struct dp_model *m)
{
    for (size_t i = 0; i < a->nfilters; i++)
        if (!one_model_ok(a, &a->filters[i], m))
            return false;
    return true;
}

static bool one_cons_ok(const struct app *a, const struct tui_filter *f, const struct dp_consortium *c)
{
    switch (f->kind) {
    case FILTER_TAG:
    case FILTER_MODALITY:
        for (size_t i = 0; i < c->nmodels; i++)
            if (one_model_ok(a, f, &c->models[i]))
                return true;
        return false;
    case FILTER_CONSORTIUM:
        return c == f->consortium;
    case FILTER_RESULT:
        return result_is(a, c, f->result);
    }
    return false;
}

bool filter_consortium_ok(const struct app *a, const struct dp_consortium *c)
{
    if (!c)
        return a->nfilters == 0;
    for (size_t i = 0; i < a->nfilters; i++)
        if (!one_cons_ok(a, &a->filters[i], c))
            return false;
    return true;
}

static const char *const kind_key[] = {"tag", "modality", "consortium", "result"};

void filter_describe(const struct tui_filter *f, enum dp_lang lang, char *buf, size_t bufsz)
{
    const char *v = "";
    switch (f->kind) {
    case FILTER_TAG:
    case FILTER_MODALITY:
        v = f->value;
        break;
    case FILTER_CONSORTIUM:
        v = col_cons_name(f->consortium, lang)->disp;
        break;
    case FILTER_RESULT:
        v = col_result_name(f->result, lang);
        break;
    }
    snprintf(buf, bufsz, "%s=%s", kind_key[f->kind], v);
}

static bool add_choice(struct app *a, size_t *cap, const struct tui_filter *f)
{
    for (size_t i = 0; i < a->nchoices; i++) {
        const struct tui_filter *o = &a->choices[i].f;
        if (o->kind == f->kind && o->consortium == f->consortium && o->result == f->result &&
            ((!o->value && !f->value) || (o->value && f->value && strcmp(o->value, f->value) == 0)))
            return true;
    }
    if (a->nchoices == *cap) {
        size_t ncap = *cap ? *cap * 2 : 32;
        struct filter_choice *n = realloc(a->choices, ncap * sizeof *n);
        if (!n)
            return false;
        a->choices = n;
        *cap = ncap;
    }
    struct filter_choice *c = &a->choices[a->nchoices++];
    c->f = *f;
    c->label[0] = '\0';
    return true;
}

static int choice_cmp(const void *x, const void *y)
{
    const struct filter_choice *a = x, *b = y;
    if (a->f.kind != b->f.kind)
        return (int)a->f.kind - (int)b->f.kind;
    if (a->f.value && b->f.value)
        return strcmp(a->f.value, b->f.value);
    return 0;
}

/* Labels follow the language (rebuilt after `L`). */
static void choices_label(struct app *a)
{
    for (size_t i = 0; i < a->nchoices; i++)
        filter_describe(&a->choices[i].f, a->opt.lang, a->choices[i].label, sizeof a->choices[i].label);
}

bool filter_choices_build(struct app *a)
{
    const struct dp_dataset *ds = a->ds;
    size_t cap = 0;
    a->nchoices = 0;
    for (size_t i = 0; i < ds->nmodels; i++) {
        const struct dp_model *m = ds->models[i];
        for (size_t k = 0; k < m->narch; k++)
            if (m->arch[k].raw &&
                !add_choice(a, &cap, &(struct tui_filter){FILTER_TAG, m->arch[k].raw, NULL, 0}))
                return false;
    }
    for (size_t i = 0; i < ds->nmodels; i++) {
        const struct dp_model *m = ds->models[i];
        for (size_t k = 0; k < m->nmod_in + m->nmod_out; k++) {
            const dp_str *s = k < m->nmod_in ? &m->mod_in[k] : &m->mod_out[k - m->nmod_in];
            if (s->raw && !add_choice(a, &cap, &(struct tui_filter){FILTER_MODALITY, s->raw, NULL, 0}))
                return false;
        }
    }
    size_t nsorted = a->nchoices;
    for (size_t i = 0; i < ds->nconsortia; i++)
        if (!add_choice(a, &cap, &(struct tui_filter){FILTER_CONSORTIUM, NULL, &ds->consortia[i], 0}))
            return false;
    for (size_t i = 0; i < ds->nconsortia; i++) {
        const struct dp_status *st = col_status_decided(ds, &ds->consortia[i]);
        if (st && !add_choice(a, &cap, &(struct tui_filter){FILTER_RESULT, NULL, NULL, st->result}))
            return false;
    }
    if (nsorted)
        qsort(a->choices, nsorted, sizeof *a->choices, choice_cmp);
    free(a->choice_shown);
    a->choice_shown = calloc(a->nchoices ? a->nchoices : 1, sizeof *a->choice_shown);
    if (!a->choice_shown)
        return false;
    choices_label(a);
    return true;
}
