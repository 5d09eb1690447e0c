# SPDX-License-Identifier: GPL-2.0-or-later
TESTS += tests/load/bad-data.sh tests/load/parallel.sh
check_PROGRAMS += tests/load/test_load
tests_load_test_load_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/load/bad-data.sh tests/load/parallel.sh tests/data/mini.json tests/data/mini-2026.json tests/data/bad
TESTS += tests/load/test_load
TESTS += tests/data/check.sh
EXTRA_DIST += tests/data/check.sh tests/data/check_dataset.py
check_PROGRAMS += tests/load/test_syntax
tests_load_test_syntax_LDADD = $(TEST_LIBS)
TESTS += tests/load/test_syntax
check_PROGRAMS += tests/load/test_keyindex
tests_load_test_keyindex_LDADD = $(TEST_LIBS)
TESTS += tests/load/test_keyindex
check_PROGRAMS += tests/load/test_progressive
tests_load_test_progressive_LDADD = $(TEST_LIBS)
TESTS += tests/load/test_progressive
