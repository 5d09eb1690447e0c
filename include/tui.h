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
};

/* Runs the browser. Returns the process exit status (0 on q). */
int tui_run(const struct dp_dataset *ds, const struct tui_options *opt);

#endif
