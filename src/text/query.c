/* SPDX-License-Identifier: GPL-2.0-or-later */
/* query.c — the search matcher: case-insensitive, NFC, 초성 and
 * IME-friendly (loose jamo composed, a trailing syllable as a prefix).
 *
 * A query becomes units (a literal character, a syllable, or an initial
 * consonant that matches any syllable starting with it) grouped in runs.
 * A run is a stretch of one script: "LGㅇ" is the runs "lg" and "ㅇ";
 * spaces and '-' / '_' also start a run. The runs must match in order,
 * each contiguously, in the candidate with its separators left out. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "text/internal.h"

enum text_unit_kind { TEXT_UNIT_CHAR, TEXT_UNIT_SYL, TEXT_UNIT_INITIAL };

struct text_unit {
    enum text_unit_kind kind;
    int32_t cp;  /* TEXT_UNIT_CHAR */
    int l, v, t; /* TEXT_UNIT_SYL (l, v, t), TEXT_UNIT_INITIAL (l) */
    bool run_start;
};

struct text_query {
    struct text_unit *units;
    size_t n;
};

/* The syllable being composed from loose jamo (l < 0: none). */
struct text_ime {
    struct text_query *q;
    int l, v, t;
    bool pending_break; /* next unit starts a run */
};

static void text_query_push(struct text_ime *ime, struct text_unit u)
{
    u.run_start = ime->pending_break;
    ime->pending_break = false;
    ime->q->units[ime->q->n++] = u;
}

static void text_ime_flush(struct text_ime *ime)
{
    if (ime->l < 0)
        return;
    if (ime->v < 0)
        text_query_push(ime, (struct text_unit){.kind = TEXT_UNIT_INITIAL, .l = ime->l});
    else
        text_query_push(ime,
                        (struct text_unit){.kind = TEXT_UNIT_SYL, .l = ime->l, .v = ime->v, .t = ime->t});
    ime->l = ime->v = -1;
    ime->t = 0;
}

static void text_ime_start(struct text_ime *ime, int l, int v)
{
    text_ime_flush(ime);
    ime->l = l;
    ime->v = v;
    ime->t = 0;
}

static void text_ime_consonant(struct text_ime *ime, int32_t cp)
{
    int l = text_jamo_initial(cp), t = text_jamo_final(cp), joined;

    if (ime->l >= 0 && ime->v >= 0 && ime->t == 0 && t > 0) {
        ime->t = t;
    } else if (ime->l >= 0 && ime->v >= 0 && t > 0 && (joined = text_jamo_final_join(ime->t, t)) > 0) {
        ime->t = joined;
    } else if (l >= 0) {
        text_ime_start(ime, l, -1);
    } else {
        text_ime_flush(ime);
        text_query_push(ime, (struct text_unit){.kind = TEXT_UNIT_CHAR, .cp = cp});
    }
}

static void text_ime_vowel(struct text_ime *ime, int32_t cp, int v)
{
    int joined, a, b;

    if (ime->l >= 0 && ime->v < 0) {
        ime->v = v;
    } else if (ime->l >= 0 && ime->t == 0 && (joined = text_jamo_vowel_join(ime->v, v)) >= 0) {
        ime->v = joined;
    } else if (ime->l >= 0 && ime->t > 0) {
        /* The final moves on to start the next syllable: 한 + ㅏ = 하나. */
        if (text_jamo_final_split(ime->t, &a, &b)) {
            ime->t = a;
        } else {
            b = ime->t;
            ime->t = 0;
        }
        text_ime_start(ime, text_jamo_final_as_initial(b), v);
    } else {
        text_ime_flush(ime);
        text_query_push(ime, (struct text_unit){.kind = TEXT_UNIT_CHAR, .cp = cp});
    }
}

static bool text_is_korean(int32_t cp)
{
    return text_is_syllable(cp) || (cp >= 0x3131 && cp <= 0x318E) || (cp >= 0x1100 && cp <= 0x11FF);
}

static bool text_unit_korean(const struct text_unit *u)
{
    return u->kind != TEXT_UNIT_CHAR || text_is_korean(u->cp);
}

static bool text_query_separator(int32_t cp)
{
    return cp == ' ' || cp == '-' || cp == '_' || cp == '\t' || cp == 0xB7 || cp == 0x3000;
}

struct text_query *text_query_new(const char *query)
{
    int32_t stack[128];
    size_t n;
    struct text_query *q = calloc(1, sizeof *q);
    int32_t *cps =
        q ? text_fold_cps(query ? query : "", query ? strlen(query) : 0, false, stack, 128, &n) : NULL;

