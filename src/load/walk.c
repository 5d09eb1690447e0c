/* SPDX-License-Identifier: GPL-2.0-or-later */
/* walk.c — typed getters over cJSON that report mismatches with the JSON
 * path, and the conversion of strings into measured dp_str. */
#include "config.h"
#include "load_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Appends bytes to the path, truncating at its end (as snprintf would);
 * this runs for every key of every model, so no printf. */
static void path_add(struct lctx *L, const char *s, size_t n)
{
    size_t room = sizeof L->path - 1 - L->plen;
    if (n > room)
        n = room;
    memcpy(L->path + L->plen, s, n);
    L->plen += n;
    L->path[L->plen] = '\0';
}

size_t lx_push_key(struct lctx *L, const char *key)
{
    size_t mark = L->plen;
    if (L->plen)
        path_add(L, ".", 1);
    path_add(L, key, strlen(key));
    return mark;
}

size_t lx_push_index(struct lctx *L, size_t i)
{
    size_t mark = L->plen;
    char tmp[24], *p = tmp + sizeof tmp;
    *--p = ']';
    do
        *--p = (char)('0' + i % 10);
    while (i /= 10);
    *--p = '[';
    path_add(L, p, (size_t)(tmp + sizeof tmp - p));
    return mark;
}

void lx_pop(struct lctx *L, size_t mark)
{
    L->plen = mark;
    L->path[mark] = '\0';
}

/* What a value is, for "expected X, got Y". */
static void describe(const cJSON *v, char *buf, size_t n)
{
    if (!v) {
        snprintf(buf, n, "nothing");
    } else if (cJSON_IsString(v)) {
        char *safe = text_display(v->valuestring, strlen(v->valuestring), 0);
        char cut[64];
        text_truncate(cut, sizeof cut, safe ? safe : "", 24, 0);
        snprintf(buf, n, "\"%s\"", cut);
        free(safe);
    } else if (cJSON_IsNumber(v)) {
        snprintf(buf, n, "%.17g", v->valuedouble);
    } else if (cJSON_IsNull(v)) {
        snprintf(buf, n, "null");
    } else if (cJSON_IsTrue(v)) {
        snprintf(buf, n, "true");
    } else if (cJSON_IsFalse(v)) {
        snprintf(buf, n, "false");
    } else if (cJSON_IsArray(v)) {
        snprintf(buf, n, "an array");
    } else {
        snprintf(buf, n, "an object");
    }
}

static void mismatch(struct lctx *L, const char *key, const char *expected, const cJSON *v)
{
    char got[128];
    describe(v, got, sizeof got);
    size_t mark = key ? lx_push_key(L, key) : L->plen;
    lx_error(L, "expected %s, got %s", expected, got);
    lx_pop(L, mark);
}

static void missing(struct lctx *L, const char *key)
{
    size_t mark = lx_push_key(L, key);
    lx_error(L, "missing required field");
    lx_pop(L, mark);
}

/* The value at key, or NULL when it is absent (an error if required). */
static const cJSON *field(struct lctx *L, const cJSON *obj, const char *key, bool required)
{
    const cJSON *v = lx_get(L, obj, key);
    if (!v && required)
        missing(L, key);
    return v;
}

void *lx_alloc(struct lctx *L, size_t n, size_t size)
{
    if (n == 0)
        return NULL;
    if (size && n > (size_t)-1 / size) {
        lx_error(L, "too many elements");
        return NULL;
    }
    void *p = model_alloc(L->ds, n * size);
    if (!p)
        load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
    return p;
}

bool lx_object(struct lctx *L, const cJSON *v)
{
    if (cJSON_IsObject(v))
        return true;
    mismatch(L, NULL, "an object", v);
    return false;
}

struct key_pos {
    const char *key;
    size_t pos;
};

static int key_pos_cmp(const void *a, const void *b)
{
    const struct key_pos *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->pos > y->pos) - (x->pos < y->pos);
}

/* dup[i] = the i-th key repeats an earlier one. Sorting keeps this
 * O(n log n): an object with 100,000 keys must not take minutes. */
