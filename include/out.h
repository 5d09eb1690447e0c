/* SPDX-License-Identifier: GPL-2.0-or-later */
/* out.h — non-interactive renderers: aligned table, TSV, CSV, JSON, Markdown.
 *
 * Everything printed is display-safe (the text room's text_display form,
 * or escaped JSON), so nothing from the data reaches a terminal or a pipe
 * raw. `table` and `md` align by display width, never by bytes.
 *
 * A grid is a plain matrix of cells built by the caller (the list of
 * models, a comparison, a detail view). out_grid_new() allocates it;
 * out_grid_set*() copy what they are given; out_grid_free() frees it all.
 */
#ifndef DOKPAMO_OUT_H
#define DOKPAMO_OUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "table.h"
#include "text.h"

enum out_format { OUT_TABLE, OUT_TSV, OUT_CSV, OUT_JSON, OUT_MD, OUT_FORMAT_COUNT };

struct out_cell {
    char *text; /* human form, display-safe; NULL = unknown */
    char *raw;  /* machine form for TSV/CSV/JSON strings; NULL = use text */
    int width;  /* columns of text */
    bool numeric;
    double num; /* machine value when numeric */
    bool known; /* false: null in JSON, empty in TSV/CSV, "-" in table/md */
};

struct out_grid {
    size_t nrows, ncols;
    char **titles;          /* column titles (display-safe) */
    char **keys;            /* JSON keys */
    enum text_align *align; /* per column */
    struct out_cell *cells; /* nrows * ncols, row-major */
    unsigned text_flags;    /* enum text_flags used for fitting */
    int max_width;          /* table format: total width budget, 0 = none */
    int *shrink;            /* per column: the width a text column may be cut
                               to when the table must fit (0: never cut);
                               NULL: none set */
    bool wrap_last;         /* out_grid_fit() keeps the last column and
                               the table format wraps it (a hanging indent)
                               instead of cutting it */
    int *fit;               /* after out_grid_fit(): each column's width, -1
                               when hidden; NULL: natural widths */
};

struct out_grid *out_grid_new(size_t nrows, size_t ncols, unsigned text_flags);
void out_grid_free(struct out_grid **g);
/* Column title, JSON key and alignment. Returns false on OOM. */
bool out_grid_column(struct out_grid *g, size_t col, const char *title, const char *key,
                     enum text_align align);
/* A text cell: text is made display-safe here. raw (may be NULL) is the
 * original for machine formats (JSON keeps it losslessly, escaped). */
bool out_grid_text(struct out_grid *g, size_t row, size_t col, const char *text, const char *raw);
/* A numeric cell: human text plus machine value. */
bool out_grid_num(struct out_grid *g, size_t row, size_t col, const char *text, double num);
/* An unknown cell (null), with an optional human text such as "undisclosed". */
bool out_grid_null(struct out_grid *g, size_t row, size_t col, const char *text);
struct out_cell *out_grid_cell(struct out_grid *g, size_t row, size_t col);
/* The width column col may be cut to when the table must fit (its
 * catalogue width); its title is never cut. Returns false on OOM. */
bool out_grid_shrink(struct out_grid *g, size_t col, int width);
/* Fits the table format into cols display columns: the text columns are
 * cut to their shrink widths first (an ellipsis at a display-width
 * boundary), then columns are hidden from the last one back (the first
 * column always stays), and what room is left goes back to the cut
 * columns. Returns the number of hidden columns (out_grid_hidden() tells
 * which), or -1 on OOM. */
int out_grid_fit(struct out_grid *g, int cols);
bool out_grid_hidden(const struct out_grid *g, size_t col);

/* "table", "tsv", ... -> format, or -1. */
int out_format_parse(const char *name);
const char *out_format_name(enum out_format f);

/* Writes g to f. Returns 0, or an errno value when writing failed. */
int out_render(FILE *f, const struct out_grid *g, enum out_format fmt);

/* Streaming the machine formats (TSV, CSV, JSON) without a grid: the
 * header, then each row's cells (borrowed, already display-safe; `raw`
 * is what JSON prints when set), then the end, which reports a failed
 * write like out_render(). */
void out_stream_begin(FILE *f, enum out_format fmt, char *const *keys, size_t ncols);
void out_stream_row(FILE *f, enum out_format fmt, char *const *keys, const struct out_cell *cells,
                    size_t ncols, size_t row);
int out_stream_end(FILE *f, enum out_format fmt, size_t nrows);

/* Writes the view t (columns cols) in a machine format: JSON as one
 * object per record with typed values ("unknown": why each null is null;
 * "sources": the source ids of each value), TSV/CSV with the column keys
 * as header and machine values. Returns 0 or an errno value. */
int out_records(FILE *f, enum out_format fmt, const struct table *t, const size_t *cols, size_t ncols,
                const struct table_ctx *ctx);
