# SPDX-License-Identifier: GPL-2.0-or-later
# src/text
libdokpamo_a_SOURCES += %reldir%/utf8.c %reldir%/check.c %reldir%/nfc.c %reldir%/width.c \
	%reldir%/escape.c %reldir%/ambig.c %reldir%/display.c %reldir%/fit.c \
	%reldir%/jamo.c %reldir%/query.c %reldir%/fold.c %reldir%/collate.c \
	%reldir%/distance.c %reldir%/uri.c
noinst_HEADERS += include/text.h %reldir%/internal.h
