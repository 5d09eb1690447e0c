/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_keyindex.c — the loader's key index (src/load/keyindex.c) answers
 * exactly as cJSON_GetObjectItemCaseSensitive(): the first of repeated
 * keys, keys as cJSON unescaped them, NULL for a missing key, nothing past
 * a child without a key; objects it does not index, more objects than it
 * holds, keys whose hashes collide; and a dataset whose keys are escaped
 * loads as the plain one does. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load_internal.h"
#include "tap.h"

static struct lctx L; /* lx_get() and the index need no dataset */

/* lx_get() agrees with cJSON for every key of obj and for `extra` keys. */
static int agrees(const cJSON *obj, const char *const *extra)
{
    int bad = 0;
    for (const cJSON *c = obj->child; c; c = c->next)
        if (c->string && lx_get(&L, obj, c->string) != cJSON_GetObjectItemCaseSensitive(obj, c->string))
            bad++;
    for (size_t i = 0; extra && extra[i]; i++)
        if (lx_get(&L, obj, extra[i]) != cJSON_GetObjectItemCaseSensitive(obj, extra[i]))
            bad++;
    return bad == 0;
}

static double num_at(const cJSON *obj, const char *key)
{
    const cJSON *v = lx_get(&L, obj, key);
    return v && cJSON_IsNumber(v) ? v->valuedouble : -1;
}

/* An object of n keys "a<i>m<j>z"-like: same length, first, middle and
 * last byte for all, so every key lands in the same hash chain. */
static cJSON *colliding(int n)
{
    cJSON *o = cJSON_CreateObject();
    for (int i = 0; i < n; i++) {
        char k[16];
        snprintf(k, sizeof k, "a%02dm%02dz", i % 100, (i * 7) % 100);
        cJSON_AddItemToObject(o, k, cJSON_CreateNumber(i));
    }
    return o;
}

/* Every key of a JSON text with its first byte written as \u00XX. */
static char *escape_keys(const char *s)
{
    size_t n = strlen(s);
    char *out = malloc(6 * n + 1), *o = out;
    bool in = false, key_start = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in) {
            if (key_start && c != '\\' && c != '"' && (unsigned char)c < 0x80) {
                o += sprintf(o, "\\u%04x", (unsigned char)c);
                key_start = false;
                continue;
            }
            key_start = false;
            *o++ = c;
            if (c == '\\')
                *o++ = s[++i];
            else if (c == '"')
                in = false;
            continue;
        }
        *o++ = c;
        if (c == '"') {
            in = true;
            /* a key: the string is followed by ':' */
            size_t j = i + 1;
            while (j < n && !(s[j] == '"' && s[j - 1] != '\\'))
                j++;
            size_t k = j + 1;
            while (k < n && (s[k] == ' ' || s[k] == '\n' || s[k] == '\t' || s[k] == '\r'))
                k++;
            key_start = k < n && s[k] == ':';
        }
    }
    *o = '\0';
    return out;
}

