/* SPDX-License-Identifier: GPL-2.0-or-later */
/* idmap.h — hash indexes from ids to positions (model room only).
 * The map stores positions; ids are read through `key` (ctx, position),
 * which may return NULL for an entry without an id (never found). */
#ifndef DOKPAMO_MODEL_IDMAP_H
#define DOKPAMO_MODEL_IDMAP_H

#include <stddef.h>

struct dp_idmap;
typedef const char *(*idmap_key_fn)(const void *ctx, size_t i);

/* Indexes positions 0..n-1; of equal ids the first wins. NULL on OOM. */
struct dp_idmap *idmap_build(size_t n, idmap_key_fn key, const void *ctx);
/* Position of id, or -1. A NULL map finds nothing. */
long idmap_find(const struct dp_idmap *m, const char *id, idmap_key_fn key, const void *ctx);
void idmap_free(struct dp_idmap **m);

#endif