/* The sources a set of source-id lists cites: a view of the sources
 * catalogue holding the cited ones in dataset order, and its TABLE_F_LIST
 * fields (id, publisher, date, title, URL) — the one shape of a cited
 * source in every export (Markdown table, JSON object, CSV URLs). */
struct out_cited {
    struct table_def *def;
    struct table *t; /* rows: the cited sources of the last out_cited_pick() */
    size_t cols[16];
    size_t ncols;
    size_t url; /* the URL field's index in def->cols */
    /* The sources' ids hashed (open addressing, slots hold index + 1;
     * NULL when an id has a character that is not a letter, digit, '-' or
     * '_': then out_cited_pick() searches each list as table_src_has()
     * does), the next source with the same id (index + 1, 0: none), and
     * each source's mark: the pick it was last cited in. */
    size_t *slot, *same;
    size_t nslots;
    unsigned *mark;
    unsigned pick;
};
/* NULL on OOM. */
struct out_cited *out_cited_new(const struct dp_dataset *ds);
void out_cited_free(struct out_cited **c);
/* Keeps the sources named in any of srcs[] ("S5, P12" lists; NULLs
 * skipped); returns how many. */
size_t out_cited_pick(struct out_cited *c, const char *const *srcs, size_t nsrcs);
/* The picked sources as a JSON array of objects {id, publisher, date,
 * title, url} (null where unknown). */
void out_cited_json(FILE *f, const struct out_cited *c, const struct table_ctx *ctx);
/* The picked sources' URLs, each once, joined by one space (a URL has no
 * space): the CSV/TSV "source_urls" column. malloc'd; NULL on OOM. */
char *out_cited_urls(const struct out_cited *c, const struct table_ctx *ctx);
/* The cited sources under an export: a heading, then the sources named
 * in any of srcs[] ("S5, P12" lists) with id, publisher, date, title and
 * URL, in dataset order (fmt OUT_MD or OUT_TABLE). Prints nothing when
 * none is cited. Returns 0 or an errno value. */
int out_cited_sources(FILE *f, enum out_format fmt, const struct dp_dataset *ds, const char *const *srcs,
                      size_t nsrcs, const struct table_ctx *ctx);
/* A catalogue value as JSON (typed; a TABLE_F_IDS text as an array of
 * ids), and a string as a JSON string ("" for NULL). */
void out_json_value(FILE *f, const struct table_value *v, unsigned flags);
void out_json_str(FILE *f, const char *s);
/* A grid of the view's rows and the given columns (indexes into
 * t->def->cols), with the columns' short heads. NULL on OOM. */
struct out_grid *out_grid_from_table(const struct table *t, const size_t *cols, size_t ncols,
                                     const struct table_ctx *ctx);
/* Sets a grid cell from a table value (unknowns show their reason). */
bool out_grid_value(struct out_grid *g, size_t r, size_t c, const struct table_value *v, enum dp_lang lang);
/* The sources the view's cells cite, as out_cited_sources(OUT_MD). */
int out_view_cited_sources(FILE *f, const struct table *t, const size_t *cols, size_t ncols,
                           const struct table_ctx *ctx);
/* The view in fmt: OUT_TABLE and OUT_MD as a grid at its natural width
 * (Markdown then lists the cited sources), the machine formats as
 * out_records(). Returns 0 or an errno value. */
int out_view(FILE *f, enum out_format fmt, const struct table *t, const size_t *cols, size_t ncols,
             const struct table_ctx *ctx);

/* A command's output held in memory and written to dest by
 * out_buffer_close() only when the command is done (an output past
 * 32 MiB is passed on as it comes). The command writes to
 * out_buffer_file(); out_buffer_fileno() gives the descriptor behind
 * such a stream (dest's), so that isatty() still asks the terminal.
 * out_buffer_close(keep) writes the output when keep is true, frees the
 * buffer and returns 0, ENOMEM when the output could not be held, or
 * the errno of a failed write to dest. NULL from out_buffer_open(): OOM. */
struct out_buffer;
struct out_buffer *out_buffer_open(FILE *dest);
FILE *out_buffer_file(const struct out_buffer *b);
int out_buffer_fileno(FILE *f);
int out_buffer_close(struct out_buffer **b, bool keep);

/* A writer that could not allocate what it was to print marks f's output
 * as failed: the next out_status() reports ENOMEM, and an out_buffer's
 * output is dropped. out_status() is what every out_* writer returns:
 * 0, ENOMEM after out_nomem(), or the stream's write error (errno,
 * which the writer cleared when it began). */
void out_nomem(FILE *f);
int out_status(FILE *f);

/* A number for machine formats, in the C locale ("9.745", never "9,745"). */
void out_number(char *buf, size_t bufsz, double v);

/* Writes s as one CSV field (RFC 4180 quoting when needed). */
void out_csv_field(FILE *f, const char *s);

/* Escapes s as a JSON string body into a malloc'd buffer: quotes,
 * backslash, controls, DEL, C1, bidi controls, U+2028/9 as \uXXXX. */
char *out_json_escape(const char *s);

#endif
