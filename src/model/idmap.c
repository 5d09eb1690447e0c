/* SPDX-License-Identifier: GPL-2.0-or-later */
/* idmap.c — id -> position hash indexes for the dataset's lookups, so that
 * resolving a million baselines or source ids costs O(1) each instead of a
 * scan of every model. Open addressing, linear probing, load factor <= 1/2;
 * a slot holds position + 1 (0 = empty), the key is read back through the
 * caller's key function, so the index costs 4 bytes per slot. */
#include "config.h"
#include "idmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct dp_idmap {
    uint32_t *slots;
    size_t mask;
};

static uint64_t hash_id(const char *s)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211u;
    }
    return h ^ (h >> 29);
}

struct dp_idmap *idmap_build(size_t n, idmap_key_fn key, const void *ctx)
{
    if (n >= UINT32_MAX / 4)
        return NULL;
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    struct dp_idmap *m = malloc(sizeof *m);
    if (!m)
        return NULL;
    m->slots = calloc(cap, sizeof *m->slots);
    if (!m->slots) {
        free(m);
        return NULL;
    }
    m->mask = cap - 1;
    for (size_t i = 0; i < n; i++) {
        const char *id = key(ctx, i);
        if (!id)
            continue;
        size_t s = (size_t)hash_id(id) & m->mask;
        for (;; s = (s + 1) & m->mask) {
            if (!m->slots[s]) {
                m->slots[s] = (uint32_t)i + 1;
                break;
            }
            if (strcmp(key(ctx, m->slots[s] - 1), id) == 0)
                break; /* keep the first of equal ids */
        }
    }
    return m;
}

long idmap_find(const struct dp_idmap *m, const char *id, idmap_key_fn key, const void *ctx)
{
    if (!m || !id)
        return -1;
    for (size_t s = (size_t)hash_id(id) & m->mask; m->slots[s]; s = (s + 1) & m->mask)
        if (strcmp(key(ctx, m->slots[s] - 1), id) == 0)
            return (long)m->slots[s] - 1;
    return -1;
}

void idmap_free(struct dp_idmap **m)
{
    if (!m || !*m)
        return;
    free((*m)->slots);
    free(*m);
    *m = NULL;
}
