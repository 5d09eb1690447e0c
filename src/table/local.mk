# SPDX-License-Identifier: GPL-2.0-or-later
libdokpamo_a_SOURCES += %reldir%/core.c %reldir%/filter.c %reldir%/values.c %reldir%/values.h \
	%reldir%/format.c %reldir%/models.c %reldir%/partners.c %reldir%/consortia.c %reldir%/claims.c \
	%reldir%/catalog.c %reldir%/names.c %reldir%/vocab.c %reldir%/record.c %reldir%/sources.c \
	%reldir%/events.c %reldir%/results.c %reldir%/contradictions.c
noinst_HEADERS += include/table.h include/vocab.h include/vocab.def
