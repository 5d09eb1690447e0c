# SPDX-License-Identifier: GPL-2.0-or-later
# tests/ssh — `dokpamo --ssh` (issue 15): the command tokenizer and the
# policy (unit tests), the mode through its command line and in tmux; the
# real sshd is .ci/stages/55-ssh.sh.
ssh_c_tests = tests/ssh/test_tokenize tests/ssh/test_ssh
check_PROGRAMS += $(ssh_c_tests)
tests_ssh_test_tokenize_LDADD = $(TEST_LIBS)
tests_ssh_test_ssh_LDADD = $(TEST_LIBS)
TESTS += $(ssh_c_tests)
ssh_sh_tests = tests/ssh/cli.sh tests/ssh/tmux.sh
TESTS += $(ssh_sh_tests)
EXTRA_DIST += $(ssh_sh_tests)
