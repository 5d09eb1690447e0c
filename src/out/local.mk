# SPDX-License-Identifier: GPL-2.0-or-later
libdokpamo_a_SOURCES += %reldir%/grid.c %reldir%/render.c %reldir%/json_escape.c %reldir%/records.c %reldir%/sources.c %reldir%/view.c %reldir%/buffer.c
noinst_HEADERS += include/out.h
