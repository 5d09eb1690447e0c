# SPDX-License-Identifier: GPL-2.0-or-later
libdokpamo_a_SOURCES += %reldir%/arena.c %reldir%/model.c %reldir%/idmap.c %reldir%/idmap.h
noinst_HEADERS += include/model.h
