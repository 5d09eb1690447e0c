/* SPDX-License-Identifier: GPL-2.0-or-later */
/* load_internal.h — shared by the files of the load room only. */
#ifndef DOKPAMO_LOAD_INTERNAL_H
#define DOKPAMO_LOAD_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cJSON.h>

#include "load.h"
#include "model.h"

/* Split: where each consortium's models are in the text (split.c). */
struct load_span {
    size_t start, end; /* one model value: buf[start, end) */
};
struct load_split_cons {
    bool split;      /* models were cut out of the skeleton */
    size_t first, n; /* their spans */
};
struct load_split {
    char *skel; /* the document with every split models array emptied */
    size_t skel_len;
    struct load_span *spans;
    size_t nspans, spans_cap;
    struct load_split_cons *cons; /* one per element of consortia */
    size_t ncons, cons_cap;
};

/* The key index (keyindex.c): the children of a few objects by key. */
#define LX_INDEX_OBJECTS 8   /* objects indexed at a time */
#define LX_INDEX_MIN_KEYS 5  /* fewer children: cJSON's chain is as cheap */
#define LX_INDEX_MAX_KEYS 64 /* more: not indexed */
struct lx_index {
    const cJSON *obj;   /* NULL: a free entry */
    unsigned long used; /* the clock at its last use */
    unsigned mask;      /* table size - 1 */
    const cJSON *child[2 * LX_INDEX_MAX_KEYS];
    uint32_t hash[2 * LX_INDEX_MAX_KEYS];
};
struct lx_keyindex {
    struct lx_index ix[LX_INDEX_OBJECTS];
    unsigned long clock;
    unsigned last; /* the entry found last */
};

/* Conversion context: where we are in the document, what we build. */
struct lctx {
    struct dp_dataset *ds;
    struct load_report *rep;
    const struct load_options *opt;
    char path[512];
    size_t plen;
    const struct load_split *split; /* NULL: models come from the tree */
    const char *buf;                /* the text the spans point into */
    bool split_failed;              /* a span did not parse: start over */
    bool release;                   /* buf is a read-only file map: the spans read
                                       may be given back (lx_release) */
    struct lx_keyindex keys;        /* lx_keys() fills it, lx_get() reads it */
};

