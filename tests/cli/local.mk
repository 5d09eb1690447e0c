# SPDX-License-Identifier: GPL-2.0-or-later
TESTS += tests/cli/cli.sh tests/cli/tmux-align.sh tests/cli/locale.sh tests/cli/tmux-fit.sh tests/cli/sources.sh tests/cli/timeline.sh tests/cli/exports.sh tests/cli/messages.sh tests/cli/long-fields.sh
EXTRA_DIST += tests/cli/cli.sh tests/cli/tmux-align.sh tests/cli/locale.sh tests/cli/tmux-fit.sh tests/cli/sources.sh tests/cli/timeline.sh tests/cli/exports.sh tests/cli/messages.sh tests/cli/long-fields.sh tests/golden
