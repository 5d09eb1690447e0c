libdokpamo_a_SOURCES += %reldir%/arena.c %reldir%/model.c
noinst_HEADERS += include/model.h
