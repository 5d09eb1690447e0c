# SPDX-License-Identifier: GPL-2.0-or-later
# fuzz/ — libFuzzer harnesses (clang only; never part of all or check).
#   make fuzz            builds fuzz/fuzz_{load,text,render} with clang
#   fuzz/run.sh SECONDS  runs each (used by .ci/stages/40-fuzz.sh)
# The harness sources are also linked with the normal compiler into
# replay programs that `make check` runs over fuzz/regressions/.
EXTRA_DIST += fuzz/build.sh fuzz/run.sh fuzz/fuzz_load.c fuzz/fuzz_text.c fuzz/fuzz_render.c \
	fuzz/replay.c fuzz/json.dict fuzz/regressions fuzz/seeds

fuzz: config.h
	$(SHELL) $(top_srcdir)/fuzz/build.sh '$(top_srcdir)' '$(abs_top_builddir)' \
		$(filter %.c,$(libdokpamo_a_SOURCES))
.PHONY: fuzz

fuzz_replays = fuzz/replay_load fuzz/replay_text fuzz/replay_render
check_PROGRAMS += $(fuzz_replays)
fuzz_replay_load_SOURCES = fuzz/replay.c fuzz/fuzz_load.c
fuzz_replay_load_LDADD = $(TEST_LIBS)
fuzz_replay_text_SOURCES = fuzz/replay.c fuzz/fuzz_text.c
fuzz_replay_text_LDADD = $(TEST_LIBS)
fuzz_replay_render_SOURCES = fuzz/replay.c fuzz/fuzz_render.c
fuzz_replay_render_LDADD = $(TEST_LIBS)
TESTS += fuzz/replay-regressions.sh
EXTRA_DIST += fuzz/replay-regressions.sh

CLEANFILES += fuzz/fuzz_load fuzz/fuzz_text fuzz/fuzz_render fuzz/obj/*.o
