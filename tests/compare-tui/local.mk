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
