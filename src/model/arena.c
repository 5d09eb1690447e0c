/* SPDX-License-Identifier: GPL-2.0-or-later */
/* arena.c — the one owner of a dataset's memory. */
#include "config.h"
#include "model.h"

#include <stdlib.h>
#include <string.h>

#include "model/idmap.h"

/* Chunks grow geometrically so a million-model catalogue needs few mallocs. */
struct dp_chunk {
    struct dp_chunk *next;
    size_t used, size;
    _Alignas(max_align_t) unsigned char data[];
};

struct dp_arena {
    struct dp_chunk *head;
    size_t next_size;
};

struct dp_dataset *model_new(void)
{
    struct dp_dataset *ds = calloc(1, sizeof *ds);
    if (!ds)
        return NULL;
    ds->arena = calloc(1, sizeof *ds->arena);
    if (!ds->arena) {
        free(ds);
        return NULL;
    }
    ds->arena->next_size = (size_t)64 * 1024;
    return ds;
}

void *model_alloc(struct dp_dataset *ds, size_t size)
{
    struct dp_arena *a = ds->arena;
    const size_t align = _Alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    struct dp_chunk *c = a->head;
    size_t off = c ? (c->used + align - 1) & ~(align - 1) : 0;
    if (!c || off > c->size || c->size - off < size) {
        size_t want = a->next_size;
        while (want < size)
            want *= 2;
        /* calloc: fresh pages come zeroed from the kernel, so the arena
         * need not clear what it hands out (it never reuses memory). */
        c = calloc(1, sizeof *c + want);
        if (!c)
            return NULL;
        c->next = a->head;
        c->used = 0;
        c->size = want;
        a->head = c;
        off = 0;
        if (a->next_size < (size_t)16 * 1024 * 1024)
            a->next_size *= 2;
    }
    void *p = c->data + off; /* zero: see above */
    c->used = off + size;
    return p;
}

char *model_strdup(struct dp_dataset *ds, const char *s, size_t len)
{
    /* Strings need no alignment: take them from the chunk byte-wise. */
    struct dp_arena *a = ds->arena;
    struct dp_chunk *c = a->head;
    char *p;
    if (c && c->size - c->used >= len + 1) {
        p = (char *)(c->data + c->used);
        c->used += len + 1;
    } else {
        p = model_alloc(ds, len + 1);
        if (!p)
            return NULL;
    }
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

struct dp_dataset *model_view_new(const struct dp_dataset *ds)
{
    struct dp_dataset *view = model_new();
    if (!view)
        return NULL;
    struct dp_arena *own = view->arena;
    *view = *ds; /* the same lookups and indexes, read-only */
    view->arena = own;
    return view;
}

void model_view_merge(struct dp_dataset *ds, struct dp_dataset **viewp)
{
    struct dp_dataset *view = *viewp;
    if (!view)
        return;
    struct dp_chunk *c = view->arena->head;
    while (c) {
        /* Behind ds's current chunk, so its free space stays in use. */
        struct dp_chunk *next = c->next;
        struct dp_chunk *head = ds->arena->head;
        if (head) {
            c->next = head->next;
            head->next = c;
        } else {
            c->next = NULL;
            ds->arena->head = c;
        }
        c = next;
    }
    free(view->arena);
    free(view);
    *viewp = NULL;
}

void model_free(struct dp_dataset **dsp)
{
    if (!dsp || !*dsp)
        return;
    struct dp_dataset *ds = *dsp;
    if (ds->arena) {
        struct dp_chunk *c = ds->arena->head;
        while (c) {
            struct dp_chunk *next = c->next;
            free(c);
            c = next;
        }
        free(ds->arena);
    }
    free(ds->models);
    free(ds->partners);
    free(ds->result_ptrs);
    idmap_free(&ds->model_ids);
    idmap_free(&ds->source_ids);
    free(ds);
    *dsp = NULL;
}
