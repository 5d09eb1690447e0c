/* SPDX-License-Identifier: GPL-2.0-or-later */
/* provide_curses.h — the one place that includes curses (wide-character
 * ncursesw). Only files under src/tui include this header. */
#ifndef DOKPAMO_TUI_PROVIDE_CURSES_H
#define DOKPAMO_TUI_PROVIDE_CURSES_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <curses.h>

#endif
