/* SPDX-License-Identifier: GPL-2.0-or-later */
/* load.c — the load room's entry points. */
#include "config.h"
#include "load.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "load_internal.h"

/* The low-memory path: the skeleton parsed whole, the models one at a
 * time (split.c), for a text that passed load_prescan(). Returns NULL with
 * rep untouched (status LOAD_OK) when the text cannot be split or does not
 * parse in pieces; the caller then parses it whole, which reports exactly
 * as it always has. */
static struct dp_dataset *load_split_convert(const char *buf, size_t len, const char *name,
                                             const struct load_options *opt, struct load_report *rep,
                                             bool mapped)
{
    struct load_split sp;
    if (!load_split(buf, len, &sp))
        return NULL;
    const char *end = NULL;
    load_cjson_begin(); /* the hooks, before any thread parses a model */
    cJSON *root = cJSON_ParseWithLengthOpts(sp.skel, sp.skel_len, &end, false);
    struct dp_dataset *ds = NULL;
    if (root && load_only_space_after(sp.skel, sp.skel_len, end) && (ds = model_new())) {
        struct lctx L = {.ds = ds, .rep = rep, .opt = opt, .split = &sp, .buf = buf, .release = mapped};
        bool good = load_convert(&L, root);
        if (load_cancelled(opt)) {
            model_free(&ds);
            load_report_clear(rep);
            load_fail(rep, LOAD_BAD_DATA, "%s: cancelled", name);
        } else if (L.split_failed || !good) {
            model_free(&ds);
            if (L.split_failed)
                load_report_clear(rep);
            else if (rep->status == LOAD_OK)
                rep->status = LOAD_BAD_DATA;
        } else {
            ds->path = model_strdup(ds, name, strlen(name));
        }
    }
    cJSON_Delete(root);
    load_split_free(&sp);
    return ds;
}

/* mapped: buf is load_read_file()'s read-only map of the file. */
static struct dp_dataset *load_mem(const char *buf, size_t len, const char *name,
                                   const struct load_options *opt, struct load_report *rep, bool mapped)
{
    static const struct load_options defaults = {0};
    memset(rep, 0, sizeof *rep);
    if (!opt)
        opt = &defaults;
    if (len > LOAD_MAX_FILE_BYTES) {
        load_fail(rep, LOAD_BAD_DATA, "%s: file larger than %zu bytes (limit: max file size)", name,
                  LOAD_MAX_FILE_BYTES);
        return NULL;
    }
    if (len == 0) {
        load_fail(rep, LOAD_BAD_DATA, "%s:1:1: empty file", name);
        return NULL;
    }
    if (opt->progress)
        atomic_store(&opt->progress->total, 2 * len); /* the check's bytes, then the models' */
    if (!load_prescan_progress(rep, name, buf, len, opt->progress))
        return NULL;
    struct dp_dataset *ds = load_split_convert(buf, len, name, opt, rep, mapped);
    if (ds || rep->status != LOAD_OK)
        return ds;
    if (load_cancelled(opt)) {
        load_fail(rep, LOAD_BAD_DATA, "%s: cancelled", name);
        return NULL;
    }
    cJSON *root = load_parse(rep, name, buf, len);
    if (!root)
        return NULL;
    ds = model_new();
    if (!ds) {
        cJSON_Delete(root);
        load_fail(rep, LOAD_NO_MEMORY, "out of memory");
        return NULL;
    }
    struct lctx L = {.ds = ds, .rep = rep, .opt = opt};
    bool good = load_convert(&L, root);
    cJSON_Delete(root);
    if (!good) {
        model_free(&ds);
        if (rep->status == LOAD_OK)
            rep->status = LOAD_BAD_DATA;
        return NULL;
    }
    ds->path = model_strdup(ds, name, strlen(name));
    return ds;
}

struct dp_dataset *load_dataset_mem(const char *buf, size_t len, const char *name,
                                    const struct load_options *opt, struct load_report *rep)
{
    return load_mem(buf, len, name, opt, rep, false);
}

struct dp_dataset *load_dataset(const char *path, const struct load_options *opt, struct load_report *rep)
{
    memset(rep, 0, sizeof *rep);
    struct load_file f;
    if (!load_read_file(rep, path, &f))
        return NULL;
    struct dp_dataset *ds = load_mem(f.buf, f.len, path, opt, rep, f.mapped);
    load_file_close(&f);
    return ds;
}
