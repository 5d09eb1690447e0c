/* SPDX-License-Identifier: GPL-2.0-or-later */
/* resolve.c — finding a model or consortium by any of its names. */
#include "config.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "text.h"
#include "vocab.h"

/* Models answer by their own names here: a consortium's name finds the
 * consortium, not each of its models (the one name matcher otherwise). */
static table_names_fn *names_of(const struct table_def *def)
{
    return def == &table_models ? table_model_own_names : def->names;
}

static bool is_exact(const struct table_def *def, const void *row, const struct text_query *q)
{
    return table_names_match(names_of(def), row, q, true);
}

static bool matches(const struct table_def *def, const void *row, const struct text_query *q)
{
    return table_names_match(names_of(def), row, q, false);
}

static void list_candidates(FILE *err, const char *name, const struct dp_dataset *ds,
                            const struct text_query *q, bool exact_only, enum dp_lang lang)
{
    if (!err)
        return;
    char *safe = text_display(name, strlen(name), 0);
    fprintf(err, "dokpamo: '%s' %s\n", safe ? safe : "?", vocab(V_MSG_AMBIGUOUS, lang));
    free(safe);
    for (size_t i = 0; i < ds->nmodels; i++)
        if (exact_only ? is_exact(&table_models, ds->models[i], q) : matches(&table_models, ds->models[i], q))
            fprintf(err, "  %s  %s (%s)\n", vocab(V_MODEL, lang),
                    model_text(&ds->models[i]->name, lang)->disp, ds->models[i]->id);
    for (size_t i = 0; i < ds->nconsortia; i++)
        if (exact_only ? is_exact(&table_consortia, &ds->consortia[i], q)
                       : matches(&table_consortia, &ds->consortia[i], q))
            fprintf(err, "  %s  %s (%s)\n", vocab(V_CONSORTIUM, lang),
                    model_text(&ds->consortia[i].name, lang)->disp, ds->consortia[i].id);
}

/* Scans models and consortia with `match`; fills hit when exactly one. */
static size_t scan(const struct dp_dataset *ds, const struct text_query *q, bool exact, struct cli_hit *hit)
{
    size_t n = 0;
    for (size_t i = 0; i < ds->nmodels; i++) {
        const struct dp_model *m = ds->models[i];
        if (exact ? is_exact(&table_models, m, q) : matches(&table_models, m, q)) {
            hit->kind = CLI_HIT_MODEL;
            hit->model = m;
            n++;
        }
    }
    for (size_t i = 0; i < ds->nconsortia; i++) {
        const struct dp_consortium *c = &ds->consortia[i];
        if (exact ? is_exact(&table_consortia, c, q) : matches(&table_consortia, c, q)) {
            hit->kind = CLI_HIT_CONSORTIUM;
            hit->consortium = c;
            n++;
        }
    }
    return n;
}

struct cli_hit cli_resolve(const struct dp_dataset *ds, const char *name, enum dp_lang lang, FILE *err)
{
    struct cli_hit hit = {CLI_HIT_NONE, NULL, NULL};
    /* An exact id wins: another record's name spelled like it cannot
     * make a model or consortium unreachable. */
    const struct dp_model *byid = model_find_model(ds, name);
    if (byid)
        return (struct cli_hit){CLI_HIT_MODEL, byid, NULL};
    const struct dp_consortium *cbyid = model_find_consortium(ds, name);
    if (cbyid)
        return (struct cli_hit){CLI_HIT_CONSORTIUM, NULL, cbyid};
    struct text_query *q = text_query_new(name);
    if (!q)
        return hit;
    size_t n = scan(ds, q, true, &hit);
    bool exact = n > 0;
    if (n == 0)
        n = scan(ds, q, false, &hit);
    if (n > 1) {
        list_candidates(err, name, ds, q, exact, lang);
        hit = (struct cli_hit){CLI_HIT_AMBIGUOUS, NULL, NULL};
    }
    text_query_free(&q);
    return hit;
}

/* Offers a name and each of its words ("솔라" of "솔라 오픈 100B"), the
 * whole name to be suggested. */
static bool offer_name(const char *name, void *arg)
{
    struct text_suggest *sg = arg;
    text_suggest_offer(sg, name, NULL);
    char word[TEXT_DISTANCE_MAX_LEN * 4 + 1];
    for (const char *p = name; *p;) {
        size_t len = strcspn(p, " ");
        if (len > 0 && len < sizeof word && (p != name || p[len])) { /* a word, not the whole name */
            memcpy(word, p, len);
            word[len] = '\0';
            text_suggest_offer(sg, word, name);
        }
        p += len;
        p += strspn(p, " ");
    }
    return false;
}

void cli_no_match(FILE *err, const struct dp_dataset *ds, const char *name, enum dp_lang lang)
{
    struct text_suggest sg;
    text_suggest_init(&sg, name);
    for (size_t i = 0; i < ds->nmodels; i++)
        table_model_own_names(ds->models[i], offer_name, &sg);
    for (size_t i = 0; i < ds->nconsortia; i++)
        table_consortium_names(&ds->consortia[i], offer_name, &sg);
    char *safe = text_display(name, strlen(name), 0);
    fprintf(err, "dokpamo: %s '%s'", vocab(V_MSG_NO_MATCH, lang), safe ? safe : "?");
    free(safe);
    if (sg.best) {
        char *best = text_display(sg.best, strlen(sg.best), 0);
        fprintf(err, vocab(V_ERR_DID_YOU_MEAN, lang), best ? best : "?");
        free(best);
    }
    fputc('\n', err);
}
