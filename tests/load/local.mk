# SPDX-License-Identifier: GPL-2.0-or-later
TESTS += tests/load/bad-data.sh
check_PROGRAMS += tests/load/test_load
tests_load_test_load_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/load/bad-data.sh tests/data/mini.json tests/data/bad
TESTS += tests/load/test_load
