/* SPDX-License-Identifier: GPL-2.0-or-later */
/* table.h — the field catalogue, stable multi-key sort, the one filter
 * language and the one name matcher over rows of the model (models,
 * partners, consortia, claims).
 *
 * The catalogue: a struct table_def per kind of record lists every field
 * of that record once (struct table_col: machine key, titles and short
 * heads in Korean and English, type, argument, the one getter with the
 * value's reason when unknown and its sources, the formatting rule and the
 * compare rule). Every output — list, show, the panes, the detail view,
 * Compare, the exports — is a loop over these entries, so a fact reads
 * the same everywhere. Fields that stand for a part of the data (a stage,
 * a score part, a claimed metric) are built from the dataset by
 * table_def_new(): no fixed caps.
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
    bool plain;          /* for pasting (--plain): no marks that only mean
                            something on screen (the contradiction mark) */
    bool machine;        /* for the machine formats only (TSV, CSV, JSON):
                            numeric getters may leave the human text empty
                            (they print num, never text) */
};

enum table_value_type { TABLE_STR, TABLE_NUM, TABLE_LIST, TABLE_BOOL };

/* How a value reads at a glance (the detail view's colour): a stage
 * passed or failed, a claim made by its vendor or found by others. */
enum table_tone { TABLE_TONE_NORMAL, TABLE_TONE_UNKNOWN, TABLE_TONE_GOOD, TABLE_TONE_BAD, TABLE_TONE_VENDOR };

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
    const char *raw; /* original NFC string for machine formats, or NULL;
                        for enums the machine word ("eliminated") */
    const char *src; /* source ids ("P1, P2"; dataset-owned) or NULL */
    /* TABLE_LIST: the items (display-safe disp, NFC raw), for arrays in
     * machine formats and "=" filters. */
    const dp_str *items;
    size_t nitems;
    const dp_str *items2; /* a second list joined in (modalities: output) */
    size_t nitems2;
    double max;           /* TABLE_NUM scores: the maximum (NAN: none) */
    const char *note;     /* display-safe remark (a reason, "computed"), or NULL */
    bool human_only;      /* text for people only: machine formats print null
                         (a reference model's "ref: DeepSeek" team) */
    enum table_tone tone; /* set by the getters that know it */
    /* A recorded disagreement about this value (the data's contradiction
     * naming the record and the field), or NULL. table_get() sets it and
     * puts the marker (table_contra_mark()) before the human text. */
    const struct dp_contradiction *contra;
    /* A shorter form for a cell too narrow for text: a model's official
     * Latin name where its Korean name, a transliteration, is wider
     * ("A.X K1" for "에이닷엑스 케이원"); display-safe, or NULL. */
    const char *alt;
    int alt_width;
    /* A one-letter tag that follows the text in a grid cell: who reported
     * a benchmark result (vocab_claim_tag()); NULL for none. */
    const char *tag;
};

/* How Compare reads a numeric field. */
enum table_scale { TABLE_SCALE_NONE, TABLE_SCALE_LINEAR, TABLE_SCALE_LOG };
enum table_delta { TABLE_DELTA_NONE, TABLE_DELTA_RATIO, TABLE_DELTA_DIFF };
enum table_best { TABLE_BEST_NONE, TABLE_BEST_MAX, TABLE_BEST_MIN };

/* Where a field is shown (struct table_col.flags). */
enum table_flags {
    TABLE_F_LIST = 1u << 0,         /* a column of `list` (table and md) */
    TABLE_F_DETAIL = 1u << 1,       /* a line of `show` and the detail view */
    TABLE_F_COMPARE = 1u << 2,      /* a row of Compare */
    TABLE_F_MACHINE = 1u << 3,      /* a column of TSV/CSV/JSON */
    TABLE_F_SKIP_UNKNOWN = 1u << 4, /* detail/show/compare leave it out
                                       when not applicable */
    TABLE_F_BILINGUAL = 1u << 5,    /* a text in both languages: machine
                                    formats write KEY (Korean) and KEY_en */
    TABLE_F_SHARED = 1u << 6,       /* a measurement (a benchmark result):
                                       Compare shows its row only when two
                                       columns have it (any, for one) */
    TABLE_F_CUT_MIDDLE = 1u << 7,   /* a name: a narrow cell cuts it in the
                                       middle (text_fit_middle), so names
                                       that share a start stay apart */
    TABLE_F_IDS = 1u << 8,          /* the text is a ", "-joined list of
                                       record ids: JSON writes an array */
    TABLE_F_URL = 1u << 9,          /* a URL: the browser makes it a
                                       terminal link (OSC 8) and `y` copies it */
};

