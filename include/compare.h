/* SPDX-License-Identifier: GPL-2.0-or-later */
/* compare.h — a comparison of N models that explains itself (issue 5).
 *
 * compare_new() reads the dataset and builds a matrix: one column per
 * model, one row per attribute (names, consortium, parameters, active
 * share, architecture, modalities, context, license, release date, stage
 * results, stage scores, partners, claims, id). Every cell carries its
 * display-safe text and width, its numeric value, a bar fraction on the
 * row's shared scale, the delta against the first column, whether it is
 * the row's best value, why it is unknown and the source ids it comes
 * from. A screen draws straight from it; the renderers below print it.
 *
 * Records: a consortium given to compare_new() expands to its models, in
 * dataset order (consortium-level facts — stage results, scores, partners
 * — appear on each of its models' columns). A model given twice, directly
 * or through its consortium, appears once.
 *
 * Rules (the legend, compare_legend(), says the same to users):
 *  - Bars: parameters (total and active) share one log scale per
 *    comparison; scores are drawn against their maximum (33.6 of 40);
 *    share against 100%; other numbers against the row's largest value.
 *  - Delta against the first column: a ratio for parameters and context
 *    ("×2.2"), a difference for scores, shares, counts and claims
 *    ("+13.6"). None when either value is unknown.
 *  - Best: the highest score, score total, context length and claim value
 *    (the lowest for a "rank" claim); ties are all marked; nothing is
 *    marked unless at least two values are known and they are not all
 *    equal. Parameters, shares, partners, dates and text are never marked:
 *    the largest model is not the best one.
 *  - Differs: the known values are not all equal, or some are known and
 *    some are not. Two unknowns count as equal, whatever their reasons.
 *  - Unknown values say why ("undisclosed", "not evaluated", "n/a",
 *    "unknown"); they have no bar, no delta, are never best and never
 *    count as 0.
 *
 * Ownership: struct compare owns every string it points to except the
 * dataset pointers (model, consortium, src), which live as long as the
 * dataset. compare_free() frees it all and sets the pointer to NULL.
 */
#ifndef DOKPAMO_COMPARE_H
#define DOKPAMO_COMPARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "model.h"
#include "out.h"

#define COMPARE_MAX_COLS 64 /* the TUI shows 6 at a time and scrolls */

enum cmp_row_kind {
    CMP_ROW_TEXT, /* a string (license, date, stage result) */
    CMP_ROW_LIST, /* a set of tags (architecture, modalities) */
    CMP_ROW_NUM,  /* a number with a bar */
};

enum cmp_scale { CMP_SCALE_NONE, CMP_SCALE_LINEAR, CMP_SCALE_LOG };
enum cmp_delta { CMP_DELTA_NONE, CMP_DELTA_RATIO, CMP_DELTA_DIFF };
enum cmp_best { CMP_BEST_NONE, CMP_BEST_MAX, CMP_BEST_MIN };

/* Groups of rows, in the order they appear (a screen may draw rules
 * between groups). */
enum cmp_group { CMP_GROUP_MODEL, CMP_GROUP_PARAMS, CMP_GROUP_SPEC, CMP_GROUP_PROGRAMME, CMP_GROUP_CLAIMS };

struct cmp_cell {
    char *text; /* display-safe human value: "519B", "33.6/40",
                        "moe, reasoning", or the reason: "undisclosed" */
    int width;  /* columns of text */
    char *raw;  /* machine value for strings (NFC, may hold anything:
                        escape it); NULL = same as text */
    bool known;
    enum dp_why why; /* DP_WHY_NONE when known */
    double num;      /* numeric value (NAN when unknown or not numeric) */
    double bar;      /* 0..1 on the row's scale; < 0: no bar */
    char *delta;     /* "×0.45", "+13.6", "±0"; NULL: none (first column,
                        unknown, or a row without deltas) */
    int delta_width;
    bool best;
    const char *src; /* source ids "S5, P12" (dataset-owned); NULL: none */
    char *note;      /* display-safe detail for the source pane: a stage
                        reason, a claim's kind and baseline, aliases; NULL */
};

