/* SPDX-License-Identifier: GPL-2.0-or-later */
/* tui.h — the interactive browser (the only room that includes curses).
 *
 * main() loads the dataset, then hands it to tui_run(), which owns the
 * terminal until it returns; the dataset stays owned by the caller.
 */
#ifndef DOKPAMO_TUI_H
#define DOKPAMO_TUI_H

#include <stdbool.h>

#include "model.h"

/* A load still running when the browser starts (main.c, with --preview):
 * the browser shows the preview it was given, the load's progress in its
 * title, answers keys meanwhile (those that open another screen or a
 * prompt wait for the whole data), and swaps in the whole dataset when
 * the load ends: each pane re-sorted, the selected row kept. */
struct tui_loader {
    void *arg;
    void (*start)(void *arg);        /* called once the first screen is drawn */
    bool (*done)(void *arg);         /* the load has ended (never waits) */
    unsigned (*permille)(void *arg); /* how far it is, 0..1000 */
    /* Waits for the load's end: the whole dataset (the caller's), or NULL
     * when it failed; the browser then ends with TUI_LOAD_FAILED, the
     * terminal restored, the view not saved, nothing said. */
    const struct dp_dataset *(*wait)(void *arg);
    /* Headless mode: the preview stays until the script's :load, so a
     * screen dumped before it is the preview's whatever the load does. */
    bool hold;
};
#define TUI_LOAD_FAILED (-1)

struct tui_options {
    enum dp_lang lang;
    unsigned text_flags; /* enum text_flags: TEXT_AMBIG_WIDE, TEXT_ASCII */
    bool color;          /* false: --color=never or NO_COLOR */
    bool korean_units;
    bool references; /* show the reference models from the start (r toggles) */
    /* Initial sort of each pane (Parameters, Architecture, Partners,
     * Evaluation): "KEY[,KEY]", "-KEY" descending; NULL keeps the default. */
    const char *pane_sort[4];
    /* Headless mode (tests): curses draws into memory at cols x rows,
     * keys come from the script file, screens are dumped to stdout. */
    const char *script; /* NULL: interactive */
    int cols, rows;
    /* --ssh (doc/serving.md): the export key writes no file, it offers
     * the terminal and OSC 52 instead. */
    bool ssh;
    long idle_exit_ms; /* quit after this long without a key; 0: never */
    /* The saved view (src/tui/state.c): read at start, written on quit. */
    bool state;
    /* OSC 8 links over the source URLs: 0 auto (not with TEXT_ASCII or a
     * $TERM that prints OSC strings), 1 always, 2 never. */
    int hyperlinks;
    bool lang_given, units_given, references_given; /* --lang / --units /
                                                        --references win over it */
    /* The locale cannot show Hangul (cli_locale_lang()): English, whatever
     * the saved view says (which keeps its language), and L says how to
     * get Korean (locale_notice). */
    bool lang_locked;
    const char *locale_notice;
    /* The status line's first message (a config file's problem, the
     * locale's notice), shown once the screen is up; NULL: none. */
    const char *notice;
    const struct tui_loader *loader; /* NULL: the dataset is whole */
};

/* Runs the browser. Returns the process exit status (0 on q). */
int tui_run(const struct dp_dataset *ds, const struct tui_options *opt);

#endif
