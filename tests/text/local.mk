# SPDX-License-Identifier: GPL-2.0-or-later
# tests/text
text_tests = tests/text/test_width tests/text/test_display tests/text/test_fit \
	tests/text/test_query tests/text/test_collate tests/text/test_corpus tests/text/test_uri
check_PROGRAMS += $(text_tests) tests/text/corpus_display
TESTS += $(text_tests) tests/text/measure-widths.sh
noinst_HEADERS += tests/text/corpus.h
EXTRA_DIST += tests/text/corpus.txt tests/text/corpus-widths.txt tests/text/measure-widths.sh
tests_text_test_width_LDADD = $(TEST_LIBS)
tests_text_test_display_LDADD = $(TEST_LIBS)
tests_text_test_fit_LDADD = $(TEST_LIBS)
tests_text_test_query_LDADD = $(TEST_LIBS)
tests_text_test_collate_LDADD = $(TEST_LIBS)
tests_text_test_corpus_LDADD = $(TEST_LIBS)
tests_text_corpus_display_LDADD = $(TEST_LIBS)
tests_text_test_uri_LDADD = $(TEST_LIBS)
