# SPDX-License-Identifier: GPL-2.0-or-later
# src/compare — the comparison room (issue 5): rows, cells, bars, deltas,
# renderers, export and the OSC 52 builder. Library only: no curses.
libdokpamo_a_SOURCES += %reldir%/build.c %reldir%/derive.c %reldir%/render.c \
	%reldir%/export.c %reldir%/osc52.c %reldir%/internal.h
noinst_HEADERS += include/compare.h
