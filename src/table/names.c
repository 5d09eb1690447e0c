/* SPDX-License-Identifier: GPL-2.0-or-later */
/* names.c — the one name matcher: every name a record answers to, for
 * `/`, --filter name~, show and compare's name resolution. */
#include "config.h"
#include "table.h"

static bool each(const char *const *names, size_t n, bool (*cb)(const char *, void *), void *arg)
{
    for (size_t i = 0; i < n; i++)
        if (names[i] && cb(names[i], arg))
            return true;
    return false;
}

static bool each_alias(const dp_str *aliases, size_t n, bool (*cb)(const char *, void *), void *arg)
{
    for (size_t i = 0; i < n; i++)
        if (aliases[i].raw && cb(aliases[i].raw, arg))
            return true;
    return false;
}

bool table_consortium_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_consortium *c = row;
    const char *names[] = {
        c->name.ko.raw, c->name.en.raw, c->short_name.ko.raw, c->short_name.en.raw, c->lead.ko.raw,
        c->lead.en.raw, c->id};
    return each(names, sizeof names / sizeof names[0], cb, arg);
}

bool table_model_own_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_model *m = row;
    const char *names[] = {m->name.ko.raw, m->name.en.raw, m->id};
    return each(names, sizeof names / sizeof names[0], cb, arg) ||
           each_alias(m->aliases, m->naliases, cb, arg);
}

/* A model answers to its own names, its developer in both languages and
 * its consortium's names (ㅇㅅㅌ finds Upstage's model). */
bool table_model_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_model *m = row;
    const char *names[] = {m->developer.ko.raw, m->developer.en.raw};
    if (table_model_own_names(row, cb, arg) || each(names, sizeof names / sizeof names[0], cb, arg))
        return true;
    return m->consortium && table_consortium_names(m->consortium, cb, arg);
}

bool table_partner_names(const void *row, bool (*cb)(const char *, void *), void *arg)
{
    const struct dp_partner *p = row;
    const char *names[] = {p->name.ko.raw, p->name.en.raw};
    return each(names, sizeof names / sizeof names[0], cb, arg) ||
           each_alias(p->aliases, p->naliases, cb, arg);
}

struct probe {
    const struct text_query *q;
    bool exact, hit;
};

static bool probe_cb(const char *name, void *arg)
{
    struct probe *p = arg;
    p->hit = p->exact ? text_query_exact(p->q, name) : text_query_match(p->q, name);
    return p->hit;
}

bool table_names_match(table_names_fn *names, const void *row, const struct text_query *q, bool exact)
{
    struct probe p = {q, exact, false};
    names(row, probe_cb, &p);
    return p.hit;
}
