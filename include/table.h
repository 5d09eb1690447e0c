/* SPDX-License-Identifier: GPL-2.0-or-later */
/* table.h — columns, stable multi-key sort, filter and search over rows of
 * the model (models, partners, consortia, claims).
 *
 * A row is a const void * pointing into the dataset (struct dp_model *,
 * struct dp_partner *, ...); a column knows how to read it. A struct table
 * is a view: it owns its row-pointer array, never the rows.
 *
 * Sort: stable; numbers by value, strings by text_collate() in the
 * context's language; unknown (null) values sort last in BOTH directions.
 */
#ifndef DOKPAMO_TABLE_H
#define DOKPAMO_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "text.h"

/* What a view is rendered for. */
struct table_ctx {
    enum dp_lang lang;
    unsigned text_flags; /* enum text_flags */
    bool korean_units;   /* parameters as 억/조 instead of B */
};

enum table_value_type { TABLE_STR, TABLE_NUM, TABLE_LIST };

/* One cell's value. For TABLE_STR/TABLE_LIST `text` is display-safe and
 * `width` its columns; for TABLE_NUM `num` holds the machine value and
 * `text` the human form. `known` false means null; `why` says why. */
struct table_value {
    enum table_value_type type;
    bool known;
    enum dp_why why;
    double num;
    const char *text; /* points at the dataset or at the caller's buffer */
    int width;
    const char *raw; /* original NFC string for machine formats, or NULL */
};

struct table_col {
    const char *key; /* --sort / --filter key, JSON key */
    const char *title_en;
    const char *title_ko;
    enum text_align align;
    int width; /* preferred display width at 80 columns; 0 = fit content */
    enum table_value_type type;
    /* Reads row into *out. buf (bufsz bytes) may be used for formatted
     * text. Required. */
    void (*get)(const void *row, const struct table_ctx *ctx, char *buf, size_t bufsz,
                struct table_value *out);
};

/* A kind of rows with its columns and how to enumerate them. */
struct table_def {
    const char *name; /* "models", "partners", "consortia", "claims" */
    const struct table_col *cols;
    size_t ncols;
    /* Fills rows (capacity table_def.count(ds)) and returns the count. */
    size_t (*count)(const struct dp_dataset *ds);
    size_t (*fill)(const struct dp_dataset *ds, const void **rows);
    /* Names the row answers to for search (name in both languages and
     * aliases); calls cb for each, stops when cb returns true. */
    bool (*names)(const void *row, bool (*cb)(const char *name, void *arg), void *arg);
};

extern const struct table_def table_models;
extern const struct table_def table_partners;
extern const struct table_def table_consortia;
extern const struct table_def table_claims;

struct table_sort_key {
    size_t col;
    bool desc;
};

#define TABLE_MAX_SORT 8

struct table_filter; /* parsed --filter expression */

struct table {
    const struct table_def *def;
    const void **all; /* every row, in dataset order */
    size_t nall;
    const void **rows; /* the current view: filtered and sorted */
    size_t nrows;
    struct table_sort_key sort[TABLE_MAX_SORT];
    size_t nsort;
};

/* Builds a view of every row of `def`. Returns NULL on OOM. */
struct table *table_new(const struct table_def *def, const struct dp_dataset *ds);
void table_free(struct table **t);

/* Column index of `key` (exact, or case-insensitive), or -1. */
int table_col_find(const struct table_def *def, const char *key);

/* Parses "KEY[,KEY]" where "-KEY" means descending into t->sort.
 * On error returns false and writes a message to err. */
bool table_parse_sort(struct table *t, const char *spec, char *err, size_t errsz);
/* Sorts the view by t->sort (stable; unknown last in both directions). */
void table_sort(struct table *t, const struct table_ctx *ctx);
/* Compares two rows by t->sort: <0, 0, >0 (unknowns last). */
int table_compare_rows(const struct table *t, const void *a, const void *b, const struct table_ctx *ctx);

/* Filter expressions: "EXPR[,EXPR]" all of which must hold, each
 * KEY OP VALUE with OP one of = != > < >= <= ~ ("~" uses the text room's
 * search matcher). For list columns (architecture, modalities) "=" means
 * "contains". Returns NULL and writes err on a parse error. */
struct table_filter *table_filter_parse(const struct table_def *def, const char *expr, char *err,
                                        size_t errsz);
void table_filter_free(struct table_filter **f);
/* Keeps only rows matching f (NULL f or query keep all), then re-sorts. */
void table_apply(struct table *t, const struct table_filter *f, const struct text_query *q,
                 const struct table_ctx *ctx);

/* True when any name of row matches q (the search matcher). */
bool table_row_matches(const struct table_def *def, const void *row, const struct text_query *q);

/* A string cell from a dataset string (unknown when absent). */
void table_value_str(struct table_value *v, const dp_str *s);

/* Formats a parameter count given in billions: "519B", "1.5T", "12B",
 * "0.5B"; with korean_units "5,190억", "1.5조". NaN/unknown -> "—" or "-". */
void table_format_params(double billions, bool korean_units, char *buf, size_t bufsz);

#endif
