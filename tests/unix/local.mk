# SPDX-License-Identifier: GPL-2.0-or-later
# tests/unix — man page, --help and key table agree; completions; config
# file; installation.
unix_c_tests = tests/unix/test_config tests/unix/test_datapath
check_PROGRAMS += $(unix_c_tests) tests/unix/dump_options
tests_unix_test_config_LDADD = $(TEST_LIBS)
tests_unix_test_datapath_LDADD = $(TEST_LIBS)
tests_unix_dump_options_LDADD = $(TEST_LIBS)
unix_sh_tests = tests/unix/man.sh tests/unix/config.sh tests/unix/completion.sh tests/unix/completion-tmux.sh \
	tests/unix/install.sh
TESTS += $(unix_c_tests) $(unix_sh_tests)
EXTRA_DIST += $(unix_sh_tests) tests/unix/zsh-complete.zsh

# No test reads the config file of the person running them.
AM_TESTS_ENVIRONMENT += XDG_CONFIG_HOME='$(abs_top_builddir)/tests/unix/no-such-dir'; export XDG_CONFIG_HOME;
