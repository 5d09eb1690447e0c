# SPDX-License-Identifier: GPL-2.0-or-later
# src/tui — the interactive browser. Linked into the dokpamo binary only
# (tests link libdokpamo.a, which has no curses).
dokpamo_SOURCES += \
	%reldir%/app.c \
	%reldir%/app.h \
	%reldir%/cols.c \
	%reldir%/compare.c \
	%reldir%/contradictions.c \
	%reldir%/detail.c \
	%reldir%/draw.c \
	%reldir%/filter.c \
	%reldir%/headless.c \
	%reldir%/keys.c \
	%reldir%/keys.def \
	%reldir%/listview.c \
	%reldir%/page.c \
	%reldir%/pane.c \
	%reldir%/pane_arch.c \
	%reldir%/pane_eval.c \
	%reldir%/pane_params.c \
	%reldir%/pane_partners.c \
	%reldir%/print.c \
	%reldir%/export.c \
	%reldir%/prompt.c \
	%reldir%/sortmenu.c \
	%reldir%/sources.c \
	%reldir%/state.c \
	%reldir%/termout.c \
	%reldir%/termprobe.c \
	%reldir%/timeline.c \
	%reldir%/benchmarks.c \
	%reldir%/whatif.c \
	%reldir%/provide_curses.h
noinst_HEADERS += include/tui.h
