# SPDX-License-Identifier: GPL-2.0-or-later
libdokpamo_a_SOURCES += %reldir%/load.c %reldir%/read.c %reldir%/report.c %reldir%/walk.c \
	%reldir%/dataset.c %reldir%/extra.c %reldir%/rules.c %reldir%/syntax.c %reldir%/split.c \
	%reldir%/parallel.c %reldir%/keyindex.c %reldir%/progressive.c %reldir%/load_internal.h
noinst_HEADERS += include/load.h
# Where the dataset is by default (load_default_path).
libdokpamo_a_SOURCES += %reldir%/datapath.c