/* Groups of Compare rows, in order. */
enum table_group {
    TABLE_GROUP_MODEL,
    TABLE_GROUP_PARAMS,
    TABLE_GROUP_SPEC,
    TABLE_GROUP_PROGRAMME,
    TABLE_GROUP_CLAIMS
};

struct table_col;
/* Reads row into *out. buf (bufsz bytes) may be used for formatted text;
 * col is the entry itself (for its argument). */
typedef void table_get_fn(const void *row, const struct table_col *col, const struct table_ctx *ctx,
                          char *buf, size_t bufsz, struct table_value *out);

struct table_col {
    const char *key;      /* --sort / --filter key, JSON key */
    const char *title_en; /* full title (show, detail, Compare) */
    const char *title_ko;
    enum text_align align;
    int width; /* preferred display width at 80 columns; 0 = fit content */
    enum table_value_type type;
    table_get_fn *get;   /* required */
    const char *head_en; /* short column head (list, panes); NULL: title */
    const char *head_ko;
    unsigned flags; /* enum table_flags */
    /* The part of the data the field stands for: a struct dp_stage,
     * dp_scheme_part, dp_scheme, or a claim's metric; NULL for fixed
     * fields. argi: an index that goes with it. */
    const void *arg;
    size_t argi;
    enum table_scale scale;
    enum table_delta delta;
    enum table_best best;
    enum table_group group;
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
    /* Adds the dataset's fields (per stage, score part, metric) to a copy
     * of cols; NULL when the kind has none. See table_def_new(). */
    bool (*expand)(struct table_def *def, const struct dp_dataset *ds);
    /* Rows that stand apart from the others (a reference model, outside
     * the programme): a sorted view lists them after the others, and list
     * and the browser leave them out unless asked (see table_keeps_apart).
     * NULL when the kind has none. */
    bool (*apart)(const void *row);
    /* The contradiction about row's field `key`, or NULL; NULL when the
     * kind has no contradictions (table_get() reads it). */
    const struct dp_contradiction *(*contested)(const void *row, const char *key);
    /* Set by table_def_new(): storage to free with the copy, and how many
     * of cols are the kind's own (the rest come from the dataset). */
    void *owned;
    size_t cap;
    size_t nfixed;
};

/* The one name matcher: calls cb for every name a record answers to
 * (names and aliases in both languages, ids, a model's developer and its
 * consortium's names); stops when cb returns true. */
bool table_model_names(const void *row, bool (*cb)(const char *name, void *arg), void *arg);
/* The names of a record, as table_def.names lists them. */
typedef bool table_names_fn(const void *row, bool (*cb)(const char *name, void *arg), void *arg);
/* True when one of the names `names` lists for row matches q: exactly
 * (text_query_exact) or as the search matcher does (substring, 초성). */
bool table_names_match(table_names_fn *names, const void *row, const struct text_query *q, bool exact);
/* A model's own names only (names, aliases, id): resolving a name to one
 * record prefers the record that bears it over its consortium's models. */
bool table_model_own_names(const void *row, bool (*cb)(const char *name, void *arg), void *arg);
bool table_consortium_names(const void *row, bool (*cb)(const char *name, void *arg), void *arg);
bool table_partner_names(const void *row, bool (*cb)(const char *name, void *arg), void *arg);

/* A consortium's name as a team column shows it: its short name, else its
 * full name. */
const dp_text *table_consortium_short(const struct dp_consortium *c);

/* The consortium's standing result: the latest status that is neither
 * pending nor a declined later call; else the latest; NULL when none. */
const struct dp_status *table_status_decided(const struct dp_consortium *c);
/* A claim's value cell: "92.8", "70%", "5 rank" (shared by the claim
 * catalogue and the model's per-metric fields). */
void table_claim_value(const struct dp_claim *c, const struct table_ctx *ctx, char *buf, size_t n,
                       struct table_value *v);