struct cmp_row {
    char *key;   /* stable machine key: "params_total_b", "stage.stage-1",
                    "score.stage-1.benchmark", "claim.aime25" */
    char *title; /* display-safe, in the comparison's language */
    int title_width;
    enum cmp_group group;
    enum cmp_row_kind kind;
    enum cmp_scale scale;
    enum cmp_delta delta;
    enum cmp_best best;
    double scale_lo, scale_hi; /* bar scale (NAN when no bar) */
    bool differs;
    struct cmp_cell *cells; /* one per column */
};

struct cmp_col {
    const struct dp_model *model;
    const char *title; /* display-safe model name in the language */
    int title_width;
    const char *sub; /* consortium short name, or the developer of a
                        reference model ("DeepSeek"); display-safe */
    int sub_width;
    int value_width; /* widest known value with a bar in this column */
    int delta_width; /* widest delta in this column */
};

struct compare {
    const struct dp_dataset *ds;
    enum dp_lang lang;
    unsigned text_flags; /* enum text_flags the texts were made with */
    int cell_max;        /* compare_opts.cell_max */
    bool korean_units;
    bool plain; /* compare_opts.plain */
    struct cmp_col *cols;
    size_t ncols;
    struct cmp_row *rows;
    size_t nrows;
    size_t ndiffer; /* rows with differs set */
};

/* A record to compare: a model, or a consortium (expands to its models). */
struct cmp_record {
    const struct dp_model *model;
    const struct dp_consortium *consortium;
};

struct compare_opts {
    enum dp_lang lang;
    unsigned text_flags;
    bool korean_units; /* 억/조 instead of B */
    int cell_max;      /* table format: cut longer texts with an ellipsis at
                          this width; 0: the default (30); -1: never */
    bool plain;        /* --plain: the table and Markdown without bars,
                          deltas, best marks, contradiction marks and the
                          legend that explains them (for an article) */
};

/* Builds the comparison of recs[0..n) (at most COMPARE_MAX_COLS models
 * after expansion; extra ones are dropped). Returns NULL on OOM or when
 * no model results. */
struct compare *compare_new(const struct dp_dataset *ds, const struct cmp_record *recs, size_t n,
                            const struct compare_opts *o);
void compare_free(struct compare **c);

/* The model whose total parameters are closest to m's on a log scale
 * (|log(p/q)| smallest; reference models included; ties: dataset order),
 * or NULL when m's total is unknown or nothing else has a known total. */
const struct dp_model *compare_nearest_peer(const struct dp_dataset *ds, const struct dp_model *m);

/* Row navigation for "differences only" and ]/[: the next row after
 * `from` (dir > 0) or before it (dir < 0) whose differs is set; from may
 * be -1 (before the first) or nrows. Returns -1 when there is none. */
long compare_next_diff(const struct compare *c, long from, int dir);
/* True when row r is shown with diff_only on (differs, or it is the
 * identity row "name" that every view keeps). */
bool compare_row_shown(const struct compare *c, size_t r, bool diff_only);

/* One cell drawn into exactly `cols` columns (NUL-terminated in buf,
 * bufsz >= 4*cols + 64): for a number with a bar, the value right-aligned
 * to the column's value_width, a bar filling what is left (up to 16
 * columns), the delta and the best mark; otherwise the text (unknowns say
 * why) and the best mark, cut with an ellipsis when too wide. Returns the
 * bytes written. A screen calls this for each visible cell. */
size_t compare_cell_format(const struct compare *c, size_t row, size_t col, int cols, char *buf,
                           size_t bufsz);

