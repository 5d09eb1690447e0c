# SPDX-License-Identifier: GPL-2.0-or-later
# tests/compare-tui — the browser's Compare screen and what-if ranking
# (issue 5), headless; expected screens and export files in expected/.
compare_tui_tests = tests/compare-tui/screens.sh
TESTS += $(compare_tui_tests)
EXTRA_DIST += $(compare_tui_tests) \
	tests/compare-tui/expected/consortium.screen \
	tests/compare-tui/expected/diff-only.screen \
	tests/compare-tui/expected/next-diff.screen \
	tests/compare-tui/expected/peer.screen \
	tests/compare-tui/expected/scroll.screen \
	tests/compare-tui/expected/six-160.screen \
	tests/compare-tui/expected/six-80.screen \
	tests/compare-tui/expected/source.screen \
	tests/compare-tui/expected/three.screen \
	tests/compare-tui/expected/two.screen \
	tests/compare-tui/expected/unknown.screen
compare_tui_more = tests/compare-tui/export.sh tests/compare-tui/osc52.sh tests/compare-tui/whatif.sh
TESTS += $(compare_tui_more)
EXTRA_DIST += $(compare_tui_more) tests/compare-tui/whatif.json tests/compare-tui/whatif-subparts.json \
	tests/compare-tui/expected/export.screen \
	tests/compare-tui/expected/overwrite.screen \
	tests/compare-tui/expected/no-export.screen \
	tests/compare-tui/expected/export-cmp.md \
	tests/compare-tui/expected/export-cmp.csv \
	tests/compare-tui/expected/export-cmp.json \
	tests/compare-tui/expected/export-diff.md \
	tests/compare-tui/expected/copy.screen \
	tests/compare-tui/expected/copy-nowhere.screen \
	tests/compare-tui/expected/whatif-data.screen \
	tests/compare-tui/expected/whatif-ko.screen \
	tests/compare-tui/expected/whatif-pane.screen \
	tests/compare-tui/expected/whatif-order.screen \
	tests/compare-tui/expected/whatif-zero.screen \
	tests/compare-tui/expected/whatif-subparts.screen
