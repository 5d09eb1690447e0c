# SPDX-License-Identifier: GPL-2.0-or-later
check_PROGRAMS += tests/table/test_table
tests_table_test_table_LDADD = $(TEST_LIBS)
TESTS += tests/table/test_table
check_PROGRAMS += tests/table/test_sortkeys
tests_table_test_sortkeys_LDADD = $(TEST_LIBS)
TESTS += tests/table/test_sortkeys
