# SPDX-License-Identifier: GPL-2.0-or-later
# tests/compare-tui — the browser's Compare screen and what-if ranking
# (issue 5), headless; expected screens and export files in expected/.
compare_tui_tests = tests/compare-tui/screens.sh
TESTS += $(compare_tui_tests)
EXTRA_DIST += $(compare_tui_tests) tests/compare-tui/expected
compare_tui_more = tests/compare-tui/export.sh tests/compare-tui/osc52.sh tests/compare-tui/whatif.sh
TESTS += $(compare_tui_more)
EXTRA_DIST += $(compare_tui_more) tests/compare-tui/whatif.json tests/compare-tui/whatif-subparts.json