static bool *find_dup_keys(const cJSON *obj)
{
    size_t n = 0;
    for (const cJSON *c = obj->child; c; c = c->next)
        n++;
    struct key_pos *kp = malloc((n ? n : 1) * sizeof *kp);
    bool *dup = calloc(n ? n : 1, sizeof *dup);
    if (!kp || !dup) {
        free(kp);
        free(dup);
        return NULL;
    }
    n = 0;
    for (const cJSON *c = obj->child; c; c = c->next, n++)
        kp[n] = (struct key_pos){c->string ? c->string : "", n};
    qsort(kp, n, sizeof *kp, key_pos_cmp);
    for (size_t i = 1; i < n; i++)
        if (strcmp(kp[i].key, kp[i - 1].key) == 0)
            dup[kp[i].pos] = true;
    free(kp);
    return dup;
}

/* The common case, without allocating: every key is one of `allowed`
 * (at most 64, none "x-"), each once. Keys usually come in the order of
 * `allowed`, so each search starts after the previous match. */
static bool keys_all_allowed_once(const cJSON *obj, const char *const *allowed)
{
    size_t n = 0, next = 0;
    while (allowed[n])
        n++;
    if (n > 64)
        return false;
    uint64_t seen = 0;
    for (const cJSON *c = obj->child; c; c = c->next) {
        if (!c->string || strncmp(c->string, "x-", 2) == 0)
            return false;
        size_t t = 0, i = next;
        for (; t < n; t++, i = i + 1 == n ? 0 : i + 1)
            if (strcmp(allowed[i], c->string) == 0)
                break;
        if (t == n || (seen >> i & 1))
            return false;
        seen |= (uint64_t)1 << i;
        next = i + 1 == n ? 0 : i + 1;
    }
    return true;
}

/* Unknown keys are errors (typos must not pass), except "x-..." keys;
 * a key given twice is an error too. */
void lx_keys(struct lctx *L, const cJSON *obj, const char *const *allowed)
{
    lx_index_build(L, obj);
    if (keys_all_allowed_once(obj, allowed))
        return; /* nothing to report */
    bool *dups = find_dup_keys(obj);
    if (!dups) {
        load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
        return;
    }
    size_t pos = 0;
    for (const cJSON *c = obj->child; c; c = c->next, pos++) {
        const char *k = c->string ? c->string : "";
        bool ok = strncmp(k, "x-", 2) == 0;
        for (size_t i = 0; !ok && allowed[i]; i++)
            ok = strcmp(allowed[i], k) == 0;
        bool dup = dups[pos];
        if (!ok || dup) {
            char *safe = text_display(k, strlen(k), 0);
            size_t mark = lx_push_key(L, safe ? safe : "?");
            lx_error(L, dup ? "duplicate key" : "unknown key");
            lx_pop(L, mark);
            free(safe);
        }
    }
    free(dups);
}

static void note_unsafe(struct lctx *L, const char *key, enum text_issue issue, size_t off)
{
    size_t mark = key ? lx_push_key(L, key) : L->plen;
    if (L->opt->strict) {
        lx_error(L, "%s at byte %zu", text_issue_name(issue), off);
    } else {
        if (!L->rep->first_unsafe) {
            char *msg = NULL;
            if (asprintf(&msg, "%s: %s at byte %zu", L->path, text_issue_name(issue), off) >= 0)
                L->rep->first_unsafe = msg;
        }
        L->rep->nunsafe++;
    }
    lx_pop(L, mark);
}

