# SPDX-License-Identifier: GPL-2.0-or-later
libdokpamo_a_SOURCES += %reldir%/options.c %reldir%/list.c %reldir%/show.c %reldir%/compare.c \
	%reldir%/validate.c %reldir%/resolve.c %reldir%/grid_build.c %reldir%/grid_build.h \
	%reldir%/tokenize.c %reldir%/ssh.c %reldir%/sources.c %reldir%/commands.c %reldir%/locale.c
noinst_HEADERS += include/cli.h include/ssh.h
