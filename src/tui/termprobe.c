/* SPDX-License-Identifier: GPL-2.0-or-later */
/* termprobe.c — is $TERM a terminal terminfo knows, and can it place the
 * cursor? Asked before newterm():
 * a failing newterm() leaves its half-built screen allocated (ncurses keeps
 * no pointer to it), and a failing setupterm() does not. Kept apart from
 * app.c because <term.h> defines macros such as `lines` and `columns`. */
#include "config.h"

#include "tui/provide_curses.h"
#include "tui/app.h"

#include <stdint.h>

#include <term.h> /* last: its macros would rename app.h's fields */

enum term_probe tui_terminal_probe(int fd)
{
    int err = 0;
    if (setupterm(NULL, fd, &err) != OK)
        return TERM_PROBE_UNKNOWN;
    /* tigetstr: NULL when absent, (char *)-1 when cancelled. */
    const char *cup = tigetstr("cup");
    bool moves = cup && (uintptr_t)cup != UINTPTR_MAX && cup[0];
    del_curterm(cur_term); /* newterm() reads it again */
    return moves ? TERM_PROBE_OK : TERM_PROBE_NO_CURSOR;
}
