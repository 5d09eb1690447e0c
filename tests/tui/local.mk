# SPDX-License-Identifier: GPL-2.0-or-later
# tests/tui — headless screen tests (expected screens in expected/) and
# tmux tests of the real binary.
tui_screen_tests = tests/tui/first-screen.sh tests/tui/sort.sh tests/tui/find.sh tests/tui/newcomer.sh \
	tests/tui/views.sh tests/tui/resize.sh tests/tui/vocabulary.sh tests/tui/sources.sh tests/tui/references.sh \
	tests/tui/timeline.sh tests/tui/sort-menu.sh tests/tui/jump.sh tests/tui/locale.sh \
	tests/tui/benchmarks.sh tests/tui/progressive.sh
tui_tmux_tests = tests/tui/tmux-align.sh tests/tui/tmux-terminal.sh tests/tui/paste.sh tests/tui/raw-stream.sh \
	tests/tui/tmux-newcomer.sh tests/tui/sources-tmux.sh tests/tui/tmux-references.sh tests/tui/tmux-names.sh tests/tui/tmux-locale.sh \
	tests/tui/tmux-progressive.sh
TESTS += $(tui_screen_tests) $(tui_tmux_tests)
EXTRA_DIST += $(tui_screen_tests) $(tui_tmux_tests) tests/tui/screen-lib.sh \
	tests/tui/tmux-lib.sh tests/tui/check-align.py tests/tui/check-vocab.py
EXTRA_DIST += \
	tests/tui/expected/ascii.screen \
	tests/tui/expected/detail.screen \
	tests/tui/expected/filter-result.screen \
	tests/tui/expected/filter-tag.screen \
	tests/tui/expected/first-160x48-en.screen \
	tests/tui/expected/first-160x48.screen \
	tests/tui/expected/first-80x24-en.screen \
	tests/tui/expected/first-80x24.screen \
	tests/tui/expected/help.screen \
	tests/tui/expected/jump-detail-160x48-en.screen \
	tests/tui/expected/jump-detail-160x48-ko.screen \
	tests/tui/expected/jump-detail-80x24-en.screen \
	tests/tui/expected/jump-detail-80x24-ko.screen \
	tests/tui/expected/jump-views-en.screen \
	tests/tui/expected/jump-views-ko.screen \
	tests/tui/expected/lang.screen \
	tests/tui/expected/progressive-preview.screen \
	tests/tui/expected/progressive-sort.screen \
	tests/tui/expected/marks.screen \
	tests/tui/expected/mouse.screen \
	tests/tui/expected/quit.screen \
	tests/tui/expected/refs-80x24-en.screen \
	tests/tui/expected/refs-80x24-ko.screen \
	tests/tui/expected/refs-option-64x18.screen \
	tests/tui/expected/resize.screen \
	tests/tui/expected/search-choseong.screen \
	tests/tui/expected/search-next.screen \
	tests/tui/expected/linked-vaetki.screen \
	tests/tui/expected/scroll-marks.screen \
	tests/tui/expected/sort-arch.screen \
	tests/tui/expected/sort-cycle-eval.screen \
	tests/tui/expected/sort-cycle-ko.screen \
	tests/tui/expected/sort-menu-en.screen \
	tests/tui/expected/sort-menu-ko.screen \
	tests/tui/expected/sources-160x48-en.screen \
	tests/tui/expected/sources-160x48-ko.screen \
	tests/tui/expected/sources-80x24-en.screen \
	tests/tui/expected/sources-80x24-ko.screen \
	tests/tui/expected/sources-from-detail-en.screen \
	tests/tui/expected/sources-from-detail-ko.screen \
	tests/tui/expected/sources-partner-lang.screen \
	tests/tui/expected/sources-search-sort-en.screen \
	tests/tui/expected/sources-search-sort-ko.screen \
	tests/tui/expected/sort-eval.screen \
	tests/tui/expected/sort-params.screen \
	tests/tui/expected/sort-partners-ko.screen \
	tests/tui/expected/sort-partners.screen \
	tests/tui/expected/units.screen \
	tests/tui/expected/zoom.screen
# Export, copy and search from where the user is; the saved view (issue 14).
tui_where_tests = tests/tui/export-main.sh tests/tui/osc52-tmux.sh tests/tui/search-count.sh tests/tui/state.sh \
	tests/tui/hyperlinks-tmux.sh
TESTS += $(tui_where_tests)
EXTRA_DIST += $(tui_where_tests)
EXTRA_DIST += \
	tests/tui/expected/contested-compare.screen \
	tests/tui/expected/contradictions-160x48-en.screen \
	tests/tui/expected/contradictions-160x48-ko.screen \
	tests/tui/expected/contradictions-80x24-en.screen \
	tests/tui/expected/contradictions-80x24-ko.screen \
	tests/tui/expected/contradictions-from-detail.screen \
	tests/tui/expected/timeline-160x48-en.screen \
	tests/tui/expected/timeline-160x48-ko.screen \
	tests/tui/expected/timeline-80x24-en.screen \
	tests/tui/expected/timeline-80x24-ko.screen \
	tests/tui/expected/benchmarks-sources-en.screen \
	tests/tui/expected/benchmarks-sources-ko.screen \
	tests/tui/expected/benchmarks-80x24-en.screen \
	tests/tui/expected/benchmarks-80x24-ko.screen \
	tests/tui/expected/benchmarks-160x48-en.screen \
	tests/tui/expected/benchmarks-160x48-ko.screen
