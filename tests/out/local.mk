# SPDX-License-Identifier: GPL-2.0-or-later
check_PROGRAMS += tests/out/test_out
tests_out_test_out_LDADD = $(TEST_LIBS)
TESTS += tests/out/test_out
