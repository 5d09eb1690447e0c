/* SPDX-License-Identifier: GPL-2.0-or-later */
/* app.h — the browser's private interfaces (src/tui only).
 *
 * One struct app is the whole state of a session; it is passed to every
 * function (no globals). The main screen is four panes, each a file that
 * exports a const struct pane_ops; other screens (help, detail, compare)
 * export a const struct screen_ops. Keys map to enum action through the
 * table in keys.def; actions return a reaction bitmask and never draw.
 */
#ifndef DOKPAMO_TUI_APP_H
#define DOKPAMO_TUI_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "compare.h"
#include "model.h"
#include "table.h"
#include "text.h"
#include "tui.h"
#include "vocab.h"

/* ---- actions and reactions (keys.c) ---------------------------------- */

#define KEY_CTRL(c) ((c)&0x1f)

enum action {
    ACT_NONE,
#define DP_KEY(name, section, hint, ...) ACT_##name,
#include "tui/keys.def"
#undef DP_KEY
    ACT_COUNT
};

enum key_section { SEC_MOVE, SEC_PANES, SEC_FIND, SEC_SORT, SEC_VIEW, SEC_COMPARE, SEC_COUNT };

/* What the caller must do after an action. Actions never draw. */
enum reaction {
    R_NONE = 0,
    R_REDRAW = 1 << 0,   /* repaint the screen */
    R_RESORT = 1 << 1,   /* re-sort every pane (language, units) */
    R_REFILTER = 1 << 2, /* recompute every pane's rows (filter changed) */
    R_LINK = 1 << 3,     /* selection moved: update linked highlights */
    R_RELAYOUT = 1 << 4, /* size, zoom or column widths changed */
    R_QUIT = 1 << 5,
    R_UNHANDLED = 1 << 6, /* a screen did not handle the action */
};

/* Key code (curses KEY_* or a character) -> action; ACT_NONE if unbound. */
enum action keys_action(int key);
/* "j", "Down", "Tab", "Space", "F1" ... */
const char *keys_name(int key, char *buf, size_t bufsz);
/* Writes the hint line ("1 params 2 arch ... q quit") into buf. */
/* The bottom line's hints that fit in width columns: when they do not
 * all fit, the lowest-priority ones give way first (`? help` and `q`
 * never). */
void keys_hints(enum dp_lang lang, char *buf, size_t bufsz, int width);
/* Help lines for the help screen: calls cb once per section title
 * (keys == NULL) and once per action. */
void keys_help(enum dp_lang lang, void (*cb)(void *arg, const char *keys, const char *help), void *arg);

/* Does terminfo know $TERM for the terminal on fd, and can that terminal
 * move the cursor (TERM=dumb cannot)? (termprobe.c) */
enum term_probe { TERM_PROBE_OK, TERM_PROBE_UNKNOWN, TERM_PROBE_NO_CURSOR };
enum term_probe tui_terminal_probe(int fd);

/* ---- glyphs and styles (draw.c) --------------------------------------- */

/* Characters that differ between UTF-8 and ASCII output. */
struct glyphs {
    const char *h, *v, *tl, *tr, *bl, *br, *lt, *rt, *tt, *bt, *cross;
    const char *up, *down;      /* sort direction in headers */
    const char *above, *below;  /* rows out of view above / below a pane's */
    const char *mark;           /* a marked record */
    const char *dot;            /* absent mark in the matrix */
    const char *yes;            /* present mark in the matrix */
    const char *dash;           /* unknown value */
    const char *sep;            /* " · " in the title line */
    const char *const *eighths; /* bar partial blocks, [0] unused, [8] full */
    bool ascii;
};

enum style {
    ST_NORMAL,
    ST_BORDER,
    ST_TITLE,       /* the screen title on the top border */
    ST_PANE_TITLE,  /* an unfocused pane's title */
    ST_PANE_FOCUS,  /* the focused pane's title */
    ST_HEADER,      /* column headers */
    ST_HEADER_SORT, /* the sorted column's header */
    ST_CURSOR,      /* the selected row of the focused pane */
    ST_CURSOR_DIM,  /* the selected row of another pane */
    ST_LINKED,      /* rows of the selected model / consortium elsewhere */
    ST_MARKED,
    ST_BAR,
    ST_UNKNOWN, /* null values */
    ST_GOOD,    /* advanced / selected, official claims */
    ST_BAD,     /* eliminated */
    ST_VENDOR,  /* vendor claims */
    ST_HINT,    /* the key hint line */
    ST_PROMPT,
    ST_MATCH,
    ST_COUNT
};