/* Report */
void load_error(struct load_report *rep, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void load_fail(struct load_report *rep, enum load_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* An error at the current path: "PATH: message". */
void lx_error(struct lctx *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Files and syntax */
/* A file's bytes: mapped read-only when the system allows, else read into
 * memory. Not NUL-terminated; close with load_file_close(). */
struct load_file {
    const char *buf;
    size_t len;
    bool mapped;
};
bool load_read_file(struct load_report *rep, const char *path, struct load_file *f);
void load_file_close(struct load_file *f);
/* The strict RFC 8259 check (syntax.c), with the limits and duplicate
 * keys: on a problem, its byte offset and message. */
enum load_syntax { LOAD_SYNTAX_OK, LOAD_SYNTAX_BAD, LOAD_SYNTAX_NOMEM };
enum load_syntax load_syntax_check(const char *buf, size_t len, size_t *off, char *msg, size_t msgsz);
/* The same, adding the bytes checked to prog->done and stopping ("cancelled")
 * once prog->cancel is set. */
enum load_syntax load_syntax_check_progress(const char *buf, size_t len, size_t *off, char *msg, size_t msgsz,
                                            struct load_progress *prog);
/* Whether the load was asked to stop (opt->progress->cancel). */
bool load_cancelled(const struct load_options *opt);
/* A model of `bytes` bytes read: added to opt->progress->done. */
void load_progress_add(const struct load_options *opt, size_t bytes);
/* Before each cJSON parse: clears the out-of-memory flag that
 * load_cjson_nomem() reads after it (cJSON allocates through our hook). */
void load_cjson_begin(void);
/* A model span's parse (split.c), its nodes from this thread's bump
 * buffer (load_cjson_begin() first, on one thread: it sets the hooks); free the tree with load_cjson_model_free() before the next one
 * (never cJSON_Delete), and the buffer with load_cjson_model_end() when the
 * thread has read its models. */
cJSON *load_cjson_parse_model(const char *text, size_t len, const char **end);
void load_cjson_model_free(cJSON *v);
void load_cjson_model_end(void);
bool load_cjson_nomem(void);
/* Parses a text that passed load_prescan(); NULL = reported (out of
 * memory: LOAD_NO_MEMORY). */
cJSON *load_parse(struct load_report *rep, const char *name, const char *buf, size_t len);
/* The checks made before cJSON (the strict syntax check, duplicate keys,
 * NUL, depth); false = reported. */
bool load_prescan(struct load_report *rep, const char *name, const char *buf, size_t len);
bool load_prescan_progress(struct load_report *rep, const char *name, const char *buf, size_t len,
                           struct load_progress *prog);
/* After a successful parse that ended at `end`: only whitespace may follow. */
bool load_only_space_after(const char *buf, size_t len, const char *end);

/* Splitting the text (split.c). load_split() returns false when the text
 * is not shaped for it (the caller then parses it whole). */
bool load_split(const char *buf, size_t len, struct load_split *sp);
/* For a preview (load_dataset_head): in buf (a file's head), the end of
 * the first consortium's max-th model (or of its last, or just past its
 * models' '['): 1 with *cut; 0 when the text is not shaped for it; -1 when
 * buf ends first (a longer head may do). *contra: the top level had
 * "contradictions" before "consortia". */
int load_split_head(const char *buf, size_t len, size_t max, size_t *cut, bool *contra);
void load_split_free(struct load_split *sp);
/* Parses model span i on its own; NULL when it is not exactly one value. */
cJSON *load_split_model(const struct load_split *sp, const char *buf, size_t i);
/* When L->release: gives the whole pages of the file map between spans
 * first and last (inclusive) back to the system, once they are read (the
 * models hold copies). Reading them again still works: the pages come
 * back from the file. Keeps a million-model load from holding the whole
 * file and the whole dataset at once. */
void lx_release(const struct lctx *L, size_t first, size_t last);

/* Path: push returns a mark to pop back to. */
size_t lx_push_key(struct lctx *L, const char *key);
size_t lx_push_index(struct lctx *L, size_t i);
void lx_pop(struct lctx *L, size_t mark);

/* The key index. lx_get() is cJSON_GetObjectItemCaseSensitive(): the
 * first child named key, or NULL; from the index when lx_index_build()
 * (called by lx_keys()) indexed obj. Call lx_index_forget() before a tree
 * whose objects may be indexed is freed. */
bool lx_index_build(struct lctx *L, const cJSON *obj);
const cJSON *lx_get(struct lctx *L, const cJSON *obj, const char *key);
void lx_index_forget(struct lctx *L);

/* Typed getters. Each reports mismatches at PATH.key and returns false
 * when the value is missing or wrong; `required` decides whether absence
 * is an error. Nullable values set known=false / raw=NULL on null. */
bool lx_object(struct lctx *L, const cJSON *v);
void lx_keys(struct lctx *L, const cJSON *obj, const char *const *allowed);
bool lx_str(struct lctx *L, const cJSON *obj, const char *key, bool required, bool nullable, dp_str *out);
bool lx_text(struct lctx *L, const cJSON *obj, const char *key, bool required, dp_text *out);
/* A "note": text or plain string. */
void lx_note(struct lctx *L, const cJSON *obj, dp_text *out);
bool lx_num(struct lctx *L, const cJSON *obj, const char *key, bool required, bool nullable, dp_num *out);
bool lx_bool(struct lctx *L, const cJSON *obj, const char *key, bool *out);
bool lx_id(struct lctx *L, const cJSON *obj, const char *key, const char **out);
bool lx_source_id(struct lctx *L, const cJSON *obj, const char *key, const char **out);
bool lx_plain(struct lctx *L, const cJSON *obj, const char *key, bool required, const char **out);
bool lx_date(struct lctx *L, const cJSON *obj, const char *key, bool required, const char **out);
bool lx_src(struct lctx *L, const cJSON *obj, const char *key, bool required, const char **out);
/* The array at key (NULL when absent/null/wrong, with an error if required). */
const cJSON *lx_array(struct lctx *L, const cJSON *obj, const char *key, bool required);
/* Reads an array of strings into a dp_str array. */
bool lx_str_array(struct lctx *L, const cJSON *obj, const char *key, bool required, dp_str **out, size_t *n);
/* Makes a dp_str from bytes (NFC, display-safe, measured). */
bool lx_make_str(struct lctx *L, const char *s, dp_str *out);
int lx_why(struct lctx *L, const cJSON *obj, const char *key);
/* A required, nullable number at `key` with its reason at "why": a null
 * needs a reason, a known value may not have one; out->why is set. */
void lx_num_why(struct lctx *L, const cJSON *obj, const char *key, dp_num *out);
void *lx_alloc(struct lctx *L, size_t n, size_t size);

/* Dataset */
bool load_convert(struct lctx *L, const cJSON *root);
/* The optional top-level lists (extra.c): benchmarks, results, events,
 * budget, applicants, officials. Read before the model index exists;
 * their model references are resolved after it (load_resolve_extras). */
void load_read_extras(struct lctx *L, const cJSON *root);
void load_resolve_extras(struct lctx *L);
/* The dataset-wide rules validate adds (rules.c): uncited sources, as_of
 * older than a dated fact, core fields resting on uncertain sources only
 * (warnings). */
void load_rules(struct lctx *L);
/* A warning (validate reports it; the data is still usable). */
void load_warn(struct load_report *rep, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* One consortium model (not a reference) from its object, path pushed. */
void load_read_model(struct lctx *L, const cJSON *it, struct dp_model *m);

/* Parallel (parallel.c): reads split consortium sc's models into v (sc->n
 * slots) on several threads, as the one-thread loop would, and returns
 * true; false (nothing done) when one thread is enough. */
bool load_models_parallel(struct lctx *L, const struct load_split_cons *sc, struct dp_model *v, size_t *n);
/* Messages of src appended to dst (its limit kept), src emptied. */
void load_report_merge(struct load_report *dst, struct load_report *src);

#endif
