# SPDX-License-Identifier: GPL-2.0-or-later
# tests/tui — headless screen tests (expected screens in expected/) and
# tmux tests of the real binary.
tui_screen_tests = tests/tui/first-screen.sh tests/tui/sort.sh tests/tui/find.sh tests/tui/newcomer.sh \
	tests/tui/views.sh tests/tui/resize.sh tests/tui/vocabulary.sh tests/tui/sources.sh tests/tui/references.sh \
	tests/tui/timeline.sh tests/tui/sort-menu.sh tests/tui/jump.sh tests/tui/locale.sh \
	tests/tui/benchmarks.sh tests/tui/hints.sh tests/tui/progressive.sh
tui_tmux_tests = tests/tui/tmux-align.sh tests/tui/tmux-terminal.sh tests/tui/paste.sh tests/tui/raw-stream.sh \
	tests/tui/tmux-newcomer.sh tests/tui/sources-tmux.sh tests/tui/tmux-references.sh tests/tui/tmux-names.sh tests/tui/tmux-locale.sh \
	tests/tui/tmux-progressive.sh
TESTS += $(tui_screen_tests) $(tui_tmux_tests)
EXTRA_DIST += $(tui_screen_tests) $(tui_tmux_tests) tests/tui/screen-lib.sh \
	tests/tui/tmux-lib.sh tests/tui/check-align.py tests/tui/check-vocab.py
# The expected screens, the whole directory: a new one cannot be left out
# of the tarball.
EXTRA_DIST += tests/tui/expected
# Export, copy and search from where the user is; the saved view (issue 14).
tui_where_tests = tests/tui/export-main.sh tests/tui/osc52-tmux.sh tests/tui/search-count.sh tests/tui/state.sh \
	tests/tui/hyperlinks-tmux.sh
TESTS += $(tui_where_tests)
EXTRA_DIST += $(tui_where_tests)
