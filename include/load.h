/* SPDX-License-Identifier: GPL-2.0-or-later */
/* load.h — a dataset file -> struct dp_dataset, with validation and
 * precise errors. The only room that includes cJSON for reading.
 *
 * load_dataset() parses the file, converts it into the model's structs
 * (every string NFC-normalised, made display-safe and measured once), frees
 * the cJSON tree, and returns the dataset; or NULL with the problems in
 * the report. Messages are complete lines without the trailing newline:
 *   FILE:LINE:COL: message                                  (syntax)
 *   consortia[2].models[0].params_total_b: expected a number, got "500B"
 */
#ifndef DOKPAMO_LOAD_H
#define DOKPAMO_LOAD_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/* Limits, reported by name when exceeded. */
#define LOAD_MAX_FILE_BYTES ((size_t)1 << 30)   /* 1 GiB */
#define LOAD_MAX_STRING_BYTES ((size_t)1 << 20) /* 1 MiB */
#define LOAD_MAX_DEPTH 64
#define LOAD_MAX_MESSAGES 200
/* Every number in the data: finite and at most this (training compute
 * in FLOP is 1e26 today; 1e30 billions of parameters still formats), so
 * no unit conversion or sum the outputs make can overflow to infinity. */
#define LOAD_MAX_NUMBER 1e30

enum load_status {
    LOAD_OK = 0,
    LOAD_BAD_DATA = 65, /* EX_DATAERR */
    LOAD_NO_INPUT = 66, /* EX_NOINPUT: missing or unreadable file */
    LOAD_NO_MEMORY = 71,
};

struct load_report {
    enum load_status status;
    char **errors; /* problems that make the data unusable */
    size_t nerrors;
    size_t nerrors_dropped; /* beyond LOAD_MAX_MESSAGES */
    /* Strings holding invalid UTF-8, controls, escapes or bidi controls.
     * With strict (validate) they are errors; otherwise the dataset loads,
     * they are counted here and shown sanitised. */
    size_t nunsafe;
    char *first_unsafe; /* the first such problem's message */
    /* With strict (validate): facts that hold but deserve a look, e.g. a
     * core field whose every source is marked uncertain. Not errors. */
    char **warnings;
    size_t nwarnings;
};

/* A load's progress, read from another thread while it runs: `done` of
 * `total` units of work (the strict check's bytes, then the models'
 * bytes). Setting `cancel` makes the load stop soon and fail (a report
 * that says "cancelled"; nothing in it is about the data). */
struct load_progress {
    atomic_size_t done, total;
    atomic_bool cancel;
};

struct load_options {
    bool strict;         /* validate: unsafe strings are errors */
    unsigned text_flags; /* enum text_flags for display forms */
    /* Threads that parse models: 0 = one per core for large files;
     * n forces n (1 = the one-thread path). Same result either way. */
    unsigned threads;
    struct load_progress *progress; /* NULL: none kept */
};
/* The cores this process may run on (at least 1). */
unsigned load_threads_auto(void);

struct dp_dataset *load_dataset(const char *path, const struct load_options *opt, struct load_report *rep);
/* Same from memory; `name` is used in messages. */
struct dp_dataset *load_dataset_mem(const char *buf, size_t len, const char *name,
                                    const struct load_options *opt, struct load_report *rep);
void load_report_clear(struct load_report *rep);

/* The progressive browser (src/load/progressive.c). */
/* A preview: the dataset made of the file's head alone, its first
 * consortium's first max_models models and everything before them (the
 * sources, stages, schemes), read without looking at the rest of the
 * file, so it costs milliseconds at any size. NULL when the head is not
 * shaped for it or does not load (then the whole load is the only way). */
struct dp_dataset *load_dataset_head(const char *path, const struct load_options *opt, size_t max_models);
/* load_dataset() on a thread of its own: load_job_done() polls it,
 * load_job_finish() waits for it and returns what load_dataset() would,
 * load_job_cancel() asks it to stop (finish then returns NULL with a
 * "cancelled" report). */
struct load_job;
struct load_job *load_job_start(const char *path, const struct load_options *opt);
bool load_job_done(const struct load_job *job);
unsigned load_job_permille(const struct load_job *job); /* 0..1000 */
void load_job_cancel(struct load_job *job);
/* Waits for the load, frees the job; the report as load_dataset() fills it. */
struct dp_dataset *load_job_finish(struct load_job **job, struct load_report *rep);
/* What a report that ran out of memory (LOAD_NO_MEMORY) says, once: its
 * first "out of memory" message, or "out of memory". The other messages
 * of such a report are the failure's echoes (a parse cut short), not
 * problems of the data. */
const char *load_report_nomem(const struct load_report *rep);

/* The default dataset path: $DOKPAMO_DATA; for the installed binary (the
 * one in $(bindir)) $(pkgdatadir)/consortia.json; for a binary elsewhere
 * data/consortia.json beside it (a build tree), then
 * ../share/dokpamo/consortia.json (installed under another prefix), then
 * $(pkgdatadir)/consortia.json. */
const char *load_default_path(void);
/* The rule of load_default_path() for the executable `exe` (an absolute
 * path): returns `installed`, or a path written into buf. */
const char *load_find_data(char *buf, size_t bufsz, const char *exe, const char *bindir,
                           const char *installed);

#endif