/* ---- panes (pane.c + pane_*.c) ----------------------------------------- */

struct app;
struct pane;

enum cell_kind {
    CELL_TEXT,
    CELL_BAR,     /* a bar scaled by pane_ops.bar_scale; the text is ignored */
    CELL_TEXTBAR, /* text then a bar in the remaining space */
};

/* Layout of one column (parallel to the pane's table_col array). */
struct pane_col {
    int min;  /* narrowest useful width */
    int max;  /* widest (0: as wide as its content) */
    int prio; /* columns with the lowest prio are dropped first; < 0 hidden */
    enum cell_kind kind;
    int want; /* narrower than this, drop a less important column (0: min) */
};

/* Columns are laid out per pane size; widths are per column index. */
#define PANE_MAX_COLS 96

/* A pane's column: a catalogue key (an fnmatch pattern such as "stage.*"
 * takes every matching field, each a little less important than the one
 * before), its layout, and an optional head overriding the catalogue's
 * (a drawing of a field, such as the bar of params_total_b). */
struct pane_field {
    const char *key;
    const char *exclude;  /* pattern of keys the pattern leaves out */
    const char *exclude2; /* and another (NULL: none) */
    struct pane_col layout;
    enum vocab_id head; /* a head instead of the field's (V_NOWORD: its own) */
};

struct pane_ops {
    const char *id; /* "params" */
    enum vocab_id title;
    /* The catalogue the pane reads (table_models, table_consortia ...) and
     * the fields it shows: a pane is a layout of catalogue keys. */
    const struct table_def *catalog;
    const struct pane_field *fields;
    size_t nfields;
    /* Or, for a pane with columns of its own: fills p->def / p->cols /
     * p->layout. Returns false on OOM. */
    bool (*init)(struct pane *p, struct app *a);
    const char *default_sort; /* a key (fnmatch pattern: the first match) */
    bool default_desc;
    /* The model / consortium a row stands for (either may be NULL). */
    const struct dp_model *(*row_model)(const void *row);
    const struct dp_consortium *(*row_consortium)(const void *row);
    /* 0..1 length of a bar cell; NaN for none. NULL: value / its max. */
    double (*bar_scale)(const struct app *a, size_t col, const void *row);
    /* The detail screen of a row. */
    void (*detail)(struct app *a, const void *row);
    /* When the view is sorted by this column (index + 1; 0 for none), it
     * reads grouped: the value is shown only where it changes. */
    size_t group_col;
};

extern const struct pane_ops pane_params;
extern const struct pane_ops pane_arch;
extern const struct pane_ops pane_partners;
extern const struct pane_ops pane_eval;

#define NPANES 4

struct pane {
    const struct pane_ops *ops;
    struct table_def def; /* this pane's own columns */
    struct table_col cols[PANE_MAX_COLS];
    struct pane_col layout[PANE_MAX_COLS];
    int content_w[PANE_MAX_COLS]; /* widest value over every row, in measured_ctx */
    bool measured;
    struct table_ctx measured_ctx;
    struct table *t;
    size_t nshowable; /* rows a filter can show: all but the hidden reference models */
    size_t sel, top;
    /* Screen rectangle (outer, without borders) and the laid-out columns. */
    int y, x, h, w;
    int ncolshown;
    bool mark_first; /* a reference row's first cell ends with its mark (no team column shown) */
    size_t colidx[PANE_MAX_COLS];
    int colx[PANE_MAX_COLS], colw[PANE_MAX_COLS];
};

/* Getters receive a struct table_ctx; ours is the first member of this, so
 * pane columns can reach the dataset. */
struct tui_ctx {
    struct table_ctx base;
    const struct dp_dataset *ds;
    const struct dp_scheme *scheme; /* the scheme scored in the Evaluation pane */
    const struct glyphs *g;
};
#define TUI_CTX(ctx) ((const struct tui_ctx *)(const void *)(ctx))

