# SPDX-License-Identifier: GPL-2.0-or-later
# Scale and real-catalogue tests (not timings; those are in bench/).
# The 1M-model load runs in CI (.ci/stages/60-bench-scale.sh): too slow here.
TESTS += tests/bench/generated.sh tests/bench/real.sh
EXTRA_DIST += tests/bench/generated.sh tests/bench/real.sh
