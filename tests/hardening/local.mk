# SPDX-License-Identifier: GPL-2.0-or-later
# tests/hardening — hostile datasets, special files, big generated files,
# key/resize storms, signals and allocation failures against the real binary.
hardening_tests = tests/hardening/hostile.sh tests/hardening/special.sh tests/hardening/bigfiles.sh \
	tests/hardening/storm.sh tests/hardening/signals.sh tests/hardening/export.sh tests/hardening/growth.sh \
	tests/hardening/oom.sh
TESTS += $(hardening_tests)
EXTRA_DIST += $(hardening_tests) tests/hardening/hostile-lib.sh tests/hardening/gen-hostile.py \
	tests/hardening/display.expected tests/hardening/storm-keys.awk tests/hardening/growth.py tests/data/hostile
# The allocation-failure hook of oom.sh: an LD_PRELOAD shared object,
# built by `make check` only and never installed.
check_PROGRAMS += tests/hardening/failalloc.so
tests_hardening_failalloc_so_SOURCES = tests/hardening/failalloc.c
tests_hardening_failalloc_so_CFLAGS = $(AM_CFLAGS) -fPIC
tests_hardening_failalloc_so_LDFLAGS = -shared
tests_hardening_failalloc_so_LDADD = -ldl