/* Writes a bar of `frac` (0..1) in exactly `cols` columns into buf:
 * eighth blocks (█▉▊▋▌▍▎▏) padded with spaces; '#' and '=' with
 * TEXT_ASCII or TEXT_AMBIG_WIDE (block elements are ambiguous width).
 * A known value > 0 gets at least a sliver. bufsz >= 3*cols+1. */
void compare_bar(char *buf, size_t bufsz, double frac, int cols, unsigned text_flags);

/* The legend: what bars, deltas, the best mark and unknowns mean, and how
 * many rows differ (or are hidden with diff_only), one sentence per line,
 * in the comparison's language, display-safe. Fixed lines are static; the
 * others are written into buf (512 bytes is enough). Returns the number of
 * lines stored in lines[0..max). */
size_t compare_legend(const struct compare *c, bool diff_only, const char **lines, size_t max, char *buf,
                      size_t bufsz);

/* Prints the comparison: OUT_TABLE and OUT_MD as an aligned table with
 * bars, deltas and best marks, then the legend (and, for md, a table of
 * sources); OUT_CSV/OUT_TSV wide (one line per attribute; value, delta
 * and source per model); OUT_JSON with everything. Returns 0 or an errno
 * value when writing failed. */
int compare_render(FILE *f, const struct compare *c, enum out_format fmt, bool diff_only);
/* compare_render(OUT_MD) into a malloc'd string; NULL on OOM. */
char *compare_markdown(const struct compare *c, bool diff_only, size_t *len);

/* The export format for a path's extension: .md/.markdown, .csv, .json
 * (.tsv and .txt too), case-insensitive; -1 when unknown. */
int compare_format_for_path(const char *path);

enum compare_export_status {
    CMP_EXPORT_OK,
    CMP_EXPORT_EXISTS,   /* path exists and overwrite was false: ask, then
                            call again with overwrite */
    CMP_EXPORT_BAD_EXT,  /* not .md, .csv, .json, .tsv or .txt */
    CMP_EXPORT_NOT_FILE, /* path exists and is not a regular file (a
                            directory, device, symlink): never replaced */
    CMP_EXPORT_IO,       /* creating, writing, syncing or renaming failed;
                            err says which, the old file is untouched and
                            the temporary file removed */
};

/* Writes the comparison to `path` in the format its extension names:
 * first to a temporary file in the same directory (".NAME.XXXXXX", mode
 * 0666 & ~umask), flushed and fsync()ed, then moved into place — with
 * rename() when overwrite is true, with link() (which cannot clobber a
 * file created meanwhile) when it is false. On failure writes a message
 * to err (display-safe) and leaves any existing file as it was. */
/* From a fatal signal's handler: removes the temporary file of an export
 * under way, if any (async-signal-safe). */
void compare_export_abort(void);
enum compare_export_status compare_export(const struct compare *c, const char *path, bool overwrite,
                                          bool diff_only, char *err, size_t errsz);
/* The writer behind compare_export(), for anything else written to a file
 * in one piece (the browser's pane export, its saved view): the same
 * temporary file, fsync, rename()/link(), kept mode and messages (in
 * lang). render writes the text in format fmt (-1: the extension was not
 * known, CMP_EXPORT_BAD_EXT) and returns 0 or an errno value. */
typedef int (*compare_render_fn)(FILE *f, int fmt, void *arg);
enum compare_export_status compare_export_file(const char *path, int fmt, bool overwrite, enum dp_lang lang,
                                               compare_render_fn render, void *arg, char *err, size_t errsz);

/* OSC 52 "set clipboard" for `data`: ESC ] 52 ; c ; base64(data) BEL, in
 * a malloc'd NUL-terminated string (length in *outlen when not NULL).
 * Pure: the caller decides whether the terminal gets it (only a TTY).
 * NULL on OOM or when len exceeds COMPARE_OSC52_MAX. */
#define COMPARE_OSC52_MAX (1u << 20)
char *compare_osc52(const char *data, size_t len, size_t *outlen);

#endif