/* Makes a dp_str. The fast path (plain text) stores one copy. */
static bool make_str(struct lctx *L, const char *key, const char *s, dp_str *out)
{
    size_t len = strlen(s);
    if (len > LOAD_MAX_STRING_BYTES) {
        size_t mark = key ? lx_push_key(L, key) : L->plen;
        lx_error(L, "string longer than %zu bytes (limit: max string length)", LOAD_MAX_STRING_BYTES);
        lx_pop(L, mark);
        return false;
    }
    if (text_is_plain(s, len)) {
        char *copy = model_strdup(L->ds, s, len);
        if (!copy) {
            load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
            return false;
        }
        out->raw = out->disp = copy;
        out->width = text_width_n(copy, len);
        return true;
    }
    size_t off = 0;
    enum text_issue issue = text_check(s, len, &off);
    if (issue != TEXT_OK)
        note_unsafe(L, key, issue, off);
    char *nfc = text_nfc(s, len);
    char *disp = nfc ? text_display(nfc, strlen(nfc), L->opt->text_flags) : NULL;
    if (!nfc || !disp) {
        free(nfc);
        free(disp);
        load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
        return false;
    }
    out->raw = model_strdup(L->ds, nfc, strlen(nfc));
    out->disp = strcmp(nfc, disp) == 0 ? out->raw : model_strdup(L->ds, disp, strlen(disp));
    out->width = text_width(disp);
    free(nfc);
    free(disp);
    if (!out->raw || !out->disp) {
        load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
        return false;
    }
    return true;
}

bool lx_make_str(struct lctx *L, const char *s, dp_str *out)
{
    return make_str(L, NULL, s, out);
}

static void set_absent(dp_str *out)
{
    out->raw = NULL;
    out->disp = "";
    out->width = 0;
}

bool lx_str(struct lctx *L, const cJSON *obj, const char *key, bool required, bool nullable, dp_str *out)
{
    set_absent(out);
    const cJSON *v = field(L, obj, key, required);
    if (!v)
        return false;
    if (cJSON_IsNull(v) && nullable)
        return false;
    if (!cJSON_IsString(v)) {
        mismatch(L, key, "a string", v);
        return false;
    }
    if (v->valuestring[0] == '\0') {
        size_t mark = lx_push_key(L, key);
        lx_error(L, "empty string (use null for unknown)");
        lx_pop(L, mark);
        return false;
    }
    return make_str(L, key, v->valuestring, out);
}

bool lx_text(struct lctx *L, const cJSON *obj, const char *key, bool required, dp_text *out)
{
    set_absent(&out->ko);
    set_absent(&out->en);
    const cJSON *v = lx_get(L, obj, key);
    if (!v || (cJSON_IsNull(v) && !required)) {
        if (required)
            missing(L, key);
        return false;
    }
    if (!cJSON_IsObject(v)) {
        mismatch(L, key, "an object {\"ko\", \"en\"}", v);
        return false;
    }
    size_t mark = lx_push_key(L, key);
    static const char *const keys[] = {"ko", "en", NULL};
    /* Problems are counted here, not in the whole report, so a record's
     * messages do not depend on the records before it (parallel.c). */
    size_t before = L->rep->nerrors + L->rep->nerrors_dropped;
    lx_keys(L, v, keys);
    lx_str(L, v, "ko", false, true, &out->ko);
    lx_str(L, v, "en", false, true, &out->en);
    bool any = out->ko.raw || out->en.raw;
    if (!any && L->rep->nerrors + L->rep->nerrors_dropped == before)
        lx_error(L, "needs \"ko\" or \"en\"");
    lx_pop(L, mark);
    return any;
}

void lx_note(struct lctx *L, const cJSON *obj, dp_text *out)
{
    const cJSON *v = lx_get(L, obj, "note");
    if (v && cJSON_IsString(v)) {
        set_absent(&out->ko);
        lx_str(L, obj, "note", false, true, &out->en);
        return;
    }
    lx_text(L, obj, "note", false, out);
}