/* Column getter helpers (cols.c) for the panes with columns of their own. */
void col_text(struct table_value *out, const char *text); /* measures text */
void col_unknown(struct table_value *out, enum table_value_type type, enum dp_why why);
/* The app's catalogue for a base kind (table_models ...). */
const struct table_def *app_catalog(const struct app *a, const struct table_def *base);
/* What a pane row stands for. */
const struct dp_model *row_model_self(const void *row);
const struct dp_consortium *row_model_consortium(const void *row);
const struct dp_consortium *row_consortium_self(const void *row);

bool pane_init(struct pane *p, const struct pane_ops *ops, struct app *a);
/* Applies an initial sort "KEY[,KEY]" (config sort.params ...) to a pane;
 * a bad spec leaves the default and shows a message. */
void pane_sort_spec(struct pane *p, struct app *a, const char *spec);
/* The same, quietly: false (the sort unchanged, err says why) when the
 * spec does not parse. */
bool pane_sort_try(struct pane *p, struct app *a, const char *spec, char *err, size_t errsz);
void pane_fini(struct pane *p);
/* Recomputes rows (filter), sorts and measures content widths. */
void pane_refresh(struct pane *p, struct app *a);
void pane_sort(struct pane *p, struct app *a);
void pane_layout(struct pane *p, struct app *a, int y, int x, int h, int w);
void pane_draw(struct pane *p, struct app *a, bool focused);
/* Rows of data visible in the pane. */
int pane_body_rows(const struct pane *p);
const void *pane_current(const struct pane *p);
enum reaction pane_move(struct pane *p, long delta);
enum reaction pane_move_to(struct pane *p, size_t row);
/* Makes `row` the selection if present; keeps the cursor otherwise. */
bool pane_select_row(struct pane *p, const void *row);
/* Sort by column `col` (index in def); toggles direction if already. */
enum reaction pane_sort_by(struct pane *p, struct app *a, size_t col, int dir);
/* The columns a sort can choose: those on the screen, a field drawn
 * twice (Total and its bar) once; returns how many (cols: def indexes). */
int pane_sort_cols(const struct pane *p, size_t *cols);
/* Sort column cycling over the columns shown. */
enum reaction pane_sort_step(struct pane *p, struct app *a, int step);
/* Column at screen x, or -1. */
int pane_col_at(const struct pane *p, int x);
bool pane_row_linked(const struct pane *p, const struct app *a, const void *row);
/* Rows of the view above and below what the pane shows. */
size_t pane_rows_above(const struct pane *p);
size_t pane_rows_below(const struct pane *p);
/* The marks of those rows for the pane's title ("  ↑ 2 more  ↓ 7 more",
 * else "  ↑2 ↓7"), in at most avail columns; false (buf empty) when there
 * are none or they do not fit. */
bool pane_more_rows(const struct pane *p, const struct app *a, char *buf, size_t bufsz, int avail);
void pane_scroll_to_linked(struct pane *p, const struct app *a);

/* pane_arch.c: each head of the Architecture matrix and what it stands
 * for, in lang (the help's legend). */
void pane_arch_legend(enum dp_lang lang, void (*cb)(void *arg, const char *abbr, const char *meaning),
                      void *arg);

/* ---- screens (help.c, detail.c, compare.c) ------------------------------ */

struct screen_ops {
    const char *id;
    void (*draw)(struct app *a);
    enum reaction (*action)(struct app *a, enum action act);
    /* Optional: sees every key before the key table (a screen's own text
     * prompt); returns R_UNHANDLED to let the key go to action(). */
    enum reaction (*key)(struct app *a, int key, bool is_code);
    /* Optional: a bracketed paste (text, never keys) while this screen has
     * a text prompt open; R_UNHANDLED when it has none. */
    enum reaction (*paste)(struct app *a, const char *s, size_t n);
};

extern const struct screen_ops screen_main;
extern const struct screen_ops screen_page; /* help and detail */
extern const struct screen_ops screen_compare;
extern const struct screen_ops screen_whatif;

/* compare.c: `c` builds the comparison of the marked records (or the
 * selection and its nearest peer) and shows it; compare_close() frees it.
 * whatif.c: `w` in the Evaluation pane; whatif_close() frees its state. */