    if (!cps || !(q->units = calloc(n + 1, sizeof *q->units))) {
        if (cps != stack)
            free(cps);
        free(q);
        return NULL;
    }
    struct text_ime ime = {.q = q, .l = -1, .v = -1};
    for (size_t i = 0; i < n; i++) {
        int32_t cp = cps[i];
        int v = text_jamo_vowel(cp);
        if (text_is_syllable(cp)) {
            /* Taken apart so that loose jamo after it can join it. */
            int s = cp - TEXT_SYL_BASE;
            text_ime_start(&ime, s / 588, s % 588 / 28);
            if (s % 28)
                ime.t = s % 28;
        } else if (text_jamo_initial(cp) >= 0 || text_jamo_final(cp) >= 0) {
            text_ime_consonant(&ime, cp);
        } else if (v >= 0) {
            text_ime_vowel(&ime, cp, v);
        } else if (text_query_separator(cp)) {
            text_ime_flush(&ime);
            ime.pending_break = true;
        } else {
            text_ime_flush(&ime);
            text_query_push(&ime, (struct text_unit){.kind = TEXT_UNIT_CHAR, .cp = cp});
        }
    }
    text_ime_flush(&ime);
    if (cps != stack)
        free(cps);
    for (size_t k = 1; k < q->n; k++)
        if (text_unit_korean(&q->units[k]) != text_unit_korean(&q->units[k - 1]))
            q->units[k].run_start = true;
    return q;
}

void text_query_free(struct text_query **q)
{
    if (q && *q) {
        free((*q)->units);
        free(*q);
        *q = NULL;
    }
}

static bool text_syl(int32_t cp, int *l, int *v, int *t)
{
    if (!text_is_syllable(cp))
        return false;
    int s = cp - TEXT_SYL_BASE;
    *l = s / 588;
    *v = s % 588 / 28;
    *t = s % 28;
    return true;
}

static bool text_has_initial(int32_t cp, int l)
{
    int cl, cv, ct;
    if (text_syl(cp, &cl, &cv, &ct))
        return cl == l;
    return cp == text_jamo_initial_cp(l) || cp == 0x1100 + l;
}

/* How many candidate code points unit u matches at c[p] (0: none). The
 * query's last unit may be a syllable still being typed (`ime`): 하 then
 * matches 한, 고 matches 과, and 슽 matches 스 followed by 테. Returns
 * the shortest match; *alt receives a longer one (or 0). */
static size_t text_unit_match(const struct text_unit *u, const int32_t *c, size_t n, size_t p, bool ime,
                              size_t *alt)
{
    int l, v, t, a, b;

    *alt = 0;
    if (p >= n)
        return 0;
    if (u->kind == TEXT_UNIT_CHAR)
        return c[p] == u->cp;
    if (u->kind == TEXT_UNIT_INITIAL)
        return text_has_initial(c[p], u->l);
    if (!text_syl(c[p], &l, &v, &t) || l != u->l)
        return 0;
    if (v == u->v && t == u->t)
        return 1;
    if (!ime)
        return 0;
    if (u->t == 0)
        return text_jamo_vowel_starts(u->v, v);
    if (v != u->v || p + 1 >= n)
        return 0;
    if (t == 0 && text_has_initial(c[p + 1], text_jamo_final_as_initial(u->t))) {
        *alt = 2;
        return 0;
    }
    if (text_jamo_final_split(u->t, &a, &b) && t == a &&
        text_has_initial(c[p + 1], text_jamo_final_as_initial(b))) {
        *alt = 2;
        return 0;
    }
    return 0;
}

/* Matches units [from, to) contiguously at c[p]; *end receives where the
 * match ends. With need_end the match must end at n. */
static bool text_run_match(const struct text_query *q, size_t from, size_t to, const int32_t *c, size_t n,
                           size_t p, bool need_end, size_t *end)
{
    for (size_t k = from; k < to; k++) {
        size_t alt, m = text_unit_match(&q->units[k], c, n, p, k + 1 == q->n, &alt);
        if (k + 1 == to && need_end && m && p + m != n)
            m = 0;
        if (!m && alt && (!need_end || k + 1 < to || p + alt == n))
            m = alt;
        if (!m)
            return false;
        p += m;
    }
    *end = p;
    return true;
}

static bool text_query_run(const struct text_query *q, const char *candidate, bool exact)
{
    int32_t stack[256];
    size_t n, pos = 0;
    bool matched = true;

    if (!q || !candidate)
        return false;
    int32_t *c = text_fold_cps(candidate, strlen(candidate), true, stack, 256, &n);
    if (!c)
        return false;
    for (size_t from = 0; from < q->n && matched;) {
        size_t to = from + 1, end;
        while (to < q->n && !q->units[to].run_start)
            to++;
        matched = false;
        for (size_t p = pos; p <= n && !matched; p++) {
            if (exact && p != pos)
                break;
            if (text_run_match(q, from, to, c, n, p, exact && to == q->n, &end)) {
                matched = true;
                pos = end;
            }
        }
        from = to;
    }
    if (matched && exact && q->n == 0)
        matched = n == 0;
    if (c != stack)
        free(c);
    return matched;
}

bool text_query_match(const struct text_query *q, const char *candidate)
{
    return text_query_run(q, candidate, false);
}

bool text_query_exact(const struct text_query *q, const char *candidate)
{
    return text_query_run(q, candidate, true);
}