bool lx_num(struct lctx *L, const cJSON *obj, const char *key, bool required, bool nullable, dp_num *out)
{
    out->known = false;
    out->v = NAN;
    out->why = DP_WHY_UNKNOWN;
    const cJSON *v = field(L, obj, key, required);
    if (!v)
        return false;
    if (cJSON_IsNull(v) && nullable)
        return false;
    if (!cJSON_IsNumber(v)) {
        mismatch(L, key, "a number", v);
        return false;
    }
    double d = v->valuedouble;
    size_t mark = lx_push_key(L, key);
    bool good = false;
    if (!isfinite(d))
        lx_error(L, "expected a finite number, got %s", d > 0 ? "infinity" : d < 0 ? "-infinity" : "NaN");
    else if (d < 0)
        lx_error(L, "must not be negative, got %.17g", d);
    else if (d > LOAD_MAX_NUMBER) {
        char num[32]; /* the shortest spelling that reads back as d */
        for (int prec = 15; prec <= 17; prec++)
            if (snprintf(num, sizeof num, "%.*g", prec, d) > 0 && strtod(num, NULL) == d)
                break;
        lx_error(L, "%s is larger than %g (limit: max number)", num, LOAD_MAX_NUMBER);
    } else
        good = true;
    lx_pop(L, mark);
    if (!good)
        return false;
    out->v = d == 0 ? 0.0 : d; /* -0 is 0 */
    out->known = true;
    out->why = DP_WHY_NONE;
    return true;
}

bool lx_bool(struct lctx *L, const cJSON *obj, const char *key, bool *out)
{
    *out = false;
    const cJSON *v = lx_get(L, obj, key);
    if (!v)
        return false;
    if (!cJSON_IsBool(v)) {
        mismatch(L, key, "true or false", v);
        return false;
    }
    *out = cJSON_IsTrue(v);
    return true;
}

/* A plain (ASCII-ish) string kept as-is: ids, dates, enum names. */
bool lx_plain(struct lctx *L, const cJSON *obj, const char *key, bool required, const char **out)
{
    dp_str s;
    *out = NULL;
    if (!lx_str(L, obj, key, required, !required, &s))
        return false;
    *out = s.raw;
    return true;
}

static bool id_char(char c, bool upper)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (upper && c >= 'A' && c <= 'Z');
}

/* Ids are [a-z0-9][a-z0-9.-]*; source ids ("S1", "P35b") may hold capitals. */
static bool id_ok(const char *s, bool upper)
{
    if (!id_char(*s, upper))
        return false;
    for (; *s; s++)
        if (!id_char(*s, upper) && *s != '.' && *s != '-')
            return false;
    return true;
}

static bool read_id(struct lctx *L, const cJSON *obj, const char *key, const char **out, bool upper)
{
    if (!lx_plain(L, obj, key, true, out))
        return false;
    if (!id_ok(*out, upper)) {
        mismatch(L, key, upper ? "a source id of [A-Za-z0-9][A-Za-z0-9.-]*" : "an id of [a-z0-9][a-z0-9.-]*",
                 lx_get(L, obj, key));
        *out = NULL;
        return false;
    }
    return true;
}

bool lx_source_id(struct lctx *L, const cJSON *obj, const char *key, const char **out)
{
    return read_id(L, obj, key, out, true);
}

bool lx_id(struct lctx *L, const cJSON *obj, const char *key, const char **out)
{
    return read_id(L, obj, key, out, false);
}

static bool date_ok(const char *s)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

bool lx_date(struct lctx *L, const cJSON *obj, const char *key, bool required, const char **out)
{
    *out = NULL;
    const cJSON *v = field(L, obj, key, required);
    if (!v)
        return false;
    if (cJSON_IsNull(v))
        return false;
    if (!cJSON_IsString(v) || !date_ok(v->valuestring)) {
        mismatch(L, key, "a date YYYY-MM-DD or null", v);
        return false;
    }
    *out = model_strdup(L->ds, v->valuestring, 10);
    return *out != NULL;
}

/* Source ids: one id or an array; each must be in `sources`. Stored as
 * one string "P24, P25" (a single id points at the source's own id). */
