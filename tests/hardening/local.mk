# SPDX-License-Identifier: GPL-2.0-or-later
# tests/hardening — hostile datasets, special files, big generated files,
# key/resize storms and signals against the real binary.
hardening_tests = tests/hardening/hostile.sh tests/hardening/special.sh tests/hardening/bigfiles.sh \
	tests/hardening/storm.sh tests/hardening/signals.sh tests/hardening/export.sh tests/hardening/growth.sh
TESTS += $(hardening_tests)
EXTRA_DIST += $(hardening_tests) tests/hardening/hostile-lib.sh tests/hardening/gen-hostile.py \
	tests/hardening/display.expected tests/hardening/storm-keys.awk tests/hardening/growth.py tests/data/hostile
