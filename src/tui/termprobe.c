/* SPDX-License-Identifier: GPL-2.0-or-later */
/* termprobe.c — is $TERM a terminal terminfo knows? Asked before newterm():
 * a failing newterm() leaves its half-built screen allocated (ncurses keeps
 * no pointer to it), and a failing setupterm() does not. Kept apart from
 * app.c because <term.h> defines macros such as `lines` and `columns`. */
#include "config.h"

#include "tui/provide_curses.h"
#include "tui/app.h"

#include <term.h> /* last: its macros would rename app.h's fields */

bool tui_terminal_known(int fd)
{
    int err = 0;
    if (setupterm(NULL, fd, &err) != OK)
        return false;
    del_curterm(cur_term); /* newterm() reads it again */
    return true;
}
