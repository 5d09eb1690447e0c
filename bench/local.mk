# SPDX-License-Identifier: GPL-2.0-or-later
# Benchmarks (not part of `make check`): `make bench` runs bench/run with
# this build's dokpamo. See bench/README.md.
EXTRA_DIST += bench/run bench/same-output bench/floor.c bench/bench.py bench/gen.py bench/convert.py bench/README.md

.PHONY: bench
bench: dokpamo$(EXEEXT)
	DOKPAMO='$(abs_top_builddir)/dokpamo$(EXEEXT)' $(SHELL) $(top_srcdir)/bench/run