bool lx_src(struct lctx *L, const cJSON *obj, const char *key, bool required, const char **out)
{
    *out = NULL;
    const cJSON *v = field(L, obj, key, required);
    if (!v)
        return false;
    size_t mark = lx_push_key(L, key);
    bool good = true;
    size_t total = 0, n = 0;
    const cJSON *items = cJSON_IsArray(v) ? v->child : v;
    if (cJSON_IsArray(v) && !items) {
        lx_error(L, "expected a source id or a non-empty array of ids, got an empty array");
        good = false;
    }
    size_t i = 0;
    for (const cJSON *it = items; good && it; it = cJSON_IsArray(v) ? it->next : NULL, i++) {
        if (!cJSON_IsString(it)) {
            char got[128];
            describe(it, got, sizeof got);
            lx_error(L, "expected a source id, got %s", got);
            good = false;
            break;
        }
        const struct dp_source *s = model_find_source(L->ds, it->valuestring);
        if (!s) {
            char got[128];
            describe(it, got, sizeof got);
            lx_error(L, "unknown source id %s", got);
            good = false;
            break;
        }
        if (n == 0)
            *out = s->id;
        /* Ours (the arena's copy); atomic: the parallel loader's threads
         * count citations of the same sources (parallel.c). */
        __atomic_fetch_add(&((struct dp_source *)s)->ncited, 1, __ATOMIC_RELAXED);
        total += strlen(s->id) + 2;
        n++;
    }
    if (good && n > 1) {
        char *joined = model_alloc(L->ds, total + 1);
        if (joined) {
            size_t end = 0; /* a running end: strcat() would rescan the string each time */
            for (const cJSON *it = v->child; it; it = it->next) {
                const char *id = model_find_source(L->ds, it->valuestring)->id;
                size_t idlen = strlen(id);
                if (end) {
                    memcpy(joined + end, ", ", 2);
                    end += 2;
                }
                memcpy(joined + end, id, idlen);
                end += idlen;
            }
            joined[end] = '\0';
            *out = joined;
        }
    }
    lx_pop(L, mark);
    return good;
}

const cJSON *lx_array(struct lctx *L, const cJSON *obj, const char *key, bool required)
{
    const cJSON *v = field(L, obj, key, required);
    if (!v)
        return NULL;
    if (!cJSON_IsArray(v)) {
        mismatch(L, key, "an array", v);
        return NULL;
    }
    return v;
}

bool lx_str_array(struct lctx *L, const cJSON *obj, const char *key, bool required, dp_str **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    const cJSON *arr = lx_array(L, obj, key, required);
    if (!arr)
        return false;
    size_t count = (size_t)cJSON_GetArraySize(arr);
    if (!count)
        return true;
    dp_str *v = lx_alloc(L, count, sizeof *v);
    if (!v)
        return false;
    size_t mark = lx_push_key(L, key), i = 0, kept = 0;
    for (const cJSON *it = arr->child; it; it = it->next, i++) {
        size_t m2 = lx_push_index(L, i);
        if (!cJSON_IsString(it))
            mismatch(L, NULL, "a string", it);
        else if (!it->valuestring[0])
            lx_error(L, "empty string");
        else if (make_str(L, NULL, it->valuestring, &v[kept]))
            kept++;
        lx_pop(L, m2);
    }
    lx_pop(L, mark);
    *out = v;
    *n = kept;
    return true;
}

/* "why" of a null: key holds a why name or is absent. Returns the enum or -1. */
int lx_why(struct lctx *L, const cJSON *obj, const char *key)
{
    const cJSON *v = lx_get(L, obj, key);
    if (!v || cJSON_IsNull(v))
        return -1;
    int w = cJSON_IsString(v) ? model_why_parse(v->valuestring) : -1;
    if (w < 0)
        mismatch(L, key, "one of undisclosed, not-evaluated, not-applicable, unknown", v);
    return w;
}

void lx_num_why(struct lctx *L, const cJSON *obj, const char *key, dp_num *out)
{
    lx_num(L, obj, key, true, true, out);
    int w = lx_why(L, obj, "why");
    if (out->known) {
        if (w >= 0)
            lx_error(L, "\"why\" given for a known value");
        return;
    }
    if (w < 0 && cJSON_IsNull(lx_get(L, obj, key))) {
        size_t m = lx_push_key(L, key);
        lx_error(L, "null without a reason: add \"why\"");
        lx_pop(L, m);
    }
    out->why = w < 0 ? DP_WHY_UNKNOWN : (enum dp_why)w;
}