/* One line of a record's detail (show and the detail view). */
struct table_line {
    const char *label; /* the field's title in the language */
    const char *text;  /* the value as every output shows it (display-safe) */
    const char *note;  /* a remark (reason, who reported it), or NULL */
    const char *src;   /* source ids, or NULL */
    enum table_tone tone;
    const char *url; /* a TABLE_F_URL field's value as in the data (raw), or NULL */
};
typedef void table_line_fn(void *arg, const struct table_line *line);
/* Calls cb for every line of row's detail: def's TABLE_F_DETAIL fields in
 * catalogue order (not-applicable ones left out), then for a consortium
 * its models, partners, people, strategy and note. Strings live until cb
 * returns. */
void table_record_lines(const struct table_def *def, const void *row, const struct table_ctx *ctx,
                        table_line_fn *cb, void *arg);

extern const struct table_def table_models;
extern const struct table_def table_partners;
extern const struct table_def table_consortia;
extern const struct table_def table_claims;
/* Sources (src/table/sources.c); build with table_def_new() so the
 * "cited_by" field (what cites each source) is there. */
extern const struct table_def table_sources;

/* The dataset's recorded disagreements (`dokpamo contradictions`),
 * src/table/contradictions.c; build with table_def_new(). */
extern const struct table_def table_contradictions;
/* Calls bad(x, k) for each field x->fields[k] a contradiction names that
 * is not a field of the model or consortium it is about: its marker would
 * never show. Returns how many, or (size_t)-1 out of memory. */
size_t table_contradiction_check(const struct dp_dataset *ds,
                                 void (*bad)(const struct dp_contradiction *x, size_t k, void *arg),
                                 void *arg);
/* The contradiction among `contras` that names field `key`, or NULL. */
const struct dp_contradiction *table_contradiction_find(const struct dp_contradiction *const *contras,
                                                        size_t n, const char *key);
/* The marker before a contested value: "⇆" ("!" in ASCII). */
const char *table_contra_mark(const struct table_ctx *ctx);

/* The dataset's dated events (`dokpamo timeline`), src/table/events.c. */
extern const struct table_def table_events;
/* The dataset's benchmark results (`dokpamo benchmarks`),
 * src/table/results.c: Korean benchmarks first. */
extern const struct table_def table_results;
/* Adds to a models catalogue one "bench.ID" field per benchmark that has
 * a result: the model's result (value, who reported it, the setting), for
 * show, the detail view and Compare. False on OOM. */
bool table_results_add_model_fields(struct table_def *def, const struct dp_dataset *ds);

/* True when a source-id list ("S5, P12") names id (whole ids only). */
bool table_src_has(const char *list, const char *id);
/* The ids of the records citing source id, ", "-joined into buf (stages,
 * schemes, consortia, models, contradictions, then the models of the
 * benchmark results, benchmarks, events and budget lines citing it). */
void table_source_cited_by(const struct dp_dataset *ds, const char *id, char *buf, size_t n);

struct table_sort_key {
    size_t col;
    bool desc;
};

#define TABLE_MAX_SORT 8

struct table_filter; /* parsed --filter expression */

struct table_keycache;

struct table {
    const struct table_def *def;
    const void **all; /* every row, in dataset order */
    size_t nall;
    const void **rows; /* the current view: filtered and sorted */
    size_t nrows;
    struct table_sort_key sort[TABLE_MAX_SORT];
    size_t nsort;
    struct table_keycache *keycache; /* sort keys kept between sorts; owned, NULL until one */
    const struct dp_dataset *ds;     /* the rows' dataset (source URLs) */
};

/* Builds a view of every row of `def`. Returns NULL on OOM. */
struct table *table_new(const struct table_def *def, const struct dp_dataset *ds);
void table_free(struct table **t);

/* The full catalogue of a kind for a dataset: base's fixed fields plus
 * one per stage, score part and metric of ds. Free with table_def_free(). */
struct table_def *table_def_new(const struct table_def *base, const struct dp_dataset *ds);
void table_def_free(struct table_def **def);
/* Appends a field to a catalogue built by table_def_new(); key and titles
 * are copied. Returns the entry, or NULL on OOM. */
struct table_col *table_def_add(struct table_def *def, const struct table_col *proto, const char *key,
                                const char *title_en, const char *title_ko);

/* Column index of `key` (exact, or case-insensitive), or -1. */
int table_col_find(const struct table_def *def, const char *key);
/* The title or the short head of a column in a language. */
const char *table_col_title(const struct table_col *col, enum dp_lang lang);
const char *table_col_head(const struct table_col *col, enum dp_lang lang);
/* Reads one field (zeroes *out first; buf as for table_get_fn). */
void table_get(const struct table_def *def, size_t col, const void *row, const struct table_ctx *ctx,
               char *buf, size_t bufsz, struct table_value *out);
