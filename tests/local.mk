# SPDX-License-Identifier: GPL-2.0-or-later
# Test groups; each keeps its own fragment. Every test speaks TAP.
noinst_HEADERS += tests/tap.h
EXTRA_DIST += tests/lib.sh

include tests/model/local.mk
include tests/load/local.mk
include tests/text/local.mk
include tests/table/local.mk
include tests/out/local.mk
include tests/cli/local.mk
include tests/tui/local.mk
include tests/compare/local.mk
include tests/hardening/local.mk
include tests/unix/local.mk
include tests/compare-tui/local.mk
include tests/bench/local.mk
include tests/catalog/local.mk
include tests/ssh/local.mk
