# SPDX-License-Identifier: GPL-2.0-or-later
check_PROGRAMS += tests/model/test_model
tests_model_test_model_LDADD = $(TEST_LIBS)
TESTS += tests/model/test_model