int main(void)
{
    /* Repeated keys: the first one's value, as cJSON. */
    cJSON *dup = cJSON_Parse("{\"a\": 1, \"b\": 2, \"c\": 3, \"a\": 4, \"d\": 5, \"e\": 6, \"b\": 7}");
    ok(lx_index_build(&L, dup), "an object of 7 keys is indexed");
    is_int(num_at(dup, "a"), 1, "a repeated key answers its first value");
    is_int(num_at(dup, "b"), 2, "another repeated key answers its first value");
    ok(lx_get(&L, dup, "a") == cJSON_GetObjectItemCaseSensitive(dup, "a"), "the same child as cJSON's");
    ok(agrees(dup, NULL), "every key of the object with repeated keys agrees with cJSON");

    /* Escaped keys are compared as cJSON unescaped them. */
    cJSON *esc = cJSON_Parse("{\"\\u0069d\": 1, \"a\\\"b\": 2, \"\\u00e9t\\u00e9\": 3, \"\xed\x95\x9c\": 4,"
                             " \"tab\\there\": 5, \"\\\\\": 6, \"\": 7}");
    ok(lx_index_build(&L, esc), "an object of escaped keys is indexed");
    is_int(num_at(esc, "id"), 1, "\\u0069d is found as id");
    is_int(num_at(esc, "a\"b"), 2, "an escaped quote in a key");
    is_int(num_at(esc, "\xc3\xa9t\xc3\xa9"), 3, "\\u00e9 is found as UTF-8 é");
    is_int(num_at(esc, "\xed\x95\x9c"), 4, "a raw UTF-8 key");
    is_int(num_at(esc, "tab\there"), 5, "an escaped TAB in a key");
    is_int(num_at(esc, "\\"), 6, "a key that is one backslash");
    is_int(num_at(esc, ""), 7, "the empty key");
    ok(lx_get(&L, esc, "\\u0069d") == NULL, "the escape's spelling is not a key");

    /* Missing keys. */
    static const char *const absent[] = {"x", "ID", "i", "idd", "a\"", "a\"bc", "\xc3\xa9", "f", NULL};
    for (size_t i = 0; absent[i]; i++)
        ok(lx_get(&L, esc, absent[i]) == NULL, "missing key \"%s\" is NULL", absent[i]);
    ok(agrees(esc, absent), "escaped keys and missing keys agree with cJSON");
    ok(lx_get(&L, esc, NULL) == NULL && lx_get(&L, NULL, "id") == NULL, "NULL key or object is NULL");

    /* Colliding hashes, every size the index takes and some it refuses. */
    int sizes_ok = 0, built = 0, nsizes = 0;
    for (int n = 0; n <= LX_INDEX_MAX_KEYS + 20; n++, nsizes++) {
        cJSON *o = colliding(n);
        built += lx_index_build(&L, o);
        static const char *const miss[] = {"a00m00y", "a99m99z", "a00m00", "", NULL};
        sizes_ok += agrees(o, miss);
        lx_index_forget(&L);
        cJSON_Delete(o);
    }
    is_int(sizes_ok, nsizes, "objects of 0..%d colliding keys agree with cJSON", LX_INDEX_MAX_KEYS + 20);
    is_int(built, LX_INDEX_MAX_KEYS - LX_INDEX_MIN_KEYS + 1, "indexed from %d to %d keys", LX_INDEX_MIN_KEYS,
           LX_INDEX_MAX_KEYS);

    /* More objects than the index holds: each still answers right. */
    cJSON *many[3 * LX_INDEX_OBJECTS];
    int many_ok = 0;
    for (int i = 0; i < 3 * LX_INDEX_OBJECTS; i++) {
        many[i] = colliding(6 + i);
        lx_index_build(&L, many[i]);
    }
    for (int i = 0; i < 3 * LX_INDEX_OBJECTS; i++)
        many_ok += agrees(many[i], NULL) && num_at(many[i], "a05m35z") == 5;
    is_int(many_ok, 3 * LX_INDEX_OBJECTS, "%d objects indexed in turn all agree", 3 * LX_INDEX_OBJECTS);
    lx_index_forget(&L);
    for (int i = 0; i < 3 * LX_INDEX_OBJECTS; i++)
        cJSON_Delete(many[i]);

    /* A child without a key ends cJSON's search: keys after it are missing. */
    cJSON *gap = cJSON_CreateObject();
    for (int i = 0; i < 8; i++) {
        char k[16];
        snprintf(k, sizeof k, "a%02dm%02dz", i, i * 7);
        if (i == 3)
            cJSON_AddItemToArray(gap, cJSON_CreateNumber(99));
        cJSON_AddItemToObject(gap, k, cJSON_CreateNumber(i));
    }
    lx_index_build(&L, gap);
    ok(num_at(gap, "a01m07z") == 1 && lx_get(&L, gap, "a05m35z") == NULL,
       "a child without a key hides the keys after it, as in cJSON");
    ok(agrees(gap, NULL), "the object with a keyless child agrees with cJSON");

    /* Forgetting: an index is dropped before its object changes or goes. */
    cJSON *chg = colliding(8);
    lx_index_build(&L, chg);
    ok(num_at(chg, "a02m14z") == 2, "found before the change");
    cJSON_DeleteItemFromObjectCaseSensitive(chg, "a02m14z");
    lx_index_forget(&L);
    ok(lx_get(&L, chg, "a02m14z") == NULL && agrees(chg, NULL),
       "after lx_index_forget, the changed object agrees");

    /* A dataset whose every key starts with a \u escape loads as the plain one. */
    const char *top = getenv("top_srcdir");
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/data/mini.json", top ? top : ".");
    char *mini = tap_slurp(path, NULL);
    ok(mini != NULL, "read %s", path);
    if (mini) {
        char *escaped = escape_keys(mini);
        ok(strstr(escaped, "\"\\u0069d\"") != NULL, "the copy spells \"id\" as \"\\u0069d\"");
        struct load_options o = {.strict = true, .threads = 1};
        struct load_report r1, r2;
        struct dp_dataset *a = load_dataset_mem(mini, strlen(mini), "mini.json", &o, &r1);
        struct dp_dataset *b = load_dataset_mem(escaped, strlen(escaped), "mini.json", &o, &r2);
        ok(a && b, "both load");
        if (a && b) {
            bool same =
                a->nmodels == b->nmodels && a->nconsortia == b->nconsortia && a->nsources == b->nsources;
            for (size_t i = 0; same && i < a->nmodels; i++) {
                const struct dp_model *x = a->models[i], *y = b->models[i];
                same = strcmp(x->id, y->id) == 0 && x->params_total.known == y->params_total.known &&
                       (!x->params_total.known || x->params_total.v == y->params_total.v) &&
                       x->narch == y->narch &&
                       (x->src == y->src || (x->src && y->src && !strcmp(x->src, y->src))) &&
                       (x->name.en.raw == y->name.en.raw ||
                        (x->name.en.raw && y->name.en.raw && !strcmp(x->name.en.raw, y->name.en.raw)));
            }
            ok(same, "the escaped keys give the same models (ids, sizes, names, sources)");
        }
        model_free(&a);
        model_free(&b);
        load_report_clear(&r1);
        load_report_clear(&r2);
        free(escaped);
        free(mini);
    }

    cJSON_Delete(dup);
    cJSON_Delete(esc);
    cJSON_Delete(gap);
    cJSON_Delete(chg);
    return tap_done();
}