/* The human text of a value: its text when known, else the reason in the
 * language ("undisclosed"/"비공개"). Never NULL. */
const char *table_value_human(const struct table_value *v, enum dp_lang lang);

/* Parses "KEY[,KEY]" where "-KEY" means descending into t->sort.
 * On error returns false and writes a message in lang to err. */
bool table_parse_sort(struct table *t, const char *spec, enum dp_lang lang, char *err, size_t errsz);
/* Sorts the view by t->sort (stable; unknown last in both directions;
 * then the rows that stand apart moved after the others, in order).
 * Each column's keys are computed once for every row (numbers read once,
 * strings ranked once by collation keys) and kept for later sorts in the
 * same context (lang, text_flags, korean_units): a re-sort is a key sort,
 * a language switch one rebuild. Getters must depend on nothing else that
 * changes, or the caller calls table_sort_forget() after changing it. */
void table_sort(struct table *t, const struct table_ctx *ctx);
void table_sort_forget(struct table *t);
/* Compares two rows by t->sort: <0, 0, >0 (unknowns last). */
int table_compare_rows(const struct table *t, const void *a, const void *b, const struct table_ctx *ctx);

/* The one filter language (filter.c has the grammar): "EXPR[,EXPR]",
 * all of which must hold, each KEY OP VALUE[|VALUE] with OP one of
 * = != > < >= <= ~. Keys are catalogue keys of def or the aliases tag,
 * modality, team; name~ searches every name. Returns NULL and writes a
 * display-safe message in lang to err (listing the valid keys) on a
 * parse error. */
struct table_filter *table_filter_parse(const struct table_def *def, const char *expr, enum dp_lang lang,
                                        char *err, size_t errsz);
/* True when row (of the filter's kind) passes every condition. */
bool table_filter_holds(const struct table_filter *f, const void *row, const struct table_ctx *ctx);
/* For a filter over models: a consortium passes when one of its models
 * does (NULL or empty f: always). */
bool table_filter_consortium(const struct table_filter *f, const struct dp_consortium *c,
                             const struct table_ctx *ctx);
size_t table_filter_count(const struct table_filter *f);
/* True when one of f's conditions is on the field `key` (through an
 * alias too). */
bool table_filter_uses(const struct table_filter *f, const char *key);
/* Whether a view of def keeps its rows that stand apart (the reference
 * models): when `shown` (the browser's key, --references, references =
 * yes) or when the filter f says which it wants (it names the
 * "reference" key). The one rule for list and the browser. */
bool table_keeps_apart(const struct table_def *def, const struct table_filter *f, bool shown);
/* A number in the C locale, whatever LC_NUMERIC says ("102.5", "236B"). */
bool table_parse_number(const char *s, double *out);
void table_filter_free(struct table_filter **f);
/* Keeps only rows matching f (NULL f or query keep all), then re-sorts. */
void table_apply(struct table *t, const struct table_filter *f, const struct text_query *q,
                 const struct table_ctx *ctx);

/* True when any name of row matches q (the search matcher). */
bool table_row_matches(const struct table_def *def, const void *row, const struct text_query *q);

/* The message for a sort, filter or column KEY that def does not have, in lang:
 * the nearest key when one is close ("did you mean"), then the valid keys
 * (extra first: the filter's aliases), the dataset's families of keys
 * (stage.…, claim.…) shortened to one entry each. Display-safe. */
enum table_key_use { TABLE_KEY_SORT, TABLE_KEY_FILTER, TABLE_KEY_COLUMN };
void table_unknown_key_message(const struct table_def *def, const char *key, enum table_key_use use,
                               const char *const *extra, size_t nextra, enum dp_lang lang, char *err,
                               size_t errsz);

/* A string cell from a dataset string (unknown when absent). */
void table_value_str(struct table_value *v, const dp_str *s);

/* A score as every output shows it, one decimal ("33.6"): the score
 * fields' getters and what-if's recomputed scores. */
#define TABLE_SCORE_FMT "%.1f"
void table_format_score(double v, char *buf, size_t bufsz);

/* Formats a parameter count given in billions: "519B", "1.5T", "12B",
 * "0.5B"; with korean_units "5,190억", "1.5조". NaN/unknown -> "—" or "-". */
void table_format_params(double billions, bool korean_units, char *buf, size_t bufsz);

#endif
