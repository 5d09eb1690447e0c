# SPDX-License-Identifier: GPL-2.0-or-later
# tests/compare — the compare room and `dokpamo compare` (issue 5).
check_PROGRAMS += tests/compare/test_compare
tests_compare_test_compare_LDADD = $(TEST_LIBS)
TESTS += tests/compare/test_compare tests/compare/cli.sh
EXTRA_DIST += tests/compare/cli.sh tests/compare/golden/axk1-kexaone.md \
	tests/compare/golden/axk1-kexaone-solar.txt tests/compare/golden/axk1-kexaone-solar.csv \
	tests/compare/golden/axk1-kexaone-solar.json tests/compare/golden/axk1-kexaone-solar-diff-en.txt \
	tests/compare/golden/kexaone-peer-en.md tests/compare/golden/axk1-deepseek-en.md tests/compare/golden/six-models.txt
