/* SPDX-License-Identifier: GPL-2.0-or-later */
/* keyindex.c — a record's keys looked up in one pass.
 *
 * cJSON_GetObjectItemCaseSensitive() walks an object's children with one
 * strcmp() each until the key matches; the loader reads ~20 fields of every
 * model that way, so a model cost ~300 strcmp() calls. lx_keys() walks the
 * children once anyway; it also hashes them here into a small open-address
 * table, and lx_get() answers from the table with one hash and (usually)
 * one strcmp().
 *
 * The answer is always cJSON's: the first child whose key equals `key`
 * (a repeated key keeps its first value; keys are compared after cJSON
 * unescaped them, so "\u0069d" is "id"), and nothing after a child without
 * a key. Objects with few children (a chain is as cheap) or very many (a
 * hostile file) are not indexed and go to cJSON.
 *
 * A few objects are indexed at a time (the model, a claim inside it …),
 * the least recently used replaced. An index remembers an address: before
 * a tree is freed its indexes are dropped (lx_index_forget()), so a later
 * object at the same address is never answered from a stale table. */
#include "config.h"
#include "load_internal.h"

#include <string.h>

/* Keys are short and differ in their length, first, middle or last byte;
 * a collision costs one strcmp(). */
static uint32_t key_hash(const char *s)
{
    size_t n = strlen(s);
    if (!n)
        return 0;
    uint32_t b = (unsigned char)s[0] | (uint32_t)(unsigned char)s[n / 2] << 8 |
                 (uint32_t)(unsigned char)s[n - 1] << 16;
    return ((uint32_t)n * 0x9E3779B1u) ^ (b * 0x85EBCA6Bu);
}

void lx_index_forget(struct lctx *L)
{
    for (size_t i = 0; i < LX_INDEX_OBJECTS; i++)
        L->keys.ix[i].obj = NULL;
}

static struct lx_index *index_of(struct lctx *L, const cJSON *obj)
{
    if (!obj)
        return NULL;
    if (L->keys.ix[L->keys.last].obj == obj)
        return &L->keys.ix[L->keys.last];
    for (unsigned i = 0; i < LX_INDEX_OBJECTS; i++)
        if (L->keys.ix[i].obj == obj) {
            L->keys.last = i;
            return &L->keys.ix[i];
        }
    return NULL;
}

bool lx_index_build(struct lctx *L, const cJSON *obj)
{
    if (!obj || !cJSON_IsObject(obj))
        return false;
    size_t n = 0;
    for (const cJSON *c = obj->child; c; c = c->next)
        if (++n > LX_INDEX_MAX_KEYS)
            return false;
    if (n < LX_INDEX_MIN_KEYS)
        return false;
    struct lx_index *ix = index_of(L, obj);
    if (!ix) { /* a free entry, else the least recently used */
        ix = &L->keys.ix[0];
        for (size_t i = 1; i < LX_INDEX_OBJECTS && ix->obj; i++)
            if (!L->keys.ix[i].obj || L->keys.ix[i].used < ix->used)
                ix = &L->keys.ix[i];
    }
    unsigned size = 16;
    while (size < 2 * n)
        size *= 2;
    ix->obj = obj;
    ix->used = ++L->keys.clock;
    ix->mask = size - 1;
    memset(ix->child, 0, size * sizeof ix->child[0]);
    for (const cJSON *c = obj->child; c && c->string; c = c->next) {
        uint32_t h = key_hash(c->string);
        unsigned i = h & ix->mask;
        while (ix->child[i] && !(ix->hash[i] == h && strcmp(ix->child[i]->string, c->string) == 0))
            i = (i + 1) & ix->mask;
        if (!ix->child[i]) { /* a repeated key keeps its first child */
            ix->child[i] = c;
            ix->hash[i] = h;
        }
    }
    return true;
}

const cJSON *lx_get(struct lctx *L, const cJSON *obj, const char *key)
{
    struct lx_index *ix = key ? index_of(L, obj) : NULL;
    if (!ix)
        return cJSON_GetObjectItemCaseSensitive(obj, key);
    ix->used = ++L->keys.clock;
    uint32_t h = key_hash(key);
    for (unsigned i = h & ix->mask; ix->child[i]; i = (i + 1) & ix->mask)
        if (ix->hash[i] == h && strcmp(ix->child[i]->string, key) == 0)
            return ix->child[i];
    return NULL;
}