struct compare_view;
struct whatif_view;
enum reaction compare_open(struct app *a);
/* The same from another screen (the Benchmarks grid): nothing marked, it
 * compares `cursor` and its nearest peer; Esc goes back to `back`. */
enum reaction compare_open_from(struct app *a, const struct dp_model *cursor, const struct screen_ops *back);
void compare_close(struct app *a);
/* The source ids of Compare's selected value (NULL: none), and in label
 * what it is ("K-EXAONE 2.0 · Total parameters"). */
const char *compare_view_sources(const struct app *a, char *label, size_t labelsz);
enum reaction whatif_open(struct app *a);
void whatif_close(struct app *a);

/* A scrollable list of lines (help, detail). */
struct page_line {
    char *label; /* left column, or NULL */
    char *text;  /* display-safe */
    char *src;   /* source id, or NULL */
    char *url;   /* the text is this URL (as in the data): a terminal link */
    enum style style;
};

struct page {
    char *title;
    struct page_line *lines;
    size_t nlines, cap;
    size_t top;
    int label_w;
};

void page_clear(struct page *pg);
void page_title(struct page *pg, const char *title);
/* Adds a line; text may be NULL (empty). */
void page_add(struct page *pg, enum style st, const char *label, const char *text, const char *src);
/* The last line added shows url (page_line.url). */
void page_line_url(struct page *pg, const char *url);
void page_addf(struct page *pg, enum style st, const char *label, const char *src, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* `/` in help and detail (less-like): the lines whose label or text
 * match, from the line at the top; n/N the next and previous, wrapping;
 * the matching lines are highlighted. */
size_t page_top_line(const struct app *a);
enum reaction page_search_live(struct app *a);
enum reaction page_search_step(struct app *a, int dir);
/* The status of a search for the prompt or the status line: "match 3/7",
 * with " · wrapped to the top" after a wrap. */
void search_status(const struct app *a, char *buf, size_t bufsz);
/* "no match for …" on the status line, the query display-safe. */
void search_miss(struct app *a);

void help_open(struct app *a);
void detail_model(struct app *a, const void *row);
/* Space on a model elsewhere than the main screen: its mark toggled (the
 * marks Compare reads), the count kept. */
void app_mark_model(struct app *a, const struct dp_model *m);
void detail_partner(struct app *a, const void *row);
void detail_consortium(struct app *a, const void *row);
void detail_source(struct app *a, const void *row);
void detail_event(struct app *a, const void *row);
void detail_result(struct app *a, const void *row);
void detail_contradiction(struct app *a, const void *row);

/* listview.c: the list the record-list views share (Sources, Timeline,
 * Benchmarks, Contradictions). The view fills t (its rows), the columns
 * (catalogue indexes of t->def, -1 to skip) and their widths (0: not
 * shown at this size), and calls listview_draw / _key / _action. */
#define LISTVIEW_MAX_COLS 64
struct listview {
    struct table *t; /* owned */
    int cols[LISTVIEW_MAX_COLS];
    int widths[LISTVIEW_MAX_COLS];
    size_t ncols;
    size_t sel, top;
    enum vocab_id none; /* the line an empty list shows */
    /* A text mark before a row (2 columns), or NULL for none. */
    const char *(*mark)(const struct app *a, const void *row);
    /* Enter: the detail page of the current row. */
    void (*detail)(struct app *a, const void *row);
    bool searchable, sortable; /* `/ n N` and `s S <` */
    /* A grid: the cell of column `cell` (an index of cols) on the cursor
     * row is the cursor, its head marked too. */
    bool cells;
    size_t cell;
    int reserve;    /* lines the view keeps for itself above the bottom line */
    bool searching; /* the `/` prompt is open */
    char input[256];
    struct text_query *query;
    size_t search_origin;
};
/* A view's list of every row of the kind `base` (the dataset's catalogue
 * of it): `none` for an empty list, `mark` and `detail` as above, `/`
 * searching on. False (the status line says it) when out of memory. */
bool listview_open(struct app *a, struct listview *lv, const struct table_def *base, enum vocab_id none,
                   const char *(*mark)(const struct app *a, const void *row),
                   void (*detail)(struct app *a, const void *row));
void listview_fini(struct listview *lv);
/* Frame, title, heads, the visible rows, and the hint (or the message,
 * or the open `/` prompt) on the bottom line. */
void listview_draw(struct app *a, struct listview *lv, const char *title, const char *hint);
/* The `/` prompt's keys while it is open (R_UNHANDLED otherwise). */
enum reaction listview_key(struct app *a, struct listview *lv, int key, bool is_code);
/* The view's columns this frame: the catalogue fields `keys` of def
 * with their widths (0: not shown at this size). */
void listview_set_columns(struct listview *lv, const struct table_def *def, const char *const *keys,
                          const int *widths, size_t n);
/* Moving, searching, sorting, Enter (lv->detail) and Esc while a search
 * is kept (it clears the search); R_UNHANDLED for the rest, Esc without
 * a search among them: the view goes back. */
enum reaction listview_action(struct app *a, struct listview *lv, enum action act);
/* Sorts again (after `L`), keeping the cursor on its row. */
enum reaction listview_resort(struct app *a, struct listview *lv);
const void *listview_current(const struct listview *lv);
/* Where a record-list view goes back to: the detail page it was opened
 * from (fn, row), else `screen` (NULL: the main screen). */
struct view_return {
    void (*fn)(struct app *a, const void *row);
    const void *row;
    const struct screen_ops *screen;
    size_t top; /* the detail page's scroll, as it was */
};
/* Closes the view (`close`, which frees the view holding ret) and goes
 * back where ret says. */
enum reaction view_go_back(struct app *a, struct view_return ret, void (*close)(struct app *a));
/* Where the user is now, to come back to: a detail page scrolled as it is,
 * or a screen other than the main one (zero: the main screen). */
struct view_return view_return_here(const struct app *a);
/* Esc on the detail page of a row that `detail` showed: back to the list
 * `screen`, if its view is open. */
bool view_page_back(struct app *a, void (*detail)(struct app *a, const void *row), bool open,
                    const struct screen_ops *screen);

/* sources.c: `o` lists the sources of the selected record (main screen),
 * of the record a detail view shows (the cursor on the source of the line
 * the user is at), of Compare's selected value, of the Timeline's or
 * Contradictions' selected row; Enter opens a source's detail, `y` copies
 * its URL, Esc goes back one step, to exactly where `o` was pressed. */
extern const struct screen_ops screen_sources;
struct sources_view;
enum reaction sources_open(struct app *a);
/* The list of the sources named in ids ("S5, P12"), the cursor on the
 * first of `at` (NULL: the first row); titled with name, else label. */
enum reaction sources_open_ids(struct app *a, const char *ids, const char *at, const dp_text *name,
                               const char *label, struct view_return ret);
/* The list of every source row (of the base catalogue) cites. */
enum reaction sources_open_record(struct app *a, const struct table_def *base, const void *row,
                                  const dp_text *name, const char *label, const char *at,
                                  struct view_return ret);
/* `y`: the source's URL (text_uri()'s form) through OSC 52, the status
 * line saying what was sent — or why nothing was (no URL, not a plain
 * http(s) URL). */
enum reaction sources_copy_url(struct app *a, const struct dp_source *s);
void sources_close(struct app *a);
/* Esc or Enter on a source's detail page: back to the list (true), or
 * false when the page is not a source opened from the list. */
bool sources_page_back(struct app *a);

/* timeline.c: `t` lists every dated event (f: one team); contradictions.c:
 * `x` lists the recorded disagreements, starting at the selected record's
 * (contra_open_at: at a given one). Enter shows one; Esc goes back. */
extern const struct screen_ops screen_timeline;
extern const struct screen_ops screen_contradictions;
struct timeline_view;
struct contra_view;
enum reaction timeline_open(struct app *a);
void timeline_close(struct app *a);
bool timeline_page_back(struct app *a);
enum reaction contra_open(struct app *a);
enum reaction contra_open_at(struct app *a, const char *about, const struct dp_contradiction *at);
void contra_close(struct app *a);
bool contra_page_back(struct app *a);

/* benchmarks.c: `b` lists every benchmark result, Korean benchmarks
 * first, who reported each in words; Enter shows one; Esc goes back. */
extern const struct screen_ops screen_benchmarks;
struct bench_view;
enum reaction bench_open(struct app *a);
void bench_close(struct app *a);
bool bench_page_back(struct app *a);

/* ---- filters (filter.c) ------------------------------------------------- */

/* The browser's filter is an expression of the shared filter language
 * (table.h: "tag=moe,result=eliminated"), the same text --filter takes:
 * what the title shows can be pasted into `dokpamo list --filter`. The
 * `f` menu offers one condition per tag, modality, team and result. */
struct filter_choice {
    char expr[160]; /* "tag=moe": the condition, display-safe */
};

/* The choices offered by `f`, built from the dataset (again after `L`:
 * team names and results follow the language). */
bool filter_choices_build(struct app *a);
/* Adds a condition to the active filter (false: it does not parse, with
 * the message shown). */
bool filter_add(struct app *a, const char *expr);
void filter_clear(struct app *a);
bool filter_model_ok(const struct app *a, const struct dp_model *m);
bool filter_consortium_ok(const struct app *a, const struct dp_consortium *c);

/* ---- the sort menu (sortmenu.c) ---------------------------------------- */

/* F6: a menu of the focused pane's columns on the screen; while it is
 * open it has every key. */
enum reaction sortmenu_open(struct app *a);
enum reaction sortmenu_key(struct app *a, int key, bool is_code);
void sortmenu_draw(struct app *a);

/* ---- terminal links (termout.c) ---------------------------------------- */

/* curses cannot put an OSC 8 hyperlink in its cells: while drawing, a
 * screen says where it drew a URL (termout_link: row, column, width and
 * the URL as in the data, checked with text_uri()); after the frame is on
 * the terminal, termout_flush() writes those cells again inside the link. */
struct term_link {
    int y, x, w;
    char *uri; /* text_uri()'s form; owned */
};
struct term_links {
    struct term_link *v;
    size_t n, cap;
};
/* May $TERM's terminal get OSC strings (it swallows those it does not
 * know)? Not dumb, linux, vt100 … (--hyperlinks=auto). */
bool termout_term_links(const char *term);
void termout_begin(struct app *a); /* a new frame: no link yet */
void termout_link(struct app *a, int y, int x, int w, const char *url);
void termout_flush(struct app *a); /* after refresh() */
void termout_free(struct app *a);

/* ---- the application --------------------------------------------------- */

/* PROMPT_EXPORT: `e`'s file name (input); PROMPT_OVERWRITE: the y/N
 * question when that file exists. */
enum prompt_mode { PROMPT_NONE, PROMPT_SEARCH, PROMPT_FILTER, PROMPT_EXPORT, PROMPT_OVERWRITE };

struct app {
    const struct dp_dataset *ds;
    struct tui_options opt;
    struct tui_ctx ctx;
    const struct glyphs *g;
    bool color;
    unsigned tflags; /* text flags for fitting */

    struct pane panes[NPANES];
    int focus;
    bool zoomed;
    const struct screen_ops *screen;
    struct page page;
    /* What the page shows, to rebuild it after `L`: a detail (fn and row)
     * or, when detail_fn is NULL, the help. */
    void (*detail_fn)(struct app *a, const void *row);
    const void *detail_row;
    const struct table_def *detail_base; /* the detail's kind (table_models ...) */
    const dp_text *detail_name;          /* its name, or NULL (a source) */
    struct sources_view *srcv;           /* the Sources view (NULL: closed) */
    struct timeline_view *tlv;           /* the Timeline view (NULL: closed) */
    struct contra_view *cxv;             /* the Contradictions view (NULL: closed) */
    struct bench_view *bmv;              /* the Benchmarks view (NULL: closed) */

    /* The reference models: shown (r, --references) or left out of the
     * model panes; shown, they follow the programme's models. */
    bool show_refs;

    /* Linked selection. */
    const struct dp_model *sel_model;
    const struct dp_consortium *sel_cons;

    /* Marks, indexed by dp_model.index and dp_consortium.index. */
    bool *mark_model;
    bool *mark_cons;
    size_t nmarked;

    /* The Compare and what-if screens' state (NULL when closed). */
    struct compare_view *cmpv;
    bool cmp_diff_only; /* Compare's `d`, kept when Compare closes */
    struct whatif_view *whatif;

    /* Search. */
    enum prompt_mode prompt;
    char input[1024]; /* a search, a filter or an export's file name */
    size_t input_len;
    struct text_query *query;
    const struct screen_ops *query_screen; /* where it was typed: the main
                                              screen's panes or a page */
    size_t search_origin;                  /* main: the row; page: the top screen row */
    int search_origin_pane;
    bool search_failed;
    size_t search_k, search_n; /* the match shown is the k-th of n */
    int search_wrapped;        /* 1: found past the end, from the top; 2:
                                  past the start, from the bottom; 0: not */
    size_t page_match;         /* the page line of the match shown */

    /* The sort menu (F6): open, and the line chosen (an index of the
     * focused pane's shown columns). */
    bool sort_menu;
    int sort_menu_sel;

    /* Filters: the active expression and its parsed form (over models). */
    char filter_expr[1024];
    struct table_filter *filter;
    size_t nfilters;
    struct filter_choice *choices;
    size_t nchoices;
    size_t choice_sel, choice_top;
    size_t *choice_shown; /* indexes of choices matching the input */
    size_t nchoice_shown;

    double params_max; /* largest total parameter count, for bars */
    /* The catalogues the panes and the detail view read (table_def_new). */
    struct table_def *cat_models, *cat_consortia, *cat_partners, *cat_sources;
    struct table_def *cat_events, *cat_contradictions, *cat_results;
    double score_max;

    /* OSC 8 links over the URLs drawn (termout.c): on or off for the
     * session, this frame's and those on the terminal now. */
    bool hyperlinks;
    struct term_links links, links_shown;

    int rows, cols;
    bool too_small;
    char msg[160]; /* one-shot message on the hint line */

    /* A preview while the whole dataset loads (tui_options.loader). */
    bool loading;
    bool load_failed;    /* the load failed: the browser ends */
    unsigned load_shown; /* the percentage the title shows */

    /* Headless mode: the script, and keys of the current line not yet
     * delivered. */
    FILE *script;
    FILE *devnull_out, *devnull_in;
    bool headless;
    bool frame_resumed; /* the first frame went through endwin() (app_draw) */
    bool draw_owed;     /* keys came faster than frames: draw once they stop */
    bool start_nomem;   /* start_curses() failed for want of memory */
    bool idle_expired;  /* --idle-exit ended the loop */
    int pend_key[256];
    bool pend_code[256];
    size_t npend, ipend;
};

/* Minimum terminal size. */
#define TUI_MIN_COLS 64
#define TUI_MIN_ROWS 18

/* draw.c */
const struct glyphs *draw_glyphs(unsigned text_flags);
void draw_styles_init(struct app *a);
void draw_set(struct app *a, enum style st);
int draw_attr(const struct app *a, enum style st);
/* Draws s (display-safe, `width` columns or -1 to measure) fitted to exactly
 * `cols` columns at y,x. */
void draw_text(struct app *a, int y, int x, int cols, const char *s, int width, enum text_align align);
/* The same, cut in the middle when too wide (a name: text_fit_middle). */
void draw_text_cut(struct app *a, int y, int x, int cols, const char *s, int width, enum text_align align,
                   bool middle);
/* A catalogue value's text s (its text, or the dash or reason that
 * stands in) in a cell of `cols`: the value's alt (the official Latin
 * name) where s does not fit and alt is narrower, cut in the middle for a
 * TABLE_F_CUT_MIDDLE field. The one rule of panes and list views. */
void draw_value(struct app *a, int y, int x, int cols, const struct table_col *col,
                const struct table_value *v, const char *s, int width);
/* Draws s at y,x, no more than `cols` columns, no padding; returns width used. */
int draw_clip(struct app *a, int y, int x, int cols, const char *s, int width);
/* Repeats glyph n times. */
void draw_hline(struct app *a, int y, int x, int n, const char *glyph);
void draw_bar(struct app *a, int y, int x, int cols, double frac);
void draw_box_frame(struct app *a, int y, int x, int h, int w);
int draw_utf8_width(const struct app *a, const char *s);

/* app.c */
const char *app_str(const struct app *a, const dp_text *t);
const dp_str *app_dstr(const struct app *a, const dp_text *t);
void app_set_msg(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
enum reaction app_open_detail(struct app *a);
void app_refilter(struct app *a);
void app_link_from(struct app *a, struct pane *p);
struct pane *app_focused(struct app *a);
void app_draw(struct app *a);
void app_layout(struct app *a);
enum reaction app_mouse(struct app *a, int x, int y, int button);

/* The whole dataset in place of the preview, once the load has ended
 * (waits for it): false when the load failed (a->load_failed) or memory
 * ran out. */
bool app_load_swap(struct app *a);

/* The signal that asks the browser to quit (SIGHUP, SIGINT, SIGTERM), or 0. */
int app_signal(void);

/* print.c */
/* Leaves the screen, prints text (display-safe, line by line) on the
 * terminal, waits for Enter and comes back; `what` names the text in the
 * closing line. A NULL text (it could not be built) says out of memory. R_QUIT when the session is gone meanwhile (a write error,
 * end of input, a signal, the idle timeout), else R_REDRAW. In headless
 * mode the text goes to stdout between the screen dumps. */
enum reaction app_print_text(struct app *a, const char *text, size_t len, const char *what);

/* prompt.c */
enum reaction prompt_key(struct app *a, int key, bool is_key_code);
/* A paste into the open `/` or `f` prompt: text, never keys. */
enum reaction prompt_paste(struct app *a, const char *s, size_t n);
/* Appends pasted s[0..n) to buf (holding *len bytes, capacity cap) as
 * text: CR, LF and CR LF become "\n", TAB "\t", ESC "\e", other controls
 * "\xNN"; stops, whole characters only, when buf is full. */
void paste_append(char *buf, size_t cap, size_t *len, const char *s, size_t n);
void prompt_draw(struct app *a, int y);
enum reaction search_step(struct app *a, int dir);
void filter_menu_draw(struct app *a);
enum reaction prompt_open(struct app *a, enum prompt_mode mode);

/* export.c */
/* Writes the focused pane's rows (as shown: filtered and sorted) and
 * columns to path in the format its extension names, through
 * compare_export_file(); *nrows: the rows written. */
enum compare_export_status pane_export(struct app *a, const char *path, bool overwrite, char *err,
                                       size_t errsz, size_t *nrows);
/* Compare's part of the same prompt (compare.c). */
enum compare_export_status compare_view_export(struct app *a, const char *path, bool overwrite, char *err,
                                               size_t errsz, size_t *nrows);
/* Sends data to the clipboard through OSC 52: to the terminal when stdout
 * is one; headless, to $DOKPAMO_OSC52_LOG. False when it went nowhere, and
 * the status line says why (too large, no terminal, out of memory — a NULL
 * data could not be built); the caller says what was sent. */
bool app_clipboard(struct app *a, const char *data, size_t len);
/* The status line after a copy: what was sent to the terminal, and inside
 * tmux ($TMUX) how to let it through (set-clipboard on). */
void app_copied(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* `y` on the main screen: the selected row of the focused pane, with the
 * column heads, as Markdown through OSC 52. */
enum reaction pane_copy_row(struct app *a);
/* `e` under --ssh: the focused pane as Markdown on the terminal. */
enum reaction pane_print(struct app *a);

/* state.c: the saved view ($XDG_STATE_HOME/dokpamo/view) when
 * a->opt.state. state_load() before the panes are built (language,
 * units), state_apply_panes() after (sorts, focus); a broken file is
 * ignored with a message on the status line. state_save() on quit: false
 * with the reason (display-safe, in the language) in err. */
void state_load(struct app *a);
void state_apply_panes(struct app *a);
bool state_save(struct app *a, char *err, size_t errsz);

/* headless.c */
/* Reads the next input from the script. Returns HL_KEY with *key (a curses
 * key code when *is_code, else a character), HL_DONE after a command it
 * handled itself (:dump, :resize, :click, :wheel, :echo) with *r the
 * reaction, HL_EOF at the end of the script, or HL_NOMEM when a command
 * could not allocate what it was to print (the run ends: exit 71). */
enum hl_input { HL_EOF, HL_KEY, HL_DONE, HL_NOMEM };
enum hl_input headless_next(struct app *a, int *key, bool *is_code, enum reaction *r);
/* Prints the screen; false when out of memory (nothing printed). */
bool headless_dump(struct app *a, FILE *out);

#endif
